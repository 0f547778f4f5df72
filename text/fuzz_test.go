package text

import (
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/rivo/uniseg"
)

// fuzzUnit maps any int to a valid unit, valid units to themselves.
func fuzzUnit(n int) Unit {
	return Unit(((n-1)%4+4)%4 + 1)
}

func addSeeds(f *testing.F) {
	for _, s := range []string{
		"",
		"hello world",
		"ab" + grinning + "cd",
		"caf" + eAcute + " bar",
		"hi " + family + "!",
		flagFR + flagJP + "\U0001F1EF",
		thumbs + thumbs + " ok",
		"日本語テキスト",
		"line one\nline two\r\n\r\nthree",
		"  lead and trail  ",
		"a\xffb\xe2\x82",
		"a \u0301b c",
		"\u0600 \u0600\n",
	} {
		for _, max := range []int{-1, 0, 1, 2, 3, 5, 8} {
			f.Add(s, max, int(Runes))
			f.Add(s, max, int(Bytes))
		}
		f.Add(s, 4, int(UTF16))
		f.Add(s, 4, int(Graphemes))
	}
}

func FuzzTruncate(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string, max, unit int) {
		u := fuzzUnit(unit)
		v := ToValid(s)

		// Measuring is consistent with ToValid, Fits and uniseg.
		if Len(s, u) != Len(v, u) {
			t.Fatalf("Len(%q, %v) = %d, Len(ToValid) = %d", s, u, Len(s, u), Len(v, u))
		}
		if Fits(s, max, u) != (Len(s, u) <= max) {
			t.Fatalf("Fits(%q, %d, %v) = %v, Len = %d", s, max, u, Fits(s, max, u), Len(s, u))
		}
		ref := lens{utf8.RuneCountInString(v), len(utf16.Encode([]rune(v))), len(v), uniseg.GraphemeClusterCount(v)}
		if diff := cmp.Diff(ref, measure(s)); diff != "" {
			t.Fatalf("Len(%q) mismatch with the standard library (-want +got):\n%s", s, diff)
		}
		if n, want := Len(s, Graphemes), uniseg.GraphemeClusterCount(v); n != want {
			t.Fatalf("Len(%q, Graphemes) = %d, uniseg counts %d", s, n, want)
		}
		if diff := cmp.Diff(unisegBounds(v), clusterBounds(v)); diff != "" {
			t.Fatalf("cluster boundaries of %q mismatch (-want +got):\n%s", v, diff)
		}
		// Invalid bytes segment and measure as U+FFFD would.
		if diff := cmp.Diff(clusters(v, u), rawClusters(s, u)); diff != "" {
			t.Fatalf("clusters of %q mismatch (-want +got):\n%s", s, diff)
		}

		got, cut := Truncate(s, max, u)
		checkTruncate(t, s, max, u, got, cut)
	})
}

func FuzzSplit(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string, max, unit int) {
		u := fuzzUnit(unit)
		checkSplit(t, s, max, u, Split(s, max, u))
	})
}

// measured is a grapheme cluster and its length.
type measured struct {
	Cluster string
	Len     int
}

// clusters returns the clusters of the valid v, measured with clusterLen.
func clusters(v string, u Unit) []measured {
	var cs []measured
	b := clusterBounds(v)
	for k := 1; k < len(b); k++ {
		c := v[b[k-1]:b[k]]
		cs = append(cs, measured{c, clusterLen(c, u)})
	}
	return cs
}

// rawClusters returns the clusters of s, which may be invalid, measured with
// rawClusterLen, each made valid.
func rawClusters(s string, u Unit) []measured {
	var cs []measured
	b := clusterBounds(s)
	for k := 1; k < len(b); k++ {
		c := s[b[k-1]:b[k]]
		cs = append(cs, measured{ToValid(c), rawClusterLen(c, u)})
	}
	return cs
}
