package text

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestRandomPieces checks Truncate and Split on random concatenations of
// awkward pieces, which byte-level fuzzing rarely builds.
func TestRandomPieces(t *testing.T) {
	// pieces are the awkward bits random texts are made of.
	pieces := []string{
		"a", "Z", "word", "longerwordthanmost", " ", "  ", "\t", "\n", "\r", "\r\n", "\n\n",
		"\u00a0", "\u202f", "\u3000", "\u2028", "\u0085",
		"\u00e9", eAcute, "\u0301", "\u0300\u0327", "\u200d", "\ufe0f",
		grinning, thumbs, "\U0001F3FD", family, flagFR, "\U0001F1EF", "\u2764\ufe0f", "1\ufe0f\u20e3",
		"日本語", "한국어", "\u1100", "\u1161", "\u11a8", "\u0e01\u0e34", "\u0915\u094d\u0937\u093f", "\u0600",
		"\xff", "\xe2\x82", "\xed\xa0\x80", "\uFFFD",
	}

	rng := rand.New(rand.NewPCG(1, 2))
	n := 1000
	if testing.Short() {
		n = 100
	}
	for range n {
		var b strings.Builder
		for range rng.IntN(25) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		u := Unit(rng.IntN(4) + 1)
		for _, max := range []int{-1, 0, 1, 2, 3, 4, 5, 7, 11, 16, rng.IntN(60)} {
			got, cut := Truncate(s, max, u)
			checkTruncate(t, s, max, u, got, cut)
			checkSplit(t, s, max, u, Split(s, max, u))
		}
		if got, want := Len(s, Graphemes), len(unisegBounds(ToValid(s)))-1; got != want {
			t.Fatalf("Len(%q, Graphemes) = %d, uniseg finds %d", s, got, want)
		}
	}
}
