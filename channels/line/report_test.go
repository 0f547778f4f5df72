package line_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/line"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

// entry is a report entry as the tests assert it: code and path, not
// wording.
type entry struct {
	Code channels.Code
	Path string
}

func entries(r channels.Report) []entry {
	out := []entry{}
	for _, d := range r {
		out = append(out, entry{d.Code, d.Path})
	}
	return out
}

// The expected entries below are written from the contract (docs/RENDERING.md
// §3 LINE, docs/CHANNEL-LIMITS.md §1), not copied from output.
func TestReport(t *testing.T) {
	replies := func(n int) string {
		var as []string
		for i := range n {
			as = append(as, fmt.Sprintf(`{"type":"reply","text":"Option %d","payload":"OPT_%d"}`, i+1, i+1))
		}
		return strings.Join(as, ",")
	}
	tests := []struct {
		name string
		in   string
		want []entry
	}{
		{
			// Columns with 1, 2 and 3 actions: every column keeps one.
			// One column without an image: the others lose theirs.
			name: "non-uniform columns made uniform",
			in: `{"role":"appMaker","type":"carousel","items":[
				{"title":"A","mediaUrl":"https://x.example/a.jpg","actions":[{"type":"postback","text":"Pick","payload":"A"}]},
				{"title":"B","mediaUrl":"https://x.example/b.png","actions":[{"type":"postback","text":"Pick","payload":"B"},{"type":"link","text":"More","uri":"https://x.example/b"}]},
				{"title":"C","actions":[{"type":"postback","text":"Pick","payload":"C"},{"type":"link","text":"More","uri":"https://x.example/c"},{"type":"webview","text":"Map","uri":"https://x.example/map"}]}]}`,
			want: []entry{
				{channels.Dropped, "items[1].actions[1]"},
				{channels.Dropped, "items[2].actions[1]"},
				{channels.Dropped, "items[2].actions[2]"},
				{channels.Dropped, "items[0].mediaUrl"},
				{channels.Dropped, "items[1].mediaUrl"},
			},
		},
		{
			// An image LINE cannot show (WebP) goes, and then the
			// others, since an image in one column means in all.
			name: "column image of another format",
			in: `{"role":"appMaker","type":"carousel","items":[
				{"title":"A","mediaUrl":"https://x.example/a.jpg","actions":[{"type":"postback","text":"Pick","payload":"A"}]},
				{"title":"B","mediaUrl":"https://x.example/b.webp","actions":[{"type":"postback","text":"Pick","payload":"B"}]}]}`,
			want: []entry{
				{channels.Dropped, "items[1].mediaUrl"},
				{channels.Dropped, "items[0].mediaUrl"},
			},
		},
		{
			name: "disallowed schemes dropped",
			in: `{"role":"appMaker","type":"text","text":"Reach us","actions":[
				{"type":"link","text":"Run","uri":"javascript:alert(1)"},
				{"type":"link","text":"Mail","uri":"mailto:a@example.com"},
				{"type":"link","text":"Call","uri":"tel:+15145550199"},
				{"type":"link","text":"App","uri":"line://nv/chat"}]}`,
			want: []entry{
				{channels.Dropped, "actions[0]"},
				{channels.Dropped, "actions[1]"},
			},
		},
		{
			name: "http image fell back",
			in:   `{"role":"appMaker","type":"image","text":"Look","mediaUrl":"http://x.example/a.jpg"}`,
			want: []entry{{channels.FellBack, "mediaUrl"}},
		},
		{
			name: "gif image fell back",
			in:   `{"role":"appMaker","type":"image","mediaUrl":"https://x.example/a.gif"}`,
			want: []entry{{channels.FellBack, "mediaUrl"}},
		},
		{
			name: "file fell back",
			in:   `{"role":"appMaker","type":"file","mediaUrl":"https://x.example/a.pdf"}`,
			want: []entry{{channels.FellBack, "type"}},
		},
		{
			name: "share dropped",
			in: `{"role":"appMaker","type":"carousel","items":[
				{"title":"A","actions":[{"type":"postback","text":"Pick","payload":"A"},{"type":"share"}]},
				{"title":"B","actions":[{"type":"postback","text":"Pick","payload":"B"}]}]}`,
			want: []entry{{channels.Dropped, "items[0].actions[1]"}},
		},
		{
			name: "list converted to carousel",
			in: `{"role":"appMaker","type":"list","items":[
				{"title":"A","actions":[{"type":"postback","text":"Pick","payload":"A"}]},
				{"title":"B","actions":[{"type":"postback","text":"Pick","payload":"B"}]}],
				"actions":[{"type":"postback","text":"More","payload":"MORE"}]}`,
			want: []entry{{channels.Converted, "type"}},
		},
		{
			name: "quick replies over 13",
			in:   `{"role":"appMaker","type":"text","text":"Pick","actions":[` + replies(14) + `]}`,
			want: []entry{{channels.Truncated, "actions[13]"}},
		},
		{
			name: "buy without uri dropped",
			in: `{"role":"appMaker","type":"text","text":"Pay","actions":[
				{"type":"buy","text":"Pay","amount":1000},
				{"type":"link","text":"Cart","uri":"https://x.example/cart"}]}`,
			want: []entry{{channels.Dropped, "actions[0]"}},
		},
		{
			name: "buy label cut to keep the price",
			in: `{"role":"appMaker","type":"text","text":"Pay","actions":[
				{"type":"buy","text":"Pay for the whole order","amount":1000,"currency":"usd","uri":"https://x.example/pay"}]}`,
			want: []entry{{channels.Truncated, "actions[0].text"}},
		},
		{
			name: "quick reply icon that is not https dropped",
			in: `{"role":"appMaker","type":"text","text":"Pick","actions":[
				{"type":"reply","text":"A","payload":"A","iconUrl":"http://x.example/a.png"}]}`,
			want: []entry{{channels.Dropped, "actions[0].iconUrl"}},
		},
		{
			name: "text over 5000 UTF-16 units split",
			in:   `{"role":"appMaker","type":"text","text":"` + strings.Repeat("word ", 1200) + `"}`,
			want: []entry{{channels.Split, "text"}},
		},
		{
			name: "column title over 40 graphemes in a titled carousel",
			in: `{"role":"appMaker","type":"carousel","items":[
				{"title":"` + strings.Repeat("t", 41) + `","description":"d","actions":[{"type":"postback","text":"Pick","payload":"A"}]},
				{"title":"B","description":"d","actions":[{"type":"postback","text":"Pick","payload":"B"}]}]}`,
			// Titled loses 1 grapheme (the title), plain none: plain it
			// is, nothing cut.
			want: []entry{},
		},
		{
			name: "column description cut in a titled carousel",
			in: `{"role":"appMaker","type":"carousel","items":[
				{"title":"` + strings.Repeat("t", 39) + `","description":"` + strings.Repeat("d", 61) + `","actions":[{"type":"postback","text":"Pick","payload":"A"}]},
				{"title":"B","description":"d","actions":[{"type":"postback","text":"Pick","payload":"B"}]}]}`,
			// Titled cuts 1 grapheme of description, plain 1+39+61-120
			// = -19: plain fits, nothing cut.
			want: []entry{},
		},
		{
			name: "column text cut with images",
			in: `{"role":"appMaker","type":"carousel","items":[
				{"title":"A","description":"` + strings.Repeat("d", 70) + `","mediaUrl":"https://x.example/a.jpg","actions":[{"type":"postback","text":"Pick","payload":"A"}]},
				{"title":"B","description":"d","mediaUrl":"https://x.example/b.jpg","actions":[{"type":"postback","text":"Pick","payload":"B"}]}]}`,
			// Titled: 70-60 = 10 cut; plain (60 with images): 1+1+70-60
			// = 12 cut. Titled wins; the description is cut.
			want: []entry{{channels.Truncated, "items[0].description"}},
		},
		{
			name: "location name over 100 UTF-16 units",
			in:   `{"role":"appMaker","type":"location","coordinates":{"lat":1,"long":2},"location":{"name":"` + strings.Repeat("😀", 51) + `"}}`,
			want: []entry{{channels.Truncated, "location.name"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := renderJSON(t, tc.in)
			if diff := cmp.Diff(tc.want, entries(res.Report)); diff != "" {
				t.Errorf("report mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTypingStopReported(t *testing.T) {
	res, err := render.Activity(&schema.Activity{Role: schema.RoleAppMaker, Type: schema.TypingStop}, line.New())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]entry{{channels.Dropped, "type"}}, entries(res.Report)); diff != "" {
		t.Errorf("report mismatch (-want +got):\n%s", diff)
	}
	if len(res.Payloads) != 0 {
		t.Errorf("typing:stop gave %d payloads, want none", len(res.Payloads))
	}
}

func TestTypingStart(t *testing.T) {
	res, err := render.Activity(&schema.Activity{Role: schema.RoleAppMaker, Type: schema.TypingStart}, line.New())
	if err != nil {
		t.Fatal(err)
	}
	want := []channels.Payload{{Method: line.MethodLoadingStart, Body: &line.LoadingBody{LoadingSeconds: 20}}}
	if diff := cmp.Diff(want, res.Payloads); diff != "" {
		t.Errorf("payloads mismatch (-want +got):\n%s", diff)
	}
}

// Quick replies go on the very last message, across payloads: a text of
// six messages' worth gives two payloads (5 + 1).
func TestQuickRepliesOnLastMessageAcrossPayloads(t *testing.T) {
	res := renderJSON(t, `{"role":"appMaker","type":"text","text":"`+strings.Repeat("abcd ", 5500)+`",
		"actions":[{"type":"reply","text":"Yes","payload":"Y"},{"type":"reply","text":"No","payload":"N"}]}`)
	if len(res.Payloads) != 2 {
		t.Fatalf("%d payloads, want 2", len(res.Payloads))
	}
	for _, p := range res.Payloads {
		if p.Method != line.MethodPush {
			t.Errorf("method %q, want %q", p.Method, line.MethodPush)
		}
	}
	ms := messages(t, res)
	if len(ms) != 6 {
		t.Fatalf("%d messages, want 6", len(ms))
	}
	if n := len(get(bodies(t, res)[0], "messages").([]any)); n != 5 {
		t.Errorf("first payload has %d messages, want 5", n)
	}
	for i, m := range ms {
		_, has := m["quickReply"]
		if has != (i == len(ms)-1) {
			t.Errorf("message %d: quickReply present = %v", i, has)
		}
	}
	if n := len(get(ms[5], "quickReply", "items").([]any)); n != 2 {
		t.Errorf("%d quick replies, want 2", n)
	}
}

func TestQuickReplyShape(t *testing.T) {
	res := renderJSON(t, `{"role":"appMaker","type":"text","text":"Pick","actions":[
		{"type":"reply","text":"Tacos","payload":"TACOS","iconUrl":"https://x.example/t.png"},
		{"type":"locationRequest","text":"Where?"}]}`)
	got := get(messages(t, res)[0], "quickReply")
	want := map[string]any{"items": []any{
		map[string]any{"type": "action", "imageUrl": "https://x.example/t.png",
			"action": map[string]any{"type": "postback", "label": "Tacos", "data": "TACOS", "displayText": "Tacos"}},
		map[string]any{"type": "action", "action": map[string]any{"type": "location", "label": "Where?"}},
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quickReply mismatch (-want +got):\n%s", diff)
	}
}

// With no description anywhere, columns have no title and the item title
// is the text, up to 120 graphemes.
func TestColumnsWithoutDescriptions(t *testing.T) {
	long := strings.Repeat("x", 100)
	res := renderJSON(t, `{"role":"appMaker","type":"carousel","items":[
		{"title":"`+long+`","actions":[{"type":"postback","text":"Pick","payload":"A"}]},
		{"title":"B","actions":[{"type":"postback","text":"Pick","payload":"B"}]}]}`)
	cols := get(messages(t, res)[0], "template", "columns").([]any)
	for i, c := range cols {
		if _, ok := c.(map[string]any)["title"]; ok {
			t.Errorf("column %d has a title", i)
		}
	}
	if got := get(cols[0], "text"); got != long {
		t.Errorf("column 0 text = %q, want the whole title", got)
	}
	if len(res.Report) != 0 {
		t.Errorf("report = %v, want empty", res.Report)
	}
}

func TestCarouselDefaultActionAndAspectRatio(t *testing.T) {
	res := renderJSON(t, `{"role":"appMaker","type":"carousel","displaySettings":{"imageAspectRatio":"horizontal"},"items":[
		{"title":"A","description":"a","mediaUrl":"https://x.example/a.jpg","actions":[
			{"type":"link","text":"Open","uri":"https://x.example/a","default":true},
			{"type":"postback","text":"Pick","payload":"A"}]},
		{"title":"B","description":"b","mediaUrl":"https://x.example/b.jpg","actions":[{"type":"postback","text":"Pick","payload":"B"}]}]}`)
	tpl := get(messages(t, res)[0], "template")
	if got := get(tpl, "imageAspectRatio"); got != "rectangle" {
		t.Errorf("imageAspectRatio = %v, want rectangle", got)
	}
	wantDef := map[string]any{"type": "uri", "label": "Open", "uri": "https://x.example/a"}
	if diff := cmp.Diff(wantDef, get(tpl, "columns", 0, "defaultAction")); diff != "" {
		t.Errorf("defaultAction mismatch (-want +got):\n%s", diff)
	}
	for i := range 2 {
		if n := len(get(tpl, "columns", i, "actions").([]any)); n != 1 {
			t.Errorf("column %d: %d actions, want 1", i, n)
		}
	}
	if len(res.Report) != 0 {
		t.Errorf("report = %v, want empty", res.Report)
	}
}

// A list's message-level actions follow the carousel as a buttons template.
func TestListActionsFollowAsButtons(t *testing.T) {
	res := renderJSON(t, `{"role":"appMaker","type":"list","text":"Headlines","items":[
		{"title":"A","actions":[{"type":"link","text":"Read","uri":"https://x.example/a"}]}],
		"actions":[{"type":"link","text":"All","uri":"https://x.example/"}]}`)
	ms := messages(t, res)
	if len(ms) != 2 {
		t.Fatalf("%d messages, want 2", len(ms))
	}
	if got := get(ms[0], "template", "type"); got != "carousel" {
		t.Errorf("first message template %v, want carousel", got)
	}
	want := map[string]any{"type": "buttons", "text": "Headlines", "actions": []any{
		map[string]any{"type": "uri", "label": "All", "uri": "https://x.example/"}}}
	if diff := cmp.Diff(want, get(ms[1], "template")); diff != "" {
		t.Errorf("buttons template mismatch (-want +got):\n%s", diff)
	}
}

func TestURLsEncoded(t *testing.T) {
	res := renderJSON(t, `{"role":"appMaker","type":"text","text":"Go","actions":[
		{"type":"link","text":"Café","uri":"HTTPS://x.example/café?q=a b"}]}`)
	got := get(messages(t, res)[0], "template", "actions", 0, "uri")
	if want := "https://x.example/caf%C3%A9?q=a%20b"; got != want {
		t.Errorf("uri = %v, want %s", got, want)
	}
}

func TestLocation(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []map[string]any
	}{
		{
			name: "coordinates only",
			in:   `{"role":"appUser","type":"location","coordinates":{"lat":45.5,"long":-73.25}}`,
			want: []map[string]any{{"type": "location", "title": "Location", "address": "45.5, -73.25", "latitude": 45.5, "longitude": -73.25}},
		},
		{
			name: "short text is the title",
			in:   `{"role":"appMaker","type":"location","text":"Here","coordinates":{"lat":1,"long":2}}`,
			want: []map[string]any{{"type": "location", "title": "Here", "address": "1, 2", "latitude": 1.0, "longitude": 2.0}},
		},
		{
			name: "name and address, text before",
			in:   `{"role":"appMaker","type":"location","text":"See you there","coordinates":{"lat":1,"long":2},"location":{"name":"Shop","address":"1 Main St"}}`,
			want: []map[string]any{
				{"type": "text", "text": "See you there"},
				{"type": "location", "title": "Shop", "address": "1 Main St", "latitude": 1.0, "longitude": 2.0},
			},
		},
		{
			name: "Smooch's stored fallback text is not repeated",
			in:   `{"role":"appUser","type":"location","text":"Location shared:\nhttps://maps.google.com/maps?q=1,2","coordinates":{"lat":1,"long":2}}`,
			want: []map[string]any{{"type": "location", "title": "Location", "address": "1, 2", "latitude": 1.0, "longitude": 2.0}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, messages(t, renderJSON(t, tc.in))); diff != "" {
				t.Errorf("messages mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// An image with buttons: the image, then a buttons template with the text.
func TestImageWithButtons(t *testing.T) {
	res := renderJSON(t, `{"role":"appMaker","type":"image","text":"Plan","mediaUrl":"https://x.example/p.png",
		"actions":[{"type":"postback","text":"Visit","payload":"V"}]}`)
	ms := messages(t, res)
	want := []map[string]any{
		{"type": "image", "originalContentUrl": "https://x.example/p.png", "previewImageUrl": "https://x.example/p.png"},
		{"type": "template", "altText": "Plan", "template": map[string]any{"type": "buttons", "text": "Plan",
			"actions": []any{map[string]any{"type": "postback", "label": "Visit", "data": "V"}}}},
	}
	if diff := cmp.Diff(want, ms); diff != "" {
		t.Errorf("messages mismatch (-want +got):\n%s", diff)
	}
}

// A text over the buttons template's 160 graphemes is not cut: its last
// sentences that fit go in the template, the rest in a text message before
// it.
func TestLongTextWithButtons(t *testing.T) {
	s := "All work and no play makes a dull bot. " // 39 graphemes
	// 5×39 + 15 = 210 graphemes; the last three sentences and the
	// question make 3×39 + 15 = 132, four would make 171.
	first := strings.Repeat(s, 2)
	last := strings.Repeat(s, 3) + "Shall we go on?"
	res := renderJSON(t, `{"role":"appMaker","type":"text","text":"`+first+last+`",
		"actions":[{"type":"postback","text":"Yes","payload":"Y"}]}`)
	if diff := cmp.Diff([]entry{{channels.Split, "text"}}, entries(res.Report)); diff != "" {
		t.Errorf("report mismatch (-want +got):\n%s", diff)
	}
	ms := messages(t, res)
	if len(ms) != 2 {
		t.Fatalf("%d messages, want 2", len(ms))
	}
	if got, want := get(ms[0], "text"), strings.TrimSpace(first); got != want {
		t.Errorf("text message = %q, want %q", got, want)
	}
	if got := get(ms[1], "template", "text"); got != last {
		t.Errorf("template text = %q, want %q", got, last)
	}
	if got, want := get(ms[1], "altText"), first+last; got != want {
		t.Errorf("altText = %q, want %q", got, want)
	}
}
