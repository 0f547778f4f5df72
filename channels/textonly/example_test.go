package textonly_test

import (
	"fmt"

	"github.com/chanrender/chanrender/channels/textonly"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

// Reply actions become numbered options on an SMS channel; the image goes
// as MMS media.
func ExampleTwilio() {
	m, err := schema.Decode([]byte(`{"role":"appMaker","type":"image","text":"In stock. Which size?",
		"mediaUrl":"https://example.org/coat.jpg",
		"actions":[{"type":"reply","text":"M","payload":"M"},{"type":"reply","text":"L","payload":"L"}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := render.Render(m, textonly.Twilio())
	if err != nil {
		fmt.Println(err)
		return
	}
	b := res.Payloads[0].Body.(*textonly.SMSBody)
	fmt.Printf("%s\n%v\n", b.Body, b.MediaURL)
	// Output:
	// In stock. Which size?
	//
	// 1. M
	// 2. L
	// [https://example.org/coat.jpg]
}
