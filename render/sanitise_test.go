package render_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/all"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

// Hostile content on every channel: links that run code are dropped and
// reported, never sent as a button nor printed in a text; bidirectional
// controls are removed from every text and reported.
func TestHostileContentOnEveryChannel(t *testing.T) {
	const rlo = "\u202E"
	text := decode(t, `{"role":"appMaker","type":"text","text":"Pay `+rlo+`here","actions":[
		{"type":"link","text":"Safe","uri":"https://ok.example/"},
		{"type":"link","text":"Run","uri":"javascript:alert(1)"},
		{"type":"link","text":"Data","uri":"DATA:text/html,<script>alert(1)</script>"},
		{"type":"link","text":"File`+rlo+`","uri":"file:///etc/passwd"},
		{"type":"link","text":"VB","uri":"vbscript:msgbox"}]}`)
	carousel := decode(t, `{"role":"appMaker","type":"carousel","items":[
		{"title":"A`+rlo+`","description":"d`+"\u2066"+`","actions":[{"type":"link","text":"Go","uri":"javascript:alert(2)"},{"type":"postback","text":"Pick","payload":"A"}]},
		{"title":"B","actions":[{"type":"link","text":"Only","uri":"javascript:alert(3)"}]}]}`)
	for _, ch := range all.Channels() {
		t.Run(ch.Name(), func(t *testing.T) {
			res := mustRender(t, text, ch)
			body, _ := json.Marshal(res.Payloads)
			for _, bad := range []string{"javascript:", "ATA:text", "file:", "vbscript:", rlo, `\u202e`} {
				if strings.Contains(strings.ToLower(string(body)), strings.ToLower(bad)) {
					t.Errorf("payload holds %q: %s", bad, body)
				}
			}
			want := []entry{{channels.Dropped, "text"}, {channels.Dropped, "actions[1]"}, {channels.Dropped, "actions[2]"}, {channels.Dropped, "actions[3]"}, {channels.Dropped, "actions[4]"}}
			if diff := cmp.Diff(want, entries(res.Report)[:len(want)]); diff != "" {
				t.Errorf("report mismatch (-want +got):\n%s", diff)
			}
			res = mustRender(t, carousel, ch)
			body, _ = json.Marshal(res.Payloads)
			if s := string(body); strings.Contains(s, "javascript:") || strings.Contains(s, rlo) || strings.Contains(s, "\u2066") {
				t.Errorf("carousel payload holds a hostile part: %s", s)
			}
			for _, p := range []string{"items[0].title", "items[0].description", "items[0].actions[0]", "items[1].actions[0]"} {
				if !res.Report.Has(channels.Dropped, p) {
					t.Errorf("no Dropped entry at %s: %v", p, res.Report)
				}
			}
			// The SDK channels send a v1 message: it must still be one.
			if m, ok := res.Payloads[0].Body.(*schema.Message); ok {
				if _, err := schema.Validate(m); err != nil {
					t.Errorf("the SDK payload is not a valid v1 message: %v", err)
				}
			}
		})
	}
}

// A typing activity's name and avatar are reported where the typing payload
// cannot carry them (LINE's loading animation), not on the SDKs.
func TestActivityAuthorFields(t *testing.T) {
	a := &schema.Activity{Role: schema.RoleAppMaker, Type: schema.TypingStart, Name: "Bot", AvatarURL: "https://a.example/bot.png"}
	for _, ch := range all.Channels() {
		res, err := render.Activity(a, ch)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Payloads) == 0 {
			continue
		}
		sdk := ch.Name() == "web" || ch.Name() == "ios"
		if got := res.Report.Has(channels.Dropped, "name"); got == sdk {
			t.Errorf("%s: Dropped at name = %v", ch.Name(), got)
		}
	}
}

// A file's buy action without a uri is printed in its text fallback
// ("label (price)"), so it is not reported as left out.
func TestBuyWithoutURIInFileFallback(t *testing.T) {
	v := decode(t, `{"role":"appMaker","type":"file","mediaUrl":"https://a.example/menu.pdf","text":"Menu","actions":[{"type":"buy","text":"Order","amount":1250}]}`)
	for _, ch := range all.Channels() {
		res := mustRender(t, v, ch)
		body, _ := json.Marshal(res.Payloads)
		if strings.Contains(string(body), "Order ($") && res.Report.Has(channels.Dropped, "actions[0]") {
			t.Errorf("%s: the buy line is in the text and reported Dropped: %v", ch.Name(), res.Report)
		}
	}
}
