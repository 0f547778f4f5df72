package render_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/line"
	"github.com/chanrender/chanrender/channels/messenger"
	"github.com/chanrender/chanrender/channels/telegram"
	"github.com/chanrender/chanrender/channels/textonly"
	"github.com/chanrender/chanrender/channels/whatsapp"
	"github.com/chanrender/chanrender/fallback"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

func decodeValid(t *testing.T, body string) *schema.Valid {
	t.Helper()
	v, err := schema.Decode([]byte(body))
	if err != nil {
		t.Fatalf("decode: %v", err)
	}
	return v
}

// payloadJSON is every payload of res as one JSON text.
func payloadJSON(t *testing.T, res render.Result) string {
	t.Helper()
	b, err := json.Marshal(res.Payloads)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// A reply keyboard button sends its label: a label that is a number is that
// button, never the option with that number.
func TestResolveNumberLabels(t *testing.T) {
	v := decodeValid(t, `{"role":"appMaker","type":"text","text":"How many?","actions":[
		{"type":"reply","text":"3","payload":"THREE"},
		{"type":"reply","text":"2","payload":"TWO"},
		{"type":"reply","text":"1","payload":"ONE"}]}`)
	for answer, want := range map[string]string{"3": "actions[0]", "2": "actions[1]", "1": "actions[2]"} {
		for name, resolve := range map[string]func(*schema.Valid, channels.Channel, string, ...render.Option) (render.Choice, bool){
			"Resolve": render.Resolve, "ResolveText": render.ResolveText,
		} {
			c, ok := resolve(v, telegram.New(), answer)
			if !ok || c.Path != want || c.Action.Text != answer {
				t.Errorf("%s(telegram, %q) = %+v, %v; want %s, the button labelled %q", name, answer, c, ok, want, answer)
			}
		}
	}
	// The same message on a text channel is numbered: "3" is option 3.
	if c, ok := render.ResolveText(v, textonly.Twilio(), "3"); !ok || c.Path != "actions[2]" {
		t.Errorf("ResolveText(twilio, 3) = %+v, %v; want actions[2]", c, ok)
	}
}

// Two keyboard labels equal once folded cannot both be answers: the later
// button is dropped and reported.
func TestResolveFoldedLabelsDistinct(t *testing.T) {
	v := decodeValid(t, `{"role":"appMaker","type":"text","text":"Sure?","actions":[
		{"type":"reply","text":"Yes","payload":"YES"},
		{"type":"reply","text":"No","payload":"NO"},
		{"type":"reply","text":"  YES ","payload":"YES2"},
		{"type":"reply","text":"ｙｅｓ","payload":"YES3"}]}`)
	res, err := render.Render(v, telegram.New())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"actions[2]", "actions[3]"} {
		if !res.Report.Has(channels.Dropped, p) {
			t.Errorf("no Dropped entry at %s: %v", p, res.Report)
		}
	}
	if js := payloadJSON(t, res); strings.Contains(js, "YES ") || strings.Contains(js, "ｙｅｓ") {
		t.Errorf("the repeated labels were sent: %s", js)
	}
	c, ok := render.ResolveText(v, telegram.New(), "yes")
	if !ok || c.Path != "actions[0]" {
		t.Errorf("ResolveText(yes) = %+v, %v; want actions[0]", c, ok)
	}
	// Payload channels send the payloads: equal labels are no problem there.
	res, err = render.Render(v, line.New())
	if err != nil {
		t.Fatal(err)
	}
	if res.Report.Has(channels.Dropped, "actions[2]") {
		t.Errorf("line dropped a reply whose payload tells it apart: %v", res.Report)
	}
	if c, ok := render.ResolveData(v, line.New(), "YES2"); !ok || c.Path != "actions[2]" {
		t.Errorf("ResolveData(line, YES2) = %+v, %v; want actions[2]", c, ok)
	}
}

// A short payload equal to another payload's token is given a token of its
// own, so that no two buttons send the same data for different payloads.
func TestResolveTokenCollision(t *testing.T) {
	for _, tc := range []struct {
		ch    channels.Channel
		limit channels.Limit
	}{
		{telegram.New(), channels.Limit{Max: 64, Unit: channels.Bytes}},
		{line.New(), line.New().Capabilities().Texts.Payload},
		{messenger.New(), messenger.New().Capabilities().Texts.Payload},
	} {
		long := strings.Repeat("p", tc.limit.Max+5)
		tok := channels.Token(long, tc.limit)
		for _, order := range [][2]string{{long, tok}, {tok, long}} {
			m := &schema.Message{Role: schema.RoleAppMaker, Type: schema.TypeText, Text: "Pick", Actions: []schema.Action{
				{Type: schema.ActionPostback, Text: "A", Payload: order[0]},
				{Type: schema.ActionPostback, Text: "B", Payload: order[1]},
			}}
			v, err := schema.Validate(m)
			if err != nil {
				t.Fatal(err)
			}
			res, err := render.Render(v, tc.ch)
			if err != nil {
				t.Fatal(err)
			}
			short := 1 // the position of the payload equal to the token
			if order[0] == tok {
				short = 0
			}
			path := []string{"actions[0]", "actions[1]"}[short]
			if !res.Report.Has(channels.Shortened, path+".payload") {
				t.Errorf("%s %d: no Shortened entry at %s.payload: %v", tc.ch.Name(), short, path, res.Report)
			}
			if len(res.Tokens) != 2 || res.Tokens[tok] != long {
				t.Errorf("%s: Tokens = %q, want two, %q for the long payload", tc.ch.Name(), res.Tokens, tok)
			}
			if strings.Count(payloadJSON(t, res), `"`+tok+`"`) != 1 {
				t.Errorf("%s: %q is sent more than once: %s", tc.ch.Name(), tok, payloadJSON(t, res))
			}
			for data, p := range res.Tokens {
				c, ok := render.ResolveData(v, tc.ch, data)
				if !ok || c.Action.Payload != p {
					t.Errorf("%s: ResolveData(%q) = %+v, %v; want the action with payload %q", tc.ch.Name(), data, c, ok, p)
				}
			}
		}
	}
}

func TestResolveMisses(t *testing.T) {
	long := strings.Repeat("z", 70)
	v := decodeValid(t, `{"role":"appMaker","type":"text","text":"Hi","actions":[
		{"type":"postback","text":"Go","payload":"GO"},{"type":"postback","text":"Far","payload":"`+long+`"}]}`)
	tg := channels.Limit{Max: 64, Unit: channels.Bytes}
	for _, data := range []string{"", "STOP", "go", long[:64], long, channels.Token(long+"x", tg), channels.Token("GO", tg)} {
		if c, ok := render.Resolve(v, telegram.New(), data); ok {
			t.Errorf("Resolve(telegram, %q) = %+v; want no match", data, c)
		}
	}
	// A message sent as its passthrough payload has no known answers.
	o := decodeValid(t, `{"role":"appMaker","type":"text","text":"Hi","actions":[{"type":"postback","text":"Go","payload":"GO"}],
		"override":{"line":{"payload":{"messages":[{"type":"text","text":"raw"}]}}}}`)
	if c, ok := render.Resolve(o, line.New(), "GO"); ok {
		t.Errorf("Resolve(passthrough) = %+v; want no match", c)
	}
	// Postbacks are dropped on text channels: their payload is no answer.
	if c, ok := render.Resolve(v, textonly.Twilio(), "GO"); ok {
		t.Errorf("Resolve(twilio, GO) = %+v; want no match", c)
	}
	if c, ok := render.Resolve(v, nil, "GO"); ok {
		t.Errorf("Resolve(nil channel) = %+v; want no match", c)
	}
}

func TestResolveTyped(t *testing.T) {
	v := decodeValid(t, `{"role":"appMaker","type":"carousel","items":[
		{"title":"Tacos","actions":[{"type":"link","text":"Menu","uri":"https://t.example"},{"type":"postback","text":"Select","payload":"TACOS"}]},
		{"title":"Ramen","actions":[{"type":"link","text":"Menu","uri":"https://r.example"}]}],
		"actions":[{"type":"reply","text":"Neither","payload":"NONE"}]}`)
	for answer, want := range map[string]string{"1": "items[0]", "2.": "items[1]", "3": "actions[0]", "ramen": "items[1]", " NEITHER": "actions[0]"} {
		c, ok := render.ResolveText(v, textonly.Twilio(), answer)
		if !ok || c.Path != want {
			t.Errorf("ResolveText(twilio, %q) = %+v, %v; want %s", answer, c, ok, want)
		}
	}
	c, _ := render.ResolveText(v, textonly.Twilio(), "1")
	if c.Action == nil || c.Action.Payload != "TACOS" || c.Item == nil || c.Item.Title != "Tacos" {
		t.Errorf("item 1 = %+v; want the item and its postback", c)
	}
	for _, answer := range []string{"menu", "4", "0"} {
		if c, ok := render.ResolveText(v, textonly.Twilio(), answer); ok {
			t.Errorf("ResolveText(twilio, %q) = %+v; want no match", answer, c)
		}
	}
	// On LINE the same reply is a quick reply whose data comes back.
	if c, ok := render.ResolveText(v, line.New(), "3"); ok {
		t.Errorf("ResolveText(line, 3) = %+v; want no match (nothing numbered)", c)
	}
	if c, ok := render.Resolve(v, line.New(), "NONE"); !ok || c.Path != "actions[0]" {
		t.Errorf("Resolve(line, NONE) = %+v, %v; want actions[0]", c, ok)
	}
	// fallback.Resolve reads the same text on the input.
	if fc, ok := fallback.Resolve(v.Message(), "3"); !ok || fc.Path != "actions[0]" {
		t.Errorf("fallback.Resolve(3) = %+v, %v", fc, ok)
	}
}

func TestResultTokensJSON(t *testing.T) {
	v := decodeValid(t, `{"role":"appMaker","type":"text","text":"Hi","actions":[{"type":"postback","text":"Go","payload":"GO"}]}`)
	res, err := render.Render(v, telegram.New())
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(res)
	if strings.Contains(string(b), "tokens") {
		t.Errorf("tokens present without a token: %s", b)
	}
	long := strings.Repeat("y", 100)
	v = decodeValid(t, `{"role":"appMaker","type":"text","text":"Hi","actions":[{"type":"postback","text":"Go","payload":"`+long+`"}]}`)
	res, err = render.Render(v, telegram.New())
	if err != nil {
		t.Fatal(err)
	}
	tok := channels.Token(long, channels.Limit{Max: 64, Unit: channels.Bytes})
	b, _ = json.Marshal(res)
	if !strings.Contains(string(b), `"tokens":{"`+tok+`":"`+long+`"}`) {
		t.Errorf("tokens missing: %s", b)
	}
}

// WhatsApp writes more than 10 choices as numbered lines of a text itself
// (FellBack at each): its Build records them (channels.Context.Numbered),
// so a typed number or label resolves as on a text channel; the data of a
// list row still resolves below 11.
func TestResolveBuildNumbered(t *testing.T) {
	var acts []string
	for i := range 12 {
		acts = append(acts, fmt.Sprintf(`{"type":"postback","text":"Dish %d","payload":"D%d"}`, i+1, i+1))
	}
	acts = append(acts, `{"type":"link","text":"Menu","uri":"https://example.org/menu"}`)
	v := decodeValid(t, `{"role":"appMaker","type":"text","text":"Which one?","actions":[`+strings.Join(acts, ",")+`]}`)
	ch := whatsapp.New()
	res, err := render.Render(v, ch)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Report.Has(channels.FellBack, "actions[11]") || !strings.Contains(payloadJSON(t, res), `12. Dish 12`) {
		t.Fatalf("want the numbered text with FellBack per choice: %s %v", payloadJSON(t, res), res.Report)
	}
	for answer, want := range map[string]string{"1": "actions[0]", "12.": "actions[11]", "１１": "actions[10]", " dish 3 ": "actions[2]", "menu": "actions[12]"} {
		c, ok := render.ResolveText(v, ch, answer)
		if !ok || c.Path != want {
			t.Errorf("ResolveText(whatsapp, %q) = %+v, %v; want %s", answer, c, ok, want)
		}
	}
	for _, miss := range []string{"0", "13", "D2"} {
		if c, ok := render.ResolveText(v, ch, miss); ok {
			t.Errorf("ResolveText(whatsapp, %q) = %s; want nothing", miss, c.Path)
		}
	}
	// The typed number is no data: postback data never reads the text.
	if c, ok := render.ResolveData(v, ch, "2"); ok {
		t.Errorf("ResolveData(whatsapp, 2) = %s; want nothing", c.Path)
	}
}
