package text

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

type truncated struct {
	S   string
	Cut bool
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		name string
		s    string
		max  int
		u    Unit
		want truncated
	}{
		{"fits exactly", "hello", 5, Runes, truncated{"hello", false}},
		{"fits", "hello", 10, Runes, truncated{"hello", false}},
		{"empty", "", 0, Runes, truncated{"", false}},
		{"empty negative max", "", -1, Graphemes, truncated{"", false}},
		{"cut in a word", "hello world", 8, Runes, truncated{"hello w…", true}},
		{"space before the ellipsis trimmed", "hello world", 7, Runes, truncated{"hello…", true}},
		{"cut at the word end", "hello world", 6, Runes, truncated{"hello…", true}},
		{"short", "hello", 4, Runes, truncated{"hel…", true}},
		{"only the ellipsis", "hello", 1, Runes, truncated{"…", true}},
		{"no room", "hello", 0, Runes, truncated{"", true}},
		{"negative max", "hello", -3, Runes, truncated{"", true}},
		{"only white space", "      ", 3, Runes, truncated{"…", true}},
		{"no-break spaces trimmed", "hello\u00a0\u00a0world", 8, Runes, truncated{"hello…", true}},
		{"newline trimmed", "line one\nline two", 10, Runes, truncated{"line one…", true}},
		{"CR LF trimmed", "ab\r\ncd", 4, Graphemes, truncated{"ab…", true}},

		// An astral emoji straddling the limit.
		{"emoji straddles UTF-16 limit", "ab" + grinning + "cd", 4, UTF16, truncated{"ab…", true}},
		{"emoji fits UTF-16 limit", "ab" + grinning + "cd", 5, UTF16, truncated{"ab" + grinning + "…", true}},
		{"emoji in runes", "ab" + grinning + "cd", 4, Runes, truncated{"ab" + grinning + "…", true}},
		{"emoji straddles byte limit", "ab" + grinning + "cd", 7, Bytes, truncated{"ab…", true}},
		{"emoji fits byte limit exactly", "ab" + grinning + "cdef", 9, Bytes, truncated{"ab" + grinning + "…", true}},
		{"emoji fits bytes", "ab" + grinning + "cd", 8, Bytes, truncated{"ab" + grinning + "cd", false}},

		// Combining marks stay on their letter.
		{"combining mark straddles rune limit", "caf" + eAcute + "s", 5, Runes, truncated{"caf…", true}},
		{"combining mark fits", "caf" + eAcute + "s", 6, Runes, truncated{"caf" + eAcute + "s", false}},
		{"combining mark in graphemes fits", "caf" + eAcute + "s", 5, Graphemes, truncated{"caf" + eAcute + "s", false}},
		{"combining mark in graphemes", "caf" + eAcute + "s", 4, Graphemes, truncated{"caf…", true}},
		{"combining mark straddles UTF-16 limit", "caf" + eAcute + "s", 5, UTF16, truncated{"caf…", true}},
		{"combining mark then space", "caf" + eAcute + " bar", 7, Runes, truncated{"caf" + eAcute + "…", true}},
		{"combining mark straddles byte limit", "x" + eAcute + "y", 4, Bytes, truncated{"x…", true}},

		// ZWJ sequences, flags and skin tones are never cut.
		{"family straddles UTF-16 limit", "hi " + family + "!", 14, UTF16, truncated{"hi…", true}},
		{"family fits UTF-16 exactly", "hi " + family + "!!", 15, UTF16, truncated{"hi " + family + "…", true}},
		{"family straddles rune limit", "hi " + family + "!", 10, Runes, truncated{"hi…", true}},
		{"family fits runes", "hi " + family + "!", 11, Runes, truncated{"hi " + family + "!", false}},
		{"family in graphemes", "hi " + family + "!", 4, Graphemes, truncated{"hi…", true}},
		{"family fits graphemes", "hi " + family + "!", 5, Graphemes, truncated{"hi " + family + "!", false}},
		{"families in graphemes", family + family + family, 2, Graphemes, truncated{family + "…", true}},
		{"family alone too long", family, 10, UTF16, truncated{"…", true}},
		{"flags in UTF-16", flagFR + flagJP, 7, UTF16, truncated{flagFR + "…", true}},
		{"flags in runes", flagFR + flagJP, 3, Runes, truncated{flagFR + "…", true}},
		{"flag straddles rune limit", flagFR + flagJP, 2, Runes, truncated{"…", true}},
		{"skin tone in UTF-16", thumbs + thumbs, 6, UTF16, truncated{thumbs + "…", true}},
		{"skin tone modifier not split", thumbs + thumbs, 7, UTF16, truncated{thumbs + "…", true}},

		// CJK.
		{"CJK in bytes", "日本語テキスト", 10, Bytes, truncated{"日本…", true}},
		{"CJK in runes", "日本語テキスト", 5, Runes, truncated{"日本語テ…", true}},

		// Bytes with max < 3: no room for the 3-byte ellipsis.
		{"bytes max 2", "h\u00e9llo", 2, Bytes, truncated{"h", true}},
		{"bytes max 1", "h\u00e9llo", 1, Bytes, truncated{"h", true}},
		{"bytes max 0", "h\u00e9llo", 0, Bytes, truncated{"", true}},
		{"bytes max 1 accent first", "\u00e9a", 1, Bytes, truncated{"", true}},
		{"bytes max 2 ASCII", "abc", 2, Bytes, truncated{"ab", true}},
		{"bytes max 2 not trimmed", "a bc", 2, Bytes, truncated{"a ", true}},
		{"bytes max 2 fits", "ab", 2, Bytes, truncated{"ab", false}},
		{"bytes max 2 emoji", grinning, 2, Bytes, truncated{"", true}},
		{"bytes max 3 emoji", grinning, 3, Bytes, truncated{"…", true}},
		{"bytes max 3", "h\u00e9llo", 3, Bytes, truncated{"…", true}},
		{"bytes max 4", "h\u00e9llo", 4, Bytes, truncated{"h…", true}},
		{"bytes max 5", "h\u00e9llo", 5, Bytes, truncated{"h…", true}},
		{"bytes max 6 fits", "h\u00e9llo", 6, Bytes, truncated{"h\u00e9llo", false}},
		{"bytes max 6", "h\u00e9llo!", 6, Bytes, truncated{"h\u00e9…", true}},

		// Invalid UTF-8 becomes U+FFFD.
		{"invalid fits", "a\xffb", 3, Runes, truncated{"a\uFFFDb", false}},
		{"invalid cut", "a\xffbcd", 4, Runes, truncated{"a\uFFFDb…", true}},
		{"invalid fits bytes", "a\xffb", 5, Bytes, truncated{"a\uFFFDb", false}},
		{"invalid straddles byte limit", "a\xffb", 4, Bytes, truncated{"a…", true}},
		{"invalid after the cut", "ab\xff", 2, Bytes, truncated{"ab", true}},
		{"only invalid bytes", "\xff\xff\xff", 3, Bytes, truncated{"…", true}},
		{"invalid first, no room", "\xffabc", 2, Bytes, truncated{"", true}},
		{"invalid byte fits one rune", "\xff", 1, Runes, truncated{"\uFFFD", false}},
		{"invalid byte is 3 bytes", "\xff", 2, Bytes, truncated{"", true}},
		{"invalid byte fits 3 bytes", "\xff", 3, Bytes, truncated{"\uFFFD", false}},
		{"invalid in the prefix", "x\xe2\x82yz", 4, Graphemes, truncated{"x\uFFFD\uFFFD…", true}},
		{"invalid beyond a long cut", "hello world" + strings.Repeat("\xff", 100), 6, Runes, truncated{"hello…", true}},

		// Telegram's 4096 UTF-16 units.
		{"2049 emoji in 4096 UTF-16 units", strings.Repeat(grinning, 2049), 4096, UTF16, truncated{strings.Repeat(grinning, 2047) + "…", true}},
		{"2048 emoji in 4096 UTF-16 units", strings.Repeat(grinning, 2048), 4096, UTF16, truncated{strings.Repeat(grinning, 2048), false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, cut := Truncate(tt.s, tt.max, tt.u)
			if diff := cmp.Diff(tt.want, truncated{s, cut}); diff != "" {
				t.Errorf("Truncate(%q, %d, %v) mismatch (-want +got):\n%s", tt.s, tt.max, tt.u, diff)
			}
			checkTruncate(t, tt.s, tt.max, tt.u, s, cut)
		})
	}
}

// checkTruncate checks the documented properties of Truncate(s, max, u).
func checkTruncate(t *testing.T, s string, max int, u Unit, got string, cut bool) {
	t.Helper()
	v := ToValid(s)
	if !utf8.ValidString(got) {
		t.Fatalf("Truncate(%q, %d, %v) = %q: not valid UTF-8", s, max, u, got)
	}
	lim := max
	if lim < 0 {
		lim = 0
	}
	if !cut {
		if got != v || Len(v, u) > lim {
			t.Fatalf("Truncate(%q, %d, %v) = %q, false: want ToValid(s) and it to fit", s, max, u, got)
		}
		return
	}
	if Len(v, u) <= lim {
		t.Fatalf("Truncate(%q, %d, %v) = %q, true, but it fits", s, max, u, got)
	}
	if n := Len(got, u); n > lim {
		t.Fatalf("Truncate(%q, %d, %v) = %q: %d %v long", s, max, u, got, n, u)
	}
	prefix := got
	withEllipsis := lim >= Len(Ellipsis, u)
	if withEllipsis {
		var ok bool
		if prefix, ok = strings.CutSuffix(got, Ellipsis); !ok {
			t.Fatalf("Truncate(%q, %d, %v) = %q: no ellipsis", s, max, u, got)
		}
	}
	if !strings.HasPrefix(v, prefix) {
		t.Fatalf("Truncate(%q, %d, %v) = %q: %q is not a prefix of %q", s, max, u, got, prefix, v)
	}
	bounds := unisegBounds(v)
	if !isBound(bounds, len(prefix)) {
		t.Fatalf("Truncate(%q, %d, %v) = %q: cut at %d, not a grapheme boundary %v", s, max, u, got, len(prefix), bounds)
	}
	// The prefix is the longest one: the next cluster, unless it is
	// trimmed white space, would not have fitted.
	budget := lim
	if withEllipsis {
		budget -= Len(Ellipsis, u)
	}
	rest := v[len(prefix):] // not empty: v does not fit
	if withEllipsis {
		// Skip the white space that may have been trimmed.
		rest = rest[skipSpaceClusters(rest):]
		if prefix != "" && isSpaceCluster(prefix[len(prefix)-lastClusterLen(prefix):]) {
			t.Fatalf("Truncate(%q, %d, %v) = %q: white space before the ellipsis", s, max, u, got)
		}
	}
	if rest == "" {
		return
	}
	n, _ := nextCluster(rest, -1)
	longer := v[:len(v)-len(rest)+n]
	if Len(longer, u) <= budget {
		t.Fatalf("Truncate(%q, %d, %v) = %q: %q would fit too", s, max, u, got, longer)
	}
}

// skipSpaceClusters returns the length of the white-space clusters at the
// start of s.
func skipSpaceClusters(s string) int {
	i := 0
	for i < len(s) {
		n, _ := nextCluster(s[i:], -1)
		if !isSpaceCluster(s[i : i+n]) {
			break
		}
		i += n
	}
	return i
}

// lastClusterLen returns the byte length of the last grapheme cluster of
// the non-empty s.
func lastClusterLen(s string) int {
	b := unisegBounds(s)
	return b[len(b)-1] - b[len(b)-2]
}
