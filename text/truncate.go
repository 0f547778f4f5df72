package text

import "unicode/utf8"

// Truncate shortens s to at most max units of u.
//
// If s fits (Len(s, u) <= max) Truncate returns it unchanged, except that
// invalid UTF-8 bytes are replaced by U+FFFD (see [ToValid]), and false.
//
// Otherwise it returns true and the longest prefix of ToValid(s) that ends
// on a grapheme-cluster boundary and, with [Ellipsis] appended, fits in max
// units; white space (unicode.IsSpace, including no-break spaces) at the end
// of that prefix is trimmed, cluster by cluster, before the ellipsis is
// appended, so the result may be just "…". If max is too small to hold even
// the ellipsis (max < 1, or max < 3 for [Bytes]), the result is the longest
// grapheme-bounded prefix that fits in max, without an ellipsis and
// untrimmed, possibly "". A grapheme cluster is never cut, so a cluster that
// is longer than the room left is dropped entirely.
//
// A negative max is treated as 0. The result is always valid UTF-8 and
// Len(result, u) <= max. Truncate panics if u is not valid.
func Truncate(s string, max int, u Unit) (string, bool) {
	ell := Len(Ellipsis, u) // also panics on an invalid unit
	if max < 0 {
		max = 0
	}
	// Every unit but Bytes counts at most one per byte, even for invalid
	// bytes; Runes and UTF16 count at least one per 4 bytes, which bounds
	// the cost of an exact measure.
	if len(s) <= max && u != Bytes || u == Bytes && len(s) <= max && utf8.ValidString(s) {
		return ToValid(s), false
	}
	if u != Bytes && u != Graphemes && len(s) <= 4*max && Len(s, u) <= max {
		return ToValid(s), false
	}

	budget := max - ell // room for the prefix when an ellipsis follows
	withEllipsis := budget >= 0
	if !withEllipsis {
		budget = max
	}
	// One pass over s as it is, never past max units, so that a long text
	// is not validated beyond the cut: invalid bytes segment and measure as
	// U+FFFD would. end is the longest prefix within budget, keep the same
	// prefix without its trailing white space.
	total, end, keep, state := 0, 0, 0, -1
	for i := 0; ; {
		if i == len(s) {
			return ToValid(s), false // it fits after all
		}
		n, l, space := 1, 1, false
		if asciiPair(s, i) {
			state = -1
			space = s[i] <= ' ' && isSpaceCluster(s[i:i+1])
		} else {
			n, state = nextClusterSlow(s[i:], state)
			c := s[i : i+n]
			l, space = rawClusterLen(c, u), isSpaceCluster(c)
		}
		total += l
		if total > max {
			break
		}
		i += n
		if total <= budget {
			end = i
			if !space {
				keep = i
			}
		}
	}
	if !withEllipsis {
		return ToValid(s[:end]), true
	}
	if p := s[:keep]; utf8.ValidString(p) {
		return p + Ellipsis, true
	}
	return ToValid(s[:keep]) + Ellipsis, true
}
