package chanrender_test

import (
	"testing"

	"github.com/chanrender/chanrender"
	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/all"
	"github.com/chanrender/chanrender/channels/telegram"
	"github.com/chanrender/chanrender/schema"
)

func TestRenderActivityAndErrors(t *testing.T) {
	typing := []byte(`{"role":"appMaker","type":"typing:start"}`)
	res, err := chanrender.Render(typing, telegram.New())
	if err != nil || len(res.Payloads) != 1 || res.Payloads[0].Method != "sendChatAction" {
		t.Errorf("typing on telegram = %+v, %v", res, err)
	}
	reg, err := all.Registry()
	if err != nil {
		t.Fatal(err)
	}
	results, err := chanrender.RenderAll(typing, reg)
	if err != nil || len(results) != len(reg.Names()) {
		t.Fatalf("RenderAll(typing) = %d results, %v", len(results), err)
	}
	for i, name := range reg.Names() {
		if results[i].Channel != name {
			t.Errorf("result %d is %q, want %q (name order)", i, results[i].Channel, name)
		}
		if len(results[i].Payloads) == 0 && !results[i].Report.Has(channels.Dropped, "type") {
			t.Errorf("%s: no payload and no report entry", name)
		}
	}
	if _, err := chanrender.Render([]byte(`{"role":"appMaker"}`), telegram.New()); len(schema.Errors(err)) == 0 {
		t.Errorf("invalid body: %v, want schema errors", err)
	}
	if _, err := chanrender.RenderAll(typing, nil); err == nil {
		t.Error("nil registry: no error")
	}
}
