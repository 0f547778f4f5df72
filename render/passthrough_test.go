package render_test

import (
	"encoding/json"
	"io/fs"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/all"
	"github.com/chanrender/chanrender/corpus"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

// The Postman "Passthrough API - LINE" request renders to its override on
// line, and normally (no Overridden entry, the text rendered) everywhere
// else.
func TestPassthroughLINEEverywhere(t *testing.T) {
	data, err := fs.ReadFile(corpus.Messages(), "postman-passthrough-line.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := schema.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	reg, err := all.Registry()
	if err != nil {
		t.Fatal(err)
	}
	for _, ch := range reg.Channels() {
		res, err := render.Render(m, ch)
		if err != nil {
			t.Fatalf("%s: %v", ch.Name(), err)
		}
		if ch.Name() != "line" {
			if res.Report.Has(channels.Overridden, "override.line.payload") || len(res.Payloads) == 0 {
				t.Errorf("%s: payloads %d, report %v; want the message rendered normally", ch.Name(), len(res.Payloads), res.Report)
			}
			continue
		}
		want := `{"messages":[{"packageId":"3","stickerId":"229","type":"sticker"}]}`
		if len(res.Payloads) != 1 || res.Payloads[0].Method != "push" {
			t.Fatalf("line: got %+v, want one push payload", res.Payloads)
		}
		body, _ := json.Marshal(res.Payloads[0].Body)
		if diff := cmp.Diff(want, string(body)); diff != "" {
			t.Errorf("line body mismatch (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff([]entry{{channels.Overridden, "override.line.payload"}}, entries(res.Report)); diff != "" {
			t.Errorf("line report mismatch (-want +got):\n%s", diff)
		}
	}
}

// An override named for a channel without passthrough is reported there
// and ignored elsewhere; no payload ever carries an override.
func TestOverrideOnlyForItsChannel(t *testing.T) {
	v := decode(t, `{"role":"appMaker","type":"text","text":"Hi","override":{
		"twilio":{"payload":{"Body":"raw"}},"web":{"payload":{"x":1}},"line":{"payload":{"messages":[{"type":"text","text":"raw"}]}}}}`)
	for _, ch := range all.Channels() {
		res := mustRender(t, v, ch)
		own := ch.Name() == "twilio" || ch.Name() == "web"
		if got := res.Report.Has(channels.Dropped, "override."+ch.Name()); got != own {
			t.Errorf("%s: Dropped at override.%s = %v, want %v", ch.Name(), ch.Name(), got, own)
		}
		body, _ := json.Marshal(res.Payloads)
		if ch.Name() != "line" && strings.Contains(string(body), "raw") {
			t.Errorf("%s: a payload carries another channel's override: %s", ch.Name(), body)
		}
	}
}
