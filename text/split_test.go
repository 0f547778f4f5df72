package text

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplit(t *testing.T) {
	// words2001 is 400 words "abcd", one space apart (1999 characters),
	// then " x": 2001 characters.
	words2001 := strings.Repeat("abcd ", 399) + "abcd x"
	words200 := strings.TrimSuffix(strings.Repeat("abcd ", 200), " ") // 999 characters

	tests := []struct {
		name string
		s    string
		max  int
		u    Unit
		want []string
	}{
		{"empty", "", 5, Runes, nil},
		{"fits", "hello", 5, Runes, []string{"hello"}},
		{"only white space fits", " \n ", 3, Runes, []string{" \n "}},
		{"space right after the window", "hello world", 5, Runes, []string{"hello", "world"}},
		{"space inside the window", "hello world", 8, Runes, []string{"hello", "world"}},
		{"run of white space dropped", "hello  \t world", 6, Runes, []string{"hello", "world"}},
		{"last space in the window", "one two three four", 9, Runes, []string{"one two", "three", "four"}},
		{"newline preferred", "a b\nc d e f g", 9, Runes, []string{"a b", "c d e f g"}},
		{"newline after space", "first line\nsecond line", 15, Runes, []string{"first line", "second line"}},
		{"line separator preferred", "alpha\u2028beta gamma", 12, Runes, []string{"alpha", "beta gamma"}},
		{"ideographic space", "alpha\u3000beta", 5, Runes, []string{"alpha", "beta"}},
		{"no-break space is not a break", "10\u00a0000 apples", 8, Runes, []string{"10\u00a0000", "apples"}},
		{"no-break space inside a cut word", "10\u00a0000 apples", 5, Runes, []string{"10\u00a000", "0", "apple", "s"}},

		// Words longer than the window are cut on grapheme boundaries.
		{"long word", "supercalifragilistic", 8, Runes, []string{"supercal", "ifragili", "stic"}},
		{"long word between words", "a supercalifragilistic b", 8, Runes, []string{"a", "supercal", "ifragili", "stic b"}},
		{"combining marks in a long word", eAcute + eAcute + eAcute, 3, Runes, []string{eAcute, eAcute, eAcute}},
		{"combining marks in a long word, 4", eAcute + eAcute + eAcute, 4, Runes, []string{eAcute + eAcute, eAcute}},
		{"space carrying a combining mark", "a \u0301b c", 4, Runes, []string{"a \u0301b", "c"}},
		{"space carrying a combining mark, 2", "a \u0301b c", 2, Runes, []string{"a", " \u0301", "b", "c"}},
		{"skin tones in graphemes", thumbs + thumbs + thumbs + " ok", 2, Graphemes, []string{thumbs + thumbs, thumbs, "ok"}},
		{"families in UTF-16", family + family, 12, UTF16, []string{family, family}},

		// A cluster longer than max is a part of its own.
		{"oversized family", family, 5, UTF16, []string{family}},
		{"oversized family between words", "a " + family + " b", 5, UTF16, []string{"a", family, "b"}},
		{"oversized family then spaces", family + "   ", 2, UTF16, []string{family}},
		{"oversized emoji in bytes", grinning + "x", 2, Bytes, []string{grinning, "x"}},

		// Only newlines, leading and trailing white space.
		{"only newlines", "\n\n\n\n\n", 2, Runes, nil},
		{"only CR LF", "\r\n\r\n\r\n", 2, Graphemes, nil},
		{"only newlines fit", "\n\n\n", 3, Runes, []string{"\n\n\n"}},
		{"newlines between letters", "a\n\n\n\nb", 1, Runes, []string{"a", "b"}},
		{"leading and trailing kept", "  hello world  ", 11, Runes, []string{"  hello", "world  "}},
		{"leading and trailing dropped", "  hello world  ", 5, Runes, []string{"hello", "world"}},
		{"trailing dropped at the break", "hello world   ", 11, Runes, []string{"hello world"}},

		// Bytes with max < 3, and max < 1.
		{"bytes max 2", "a\u00e9 b", 2, Bytes, []string{"a", "\u00e9", "b"}},
		{"bytes max 0", "ab", 0, Bytes, []string{"a", "b"}},
		{"negative max", "a b", -5, Runes, []string{"a", "b"}},
		{"max 0 keeps clusters", "x" + eAcute + flagFR, 0, Runes, []string{"x", eAcute, flagFR}},

		// Invalid UTF-8 becomes U+FFFD.
		{"invalid", "ab\xffcd ef", 5, Runes, []string{"ab\uFFFDcd", "ef"}},

		// Telegram's 4096 UTF-16 units.
		{"4097 UTF-16 units of emoji", strings.Repeat(grinning, 2048) + "\u2764", 4096, UTF16, []string{strings.Repeat(grinning, 2048), "\u2764"}},
		{"4097 UTF-16 units of emoji in 4095", strings.Repeat(grinning, 2048) + "\u2764", 4095, UTF16, []string{strings.Repeat(grinning, 2047), grinning + "\u2764"}},
		{"4097 UTF-16 units of emoji in runes", strings.Repeat(grinning, 2048) + "\u2764", 4096, Runes, []string{strings.Repeat(grinning, 2048) + "\u2764"}},

		// 2001 characters of words.
		{"2001 characters in 2000", words2001, 2000, Runes, []string{strings.TrimSuffix(words2001, " x"), "x"}},
		{"2001 characters in 2000 UTF-16", words2001, 2000, UTF16, []string{strings.TrimSuffix(words2001, " x"), "x"}},
		{"2001 characters in 2001 bytes", words2001, 2001, Bytes, []string{words2001}},
		{"2001 characters in 1000", words2001, 1000, Runes, []string{words200, words200, "x"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.s, tt.max, tt.u)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Split(%q, %d, %v) mismatch (-want +got):\n%s", tt.s, tt.max, tt.u, diff)
			}
			checkSplit(t, tt.s, tt.max, tt.u, got)
		})
	}
}

// TestSplitRejoin puts the dropped separators back between the parts.
func TestSplitRejoin(t *testing.T) {
	s := "  Dear customer,\n\nyour order " + family + " has shipped.\tTrack it: https://example.com/track/0123456789 \u2014 thank you! " + flagFR + "  "
	for _, u := range []Unit{Runes, UTF16, Bytes, Graphemes} {
		for max := -1; max <= Len(s, u)+1; max++ {
			checkSplit(t, s, max, u, Split(s, max, u))
		}
	}
}
