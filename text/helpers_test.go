package text

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// unisegBounds returns the grapheme-cluster boundaries of s (0 and len(s)
// included) as plain uniseg finds them: the reference for nextCluster.
func unisegBounds(s string) []int {
	b := []int{0}
	g := uniseg.NewGraphemes(s)
	for g.Next() {
		_, to := g.Positions()
		b = append(b, to)
	}
	return b
}

// clusterBounds returns the boundaries of s as nextCluster finds them.
func clusterBounds(s string) []int {
	b := []int{0}
	state := -1
	for i := 0; i < len(s); {
		var n int
		n, state = nextCluster(s[i:], state)
		i += n
		b = append(b, i)
	}
	return b
}

// isBound reports whether i is in the sorted bounds.
func isBound(bounds []int, i int) bool {
	_, found := slices.BinarySearch(bounds, i)
	return found
}

// checkSplit checks the documented properties of Split(s, max, u) == parts:
// no empty part, parts within max unless a single grapheme cluster, valid
// UTF-8, cut on grapheme boundaries, and the dropped separators are runs of
// breakable white space that, put back, give ToValid(s).
func checkSplit(t *testing.T, s string, max int, u Unit, parts []string) {
	t.Helper()
	v := ToValid(s)
	lim := max
	if lim < 1 {
		lim = 1
	}
	switch {
	case v == "":
		if parts != nil {
			t.Fatalf("Split(%q, %d, %v) = %q, want nil", s, max, u, parts)
		}
		return
	case Len(v, u) <= max:
		if len(parts) != 1 || parts[0] != v {
			t.Fatalf("Split(%q, %d, %v) = %q, want the whole text", s, max, u, parts)
		}
		return
	}
	bounds := unisegBounds(v)
	var b strings.Builder
	cursor := 0
	sp := newSplitter(v, max, u)
	for k, part := range parts {
		if part == "" {
			t.Fatalf("Split(%q, %d, %v): part %d is empty", s, max, u, k)
		}
		if !utf8.ValidString(part) {
			t.Fatalf("Split(%q, %d, %v): part %d %q is not valid UTF-8", s, max, u, k, part)
		}
		if n := Len(part, u); n > lim && uniseg.GraphemeClusterCount(part) != 1 {
			t.Fatalf("Split(%q, %d, %v): part %d %q is %d %v long", s, max, u, k, part, n, u)
		}
		start, end, ok := sp.next()
		if !ok || v[start:end] != part {
			t.Fatalf("Split(%q, %d, %v): part %d %q is not the splitter's (%d, %d, %v)", s, max, u, k, part, start, end, ok)
		}
		if !isBound(bounds, start) || !isBound(bounds, end) {
			t.Fatalf("Split(%q, %d, %v): part %d %q at [%d:%d] is not on grapheme boundaries %v", s, max, u, k, part, start, end, bounds)
		}
		checkSeparator(t, v, cursor, start)
		b.WriteString(v[cursor:start])
		b.WriteString(part)
		cursor = end
	}
	if _, _, ok := sp.next(); ok {
		t.Fatalf("Split(%q, %d, %v): the splitter has more parts than %q", s, max, u, parts)
	}
	checkSeparator(t, v, cursor, len(v))
	b.WriteString(v[cursor:])
	if b.String() != v {
		t.Fatalf("Split(%q, %d, %v): parts and separators rejoin to %q, want %q", s, max, u, b.String(), v)
	}
}

// checkSeparator checks that v[start:end] is made of whole grapheme clusters
// of breakable white space.
func checkSeparator(t *testing.T, v string, start, end int) {
	t.Helper()
	if start > end {
		t.Fatalf("separator [%d:%d] of %q is reversed", start, end, v)
	}
	for _, r := range v[start:end] {
		if !isBreakSpace(r) {
			t.Fatalf("separator %q of %q holds %U, not breakable white space", v[start:end], v, r)
		}
	}
}
