package render_test

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/line"
	"github.com/chanrender/chanrender/channels/telegram"
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

// Answers come back as the platform delivers them: a LINE postback's data,
// a Telegram reply keyboard button's label, a number typed on SMS. Resolve
// maps each back to the canonical action and its input path.
func ExampleResolve() {
	m, err := schema.Decode([]byte(`{
		"role": "appMaker", "type": "text", "text": "Lunch?",
		"actions": [
			{"type": "reply", "text": "Tacos", "payload": "TACOS"},
			{"type": "reply", "text": "Burritos", "payload": "BURRITOS"}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range []struct {
		ch     channels.Channel
		answer string
	}{
		{line.New(), "BURRITOS"},     // postback data
		{telegram.New(), "Tacos"},    // the button's label
		{textonly.Twilio(), "2"},     // a typed number
		{textonly.Twilio(), "pizza"}, // nothing
	} {
		c, ok := render.Resolve(m, a.ch, a.answer)
		if !ok {
			fmt.Printf("%s %q: no match\n", a.ch.Name(), a.answer)
			continue
		}
		fmt.Printf("%s %q: %s %s\n", a.ch.Name(), a.answer, c.Path, c.Action.Payload)
	}
	// Output:
	// line "BURRITOS": actions[1] BURRITOS
	// telegram "Tacos": actions[0] TACOS
	// twilio "2": actions[1] BURRITOS
	// twilio "pizza": no match
}
