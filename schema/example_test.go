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
	v, err := schema.Decode([]byte(`{"role":"appMaker","type":"image","mediaUrl":"https://example.org/a.PNG?x=1"}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(v.Message().MediaType)
	// Output:
	// items[0].actions[0].uri [required]
	// displaySettings.imageAspectRatio [enum]
	// image/png
}

// Encode writes the normalised canonical JSON: resolved media types, stable
// field order.
func ExampleEncode() {
	v, err := schema.Decode([]byte(`{"type":"file","role":"appMaker","mediaUrl":"https://example.org/menu.pdf"}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	out, _ := schema.Encode(v.Message())
	fmt.Println(string(out))
	// Output:
	// {"role":"appMaker","type":"file","mediaUrl":"https://example.org/menu.pdf","mediaType":"application/pdf"}
}

// Validate checks a message built in code with Decode's rules, paths and
// errors, on the typed value, and returns it ready to render.
func ExampleValidate() {
	_, err := schema.Validate(&schema.Message{
		Role: schema.RoleAppMaker, Type: schema.TypeText, Text: "Pick one",
		Actions: []schema.Action{
			{Type: schema.ActionReply, Text: "Tacos", Payload: "TACOS"},
			{Type: schema.ActionLink, Text: "Menu", URI: "javascript:alert(1)"},
			{Type: schema.ActionReply, Text: "Ramen"},
		},
	})
	for _, e := range schema.Errors(err) {
		fmt.Printf("%s [%s]\n", e.Path, e.Rule)
	}
	v, err := schema.Validate(&schema.Message{Role: schema.RoleAppMaker, Type: schema.TypeImage, MediaURL: "https://example.org/a.jpg"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(v.Message().MediaType)
	// Output:
	// actions[1] [combination]
	// actions[2].payload [required]
	// image/jpeg
}
