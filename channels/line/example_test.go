package line_test

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/chanrender/chanrender/channels/line"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

func ExampleNew() {
	m, err := schema.Decode([]byte(`{
		"role": "appMaker", "type": "text", "text": "Which do you prefer?",
		"actions": [
			{"type": "reply", "text": "Tacos", "payload": "TACOS"},
			{"type": "locationRequest", "text": "Send my location"}
		]
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := render.Render(m, line.New())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range res.Payloads {
		fmt.Println(p.Method)
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(p.Body)
	}
	fmt.Println(len(res.Report), "report entries")
	// Output:
	// push
	// {
	//   "messages": [
	//     {
	//       "type": "text",
	//       "text": "Which do you prefer?",
	//       "quickReply": {
	//         "items": [
	//           {
	//             "type": "action",
	//             "action": {
	//               "type": "postback",
	//               "label": "Tacos",
	//               "data": "TACOS",
	//               "displayText": "Tacos"
	//             }
	//           },
	//           {
	//             "type": "action",
	//             "action": {
	//               "type": "location",
	//               "label": "Send my location"
	//             }
	//           }
	//         ]
	//       }
	//     }
	//   ]
	// }
	// 0 report entries
}
