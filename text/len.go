package text

import "unicode/utf8"

// Ellipsis is appended by Truncate: "…" (U+2026). It is 1 rune, 1 UTF-16
// unit, 3 bytes and 1 grapheme long.
const Ellipsis = "…"

// Len measures s in unit u.
//
// Each byte of s that is not part of a valid UTF-8 sequence counts as one
// U+FFFD would: 1 rune, 1 UTF-16 unit, 3 bytes, and U+FFFD for grapheme
// segmentation. Len panics if u is not valid.
func Len(s string, u Unit) int {
	switch u {
	case Runes:
		return utf8.RuneCountInString(s)
	case UTF16:
		return utf16Len(s)
	case Bytes:
		return byteLen(s)
	case Graphemes:
		return graphemeCount(s, -1)
	}
	u.mustBeValid()
	return 0 // unreachable
}

// Fits reports whether Len(s, u) <= max. It stops measuring as soon as the
// answer is known. Fits panics if u is not valid.
func Fits(s string, max int, u Unit) bool {
	u.mustBeValid()
	if max < 0 {
		return false
	}
	switch u {
	case Graphemes:
		// A grapheme cluster holds at least one byte and, with invalid
		// bytes counted as U+FFFD, no byte is in two clusters.
		if len(s) <= max {
			return true
		}
		return graphemeCount(s, max) <= max
	case Runes, UTF16:
		// A rune, and a UTF-16 unit, takes at least one byte (an invalid
		// byte is one U+FFFD, one unit).
		if len(s) <= max {
			return true
		}
	}
	return Len(s, u) <= max
}

// utf16Len counts the UTF-16 code units of s: one per rune (an invalid byte
// decodes to U+FFFD, one unit) plus one for each rune outside the Basic
// Multilingual Plane, that is each valid 4-byte sequence.
func utf16Len(s string) int {
	n := utf8.RuneCountInString(s)
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			// Skip 8 ASCII bytes at a time.
			w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
				uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
			if w&0x8080808080808080 == 0 {
				i += 8
				continue
			}
		}
		// A byte >= 0xF0 can only lead a 4-byte sequence (or be invalid).
		if s[i] < 0xF0 {
			i++
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		if size == 4 {
			n++
		}
		i += size
	}
	return n
}

// byteLen counts the bytes of ToValid(s) without building it: an invalid
// byte becomes the 3 bytes of U+FFFD.
func byteLen(s string) int {
	if utf8.ValidString(s) {
		return len(s)
	}
	n := len(s)
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			n += len("\uFFFD") - 1
		}
		i += size
	}
	return n
}

// graphemeCount counts the grapheme clusters of ToValid(s), without
// building it: uniseg, like nextClusterSlow, decodes an invalid byte as
// U+FFFD. If stop >= 0 it gives up and returns stop+1 as soon as there are
// more than stop clusters.
func graphemeCount(s string, stop int) int {
	n, state := 0, -1
	for i := 0; i < len(s); n++ {
		if n > stop && stop >= 0 {
			break
		}
		if asciiPair(s, i) {
			i, state = i+1, -1
			continue
		}
		var size int
		size, state = nextClusterSlow(s[i:], state)
		i += size
	}
	return n
}
