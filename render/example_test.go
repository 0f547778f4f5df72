package render_test

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/chanrender/chanrender/channels/textonly"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

// A carousel on an SMS channel: the numbered raw-text fallback, and a report
// of what the text leaves out.
func ExampleRender() {
	m, err := schema.Decode([]byte(`{
		"role": "appMaker", "type": "carousel",
		"items": [
			{"title": "Tacos", "description": "Description", "actions": [
				{"type": "postback", "text": "Select", "payload": "TACOS"},
				{"type": "link", "text": "More info", "uri": "http://example.org"}]},
			{"title": "Ramen", "description": "Description", "actions": [
				{"type": "link", "text": "More info", "uri": "http://example.org"}]}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := render.Render(m, textonly.Twilio())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Payloads[0].Body.(*textonly.SMSBody).Body)
	fmt.Println("---")
	for _, d := range res.Report {
		fmt.Println(d.Code, d.Path)
	}
	// Output:
	// 1. Tacos
	// Description
	// More info http://example.org
	//
	// 2. Ramen
	// Description
	// More info http://example.org
	// ---
	// FellBack type
	// Dropped items[0].actions[0]
}

// Typing activity: a channel without a typing indicator reports it dropped.
func ExampleActivity() {
	a, err := schema.DecodeActivity([]byte(`{"role":"appMaker","type":"typing:start"}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	res, _ := render.Activity(a, textonly.Twilio())
	enc := json.NewEncoder(os.Stdout)
	_ = enc.Encode(res)
	// Output:
	// {"channel":"twilio","payloads":[],"report":[{"code":"Dropped","path":"type","detail":"twilio has no typing:start activity"}]}
}
