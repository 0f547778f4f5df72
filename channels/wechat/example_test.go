package wechat_test

import (
	"encoding/json"
	"fmt"

	"github.com/chanrender/chanrender/channels/wechat"
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
	res, err := render.Render(v, wechat.New())
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ := json.Marshal(res.Payloads[0].Body)
	fmt.Println(res.Payloads[0].Method, string(b))
	fmt.Println(len(res.Report), "report entries")
	// The user's tap comes back as bizmsgmenuid "BURRITOS".
	c, _ := render.Resolve(v, wechat.New(), "BURRITOS")
	fmt.Println(c.Path)
	// Output:
	// custom_send {"msgtype":"msgmenu","msgmenu":{"head_content":"Tacos or burritos?","list":[{"id":"TACOS","content":"Tacos"},{"id":"BURRITOS","content":"Burritos"}],"tail_content":""}}
	// 0 report entries
	// actions[1]
}
