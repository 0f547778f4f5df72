package sdk_test

import (
	"encoding/json"
	"fmt"

	"github.com/chanrender/chanrender/channels/sdk"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

// The SDK channels receive the canonical message itself, normalised: here
// the media type resolved from the URL.
func ExampleWeb() {
	m, err := schema.Decode([]byte(`{"role":"appMaker","type":"image","mediaUrl":"https://example.org/jacket.jpg"}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := render.Render(m, sdk.Web())
	if err != nil {
		fmt.Println(err)
		return
	}
	body, _ := json.Marshal(res.Payloads[0].Body)
	fmt.Println(res.Payloads[0].Method, string(body))
	// Output:
	// message {"role":"appMaker","type":"image","mediaUrl":"https://example.org/jacket.jpg","mediaType":"image/jpeg"}
}
