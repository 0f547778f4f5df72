package chanrender_test

import (
	"encoding/json"
	"fmt"

	"github.com/chanrender/chanrender"
	"github.com/chanrender/chanrender/channels/all"
	"github.com/chanrender/chanrender/channels/line"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

// Render is the one call a server makes: request body in, the channel's
// payloads and the report out.
func ExampleRender() {
	body := []byte(`{"role":"appMaker","type":"text","text":"Which size?","actions":[
		{"type":"reply","text":"Small","payload":"SIZE_S"},
		{"type":"reply","text":"Large","payload":"SIZE_L"},
		{"type":"share"}]}`)
	_, err := chanrender.Render(body, line.New())
	for _, e := range schema.Errors(err) {
		fmt.Println("invalid:", e.Path, e.Rule)
	}

	body = []byte(`{"role":"appMaker","type":"text","text":"Which size?","actions":[
		{"type":"reply","text":"Small","payload":"SIZE_S"},
		{"type":"locationRequest","text":"Send my location"}]}`)
	res, err := chanrender.Render(body, line.New(), render.WithAppName("ACME"))
	if err != nil {
		fmt.Println(err)
		return
	}
	out, _ := json.Marshal(res.Payloads[0].Body)
	fmt.Println(res.Payloads[0].Method, string(out))
	fmt.Println(len(res.Report), "losses")
	// Output:
	// invalid: actions[2] forbidden
	// push {"messages":[{"type":"text","text":"Which size?","quickReply":{"items":[{"type":"action","action":{"type":"postback","label":"Small","data":"SIZE_S","displayText":"Small"}},{"type":"action","action":{"type":"location","label":"Send my location"}}]}}]}
	// 0 losses
}

// RenderAll renders one body for every channel of a registry.
func ExampleRenderAll() {
	reg, err := all.Registry()
	if err != nil {
		fmt.Println(err)
		return
	}
	body := []byte(`{"role":"appMaker","type":"text","text":"Hello","actions":[{"type":"postback","text":"Start","payload":"START"}]}`)
	results, err := chanrender.RenderAll(body, reg)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, res := range results[:4] {
		fmt.Println(res.Channel, len(res.Payloads), "payload(s),", len(res.Report), "loss(es)")
	}
	// Output:
	// android 1 payload(s), 0 loss(es)
	// email 1 payload(s), 1 loss(es)
	// instagram 1 payload(s), 0 loss(es)
	// ios 1 payload(s), 0 loss(es)
}
