package whatsapp_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/whatsapp"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

func renderJSON(t *testing.T, ch *whatsapp.Channel, in string) (string, render.Result) {
	t.Helper()
	v, err := schema.Decode([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	res, err := render.Render(v, ch, render.WithAppName("ACME"))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(res.Payloads)
	return string(b), res
}

func replies(n int, same bool) string {
	var as []string
	for i := range n {
		label := fmt.Sprintf("Option %d", i+1)
		if same {
			label = "Same"
		}
		as = append(as, fmt.Sprintf(`{"type":"reply","text":%q,"payload":"P%d"}`, label, i+1))
	}
	return `{"role":"appMaker","type":"text","text":"Pick one","actions":[` + strings.Join(as, ",") + `]}`
}

func TestChoices(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
		code           channels.Code
		path           string
	}{
		{"3 replies: buttons", replies(3, false), `"type":"button"`, "", ""},
		{"4 replies: list", replies(4, false), `"type":"list"`, "", ""},
		{"10 replies: list", replies(10, false), `"type":"list"`, "", ""},
		{"11 replies: numbered text", replies(11, false), `11. Option 11`, channels.FellBack, "actions[10]"},
		{"same titles: a list", replies(2, true), `"type":"list"`, channels.Converted, "actions[1]"},
		{"one link: cta_url", `{"role":"appMaker","type":"text","text":"Read","actions":[{"type":"link","text":"Open","uri":"https://example.org"}]}`, `"type":"cta_url"`, "", ""},
		{"location request", `{"role":"appMaker","type":"text","text":"Where?","actions":[{"type":"locationRequest","text":"Send location"}]}`, `"type":"location_request_message"`, "", ""},
		{"location request with a reply", `{"role":"appMaker","type":"text","text":"Where?","actions":[{"type":"reply","text":"No","payload":"NO"},{"type":"locationRequest","text":"Send location"}]}`, `"type":"location_request_message"`, channels.Split, "actions[1]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, res := renderJSON(t, whatsapp.New(), tc.in)
			if !strings.Contains(got, tc.want) {
				t.Errorf("payloads lack %s: %s", tc.want, got)
			}
			if tc.code != "" && !res.Report.Has(tc.code, tc.path) {
				t.Errorf("report lacks %s at %s: %v", tc.code, tc.path, res.Report)
			}
		})
	}
}

func TestSeedCarousel(t *testing.T) {
	in, err := os.ReadFile("../../corpus/messages/spec-carousel.json")
	if err != nil {
		t.Fatal(err)
	}
	got, res := renderJSON(t, whatsapp.New(), string(in))
	if !strings.Contains(got, `"type":"carousel"`) || !strings.Contains(got, `"quick_reply"`) {
		t.Errorf("not a quick-reply media carousel: %s", got)
	}
	for _, p := range []string{"items[0].actions[1]", "items[1].actions[1]"} {
		if !res.Report.Has(channels.Dropped, p) {
			t.Errorf("the links the cards cannot carry are not reported at %s: %v", p, res.Report)
		}
	}
}

func TestReplyToAndTyping(t *testing.T) {
	got, _ := renderJSON(t, whatsapp.New(whatsapp.ReplyTo("wamid.IN")), `{"role":"appMaker","type":"text","text":"Hi"}`)
	if !strings.Contains(got, `"context":{"message_id":"wamid.IN"}`) {
		t.Errorf("no reply context: %s", got)
	}
	a := &schema.Activity{Role: schema.RoleAppMaker, Type: schema.TypingStart}
	res, err := render.Activity(a, whatsapp.New())
	if err != nil || len(res.Payloads) != 0 || !res.Report.Has(channels.Dropped, "type") {
		t.Errorf("typing without an inbound id: %v %v %v", res.Payloads, res.Report, err)
	}
	res, err = render.Activity(a, whatsapp.New(whatsapp.TypingFor("wamid.IN")))
	b, _ := json.Marshal(res.Payloads)
	if err != nil || !strings.Contains(string(b), `"status":"read","message_id":"wamid.IN","typing_indicator":{"type":"text"}`) {
		t.Errorf("typing: %s %v", b, err)
	}
}
