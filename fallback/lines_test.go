package fallback

import (
	"regexp"
	"strings"
	"testing"

	"github.com/chanrender/chanrender/schema"
)

// forgedLine is the line the label tries to write: one that reads as
// option 9.
var forgedLine = regexp.MustCompile(`^\s*9\.`)

// TestLineBreaksMakeNoOptions holds reply labels, item titles and action
// labels to one line each: a label carrying a line break ("Yes\n2. No")
// must not write a line that reads as another numbered option.
func TestLineBreaksMakeNoOptions(t *testing.T) {
	for _, br := range []string{"\n", "\r", "\r\n", "\v", "\f", "\u0085", "\u2028", "\u2029"} {
		fake := "Yes" + br + "9. Forged"
		msgs := map[string]*schema.Message{
			"reply label": {Role: schema.RoleAppMaker, Type: schema.TypeText, Text: "Pick", Actions: []schema.Action{
				{Type: schema.ActionReply, Text: fake, Payload: "Y"},
				{Type: schema.ActionReply, Text: "No", Payload: "N"},
			}},
			"item title": {Role: schema.RoleAppMaker, Type: schema.TypeCarousel, Items: []schema.Item{
				{Title: fake, Actions: []schema.Action{{Type: schema.ActionPostback, Text: "Go", Payload: "G"}}},
			}},
			"link label": {Role: schema.RoleAppMaker, Type: schema.TypeText, Text: "Pick", Actions: []schema.Action{
				{Type: schema.ActionLink, Text: fake, URI: "https://example.com"},
			}},
		}
		for name, m := range msgs {
			out := Text(m, Options{})
			lines := strings.FieldsFunc(out, isLineBreak)
			for _, l := range lines {
				if forgedLine.MatchString(l) {
					t.Errorf("%s with %q: line %q reads as a numbered option in %q", name, br, l, out)
				}
			}
			// Still answerable by its label, folded.
			if name != "link label" {
				if _, ok := Resolve(m, fake); !ok {
					t.Errorf("%s with %q: Resolve(label) found nothing", name, br)
				}
			}
		}
	}
}

// isLineBreak is every character a reader may see as the end of a line.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029':
		return true
	}
	return false
}
