package fallback_test

import (
	"fmt"

	"github.com/chanrender/chanrender/fallback"
	"github.com/chanrender/chanrender/schema"
	"golang.org/x/text/language"
)

func ExampleRender() {
	m := &schema.Message{
		Role: schema.RoleAppMaker,
		Type: schema.TypeText,
		Text: "Which do you prefer?",
		Actions: []schema.Action{
			{Type: schema.ActionReply, Text: "Tacos", Payload: "TACOS"},
			{Type: schema.ActionReply, Text: "Burritos", Payload: "BURRITOS"},
			{Type: schema.ActionLocationRequest, Text: "Send Location"},
		},
	}
	fmt.Println(fallback.Text(m, fallback.Options{AppName: "Acme"}))
	// Output:
	// Which do you prefer?
	//
	// 1. Tacos
	// 2. Burritos
	// Acme has requested a location
}

func ExampleResolve() {
	m := &schema.Message{
		Role: schema.RoleAppMaker,
		Type: schema.TypeText,
		Text: "Which do you prefer?",
		Actions: []schema.Action{
			{Type: schema.ActionReply, Text: "Tacos", Payload: "TACOS"},
			{Type: schema.ActionReply, Text: "Burritos", Payload: "BURRITOS"},
		},
	}
	for _, answer := range []string{"2", " tacos ", "3"} {
		c, ok := fallback.Resolve(m, answer)
		if !ok {
			fmt.Printf("%q: no choice\n", answer)
			continue
		}
		fmt.Printf("%q: %s %s\n", answer, c.Path, c.Action.Payload)
	}
	// Output:
	// "2": actions[1] BURRITOS
	// " tacos ": actions[0] TACOS
	// "3": no choice
}

func ExampleAmount() {
	fmt.Println(fallback.Amount(1000, "usd", language.English))
	fmt.Println(fallback.Amount(1000, "jpy", language.English))
	fmt.Println(fallback.Amount(1000, "usd", language.French))
	fmt.Println(fallback.Amount(1000, "usd", language.Spanish))
	// Output:
	// $ 10.00
	// ¥ 1,000
	// $US 10,00
	// US$ 10,00
}
