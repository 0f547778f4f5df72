package text

import (
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// nextCluster returns the length in bytes of the first grapheme cluster of
// s, which must not be empty, and the state to pass to the call for the rest
// of s (pass -1 for a first call or after any cluster boundary).
//
// It skips uniseg for the common case of two consecutive "simple" runes
// (see isSimple), whose boundary needs no look-up. Hot loops test
// asciiPair first, which is inlined.
func nextCluster(s string, state int) (int, int) {
	if asciiPair(s, 0) {
		return 1, -1
	}
	return nextClusterSlow(s, state)
}

// asciiPair reports whether s[i] and s[i+1] are both ASCII and s[i] is not
// CR: then s[i] is a grapheme cluster of its own (the case of isSimple
// that needs no decoding), and the state for the next cluster is -1.
func asciiPair(s string, i int) bool {
	return i+1 < len(s) && s[i]|s[i+1] < utf8.RuneSelf && s[i] != '\r'
}

// nextClusterSlow is nextCluster without the asciiPair test.
func nextClusterSlow(s string, state int) (int, int) {
	r, n := rune(s[0]), 1
	if r >= utf8.RuneSelf {
		r, n = utf8.DecodeRuneInString(s)
	}
	if isSimple(r) {
		if n == len(s) {
			return n, -1
		}
		next := rune(s[n])
		if next >= utf8.RuneSelf {
			next, _ = utf8.DecodeRuneInString(s[n:])
		}
		if isSimple(next) {
			return n, -1
		}
	}
	cluster, _, _, state := uniseg.FirstGraphemeClusterInString(s, state)
	return len(cluster), state
}

// isSimple reports whether r belongs to a set of code points between any
// two of which UAX #29 always puts a grapheme-cluster boundary, whatever
// comes before: their Grapheme_Cluster_Break property is Other, Control, LF
// or, for Hangul syllables, LV or LVT, and they are neither CR, Prepend,
// Extend, ZWJ, SpacingMark, Regional_Indicator nor a Hangul jamo. (No rule
// of GB3-GB13 then applies to such a pair: GB3 needs CR, GB6-GB8 need L, V
// or T, GB9-GB9b Extend, ZWJ, SpacingMark or Prepend, GB11 ZWJ, GB12-GB13
// two regional indicators.) TestIsSimple checks every code point of the set
// against uniseg.
//
// The ranges cover ASCII and Latin, Greek, Cyrillic, Hebrew and Arabic
// letters, Devanagari and Thai consonants, general punctuation and symbols,
// CJK, kana, Hangul syllables, fullwidth forms and most emoji (but not
// skin-tone modifiers or regional indicators, which are Extend and
// Regional_Indicator).
func isSimple(r rune) bool {
	if r < 0x300 {
		return r != '\r'
	}
	if r < 0x3000 {
		switch {
		case r <= 0x482: // Greek, Coptic, Cyrillic
			return r >= 0x370
		case r <= 0x590: // Cyrillic, Armenian
			return r >= 0x48A
		case r <= 0x5FF: // Hebrew letters
			return r >= 0x5C8
		case r <= 0x64A: // Arabic letters
			return r >= 0x61B
		case r <= 0x66F: // Arabic-Indic digits and letters
			return r >= 0x660
		case r <= 0x6D5: // Arabic letters
			return r >= 0x671
		case r <= 0x939: // Devanagari letters
			return r >= 0x904
		case r <= 0xE30: // Sinhala digits, Thai consonants
			return r >= 0xDF4
		case r <= 0xE46: // Thai
			return r >= 0xE3B
		case r <= 0x200B: // Latin Extended Additional, Greek Extended, punctuation
			return r >= 0x1E00
		case r <= 0x20CF: // punctuation, super- and subscripts, currency
			return r >= 0x200E
		case r <= 0x2CEE: // letterlike symbols, arrows, technical, dingbats...
			return r >= 0x20F1
		default: // supplemental punctuation, CJK radicals
			return r >= 0x2E00
		}
	}
	switch {
	case r <= 0x3029: // CJK symbols and punctuation
		return true
	case r <= 0x3098: // Hiragana
		return r >= 0x3030
	case r <= 0xA66E: // Katakana, CJK, Yi...
		return r >= 0x309B
	case r <= 0xD7A3: // Hangul syllables (LV and LVT)
		return r >= 0xAC00
	case r <= 0xFB1D: // private use, CJK compatibility ideographs
		return r >= 0xE000
	case r <= 0xFF9D: // CJK compatibility forms, fullwidth forms
		return r >= 0xFE30
	case r <= 0x1F3FA: // enclosed ideographic supplement, emoji
		return r >= 0x1F200
	case r <= 0x1FAFF: // emoji
		return r >= 0x1F400
	case r <= 0x3FFFF: // CJK extensions
		return r >= 0x20000
	}
	return false
}

// clusterLen measures the valid UTF-8 grapheme cluster c in unit u.
func clusterLen(c string, u Unit) int {
	if len(c) == 1 {
		return 1
	}
	return rawClusterLen(c, u)
}

// rawClusterLen measures the grapheme cluster c, which may hold invalid
// UTF-8, in unit u, counting an invalid byte as U+FFFD.
func rawClusterLen(c string, u Unit) int {
	if len(c) == 1 && c[0] < utf8.RuneSelf {
		return 1
	}
	switch u {
	case Bytes:
		return byteLen(c)
	case Graphemes:
		return 1
	case Runes:
		return utf8.RuneCountInString(c)
	default:
		n := 0
		for _, r := range c { // an invalid byte is U+FFFD: 1 unit
			n++
			if r >= 0x10000 {
				n++
			}
		}
		return n
	}
}

// isSpaceCluster reports whether every rune of the cluster c is white space
// (unicode.IsSpace, no-break spaces included). Truncate trims such clusters
// before the ellipsis.
func isSpaceCluster(c string) bool {
	for _, r := range c {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// breakClass reports whether Split may break at the cluster c (every rune of
// c is breakable white space, see isBreakSpace) and whether c is a line
// break (it also holds a line-break rune, see isNewline).
func breakClass(c string) (space, newline bool) {
	if len(c) == 1 {
		switch c[0] {
		case ' ', '\t':
			return true, false
		case '\n', '\r', '\v', '\f':
			return true, true
		}
		return false, false
	}
	for _, r := range c {
		if !isBreakSpace(r) {
			return false, false
		}
		if isNewline(r) {
			newline = true
		}
	}
	return true, newline
}

// isBreakSpace reports whether r is white space Split may break at: any
// unicode.IsSpace rune except the no-break spaces U+00A0, U+2007 and U+202F,
// which exist precisely to forbid a break.
func isBreakSpace(r rune) bool {
	switch r {
	case '\u00A0', '\u2007', '\u202F':
		return false
	}
	return unicode.IsSpace(r)
}

// isNewline reports whether r ends a line: LF, CR, VT, FF, NEL (U+0085),
// LINE SEPARATOR (U+2028) or PARAGRAPH SEPARATOR (U+2029).
func isNewline(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029':
		return true
	}
	return false
}

// skipBreakSpace returns the end of the run of breakable white-space
// clusters of s starting at i, which must be a cluster boundary.
func skipBreakSpace(s string, i int) int {
	state := -1
	for i < len(s) {
		n := 1
		if asciiPair(s, i) {
			state = -1
		} else {
			n, state = nextClusterSlow(s[i:], state)
		}
		if space, _ := breakClass(s[i : i+n]); !space {
			break
		}
		i += n
	}
	return i
}
