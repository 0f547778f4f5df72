package text

import (
	"strings"
	"unicode/utf8"
)

// Valid reports whether s is valid UTF-8.
func Valid(s string) bool {
	return utf8.ValidString(s)
}

// ToValid returns s with every byte that is not part of a valid UTF-8
// sequence replaced by U+FFFD, one replacement per invalid byte (the way a
// Go range loop decodes s). A valid s is returned as is, without copying.
//
// Unlike strings.ToValidUTF8, a run of several invalid bytes gives as many
// U+FFFD, so that Len(s, u) == Len(ToValid(s), u).
func ToValid(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 2*4) // at least a few replacements' worth
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			b.WriteByte(c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteString("\uFFFD")
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}
