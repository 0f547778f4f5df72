package shorthand_test

import (
	"encoding/json"
	"fmt"
	"log"

	"github.com/chanrender/chanrender/shorthand"
)

func ExampleParse() {
	m, err := shorthand.Parse("A wrapped cat\n"+
		"![](https://example.com/cat.jpg)\n"+
		"%[Purchase cat](https://example.com/buy)\n"+
		"$[Buy now](25.00)", shorthand.Options{Currency: "usd"})
	if err != nil {
		log.Fatal(err)
	}
	out, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(out))
	// Output:
	// {
	//   "role": "appMaker",
	//   "type": "image",
	//   "text": "A wrapped cat",
	//   "mediaUrl": "https://example.com/cat.jpg",
	//   "actions": [
	//     {
	//       "type": "link",
	//       "text": "Purchase cat",
	//       "uri": "https://example.com/buy"
	//     },
	//     {
	//       "type": "buy",
	//       "text": "Buy now",
	//       "amount": 2500,
	//       "currency": "usd"
	//     }
	//   ]
	// }
}
