package schema_test

import (
	"fmt"

	"github.com/chanrender/chanrender/schema"
)

// Decode reports every problem at once, each with its JSON path and rule.
func ExampleDecode() {
	_, err := schema.Decode([]byte(`{
		"role": "appMaker", "type": "carousel",
		"items": [{"title": "Tacos", "actions": [{"type": "link", "text": "More"}]}],
		"displaySettings": {"imageAspectRatio": "wide"}
	}`))
	for _, e := range schema.Errors(err) {
		fmt.Printf("%s [%s]\n", e.Path, e.Rule)
	}
	m, err := schema.Decode([]byte(`{"role":"appMaker","type":"image","mediaUrl":"https://example.org/a.PNG?x=1"}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.MediaType)
	// Output:
	// items[0].actions[0].uri [required]
	// displaySettings.imageAspectRatio [enum]
	// image/png
}

// Encode writes the normalised canonical JSON: resolved media types, stable
// field order.
func ExampleEncode() {
	m, err := schema.Decode([]byte(`{"type":"file","role":"appMaker","mediaUrl":"https://example.org/menu.pdf"}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	out, _ := schema.Encode(m)
	fmt.Println(string(out))
	// Output:
	// {"role":"appMaker","type":"file","mediaUrl":"https://example.org/menu.pdf","mediaType":"application/pdf"}
}
