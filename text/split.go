package text

// Split cuts s into parts that each fit in max units of u, breaking between
// words. It works on ToValid(s) (see [ToValid]), so every part is valid
// UTF-8. Split panics if u is not valid.
//
// If s is empty Split returns nil. If s fits (Len(s, u) <= max) it returns
// []string{ToValid(s)}, even when s is only white space. Otherwise each
// part is found as follows, starting where the previous one ended:
//
//  1. If the rest of the text fits in max units, it is the last part,
//     trailing white space included.
//  2. Break opportunities are runs of white space: grapheme clusters made
//     only of unicode.IsSpace runes other than the no-break spaces U+00A0,
//     U+2007 and U+202F (which are never broken at). A run qualifies if its
//     first cluster starts inside the window, that is at most max units
//     after the start of the part (the run may extend beyond it).
//  3. Split breaks at the last qualifying run that contains a line break
//     (LF, CR, VT, FF, U+0085, U+2028 or U+2029), even if that leaves a
//     short part; if there is none, at the last qualifying run. The whole
//     run is dropped, and the text before it is the part. A run at the very start of s gives no part (parts are
//     never empty): it is simply dropped.
//  4. With no qualifying run (one word longer than the window), the part is
//     the longest run of whole grapheme clusters that fits in max units. If
//     even the first cluster is longer than max (a family emoji in 5 UTF-16
//     units, say), that cluster alone is the part: the only case where a
//     part is longer than max. A run of white space right after such a cut
//     is dropped.
//
// So no part is empty, and no part begins or ends with breakable white
// space, except that the first part keeps the leading white space of s when
// it is cut at a later run (or s fits), and the last part keeps the trailing
// white space of s when it fits in it; leading or trailing white space that
// is not kept is dropped with the run it belongs to. A part consists only
// of breakable white space only when s fits and is only white space.
//
// Writing the dropped runs back between the parts, before the first part
// and after the last one, gives back ToValid(s) exactly. A max below 1 is
// treated as 1, so every part is then a single grapheme cluster.
func Split(s string, max int, u Unit) []string {
	u.mustBeValid()
	sp := newSplitter(ToValid(s), max, u)
	var parts []string
	for {
		start, end, ok := sp.next()
		if !ok {
			return parts
		}
		parts = append(parts, sp.s[start:end])
	}
}

// splitter produces the parts of Split one at a time, as byte offsets into
// s, which must be valid UTF-8.
type splitter struct {
	s   string
	max int
	u   Unit
	pos int // where the next part may start
}

func newSplitter(s string, max int, u Unit) *splitter {
	if max < 1 {
		max = 1
	}
	return &splitter{s: s, max: max, u: u}
}

// next returns the offsets of the next part, or ok == false when there are
// no more parts. The text between two parts (and before the first and after
// the last) is a run of breakable white space, possibly empty.
func (sp *splitter) next() (start, end int, ok bool) {
	s := sp.s
	for sp.pos < len(s) {
		pos := sp.pos
		total, state := 0, -1
		fitEnd := pos // end of the longest prefix within max
		first := 0    // length of the first cluster
		lastNL, lastSpace, run := -1, -1, -1
		i := pos
		for i < len(s) {
			n, l, space, newline := 1, 1, false, false
			if asciiPair(s, i) {
				state = -1
				if s[i] <= ' ' {
					space, newline = breakClass(s[i : i+1])
				}
			} else {
				n, state = nextClusterSlow(s[i:], state)
				c := s[i : i+n]
				space, newline = breakClass(c)
				l = clusterLen(c, sp.u)
			}
			if first == 0 {
				first = n
			}
			// The cluster starts within max units: a break may go here.
			if space {
				if run < 0 {
					run = i
				}
				lastSpace = run
				if newline {
					lastNL = run
				}
			} else {
				run = -1
			}
			total += l
			if total > sp.max {
				break
			}
			i += n
			fitEnd = i
		}
		if i == len(s) { // rule 1: the rest fits
			sp.pos = len(s)
			return pos, len(s), true
		}
		brk := lastNL
		if brk < 0 {
			brk = lastSpace
		}
		if brk >= 0 { // rule 3
			sp.pos = skipBreakSpace(s, brk)
			if brk > pos {
				return pos, brk, true
			}
			continue // a leading run: drop it
		}
		// Rule 4: cut inside a word.
		end = fitEnd
		if end == pos {
			end = pos + first
		}
		sp.pos = skipBreakSpace(s, end)
		return pos, end, true
	}
	return 0, 0, false
}
