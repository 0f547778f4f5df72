package main

import (
	"fmt"
	"strings"
)

// diffContext is the number of unchanged lines shown around a change.
const diffContext = 3

// edit is one line of a line diff: kept (' '), deleted ('-') or inserted
// ('+').
type edit struct {
	op   byte
	line string
}

// unifiedDiff returns a unified-style diff from a (named aName) to b
// (named bName), or "" when they are equal. Lines keep their "\n"; a last
// line without one is marked "\ No newline at end of file".
func unifiedDiff(aName, bName, a, b string) string {
	if a == b {
		return ""
	}
	edits := diffLines(splitLines(a), splitLines(b))
	var out strings.Builder
	fmt.Fprintf(&out, "--- %s\n+++ %s\n", aName, bName)
	// aAt[i] and bAt[i] count the lines of a and b before edits[i].
	aAt := make([]int, len(edits)+1)
	bAt := make([]int, len(edits)+1)
	for i, e := range edits {
		aAt[i+1], bAt[i+1] = aAt[i], bAt[i]
		if e.op != '+' {
			aAt[i+1]++
		}
		if e.op != '-' {
			bAt[i+1]++
		}
	}
	for i := 0; i < len(edits); {
		if edits[i].op == ' ' {
			i++
			continue
		}
		start := max(0, i-diffContext)
		last := i
		for j := i; j < len(edits) && j-last <= 2*diffContext; j++ {
			if edits[j].op != ' ' {
				last = j
			}
		}
		end := min(len(edits), last+diffContext+1)
		fmt.Fprintf(&out, "@@ -%s +%s @@\n", hunkRange(aAt[start], aAt[end]-aAt[start]), hunkRange(bAt[start], bAt[end]-bAt[start]))
		for _, e := range edits[start:end] {
			out.WriteByte(e.op)
			out.WriteString(e.line)
			if !strings.HasSuffix(e.line, "\n") {
				out.WriteString("\n\\ No newline at end of file\n")
			}
		}
		i = end
	}
	return out.String()
}

// hunkRange is a hunk header's "start,count": start is 1-based, and for an
// empty range the line before it.
func hunkRange(before, n int) string {
	if n == 0 {
		return fmt.Sprintf("%d,0", before)
	}
	return fmt.Sprintf("%d,%d", before+1, n)
}

// splitLines splits s after every "\n".
func splitLines(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// diffLines is Myers' O((N+M)D) shortest edit script from a to b.
func diffLines(a, b []string) []edit {
	n, m := len(a), len(b)
	off := n + m + 1
	v := make([]int, 2*off+1)
	// trace[d] holds v[-d..d] as it was before round d.
	var trace [][]int
	d := 0
search:
	for ; d <= n+m; d++ {
		trace = append(trace, append([]int(nil), v[off-d:off+d+1]...))
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[off+k-1] < v[off+k+1]) {
				x = v[off+k+1]
			} else {
				x = v[off+k-1] + 1
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[off+k] = x
			if x >= n && y >= m {
				break search
			}
		}
	}
	var rev []edit
	x, y := n, m
	for ; d >= 0; d-- {
		w := trace[d] // w[k+d] is v[k] before round d
		k := x - y
		var pk int
		if k == -d || (k != d && w[k-1+d] < w[k+1+d]) {
			pk = k + 1
		} else {
			pk = k - 1
		}
		px := 0
		if d > 0 {
			px = w[pk+d]
		}
		py := px - pk
		for x > px && y > py {
			rev = append(rev, edit{' ', a[x-1]})
			x--
			y--
		}
		if d == 0 {
			break
		}
		if x == px {
			rev = append(rev, edit{'+', b[y-1]})
		} else {
			rev = append(rev, edit{'-', a[x-1]})
		}
		x, y = px, py
	}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	return rev
}
