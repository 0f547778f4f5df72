package whatsapp_test

import (
	"encoding/json"
	"fmt"

	"github.com/chanrender/chanrender/channels/whatsapp"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

func ExampleNew() {
	v, err := schema.Decode([]byte(`{"role": "appMaker", "type": "text", "text": "Tacos or burritos?",
		"actions": [{"type": "reply", "text": "Tacos", "payload": "TACOS"}, {"type": "reply", "text": "Burritos", "payload": "BURRITOS"}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := render.Render(v, whatsapp.New(whatsapp.ReplyTo("wamid.IN")))
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ := json.Marshal(res.Payloads[0].Body)
	fmt.Println(res.Payloads[0].Method, string(b))
	fmt.Println(len(res.Report), "report entries")
	// Output:
	// messages {"messaging_product":"whatsapp","context":{"message_id":"wamid.IN"},"type":"interactive","interactive":{"type":"button","body":{"text":"Tacos or burritos?"},"action":{"buttons":[{"type":"reply","reply":{"id":"TACOS","title":"Tacos"}},{"type":"reply","reply":{"id":"BURRITOS","title":"Burritos"}}]}}}
	// 0 report entries
}
