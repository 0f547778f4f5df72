package viber_test

import (
	"encoding/json"
	"fmt"

	"github.com/chanrender/chanrender/channels/viber"
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
	res, err := render.Render(v, viber.New(), render.WithAppName("ACME"))
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ := json.Marshal(res.Payloads[0].Body)
	fmt.Println(res.Payloads[0].Method, string(b))
	fmt.Println(len(res.Report), "report entries")
	// Output:
	// send_message {"sender":{"name":"ACME"},"min_api_version":1,"type":"text","text":"Tacos or burritos?","keyboard":{"Type":"keyboard","DefaultHeight":false,"Buttons":[{"Columns":6,"Rows":1,"ActionType":"reply","ActionBody":"TACOS","Text":"Tacos"},{"Columns":6,"Rows":1,"ActionType":"reply","ActionBody":"BURRITOS","Text":"Burritos"}]}}
	// 0 report entries
}
