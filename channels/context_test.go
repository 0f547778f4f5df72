package channels

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/chanrender/chanrender/schema"
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

// Split never sends a part that is only white space: no-break spaces,
// which text.Split never breaks at, can make one.
func TestSplitDropsBlankParts(t *testing.T) {
	nbsp := strings.Repeat("\u00a0", 8)
	s := "first part " + nbsp + " last part"
	c := NewContext("", language.English, "", Paths{Text: "text"})
	got := c.Split("text", s, Limit{Max: 10, Unit: Runes})
	for _, p := range got {
		if strings.TrimFunc(p, unicode.IsSpace) == "" {
			t.Errorf("blank part %q in %q", p, got)
		}
	}
	if want := []string{"first part", "last part"}; !slices.Equal(got, want) {
		t.Errorf("Split = %q, want %q", got, want)
	}
}

// Numbered keeps what Build numbered, in order; a nil Context records
// nothing and does not panic.
func TestContextNumbered(t *testing.T) {
	var nilCtx *Context
	nilCtx.Numbered(&schema.Message{}, Paths{})
	if got := nilCtx.NumberedTexts(); got != nil {
		t.Errorf("nil context: %v", got)
	}
	c := NewContext("", language.English, "", Paths{})
	a, b := &schema.Message{Text: "a"}, &schema.Message{Text: "b"}
	c.Numbered(a, Paths{Actions: []string{"actions[3]"}})
	c.Numbered(nil, Paths{})
	c.Numbered(b, Paths{})
	got := c.NumberedTexts()
	if len(got) != 2 || got[0].Message != a || got[0].Paths.Actions[0] != "actions[3]" || got[1].Message != b {
		t.Errorf("NumberedTexts = %+v", got)
	}
	if len(c.Report()) != 0 {
		t.Errorf("Numbered reported %v", c.Report())
	}
}

// AddNew appends without the uniqueness look-up, and a later Add still
// finds its entries.
func TestAddNew(t *testing.T) {
	c := NewContext("", language.Und, "", Paths{})
	for i := range 100 {
		c.AddNew(Truncated, "actions["+strconv.Itoa(i)+"]", "cut")
	}
	c.Add(Truncated, "actions[7]", "cut again")
	if got := c.Report(); len(got) != 100 || got[7].Detail != "cut again" {
		t.Errorf("report has %d entries, entry 7 %q", len(got), got[7].Detail)
	}
}
