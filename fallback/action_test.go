package fallback

import (
	"testing"

	"github.com/chanrender/chanrender/schema"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func TestAction(t *testing.T) {
	type result struct {
		Line string
		OK   bool
	}
	tests := []struct {
		name string
		a    schema.Action
		o    Options
		want result
	}{
		{"link", schema.Action{Type: schema.ActionLink, Text: "More info", URI: "http://example.org"}, Options{}, result{"More info http://example.org", true}},
		{"webview", schema.Action{Type: schema.ActionWebview, Text: "Form", URI: "https://f.example", Size: schema.WebviewFull}, Options{}, result{"Form https://f.example", true}},
		{"buy without uri", schema.Action{Type: schema.ActionBuy, Text: "Buy vinegar", Amount: 1000}, Options{}, result{"Buy vinegar ($ 10.00)", true}},
		{"buy with uri", schema.Action{Type: schema.ActionBuy, Text: "Buy", Amount: 1000, Currency: "jpy", URI: "https://pay.example"}, Options{}, result{"Buy (¥ 1,000) https://pay.example", true}},
		{"buy with default currency eur, French", schema.Action{Type: schema.ActionBuy, Text: "Acheter", Amount: 250}, Options{Currency: "eur", Language: language.French}, result{"Acheter (€ 2,50)", true}},
		{"buy without label", schema.Action{Type: schema.ActionBuy, Amount: 100}, Options{}, result{"($ 1.00)", true}},
		{"locationRequest", schema.Action{Type: schema.ActionLocationRequest, Text: "Send Location"}, Options{AppName: "YourApp"}, result{"YourApp has requested a location", true}},
		{"locationRequest default name", schema.Action{Type: schema.ActionLocationRequest, Text: "Send Location"}, Options{}, result{"The app has requested a location", true}},
		{"locationRequest Spanish", schema.Action{Type: schema.ActionLocationRequest}, Options{AppName: "Acme", Language: language.Spanish}, result{"Acme ha solicitado una ubicación", true}},
		{"locationRequest app name with a verb", schema.Action{Type: schema.ActionLocationRequest}, Options{AppName: "100%s"}, result{"100%s has requested a location", true}},
		{"postback", schema.Action{Type: schema.ActionPostback, Text: "Select", Payload: "X"}, Options{}, result{}},
		{"reply", schema.Action{Type: schema.ActionReply, Text: "Tacos", Payload: "X"}, Options{}, result{}},
		{"share", schema.Action{Type: schema.ActionShare}, Options{}, result{}},
		{"unknown", schema.Action{Type: "dance", Text: "x", URI: "http://x"}, Options{}, result{}},
		{"empty link", schema.Action{Type: schema.ActionLink}, Options{}, result{}},
		{"invalid UTF-8", schema.Action{Type: schema.ActionLink, Text: "\xc3", URI: "http://x"}, Options{}, result{"\uFFFD http://x", true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			line, ok := Action(tt.a, tt.o)
			if diff := cmp.Diff(tt.want, result{line, ok}); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
