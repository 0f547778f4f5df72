package schema

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRules checks one rule at a time on small inline messages: the exact
// set of (path, rule) pairs, none for valid input.
func TestRules(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []pathRule
	}{
		// Valid edge cases.
		{"text only", `{"role":"appUser","type":"text","text":"hi"}`, nil},
		{"actions without text", `{"role":"appMaker","type":"text","actions":[{"type":"postback","text":"Go","payload":"GO"}]}`, nil},
		{"blank text with actions", `{"role":"appMaker","type":"text","text":" ","actions":[{"type":"locationRequest","text":"Where?"}]}`, nil},
		{"reply and locationRequest together", `{"role":"appMaker","type":"text","text":"?","actions":[{"type":"reply","text":"A","payload":"A"},{"type":"locationRequest","text":"Here"}]}`, nil},
		{"link any scheme", `{"role":"appMaker","type":"text","text":"?","actions":[{"type":"link","text":"Call","uri":"tel:+15145550199"},{"type":"link","text":"JS","uri":"javascript:void(0)"},{"type":"link","text":"App","uri":"myapp://open/1"}]}`, nil},
		{"buy without currency", `{"role":"appMaker","type":"text","text":"?","actions":[{"type":"buy","text":"Buy","amount":1}]}`, nil},
		{"buy max amount", `{"role":"appMaker","type":"text","text":"?","actions":[{"type":"buy","text":"Buy","amount":1000000000000000}]}`, nil},
		{"buy over the max amount", `{"role":"appMaker","type":"text","text":"?","actions":[{"type":"buy","text":"Buy","amount":9223372036854775807}]}`, []pathRule{{"actions[0].amount", RuleRange}}},
		{"share with text in item", `{"role":"appMaker","type":"list","items":[{"title":"T","actions":[{"type":"share","text":"Share"}]}]}`, nil},
		{"coordinates at the bounds", `{"role":"appUser","type":"location","coordinates":{"lat":-90,"long":180.0}}`, nil},
		{"coordinates exponent", `{"role":"appUser","type":"location","coordinates":{"lat":4.5e1,"long":-1.8E2}}`, nil},
		{"metadata scalars", `{"role":"appUser","type":"text","text":"x","metadata":{"s":"a","n":1.5,"b":false,"e":1e3}}`, nil},
		{"destination id only", `{"role":"appMaker","type":"text","text":"x","destination":{"integrationId":"abc"}}`, nil},
		{"override any channel", `{"role":"appMaker","type":"text","text":"x","override":{"line":{"payload":{}},"whatsapp":{"payload":{"a":[1,{"b":null}]}}}}`, nil},
		{"other type's fields dropped", `{"role":"appMaker","type":"text","text":"x","actions":[{"type":"postback","text":"P","payload":"P","uri":"","amount":"x"}]}`, nil},
		{"ten items", `{"role":"appMaker","type":"carousel","items":[` + repeatItems(10) + `]}`, nil},
		{"three item actions, one default", `{"role":"appMaker","type":"carousel","items":[{"title":"T","actions":[{"type":"link","text":"A","uri":"https://a.example","default":true},{"type":"webview","text":"B","uri":"https://b.example"},{"type":"buy","text":"C","amount":5}]}]}`, nil},
		{"default false in message", `{"role":"appMaker","type":"text","text":"x","actions":[{"type":"link","text":"A","uri":"https://a.example","default":false}]}`, nil},
		{"empty actions array with text", `{"role":"appMaker","type":"text","text":"x","actions":[]}`, nil},
		{"location on location", `{"role":"appMaker","type":"location","coordinates":{"lat":1,"long":2},"location":{"name":"N","address":"A"}}`, nil},
		{"mediaType given on image", `{"role":"appMaker","type":"image","mediaUrl":"https://a.example/x","mediaType":"image/png"}`, nil},
		{"uppercase URL scheme", `{"role":"appMaker","type":"image","mediaUrl":"HTTPS://A.EXAMPLE/x.png"}`, nil},

		// Root and enums.
		{"root string", `"hello"`, []pathRule{{"", RuleType}}},
		{"root null", `null`, []pathRule{{"", RuleType}}},
		{"empty object", `{}`, []pathRule{{"role", RuleRequired}, {"type", RuleRequired}}},
		{"empty role", `{"role":"","type":"text","text":"x"}`, []pathRule{{"role", RuleRequired}}},
		{"role number", `{"role":1,"type":"text","text":"x"}`, []pathRule{{"role", RuleType}}},
		{"activity type on Decode", `{"role":"appMaker","type":"typing:start"}`, []pathRule{{"type", RuleEnum}}},
		{"form type", `{"role":"appMaker","type":"form","fields":[]}`, []pathRule{{"type", RuleEnum}}},
		{"unknown type skips type checks", `{"role":"appMaker","type":"video","mediaUrl":"/x"}`, []pathRule{{"type", RuleEnum}, {"mediaUrl", RuleURL}}},

		// Types of fields.
		{"name number", `{"role":"appUser","type":"text","text":"x","name":5}`, []pathRule{{"name", RuleType}}},
		{"email bool", `{"role":"appUser","type":"text","text":"x","email":true}`, []pathRule{{"email", RuleType}}},
		{"payload object", `{"role":"appUser","type":"text","text":"x","payload":{}}`, []pathRule{{"payload", RuleType}}},
		{"metadata array", `{"role":"appUser","type":"text","text":"x","metadata":[]}`, []pathRule{{"metadata", RuleType}}},
		{"metadata null value", `{"role":"appUser","type":"text","text":"x","metadata":{"a":null}}`, []pathRule{{"metadata.a", RuleFlat}}},
		{"metadata odd key", `{"role":"appUser","type":"text","text":"x","metadata":{"a.b":[]}}`, []pathRule{{`metadata["a.b"]`, RuleFlat}}},
		{"coordinates array", `{"role":"appUser","type":"location","coordinates":[1,2]}`, []pathRule{{"coordinates", RuleType}}},
		{"coordinates missing long", `{"role":"appUser","type":"location","coordinates":{"lat":1}}`, []pathRule{{"coordinates.long", RuleRequired}}},
		{"coordinates huge", `{"role":"appUser","type":"location","coordinates":{"lat":1e400,"long":0}}`, []pathRule{{"coordinates.lat", RuleRange}}},
		{"location name number", `{"role":"appUser","type":"location","coordinates":{"lat":1,"long":1},"location":{"name":1}}`, []pathRule{{"location.name", RuleType}}},
		{"action not object", `{"role":"appMaker","type":"text","text":"x","actions":["link"]}`, []pathRule{{"actions[0]", RuleType}}},
		{"item not object", `{"role":"appMaker","type":"list","items":[3]}`, []pathRule{{"items[0]", RuleType}}},
		{"item actions object", `{"role":"appMaker","type":"list","items":[{"title":"T","actions":{}}]}`, []pathRule{{"items[0].actions", RuleType}}},
		{"default string", `{"role":"appMaker","type":"list","items":[{"title":"T","actions":[{"type":"link","text":"A","uri":"https://a.example","default":"yes"}]}]}`, []pathRule{{"items[0].actions[0].default", RuleType}}},
		{"openOnReceive string", `{"role":"appMaker","type":"text","text":"x","actions":[{"type":"webview","text":"W","uri":"https://a.example","openOnReceive":"true"}]}`, []pathRule{{"actions[0].openOnReceive", RuleType}}},
		{"displaySettings string", `{"role":"appMaker","type":"carousel","items":[` + repeatItems(1) + `],"displaySettings":"square"}`, []pathRule{{"displaySettings", RuleType}}},
		{"override not object", `{"role":"appMaker","type":"text","text":"x","override":[]}`, []pathRule{{"override", RuleType}}},
		{"override channel not object", `{"role":"appMaker","type":"text","text":"x","override":{"line":"x"}}`, []pathRule{{"override.line", RuleType}}},
		{"destination string", `{"role":"appMaker","type":"text","text":"x","destination":"messenger"}`, []pathRule{{"destination", RuleType}}},
		{"destination empty strings", `{"role":"appMaker","type":"text","text":"x","destination":{"integrationId":"","integrationType":""}}`, []pathRule{{"destination", RuleRequired}}},
		{"destination wrong type", `{"role":"appMaker","type":"text","text":"x","destination":{"integrationType":1}}`, []pathRule{{"destination.integrationType", RuleType}}},

		// URLs.
		{"mediaUrl without host", `{"role":"appMaker","type":"file","mediaUrl":"https:///x.pdf"}`, []pathRule{{"mediaUrl", RuleURL}}},
		{"mediaUrl data", `{"role":"appMaker","type":"image","mediaUrl":"data:image/png;base64,AAAA"}`, []pathRule{{"mediaUrl", RuleURL}}},
		{"mediaUrl bad escape", `{"role":"appMaker","type":"image","mediaUrl":"https://a.example/%zz.png"}`, []pathRule{{"mediaUrl", RuleURL}}},
		{"link relative", `{"role":"appMaker","type":"text","text":"x","actions":[{"type":"link","text":"L","uri":"/about"}]}`, []pathRule{{"actions[0].uri", RuleURL}}},
		{"link http without host", `{"role":"appMaker","type":"text","text":"x","actions":[{"type":"link","text":"L","uri":"http:about"}]}`, []pathRule{{"actions[0].uri", RuleURL}}},
		{"webview fallback relative", `{"role":"appMaker","type":"text","text":"x","actions":[{"type":"webview","text":"W","uri":"https://a.example","fallback":"/f"}]}`, []pathRule{{"actions[0].fallback", RuleURL}}},
		{"webview missing uri", `{"role":"appMaker","type":"text","text":"x","actions":[{"type":"webview","text":"W"}]}`, []pathRule{{"actions[0].uri", RuleRequired}}},
		{"buy uri tel", `{"role":"appMaker","type":"text","text":"x","actions":[{"type":"buy","text":"B","amount":5,"uri":"tel:123"}]}`, []pathRule{{"actions[0].uri", RuleURL}}},
		{"reply iconUrl relative", `{"role":"appMaker","type":"text","text":"x","actions":[{"type":"reply","text":"R","payload":"R","iconUrl":"icon.png"}]}`, []pathRule{{"actions[0].iconUrl", RuleURL}}},
		{"item mediaUrl relative", `{"role":"appMaker","type":"list","items":[{"title":"T","mediaUrl":"x.png","actions":[{"type":"share"}]}]}`, []pathRule{{"items[0].mediaUrl", RuleURL}}},

		// Actions.
		{"action missing type", `{"role":"appMaker","type":"text","text":"x","actions":[{"text":"A"}]}`, []pathRule{{"actions[0].type", RuleRequired}}},
		{"action missing text", `{"role":"appMaker","type":"text","text":"x","actions":[{"type":"locationRequest"}]}`, []pathRule{{"actions[0].text", RuleRequired}}},
		{"combination reported once", `{"role":"appMaker","type":"text","text":"x","actions":[{"type":"link","text":"L","uri":"https://a.example"},{"type":"reply","text":"R","payload":"R"},{"type":"postback","text":"P","payload":"P"}]}`, []pathRule{{"actions[0]", RuleCombination}}},
		{"share with reply", `{"role":"appMaker","type":"text","text":"x","actions":[{"type":"reply","text":"R","payload":"R"},{"type":"share"}]}`, []pathRule{{"actions[1]", RuleForbidden}}},
		{"locationRequest in item", `{"role":"appMaker","type":"carousel","items":[{"title":"T","actions":[{"type":"locationRequest","text":"L"}]}]}`, []pathRule{{"items[0].actions[0]", RuleForbidden}}},
		{"zero item actions", `{"role":"appMaker","type":"carousel","items":[{"title":"T","actions":[]}]}`, []pathRule{{"items[0].actions", RuleCount}}},
		{"item blank title", `{"role":"appMaker","type":"carousel","items":[{"title":"  ","actions":[{"type":"share"}]}]}`, []pathRule{{"items[0].title", RuleRequired}}},
		{"default on webview and link", `{"role":"appMaker","type":"carousel","items":[{"title":"T","actions":[{"type":"webview","text":"W","uri":"https://a.example","default":true},{"type":"link","text":"L","uri":"https://a.example","default":true}]}]}`, []pathRule{{"items[0].actions[0].default", RuleDefault}}},
		{"amount negative zero", `{"role":"appMaker","type":"text","text":"x","actions":[{"type":"buy","text":"B","amount":-0}]}`, []pathRule{{"actions[0].amount", RuleRange}}},
		{"amount 10.0", `{"role":"appMaker","type":"text","text":"x","actions":[{"type":"buy","text":"B","amount":10.0}]}`, []pathRule{{"actions[0].amount", RuleInteger}}},
		{"currency xxx", `{"role":"appMaker","type":"text","text":"x","actions":[{"type":"buy","text":"B","amount":1,"currency":"xxx"}]}`, []pathRule{{"actions[0].currency", RuleCurrency}}},
		{"currency long", `{"role":"appMaker","type":"text","text":"x","actions":[{"type":"buy","text":"B","amount":1,"currency":"usdt"}]}`, []pathRule{{"actions[0].currency", RuleCurrency}}},
		{"currency empty", `{"role":"appMaker","type":"text","text":"x","actions":[{"type":"buy","text":"B","amount":1,"currency":""}]}`, []pathRule{{"actions[0].currency", RuleCurrency}}},
		{"currency number", `{"role":"appMaker","type":"text","text":"x","actions":[{"type":"buy","text":"B","amount":1,"currency":840}]}`, []pathRule{{"actions[0].currency", RuleType}}},
		{"extraChannelOptions on share", `{"role":"appMaker","type":"carousel","items":[{"title":"T","actions":[{"type":"share","extraChannelOptions":{}}]}]}`, []pathRule{{"items[0].actions[0].extraChannelOptions", RuleForbidden}}},
		{"extraChannelOptions messenger not object", `{"role":"appMaker","type":"text","text":"x","actions":[{"type":"link","text":"L","uri":"https://a.example","extraChannelOptions":{"messenger":true}}]}`, []pathRule{{"actions[0].extraChannelOptions.messenger", RuleType}}},

		// Forbidden by type and role.
		{"mediaType on location", `{"role":"appUser","type":"location","coordinates":{"lat":1,"long":1},"mediaType":"image/png"}`, []pathRule{{"mediaType", RuleForbidden}}},
		{"location on text", `{"role":"appUser","type":"text","text":"x","location":{"name":"N"}}`, []pathRule{{"location", RuleForbidden}}},
		{"items on image", `{"role":"appMaker","type":"image","mediaUrl":"https://a.example/a.png","items":[]}`, []pathRule{{"items", RuleForbidden}}},
		{"appUser list", `{"role":"appUser","type":"list","items":[{"title":"T","actions":[{"type":"share"}]}]}`, []pathRule{{"items", RuleForbidden}}},
		{"appUser text with only actions", `{"role":"appUser","type":"text","actions":[{"type":"reply","text":"R","payload":"R"}]}`, []pathRule{{"text", RuleRequired}, {"actions", RuleForbidden}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Decode([]byte(tt.in))
			if diff := cmp.Diff(sortedPathRules(tt.want), sortedPathRules(pathRules(err))); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s\nerror: %v", diff, err)
			}
			if (err == nil) != (m != nil) {
				t.Errorf("Decode returned message %v with error %v", m != nil, err)
			}
		})
	}
}

func repeatItems(n int) string {
	s := ""
	for i := range n {
		if i > 0 {
			s += ","
		}
		s += `{"title":"T","actions":[{"type":"postback","text":"P","payload":"P"}]}`
	}
	return s
}

// TestDecodeValue checks the typed result of a decode, including the
// normalisations (resolved media types, empty containers dropped, override
// payloads canonicalised, other types' action fields dropped).
func TestDecodeValue(t *testing.T) {
	in := `{
  "role": "appMaker", "type": "carousel", "text": "Fallback", "metadata": {},
  "displaySettings": {"imageAspectRatio": "square"},
  "items": [
    {"title": "Tacos", "mediaUrl": "https://a.example/img/TACOS.JPG?w=10#x", "size": "large", "metadata": {"ignored": "not in v1"},
     "actions": [
       {"type": "link", "text": "Menu", "uri": "https://a.example/menu", "default": true, "payload": "ignored", "metadata": {"n": 1.50},
        "extraChannelOptions": {"messenger": {"webview_height_ratio": "tall", "messenger_extensions": false}}},
       {"type": "buy", "text": "Buy", "amount": 1250, "currency": "cad", "uri": "https://a.example/pay"},
       {"type": "share"}]},
    {"title": "Ramen", "mediaUrl": "https://a.example/ramen.unknownext", "actions": [{"type": "postback", "text": "Pick", "payload": "RAMEN", "metadata": {}}]}
  ],
  "actions": [],
  "override": {"line": {"payload": {"z": "<b>&</b>", "a": [1.0, true, null, {"y": 2, "x": 1}]}}}
}`
	v, err := Decode([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	m := v.Message()
	no := false
	want := &Message{
		Role: RoleAppMaker, Type: TypeCarousel, Text: "Fallback",
		Items: []Item{
			{
				Title: "Tacos", MediaURL: "https://a.example/img/TACOS.JPG?w=10#x", MediaType: "image/jpeg", Size: ItemLarge,
				Actions: []Action{
					{Type: ActionLink, Text: "Menu", URI: "https://a.example/menu", Default: true, Metadata: Metadata{"n": json.Number("1.50")},
						ExtraChannelOptions: &ExtraChannelOptions{Messenger: &MessengerOptions{WebviewHeightRatio: WebviewTall, MessengerExtensions: &no}}},
					{Type: ActionBuy, Text: "Buy", Amount: 1250, Currency: "cad", URI: "https://a.example/pay"},
					{Type: ActionShare},
				},
			},
			{Title: "Ramen", MediaURL: "https://a.example/ramen.unknownext", Actions: []Action{{Type: ActionPostback, Text: "Pick", Payload: "RAMEN"}}},
		},
		DisplaySettings: &DisplaySettings{ImageAspectRatio: AspectSquare},
		Override:        map[string]Override{"line": {Payload: json.RawMessage(`{"a":[1.0,true,null,{"x":1,"y":2}],"z":"<b>&</b>"}`)}},
	}
	if diff := cmp.Diff(want, m); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	got, err := Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	wantJSON := `{"role":"appMaker","type":"carousel","text":"Fallback","items":[{"title":"Tacos","mediaUrl":"https://a.example/img/TACOS.JPG?w=10#x","mediaType":"image/jpeg","size":"large","actions":[{"type":"link","text":"Menu","uri":"https://a.example/menu","default":true,"metadata":{"n":1.50},"extraChannelOptions":{"messenger":{"webview_height_ratio":"tall","messenger_extensions":false}}},{"type":"buy","text":"Buy","uri":"https://a.example/pay","amount":1250,"currency":"cad"},{"type":"share"}]},{"title":"Ramen","mediaUrl":"https://a.example/ramen.unknownext","actions":[{"type":"postback","text":"Pick","payload":"RAMEN"}]}],"displaySettings":{"imageAspectRatio":"square"},"override":{"line":{"payload":{"a":[1.0,true,null,{"x":1,"y":2}],"z":"<b>&</b>"}}}}`
	if diff := cmp.Diff(wantJSON, string(got)); diff != "" {
		t.Errorf("Encode mismatch (-want +got):\n%s", diff)
	}
}

func TestDecodeInputDispatch(t *testing.T) {
	in, err := DecodeInput([]byte(`{"role":"appMaker","type":"typing:stop","name":"Bot","avatarUrl":"https://a.example/bot.png"}`))
	if err != nil {
		t.Fatal(err)
	}
	want := Input{Activity: &Activity{Role: RoleAppMaker, Type: TypingStop, Name: "Bot", AvatarURL: "https://a.example/bot.png"}}
	if diff := cmp.Diff(plainInput{Activity: want.Activity}, plain(in)); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	in, err = DecodeInput([]byte(`{"role":"appUser","type":"text","text":"hi"}`))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(plainInput{Message: &Message{Role: RoleAppUser, Type: TypeText, Text: "hi"}}, plain(in)); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	// A message body given to DecodeActivity fails on its type.
	_, err = DecodeActivity([]byte(`{"role":"appMaker","type":"text","text":"hi"}`))
	if diff := cmp.Diff([]pathRule{{"type", RuleEnum}}, pathRules(err)); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	_, err = DecodeActivity([]byte(`[]`))
	if diff := cmp.Diff([]pathRule{{"", RuleType}}, pathRules(err)); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

// The problem list is deterministic: known fields in struct order, then
// unknown fields sorted.
func TestErrorOrder(t *testing.T) {
	in := `{"zeta":1,"override":{"b":{"payload":1},"a":{"payload":2}},"actions":"x","type":"text","role":"bot","alpha":2,"metadata":{"y":[],"x":{}}}`
	want := []pathRule{
		{"role", RuleEnum}, {"text", RuleRequired}, {"metadata.x", RuleFlat}, {"metadata.y", RuleFlat}, {"actions", RuleType},
		{"override.a.payload", RuleType}, {"override.b.payload", RuleType}, {"alpha", RuleUnknown}, {"zeta", RuleUnknown},
	}
	for range 20 {
		_, err := Decode([]byte(in), WithUnknownFieldErrors())
		if diff := cmp.Diff(want, pathRules(err)); diff != "" {
			t.Fatalf("mismatch (-want +got):\n%s", diff)
		}
	}
}
