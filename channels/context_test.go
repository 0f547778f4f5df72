package channels

import (
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// TestContextAdd checks that Add keeps one entry per code and path, with the
// latest detail, in first-seen order, below and above the length where it
// switches from scanning to its index.
func TestContextAdd(t *testing.T) {
	for _, n := range []int{3, scanMax, 3 * scanMax} {
		c := NewContext("", language.Und, "", Paths{Text: "text"})
		var want Report
		for i := range n {
			p := "actions[" + strconv.Itoa(i) + "]"
			c.Add(Dropped, p, "first")
			c.Add(Truncated, p, "first")
			want = append(want, Degradation{Dropped, p, "second"}, Degradation{Truncated, p, "first"})
		}
		for i := range n {
			c.Add(Dropped, "actions["+strconv.Itoa(i)+"]", "second")
		}
		c.Add(Truncated, "text", "a")
		c.Add(Truncated, "text", "b")
		want = append(want, Degradation{Truncated, "text", "b"})
		if diff := cmp.Diff(want, c.Report()); diff != "" {
			t.Errorf("n=%d: mismatch (-want +got):\n%s", n, diff)
		}
	}
}
