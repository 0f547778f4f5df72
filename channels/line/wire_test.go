package line_test

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/line"
	"github.com/chanrender/chanrender/corpus"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

// TestWireRules holds every corpus render against the LINE rules the kit's
// Limits cannot express (docs/CHANNEL-LIMITS.md §1.2): 60 graphemes for a column
// or buttons text with an image or a title, the cross-column rule, https
// images, URI schemes, required non-empty strings, and quick replies on the
// very last message only.
func TestWireRules(t *testing.T) {
	fsys := corpus.Messages()
	names, err := fs.Glob(fsys, "*.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			t.Fatal(err)
		}
		in, err := schema.DecodeInput(data)
		if err != nil {
			t.Fatal(err)
		}
		if in.Message == nil {
			continue
		}
		res, err := render.Render(in.Message, line.New(), render.WithAppName("ACME"))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, p := range wireProblems(t, res) {
			t.Errorf("%s: %s", name, p)
		}
	}
}

func wireProblems(t *testing.T, res render.Result) []string {
	t.Helper()
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	g := func(n int) channels.Limit { return channels.Limit{Max: n, Unit: channels.Graphemes} }
	str := func(v any) string { s, _ := v.(string); return s }
	nonEmpty := func(where string, v any) {
		if strings.TrimSpace(str(v)) == "" {
			bad("%s: empty", where)
		}
	}
	https := func(where string, v any) {
		if v != nil && !strings.HasPrefix(str(v), "https://") {
			bad("%s: %q is not https", where, v)
		}
	}
	action := func(where string, a any) {
		nonEmpty(where+".label", get(a, "label"))
		switch get(a, "type") {
		case "uri":
			u := str(get(a, "uri"))
			if !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") &&
				!strings.HasPrefix(u, "line://") && !strings.HasPrefix(u, "tel:") {
				bad("%s.uri: %q has a scheme LINE refuses", where, u)
			}
		case "postback":
			nonEmpty(where+".data", get(a, "data"))
		case "location":
		default:
			bad("%s: unexpected action type %v", where, get(a, "type"))
		}
	}
	ms := messages(t, res)
	for _, p := range res.Payloads {
		if p.Method != line.MethodPush {
			bad("method %q", p.Method)
		}
	}
	for _, b := range bodies(t, res) {
		if n := len(get(b, "messages").([]any)); n < 1 || n > 5 {
			bad("%d messages in a payload", n)
		}
	}
	for i, m := range ms {
		w := fmt.Sprintf("messages[%d]", i)
		if qr := get(m, "quickReply"); qr != nil {
			if i != len(ms)-1 {
				bad("%s: quickReply on a message that is not the very last", w)
			}
			for j, it := range get(qr, "items").([]any) {
				https(fmt.Sprintf("%s.quickReply.items[%d].imageUrl", w, j), get(it, "imageUrl"))
				action(fmt.Sprintf("%s.quickReply.items[%d].action", w, j), get(it, "action"))
			}
		}
		switch get(m, "type") {
		case "text":
			nonEmpty(w+".text", get(m, "text"))
		case "image":
			https(w+".originalContentUrl", get(m, "originalContentUrl"))
			https(w+".previewImageUrl", get(m, "previewImageUrl"))
		case "location":
			nonEmpty(w+".title", get(m, "title"))
			nonEmpty(w+".address", get(m, "address"))
		case "template":
			nonEmpty(w+".altText", get(m, "altText"))
			tpl := get(m, "template")
			switch get(tpl, "type") {
			case "buttons":
				limit := 160
				if get(tpl, "title") != nil || get(tpl, "thumbnailImageUrl") != nil {
					limit = 60
				}
				nonEmpty(w+".template.text", get(tpl, "text"))
				if !g(limit).Fits(str(get(tpl, "text"))) {
					bad("%s.template.text over %d graphemes", w, limit)
				}
				as := get(tpl, "actions").([]any)
				if len(as) < 1 || len(as) > 4 {
					bad("%s: %d buttons", w, len(as))
				}
				for j, a := range as {
					action(fmt.Sprintf("%s.template.actions[%d]", w, j), a)
				}
			case "carousel":
				cols := get(tpl, "columns").([]any)
				if len(cols) < 1 || len(cols) > 10 {
					bad("%s: %d columns", w, len(cols))
				}
				counts, titles, images := map[int]bool{}, map[bool]bool{}, map[bool]bool{}
				for j, c := range cols {
					cw := fmt.Sprintf("%s.template.columns[%d]", w, j)
					as := get(c, "actions").([]any)
					counts[len(as)] = true
					titles[get(c, "title") != nil] = true
					images[get(c, "thumbnailImageUrl") != nil] = true
					https(cw+".thumbnailImageUrl", get(c, "thumbnailImageUrl"))
					limit := 120
					if get(c, "title") != nil || get(c, "thumbnailImageUrl") != nil {
						limit = 60
						if get(c, "title") != nil {
							nonEmpty(cw+".title", get(c, "title"))
						}
					}
					nonEmpty(cw+".text", get(c, "text"))
					if !g(limit).Fits(str(get(c, "text"))) {
						bad("%s.text over %d graphemes", cw, limit)
					}
					if len(as) < 1 || len(as) > 3 {
						bad("%s: %d actions", cw, len(as))
					}
					for k, a := range as {
						action(fmt.Sprintf("%s.actions[%d]", cw, k), a)
					}
					if d := get(c, "defaultAction"); d != nil {
						action(cw+".defaultAction", d)
					}
				}
				if len(counts) > 1 || len(titles) > 1 || len(images) > 1 {
					bad("%s: columns differ (action counts %v, titles %v, images %v)", w, counts, titles, images)
				}
			default:
				bad("%s: unexpected template type %v", w, get(tpl, "type"))
			}
		default:
			if get(m, "type") != "sticker" { // the LINE passthrough example
				bad("%s: unexpected message type %v", w, get(m, "type"))
			}
		}
	}
	return out
}
