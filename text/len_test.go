package text

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const (
	family   = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466" // 👨‍👩‍👧‍👦: 7 runes, 11 UTF-16, 25 bytes
	flagFR   = "\U0001F1EB\U0001F1F7"                                       // 🇫🇷
	flagJP   = "\U0001F1EF\U0001F1F5"                                       // 🇯🇵
	thumbs   = "\U0001F44D\U0001F3FD"                                       // 👍🏽 (medium skin tone)
	grinning = "\U0001F600"                                                 // 😀
	eAcute   = "e\u0301"                                                    // e + COMBINING ACUTE ACCENT
)

// lens holds a length in each unit.
type lens struct{ Runes, UTF16, Bytes, Graphemes int }

func measure(s string) lens {
	return lens{Len(s, Runes), Len(s, UTF16), Len(s, Bytes), Len(s, Graphemes)}
}

func TestLen(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want lens
	}{
		{"empty", "", lens{0, 0, 0, 0}},
		{"ASCII", "hello", lens{5, 5, 5, 5}},
		{"ASCII with newline", "hello, world\n", lens{13, 13, 13, 13}},
		{"CR LF is one grapheme", "a\r\nb", lens{4, 4, 4, 3}},
		{"lone CR and LF", "a\n\rb", lens{4, 4, 4, 4}},
		{"precomposed accent", "caf\u00e9", lens{4, 4, 5, 4}},
		{"combining accent", "caf" + eAcute, lens{5, 5, 6, 4}},
		{"two combining marks", "e\u0301\u0327", lens{3, 3, 5, 1}},
		{"astral emoji", grinning, lens{1, 2, 4, 1}},
		{"emoji between letters", "a" + grinning + "b", lens{3, 4, 6, 3}},
		{"ZWJ family", family, lens{7, 11, 25, 1}},
		{"flag", flagFR, lens{2, 4, 8, 1}},
		{"two flags", flagFR + flagJP, lens{4, 8, 16, 2}},
		{"three regional indicators", flagFR + "\U0001F1EF", lens{3, 6, 12, 2}},
		{"skin tone", thumbs, lens{2, 4, 8, 1}},
		{"CJK", "日本語", lens{3, 3, 9, 3}},
		{"CJK with fullwidth comma", "你好，世界", lens{5, 5, 15, 5}},
		{"keycap", "1\uFE0F\u20E3", lens{3, 3, 7, 1}},
		{"emoji presentation selector", "\u2764\uFE0F", lens{2, 2, 6, 1}},
		{"Hangul jamo LVT", "\u1100\u1161\u11A8", lens{3, 3, 9, 1}},
		{"max code point", "\U0010FFFF", lens{1, 2, 4, 1}},
		{"mixed", "Hi \U0001F44B\U0001F3FD caf\u00e9", lens{10, 12, 17, 9}},
		{"U+FFFD itself", "\uFFFD", lens{1, 1, 3, 1}},
		// Invalid bytes count as U+FFFD, one per byte.
		{"invalid byte", "a\xffb", lens{3, 3, 5, 3}},
		{"truncated sequence", "\xe2\x82", lens{2, 2, 6, 2}},
		{"invalid byte with combining mark", "\xff\u0301", lens{2, 2, 5, 1}},
		{"encoded surrogate", "\xed\xa0\x80", lens{3, 3, 9, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, measure(tt.s)); diff != "" {
				t.Errorf("Len(%q) mismatch (-want +got):\n%s", tt.s, diff)
			}
			if diff := cmp.Diff(tt.want, measure(ToValid(tt.s))); diff != "" {
				t.Errorf("Len(ToValid(%q)) mismatch (-want +got):\n%s", tt.s, diff)
			}
		})
	}
}

func TestLenLong(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want lens
	}{
		{"2048 emoji and a heart", strings.Repeat(grinning, 2048) + "\u2764", lens{2049, 4097, 8195, 2049}},
		{"100 families", strings.Repeat(family, 100), lens{700, 1100, 2500, 100}},
		{"1000 CR LF", strings.Repeat("\r\n", 1000), lens{2000, 2000, 2000, 1000}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, measure(tt.s)); diff != "" {
			t.Errorf("%s: Len mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestFits(t *testing.T) {
	tests := []struct {
		s    string
		max  int
		u    Unit
		want bool
	}{
		{"", 0, Runes, true},
		{"", -1, Runes, false},
		{"hello", 5, Runes, true},
		{"hello", 4, Runes, false},
		{grinning, 1, Runes, true},
		{grinning, 1, UTF16, false},
		{grinning, 2, UTF16, true},
		{grinning, 3, Bytes, false},
		{grinning, 4, Bytes, true},
		{family, 1, Graphemes, true},
		{family, 0, Graphemes, false},
		{family + family, 1, Graphemes, false},
		{family + family, 2, Graphemes, true},
		{"a\xffb", 4, Bytes, false},
		{"a\xffb", 5, Bytes, true},
		{"\xff\xff", 1, Graphemes, false},
		{"\xff\xff", 2, Graphemes, true},
		{"ab\r\n", 3, Graphemes, true},
		{"ab\r\n", 2, Graphemes, false},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Fits(tt.s, tt.max, tt.u)); diff != "" {
			t.Errorf("Fits(%q, %d, %v) mismatch (-want +got):\n%s", tt.s, tt.max, tt.u, diff)
		}
	}
}

func TestValid(t *testing.T) {
	tests := []struct {
		s         string
		wantValid bool
		want      string
	}{
		{"", true, ""},
		{"abc", true, "abc"},
		{"\u20ac", true, "\u20ac"},
		{"\uFFFD", true, "\uFFFD"},
		{family, true, family},
		{"a\xffb", false, "a\uFFFDb"},
		{"\xe2\x82", false, "\uFFFD\uFFFD"},
		{"\xe2\x82x\xe2\x82\xac", false, "\uFFFD\uFFFDx\u20ac"},
		{"\xc0\xaf", false, "\uFFFD\uFFFD"},
		{"\xed\xa0\x80", false, "\uFFFD\uFFFD\uFFFD"},
		{"\xf4\x90\x80\x80", false, "\uFFFD\uFFFD\uFFFD\uFFFD"},
		{"\xff" + grinning + "\xfe", false, "\uFFFD" + grinning + "\uFFFD"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.wantValid, Valid(tt.s)); diff != "" {
			t.Errorf("Valid(%q) mismatch (-want +got):\n%s", tt.s, diff)
		}
		if diff := cmp.Diff(tt.want, ToValid(tt.s)); diff != "" {
			t.Errorf("ToValid(%q) mismatch (-want +got):\n%s", tt.s, diff)
		}
	}
}

// TestNextClusterMatchesUniseg checks the ASCII fast path of nextCluster
// against plain uniseg segmentation.
func TestNextClusterMatchesUniseg(t *testing.T) {
	for _, s := range []string{
		"",
		"plain ASCII text, with punctuation!\n",
		"a\r\nb\r\r\n\n",
		"caf" + eAcute + "s a\u0301 b\u0300\u0301",
		"1\uFE0F\u20E3 #\uFE0F\u20E3",
		"x" + family + "y" + flagFR + flagJP + "\U0001F1EF" + "z",
		"a\u200db a\u200d" + grinning,
		" \u0301 \u200d",
		"\u0600a \u0600 \u0600\n",
		thumbs + "a" + thumbs + thumbs,
	} {
		if diff := cmp.Diff(unisegBounds(s), clusterBounds(s)); diff != "" {
			t.Errorf("cluster boundaries of %q mismatch (-want +got):\n%s", s, diff)
		}
	}
}
