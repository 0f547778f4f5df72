package render_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/textonly"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

// fake is a channel whose payload is the normalised message itself, so the
// tests see exactly what the engine handed to Build.
type fake struct{ caps channels.Capabilities }

func (f fake) Name() string                        { return f.caps.Name }
func (f fake) Capabilities() channels.Capabilities { return f.caps }
func (f fake) Build(m *schema.Message, c *channels.Context) ([]channels.Payload, error) {
	return []channels.Payload{{Method: "build", Body: m}}, nil
}
func (f fake) BuildActivity(a *schema.Activity, c *channels.Context) ([]channels.Payload, error) {
	return []channels.Payload{{Method: "activity", Body: a}}, nil
}

// rich is a table in the spirit of LINE: https images, uniform columns, a
// 64-byte payload, no share, list converted to carousel.
func rich() fake {
	web := []string{"http", "https"}
	items := map[schema.ActionType]channels.ActionRule{
		schema.ActionLink:     {Mode: channels.Native, Schemes: web},
		schema.ActionPostback: {Mode: channels.Native},
	}
	return fake{channels.Capabilities{
		Name: "rich",
		Types: channels.Types{
			Text:     channels.TypeRule{Mode: channels.Native},
			Image:    channels.TypeRule{Mode: channels.Native, MediaSchemes: []string{"https"}},
			File:     channels.TypeRule{Mode: channels.AsText},
			Location: channels.TypeRule{Mode: channels.Native},
			Carousel: channels.TypeRule{Mode: channels.Native},
			List:     channels.TypeRule{Mode: channels.Convert, To: schema.TypeCarousel},
		},
		Actions: channels.Actions{
			Message: channels.ActionSet{Max: 3, Rules: map[schema.ActionType]channels.ActionRule{
				schema.ActionLink:     {Mode: channels.Native, Schemes: web},
				schema.ActionPostback: {Mode: channels.Native},
				schema.ActionBuy:      {Mode: channels.Native, RequireURI: true},
			}},
			Replies: channels.ActionSet{Max: 13, Rules: map[schema.ActionType]channels.ActionRule{
				schema.ActionReply:           {Mode: channels.Native},
				schema.ActionLocationRequest: {Mode: channels.AsText},
			}},
			CarouselItem: channels.ActionSet{Max: 3, Min: 1, Rules: items, DefaultAction: true},
			ListItem:     channels.ActionSet{Max: 3, Min: 1, Rules: items},
			ItemsMessage: channels.ActionSet{Max: 1, Rules: items},
		},
		Texts: channels.Texts{
			Text:        channels.Limit{Max: 100, Unit: channels.UTF16},
			SplitText:   true,
			ButtonsText: channels.Limit{Max: 20, Unit: channels.Graphemes},
			ItemTitle:   channels.Limit{Max: 10, Unit: channels.Graphemes},
			ActionLabel: channels.Limit{Max: 20, Unit: channels.Graphemes},
			ReplyLabel:  channels.Limit{Max: 20, Unit: channels.Graphemes},
			Payload:     channels.Limit{Max: 64, Unit: channels.Bytes},
		},
		Items:       channels.Items{Max: 10, ImageSchemes: []string{"https"}, UniformActions: true, UniformImages: true},
		Typing:      channels.Typing{Start: true},
		Passthrough: channels.Passthrough{Key: "rich", Method: "push"},
	}}
}

func decode(t *testing.T, src string) *schema.Valid {
	t.Helper()
	m, err := schema.Decode([]byte(src))
	if err != nil {
		t.Fatalf("decode: %v\n%s", err, src)
	}
	return m
}

func mustRender(t *testing.T, m *schema.Valid, ch channels.Channel, opts ...render.Option) render.Result {
	t.Helper()
	res, err := render.Render(m, ch, opts...)
	if err != nil {
		t.Fatalf("render: %v", err)
	}
	return res
}

// entry is the part of a Degradation tests assert on.
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

func built(t *testing.T, res render.Result) *schema.Message {
	t.Helper()
	if len(res.Payloads) != 1 {
		t.Fatalf("got %d payloads, want 1", len(res.Payloads))
	}
	m, ok := res.Payloads[0].Body.(*schema.Message)
	if !ok {
		t.Fatalf("body is %T", res.Payloads[0].Body)
	}
	return m
}

func TestReportEntries(t *testing.T) {
	long := strings.Repeat("p", 65)
	tests := []struct {
		name string
		ch   channels.Channel
		msg  string
		want []entry
	}{
		{
			name: "share dropped in a carousel item",
			ch:   rich(),
			msg: `{"role":"appMaker","type":"carousel","items":[
				{"title":"A","actions":[{"type":"share"},{"type":"postback","text":"Go","payload":"A"}]}]}`,
			want: []entry{{channels.Dropped, "items[0].actions[0]"}},
		},
		{
			name: "list converted to carousel",
			ch:   rich(),
			msg: `{"role":"appMaker","type":"list","items":[
				{"title":"A","actions":[{"type":"postback","text":"Go","payload":"A"}]}]}`,
			want: []entry{{channels.Converted, "type"}},
		},
		{
			name: "carousel with only share buttons falls back to text",
			ch:   rich(),
			msg: `{"role":"appMaker","type":"carousel","items":[
				{"title":"A","mediaUrl":"https://x.org/a.jpg","actions":[{"type":"share"}]}]}`,
			want: []entry{
				{channels.FellBack, "items"},
				{channels.Dropped, "items[0].mediaUrl"},
				{channels.Dropped, "items[0].actions[0]"},
			},
		},
		{
			name: "carousel fell back on a text channel",
			ch:   textonly.Twilio(),
			msg: `{"role":"appMaker","type":"carousel","items":[
				{"title":"Tacos","mediaUrl":"http://example.org/image.jpg","actions":[
					{"type":"postback","text":"Select","payload":"TACOS"},
					{"type":"link","text":"More info","uri":"http://example.org"}]}]}`,
			want: []entry{
				{channels.FellBack, "type"},
				{channels.Dropped, "items[0].mediaUrl"},
				{channels.Dropped, "items[0].actions[0]"},
			},
		},
		{
			name: "list fell back on a text channel",
			ch:   textonly.MessageBird(),
			msg: `{"role":"appMaker","type":"list","items":[
				{"title":"Tacos","actions":[{"type":"link","text":"More info","uri":"http://example.org"}]}]}`,
			want: []entry{{channels.FellBack, "type"}},
		},
		{
			name: "postback dropped on a text channel",
			ch:   textonly.Twilio(),
			msg: `{"role":"appMaker","type":"text","text":"Hi","actions":[
				{"type":"postback","text":"Go","payload":"GO"},
				{"type":"link","text":"Site","uri":"https://example.org"}]}`,
			want: []entry{{channels.Dropped, "actions[0]"}, {channels.FellBack, "actions[1]"}},
		},
		{
			name: "location request falls back to a sentence",
			ch:   rich(),
			msg: `{"role":"appMaker","type":"text","text":"Where are you?","actions":[
				{"type":"reply","text":"Home","payload":"HOME"},
				{"type":"locationRequest","text":"Send location"}]}`,
			want: []entry{{channels.FellBack, "actions[1]"}},
		},
		{
			name: "text split on a text channel",
			ch:   textonly.Twilio(),
			msg:  fmt.Sprintf(`{"role":"appMaker","type":"text","text":%q}`, strings.Repeat("word ", 400)),
			want: []entry{{channels.Split, "text"}},
		},
		{
			name: "disallowed scheme dropped",
			ch:   rich(),
			msg: `{"role":"appMaker","type":"text","text":"Hi","actions":[
				{"type":"link","text":"Mail","uri":"mailto:a@b.c"},
				{"type":"link","text":"Site","uri":"https://example.org"}]}`,
			want: []entry{{channels.Dropped, "actions[0]"}},
		},
		{
			name: "buy without uri dropped where a uri is required",
			ch:   rich(),
			msg: `{"role":"appMaker","type":"text","text":"Hi","actions":[
				{"type":"buy","text":"Buy","amount":1000},
				{"type":"link","text":"Site","uri":"https://example.org"}]}`,
			want: []entry{{channels.Dropped, "actions[0]"}},
		},
		{
			name: "buttons over the maximum truncated",
			ch:   rich(),
			msg: `{"role":"appMaker","type":"text","text":"Hi","actions":[
				{"type":"postback","text":"1","payload":"1"},{"type":"postback","text":"2","payload":"2"},
				{"type":"postback","text":"3","payload":"3"},{"type":"postback","text":"4","payload":"4"}]}`,
			want: []entry{{channels.Truncated, "actions[3]"}},
		},
		{
			name: "button text truncated to the template limit, label too",
			ch:   rich(),
			msg: `{"role":"appMaker","type":"text","text":"This text is longer than twenty","actions":[
				{"type":"postback","text":"A label over twenty graphemes","payload":"1"}]}`,
			want: []entry{{channels.Truncated, "actions[0].text"}, {channels.Truncated, "text"}},
		},
		{
			name: "long payload shortened",
			ch:   rich(),
			msg:  fmt.Sprintf(`{"role":"appMaker","type":"text","text":"Hi","actions":[{"type":"postback","text":"Go","payload":%q}]}`, long),
			want: []entry{{channels.Shortened, "actions[0].payload"}},
		},
		{
			name: "http image falls back",
			ch:   rich(),
			msg:  `{"role":"appMaker","type":"image","mediaUrl":"http://example.org/a.png"}`,
			want: []entry{{channels.FellBack, "mediaUrl"}},
		},
		{
			name: "columns made uniform: actions and images",
			ch:   rich(),
			msg: `{"role":"appMaker","type":"carousel","items":[
				{"title":"A","mediaUrl":"https://x.org/a.jpg","actions":[
					{"type":"postback","text":"1","payload":"1"},{"type":"postback","text":"2","payload":"2"}]},
				{"title":"B","actions":[{"type":"postback","text":"3","payload":"3"}]},
				{"title":"C","mediaUrl":"http://x.org/c.jpg","actions":[
					{"type":"link","text":"Web","uri":"https://x.org","default":true},{"type":"postback","text":"4","payload":"4"}]}]}`,
			want: []entry{
				{channels.Dropped, "items[2].mediaUrl"},
				{channels.Dropped, "items[0].actions[1]"},
				{channels.Dropped, "items[0].mediaUrl"},
			},
		},
		{
			name: "item title truncated",
			ch:   rich(),
			msg: `{"role":"appMaker","type":"carousel","items":[
				{"title":"A title of more than ten","actions":[{"type":"postback","text":"1","payload":"1"}]}]}`,
			want: []entry{{channels.Truncated, "items[0].title"}},
		},
		{
			name: "override sent as given",
			ch:   rich(),
			msg:  `{"role":"appMaker","type":"text","text":"x","override":{"rich":{"payload":{"a":1}}}}`,
			want: []entry{{channels.Overridden, "override.rich.payload"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := mustRender(t, decode(t, tc.msg), tc.ch, render.WithAppName("ACME"))
			if diff := cmp.Diff(tc.want, entries(res.Report)); diff != "" {
				t.Errorf("report mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNormalisedMessage(t *testing.T) {
	t.Run("location request sentence appended, reply kept", func(t *testing.T) {
		m := built(t, mustRender(t, decode(t, `{"role":"appMaker","type":"text","text":"Where are you?","actions":[
			{"type":"reply","text":"Home","payload":"HOME"},{"type":"locationRequest","text":"Send location"}]}`), rich(), render.WithAppName("ACME")))
		want := &schema.Message{Role: schema.RoleAppMaker, Type: schema.TypeText,
			Text:    "Where are you?\n\nACME has requested a location",
			Actions: []schema.Action{{Type: schema.ActionReply, Text: "Home", Payload: "HOME"}}}
		if diff := cmp.Diff(want, m); diff != "" {
			t.Errorf("mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("uniform columns keep the first action and the default link", func(t *testing.T) {
		m := built(t, mustRender(t, decode(t, `{"role":"appMaker","type":"carousel","items":[
			{"title":"A","actions":[{"type":"postback","text":"1","payload":"1"},{"type":"postback","text":"2","payload":"2"}]},
			{"title":"B","actions":[{"type":"link","text":"Web","uri":"https://x.org","default":true},{"type":"postback","text":"3","payload":"3"}]}]}`), rich()))
		want := []schema.Item{
			{Title: "A", Actions: []schema.Action{{Type: schema.ActionPostback, Text: "1", Payload: "1"}}},
			{Title: "B", Actions: []schema.Action{
				{Type: schema.ActionLink, Text: "Web", URI: "https://x.org", Default: true},
				{Type: schema.ActionPostback, Text: "3", Payload: "3"}}},
		}
		if diff := cmp.Diff(want, m.Items); diff != "" {
			t.Errorf("mismatch (-want +got):\n%s", diff)
		}
	})
}

func TestShortenedPayloadResolves(t *testing.T) {
	a := strings.Repeat("x", 64) + "A"
	b := strings.Repeat("x", 64) + "B"
	src := fmt.Sprintf(`{"role":"appMaker","type":"text","text":"Hi","actions":[
		{"type":"postback","text":"A","payload":%q},{"type":"postback","text":"B","payload":%q}]}`, a, b)
	in := decode(t, src)
	m := built(t, mustRender(t, in, rich()))
	ta, tb := m.Actions[0].Payload, m.Actions[1].Payload
	if ta == tb {
		t.Fatalf("distinct payloads share token %q", ta)
	}
	l := rich().caps.Texts.Payload
	for tok, want := range map[string]string{ta: a, tb: b} {
		if !l.Fits(tok) {
			t.Errorf("token %q is over %s", tok, l)
		}
		got, ok := channels.ResolvePayload(in.Message(), tok, l)
		if !ok || got != want {
			t.Errorf("ResolvePayload(%q) = %q, %v; want %q", tok, got, ok, want)
		}
	}
}

func TestSeedCarouselOnTwilio(t *testing.T) {
	// The seed's carousel request (spec/api-conversations.md) and its
	// documented raw text format, as docs/RENDERING.md §2 gives it.
	in := decode(t, `{"role":"appMaker","type":"carousel","items":[
		{"title":"Tacos","description":"Description","mediaUrl":"http://example.org/image.jpg","actions":[
			{"text":"Select","type":"postback","payload":"TACOS"},{"text":"More info","type":"link","uri":"http://example.org"}]},
		{"title":"Ramen","description":"Description","mediaUrl":"http://example.org/image.jpg","actions":[
			{"text":"Select","type":"postback","payload":"RAMEN"},{"text":"More info","type":"link","uri":"http://example.org"}]}]}`)
	res := mustRender(t, in, textonly.Twilio())
	want := []channels.Payload{{Method: "messages", Body: &textonly.SMSBody{Body: "1. Tacos\nDescription\nMore info http://example.org\n\n2. Ramen\nDescription\nMore info http://example.org"}}}
	if diff := cmp.Diff(want, res.Payloads); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

func TestStrict(t *testing.T) {
	in := decode(t, `{"role":"appMaker","type":"list","items":[{"title":"A","actions":[{"type":"postback","text":"Go","payload":"A"}]}]}`)
	_, err := render.Render(in, rich(), render.WithDegradationErrors())
	var se *render.StrictError
	if !errors.As(err, &se) {
		t.Fatalf("got %v, want a *StrictError", err)
	}
	if diff := cmp.Diff([]entry{{channels.Converted, "type"}}, entries(se.Report)); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if _, err := render.Render(decode(t, `{"role":"appMaker","type":"text","text":"fine"}`), rich(), render.WithDegradationErrors()); err != nil {
		t.Errorf("a message that fits failed under strict: %v", err)
	}
}

func TestActivity(t *testing.T) {
	start := &schema.Activity{Role: schema.RoleAppMaker, Type: schema.TypingStart}
	res, err := render.Activity(start, rich())
	if err != nil || len(res.Payloads) != 1 || len(res.Report) != 0 {
		t.Errorf("typing:start = %+v, %v; want one payload, empty report", res, err)
	}
	stop := &schema.Activity{Role: schema.RoleAppMaker, Type: schema.TypingStop}
	res, err = render.Activity(stop, rich())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]entry{{channels.Dropped, "type"}}, entries(res.Report)); diff != "" || len(res.Payloads) != 0 {
		t.Errorf("typing:stop: payloads %v, report mismatch (-want +got):\n%s", res.Payloads, diff)
	}
}

func TestErrors(t *testing.T) {
	if _, err := render.Render(nil, rich()); err == nil {
		t.Error("nil message: no error")
	}
	if _, err := render.Render(&schema.Valid{}, rich()); err == nil {
		t.Error("zero Valid: no error")
	}
	if _, err := render.Render(decode(t, `{"role":"appMaker","type":"text","text":"hi"}`), nil); err == nil {
		t.Error("nil channel: no error")
	}
}

func TestConcurrentAndPure(t *testing.T) {
	in := decode(t, `{"role":"appMaker","type":"list","items":[
		{"title":"A long title here","mediaUrl":"http://x.org/a.jpg","actions":[{"type":"postback","text":"Go","payload":"A"},{"type":"share"}]},
		{"title":"B","actions":[{"type":"postback","text":"Go","payload":"B"}]}],
		"actions":[{"type":"link","text":"More","uri":"https://x.org"},{"type":"postback","text":"x","payload":"y"}]}`)
	before := in.Message().Clone()
	first, _ := json.Marshal(mustRender(t, in, rich()))
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := render.Render(in, rich())
			if err != nil {
				t.Error(err)
				return
			}
			got, _ := json.Marshal(res)
			if string(got) != string(first) {
				t.Errorf("concurrent render differs:\n%s\n%s", got, first)
			}
		}()
	}
	wg.Wait()
	if diff := cmp.Diff(before, in.Message()); diff != "" {
		t.Errorf("input modified (-before +after):\n%s", diff)
	}
}

// An invalid option is a usage error, told apart from message problems.
func TestInvalidOption(t *testing.T) {
	v := decode(t, `{"role":"appMaker","type":"text","text":"hi"}`)
	_, err := render.Render(v, rich(), render.WithCurrency("USD"))
	if !errors.Is(err, render.ErrOption) || len(schema.Errors(err)) != 0 {
		t.Errorf("WithCurrency(USD): %v, want an ErrOption and no schema error", err)
	}
	if err := render.CheckOptions(render.WithCurrency("eur"), render.WithAppName("A")); err != nil {
		t.Errorf("valid options: %v", err)
	}
	if err := render.CheckOptions(render.WithCurrency("xyz")); !errors.Is(err, render.ErrOption) {
		t.Errorf("WithCurrency(xyz): %v", err)
	}
	d := channels.Degradation{Code: channels.Dropped, Path: "actions[1]", Detail: "gone"}
	if got := d.String(); got != "Dropped actions[1]: gone" {
		t.Errorf("Degradation.String() = %q", got)
	}
}
