package twitter_test

import (
	"encoding/json"
	"fmt"

	"github.com/chanrender/chanrender/channels/twitter"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

func ExampleV1() {
	v, err := schema.Decode([]byte(`{"role": "appMaker", "type": "text", "text": "Tacos or burritos?",
		"actions": [{"type": "postback", "text": "Tacos", "payload": "TACOS"}, {"type": "link", "text": "Menu", "uri": "https://example.org/menu"}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := render.Render(v, twitter.V1())
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ := json.Marshal(res.Payloads[0].Body)
	fmt.Println(res.Payloads[0].Method, string(b))
	fmt.Println(len(res.Report), "report entries")
	// Output:
	// events/new {"event":{"type":"message_create","message_create":{"message_data":{"text":"Tacos or burritos?","quick_reply":{"type":"options","options":[{"label":"Tacos","metadata":"TACOS"}]},"ctas":[{"type":"web_url","label":"Menu","url":"https://example.org/menu"}]}}}}
	// 0 report entries
}
