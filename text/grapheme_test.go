package text

import (
	"testing"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// TestIsSimple checks every code point isSimple accepts with uniseg: it is
// not CR, it does not extend a preceding letter (so it is not Extend, ZWJ or
// SpacingMark), it does not join a following letter (not Prepend) or LF (not
// CR), and two of it do not join (not Regional_Indicator nor a Hangul L, V
// or T jamo). Those are all the ways two code points can be in one cluster
// under rules GB3-GB13, so any two simple code points are two clusters.
func TestIsSimple(t *testing.T) {
	two := func(s string) bool { return uniseg.GraphemeClusterCount(s) == 2 }
	var simple []rune
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !isSimple(r) {
			continue
		}
		c := string(r)
		if !utf8.ValidRune(r) || r == '\r' || !two("a"+c) || !two(c+"a") || !two(c+"\n") || !two(c+c) {
			t.Fatalf("isSimple(%U) = true, but uniseg joins it", r)
		}
		simple = append(simple, r)
	}
	// Spot-check pairs of different simple code points.
	step := len(simple)/5000 + 1
	for i := 0; i < len(simple); i += step {
		for j := (i * 7919) % len(simple); j < len(simple); j += len(simple) / 7 {
			if s := string(simple[i]) + string(simple[j]); !two(s) {
				t.Fatalf("%U %U: uniseg finds one cluster", simple[i], simple[j])
			}
		}
	}
	// A few that must not be simple.
	for _, r := range []rune{'\r', 0x0301, 0x200D, 0xFE0F, 0x1F3FD, 0x1F1EB, 0x0600, 0x1100, 0x1161, 0x11A8, 0x0E31, 0x093F, 0x3099, 0xFF9E} {
		if isSimple(r) {
			t.Errorf("isSimple(%U) = true, want false", r)
		}
	}
}
