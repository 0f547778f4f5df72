package line

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chanrender/chanrender/channels"
)

// splitTail splits s into a head and the longest tail that fits in l and
// starts a sentence: after a line break, or after white space that follows
// ".", "!", "?" or "…", or right after "。", "！" or "？" (which take no
// space). Without such a tail it is the longest one that starts a word. The
// white space between head and tail is dropped. When no tail fits (one
// word longer than l), both are "" and s is left to the caller.
func splitTail(s string, l channels.Limit) (head, tail string) {
	if l.Fits(s) {
		return "", s
	}
	// starts are the byte offsets where a word begins, ascending.
	var starts []int
	var prev rune
	for i, r := range s {
		if i > 0 && !unicode.IsSpace(r) && (unicode.IsSpace(prev) || fullStop(prev)) {
			starts = append(starts, i)
		}
		prev = r
	}
	// The longer the tail, the more it counts: the first start whose tail
	// fits gives the longest tail.
	k := sort.Search(len(starts), func(k int) bool { return l.Fits(s[starts[k]:]) })
	if k == len(starts) {
		return "", ""
	}
	at := starts[k]
	for _, i := range starts[k:] {
		if sentenceStart(s[:i]) {
			at = i
			break
		}
	}
	head = strings.TrimRightFunc(s[:at], unicode.IsSpace)
	return head, s[at:]
}

// fullStop reports whether r ends a sentence with no space after it (CJK).
func fullStop(r rune) bool { return r == '。' || r == '！' || r == '？' }

// sentenceStart reports whether a sentence starts after before: it ends in
// a CJK full stop, or in white space that holds a line break or follows a
// sentence-ending mark.
func sentenceStart(before string) bool {
	r, _ := utf8.DecodeLastRuneInString(before)
	if fullStop(r) {
		return true
	}
	trimmed := strings.TrimRightFunc(before, unicode.IsSpace)
	if strings.ContainsAny(before[len(trimmed):], "\n\r\v\f\u0085\u2028\u2029") {
		return true
	}
	r, _ = utf8.DecodeLastRuneInString(trimmed)
	return r == '.' || r == '!' || r == '?' || r == '…'
}
