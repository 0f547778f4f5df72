package text_test

import (
	"fmt"

	"github.com/chanrender/chanrender/text"
)

func ExampleLen() {
	s := "Hi \U0001F468\u200D\U0001F469\u200D\U0001F467" // "Hi 👨‍👩‍👧"
	for _, u := range []text.Unit{text.Runes, text.UTF16, text.Bytes, text.Graphemes} {
		fmt.Println(text.Len(s, u), u)
	}
	// Output:
	// 8 runes
	// 11 UTF-16 units
	// 21 bytes
	// 4 graphemes
}

func ExampleTruncate() {
	fmt.Println(text.Truncate("Café au lait", 8, text.Runes))
	fmt.Println(text.Truncate("Thanks 👍🏽👍🏽", 13, text.UTF16))
	fmt.Println(text.Truncate("short", 160, text.UTF16))
	// Output:
	// Café au… true
	// Thanks 👍🏽… true
	// short false
}

func ExampleSplit() {
	parts := text.Split("Your order has shipped.\nTrack it online.", 24, text.Runes)
	for _, p := range parts {
		fmt.Printf("%q\n", p)
	}
	// Output:
	// "Your order has shipped."
	// "Track it online."
}
