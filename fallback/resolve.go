package fallback

import (
	"strconv"
	"strings"

	"github.com/chanrender/chanrender/schema"
	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// Choice is what a user's typed answer selected in a sent message.
type Choice struct {
	// Path is the JSON path in the message of what was chosen: "actions[1]",
	// "items[0]", "items[0].actions[1]".
	Path string
	// Action is the chosen action: a reply, link, webview or buy; for an
	// item, its first postback action, or nil when it has none. It points
	// into the message.
	Action *schema.Action
	// Item is the chosen item, or the item holding the chosen action; nil
	// for message-level actions. It points into the message.
	Item *schema.Item
}

// Resolve maps a user's typed answer ("2", " burritos ", "TACOS") back to what
// it chose in the sent message m, as Text showed it. It is a pure function
// of m and answer; see the package documentation for the rules.
func Resolve(m *schema.Message, answer string) (Choice, bool) {
	if m == nil {
		return Choice{}, false
	}
	fold := newFolder()
	key := fold(answer)
	if key == "" {
		return Choice{}, false
	}
	options := choices(m)
	if n, ok := ordinal(key); ok {
		for _, c := range options {
			if c.num == n {
				return c.Choice, true
			}
		}
	}
	// Numbered options (replies, items) outrank label-only lines (link,
	// webview, buy); within the first rank that matches, the match must be
	// unique.
	for _, numberedRank := range [...]bool{true, false} {
		var found option
		count := 0
		for _, c := range options {
			if (c.num > 0) != numberedRank || c.label == "" {
				continue
			}
			if fold(c.label) == key {
				if count == 0 {
					found = c
				}
				count++
			}
		}
		switch {
		case count == 1:
			return found.Choice, true
		case count > 1:
			return Choice{}, false
		}
	}
	return Choice{}, false
}

// option is one answerable line of the fallback.
type option struct {
	Choice
	num   int    // the number shown before it, 0 when it has none
	label string // what the user may type instead of the number
}

// choices lists what Render shows that a user can answer with, in the same
// order and numbering. A carousel or list is resolved by its items even when
// it is rendered from its own text (Smooch's generated fallback numbers the
// items the same way).
func choices(m *schema.Message) []option {
	var out []option
	if !m.Type.HasItems() {
		return appendActions(out, m.Actions, false, 0)
	}
	for i := range m.Items {
		it := &m.Items[i]
		path := "items[" + strconv.Itoa(i) + "]"
		c := option{Choice: Choice{Path: path, Item: it}, num: i + 1, label: it.Title}
		for j := range it.Actions {
			if it.Actions[j].Type == schema.ActionPostback {
				c.Action = &it.Actions[j]
				break
			}
		}
		out = append(out, c)
		for j := range it.Actions {
			a := &it.Actions[j]
			if lined(*a, true) {
				out = append(out, option{
					Choice: Choice{Path: path + ".actions[" + strconv.Itoa(j) + "]", Action: a, Item: it},
					label:  a.Text,
				})
			}
		}
	}
	return appendActions(out, m.Actions, true, len(m.Items))
}

// appendActions appends the message-level actions' options: replies numbered
// from after+1, lined actions by label.
func appendActions(out []option, actions []schema.Action, inItems bool, after int) []option {
	n := after
	for i := range actions {
		a := &actions[i]
		c := option{Choice: Choice{Path: "actions[" + strconv.Itoa(i) + "]", Action: a}, label: a.Text}
		switch {
		case a.Type == schema.ActionReply:
			n++
			c.num = n
		case lined(*a, inItems):
		default:
			continue
		}
		out = append(out, c)
	}
	return out
}

// ordinal parses a folded answer as an option number: ASCII digits with an
// optional trailing "." (as displayed: "2."). Full-width digits have already
// been folded to ASCII by NFKC.
func ordinal(key string) (int, bool) {
	key = strings.TrimSuffix(key, ".")
	if key == "" {
		return 0, false
	}
	for i := 0; i < len(key); i++ {
		if key[i] < '0' || key[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(key)
	if err != nil || n < 1 {
		return 0, false
	}
	return n, true
}

// newFolder returns the matching key function: NFKC (compatibility forms and
// full-width characters to their plain forms), full Unicode case folding,
// NFKC again, surrounding space trimmed and inner runs of white space made
// one space. The cases.Caser is stateful, hence one per call of Resolve.
func newFolder() func(string) string {
	c := cases.Fold()
	return func(s string) string {
		s = norm.NFKC.String(c.String(norm.NFKC.String(s)))
		return strings.Join(strings.Fields(s), " ")
	}
}

// Key returns the form Resolve compares an answer and a label in: NFKC,
// full case folding, NFKC again, surrounding white space trimmed and inner
// runs of white space (line breaks included) made one space. Two labels
// with the same Key cannot be told apart by a typed answer; render uses it
// to keep the labels a channel sends back as answers distinct.
func Key(s string) string { return newFolder()(s) }
