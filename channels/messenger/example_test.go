package messenger_test

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/chanrender/chanrender/channels/messenger"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

// A text message with reply actions becomes one Send API body with quick
// replies; the caller adds "recipient" and "messaging_type".
func ExampleNew() {
	m, err := schema.Decode([]byte(`{
		"role": "appMaker", "type": "text", "text": "Which do you prefer?",
		"actions": [
			{"type": "reply", "text": "Tacos", "payload": "TACOS", "iconUrl": "http://example.org/taco.png"},
			{"type": "reply", "text": "Burritos", "payload": "BURRITOS"}
		]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := render.Render(m, messenger.New())
	if err != nil {
		fmt.Println(err)
		return
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	for _, p := range res.Payloads {
		fmt.Println(p.Method)
		_ = enc.Encode(p.Body)
	}
	fmt.Println(len(res.Report), "report entries")
	// Output:
	// messages
	// {
	//   "message": {
	//     "text": "Which do you prefer?",
	//     "quick_replies": [
	//       {
	//         "content_type": "text",
	//         "title": "Tacos",
	//         "payload": "TACOS",
	//         "image_url": "http://example.org/taco.png"
	//       },
	//       {
	//         "content_type": "text",
	//         "title": "Burritos",
	//         "payload": "BURRITOS"
	//       }
	//     ]
	//   }
	// }
	// 0 report entries
}

// The Smooch 2017 profile renders a location request as Messenger's (since
// removed) location quick reply; today's profile falls back to a sentence.
func ExampleLegacy() {
	m, err := schema.Decode([]byte(`{"role":"appMaker","type":"text","text":"Where are you?",
		"actions":[{"type":"locationRequest","text":"Send location"}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, ch := range []*messenger.Channel{messenger.New(), messenger.Legacy()} {
		res, err := render.Render(m, ch, render.WithAppName("ACME"))
		if err != nil {
			fmt.Println(err)
			return
		}
		body, _ := json.Marshal(res.Payloads[0].Body)
		fmt.Println(ch.Name(), string(body))
	}
	// Output:
	// messenger {"message":{"text":"Where are you?\n\nACME has requested a location"}}
	// messenger-legacy {"message":{"text":"Where are you?","quick_replies":[{"content_type":"location"}]}}
}
