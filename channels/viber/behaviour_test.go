package viber_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/viber"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

func decode(t *testing.T, in string) *schema.Valid {
	t.Helper()
	v, err := schema.Decode([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func renderFile(t *testing.T, name string, opts ...render.Option) (string, render.Result) {
	t.Helper()
	in, err := os.ReadFile("../../corpus/messages/" + name)
	if err != nil {
		t.Fatal(err)
	}
	res, err := render.Render(decode(t, string(in)), viber.New(), append([]render.Option{render.WithAppName("ACME")}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(res.Payloads)
	return string(b), res
}

func TestSeedCarouselIsRichMedia(t *testing.T) {
	got, res := renderFile(t, "spec-carousel.json")
	if !strings.Contains(got, `"type":"rich_media"`) || !strings.Contains(got, `"min_api_version":2`) || len(res.Payloads) != 1 {
		t.Errorf("not one rich_media message: %s", got)
	}
	if len(res.Report) != 0 {
		t.Errorf("the seed carousel lost something: %v", res.Report)
	}
}

func TestFourteenRepliesAreAKeyboard(t *testing.T) {
	for _, name := range []string{"line-replies-fourteen.json", "messenger-replies-14.json"} {
		_, res := renderFile(t, name)
		if len(res.Payloads) != 1 {
			t.Fatalf("%s: %d payloads", name, len(res.Payloads))
		}
		kb := res.Payloads[0].Body.(*viber.Message).Keyboard
		if kb == nil || len(kb.Buttons) != 14 {
			t.Errorf("%s: not a keyboard of 14: %+v", name, kb)
		}
	}
}

func TestSenderName(t *testing.T) {
	v := decode(t, `{"role":"appMaker","type":"text","text":"Hi"}`)
	for _, tc := range []struct {
		ch   *viber.Channel
		opts []render.Option
		want string
	}{
		{viber.New(), []render.Option{render.WithAppName("ACME")}, "ACME"},
		{viber.New(viber.SenderName("Shop")), []render.Option{render.WithAppName("ACME")}, "Shop"},
		{viber.New(), nil, viber.DefaultSenderName},
		{viber.New(), []render.Option{render.WithAppName(strings.Repeat("é", 40))}, strings.Repeat("é", 27) + "…"},
	} {
		res, err := render.Render(v, tc.ch, tc.opts...)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Payloads[0].Body.(*viber.Message).Sender.Name; got != tc.want {
			t.Errorf("sender %q, want %q", got, tc.want)
		}
	}
}

func TestHTMLEscaped(t *testing.T) {
	v := decode(t, `{"role":"appMaker","type":"text","text":"Pick","actions":[{"type":"reply","text":"<b>Yes</b> & no","payload":"Y"}]}`)
	res, err := render.Render(v, viber.New())
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Payloads[0].Body.(*viber.Message).Keyboard.Buttons[0].Text; got != "&lt;b&gt;Yes&lt;/b&gt; &amp; no" {
		t.Errorf("label %q", got)
	}
}

func TestAnswers(t *testing.T) {
	ch := viber.New()
	for _, tc := range []struct{ in, answer, want string }{
		{`{"role":"appMaker","type":"text","text":"Pick","actions":[{"type":"reply","text":"Tacos","payload":"TACOS"}]}`, "TACOS", "actions[0]"},
		{`{"role":"appMaker","type":"text","text":"Pick","actions":[{"type":"link","text":"Site","uri":"https://example.org"},{"type":"postback","text":"Ramen","payload":"RAMEN"}]}`, "RAMEN", "actions[1]"},
		{`{"role":"appMaker","type":"carousel","items":[{"title":"Tacos","actions":[{"type":"postback","text":"Pick","payload":"T"}]}]}`, "T", "items[0].actions[0]"},
	} {
		v := decode(t, tc.in)
		c, ok := render.Resolve(v, ch, tc.answer)
		if !ok || c.Path != tc.want {
			t.Errorf("%s: %+v %v", tc.answer, c, ok)
		}
		if _, ok := render.Resolve(v, ch, "BURRITOS"); ok {
			t.Error("unknown data resolved")
		}
	}
}

func TestFileIsURL(t *testing.T) {
	got, res := renderFile(t, "spec-file.json")
	if !strings.Contains(got, `"type":"url"`) || !res.Report.Has(channels.Converted, "type") {
		t.Errorf("file: %s %v", got, res.Report)
	}
}
