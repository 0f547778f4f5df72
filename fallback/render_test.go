package fallback

import (
	"testing"
	"unicode/utf8"

	"github.com/chanrender/chanrender/schema"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// TestRenderSeedCarousel checks the seed's documented sample byte for byte;
// the expected text is copied from docs/RENDERING.md §2.
func TestRenderSeedCarousel(t *testing.T) {
	want := `1. Tacos
Description
More info http://example.org

2. Ramen
Description
More info http://example.org`
	got := Render(decode(t, seedCarousel), Options{})
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

func TestRender(t *testing.T) {
	prepared := NewLocalizer()
	tests := []struct {
		name string
		body string
		opts Options
		want string
	}{
		{
			// docs/RENDERING.md, not Smooch's stored "Burritooo!: http://burritos.com"
			// text: the postbacks (items and message level) are omitted.
			name: "seed list",
			body: seedList,
			want: "1. Tacos\nBeef and cheese... Mhm...\n\n" +
				"2. Burritos\nBeefier and cheesier... Mhm...\nBurritooo! http://burritos.com",
		},
		{
			name: "seed list response with Smooch's stored text",
			body: `{"role":"appMaker","type":"list",
				"text":"1. Tacos\nBeef and cheese... Mhm...\n\n\n2. Burritos\nBeefier and cheesier... Mhm...\nBurritooo!: http://burritos.com",
				"items":[{"title":"Tacos","actions":[{"type":"postback","text":"Oh yeah!","payload":"TACOS"}]}]}`,
			want: "1. Tacos\nBeef and cheese... Mhm...\n\n\n2. Burritos\nBeefier and cheesier... Mhm...\nBurritooo!: http://burritos.com",
		},
		{
			name: "list with message-level link, webview and buy actions",
			body: `{"role":"appMaker","type":"list",
				"items":[
					{"title":"Tacos","description":"Crunchy","actions":[
						{"type":"postback","text":"Select","payload":"TACOS"},
						{"type":"link","text":"Menu","uri":"http://t.example"}]},
					{"title":"Ramen","actions":[
						{"type":"share"},
						{"type":"webview","text":"Order","uri":"https://r.example","size":"compact"},
						{"type":"buy","text":"Buy bowl","amount":1250}]}],
				"actions":[
					{"type":"link","text":"All dishes","uri":"http://example.org/all"},
					{"type":"postback","text":"More","payload":"MORE"},
					{"type":"buy","text":"Gift card","amount":2500,"currency":"usd","uri":"https://pay.example"},
					{"type":"buy","text":"Tip","amount":300},
					{"type":"webview","text":"Map","uri":"https://map.example"}]}`,
			want: "1. Tacos\nCrunchy\nMenu http://t.example\n\n" +
				"2. Ramen\nOrder https://r.example\n\n" +
				"All dishes http://example.org/all\nGift card ($ 25.00) https://pay.example\nMap https://map.example",
		},
		{
			name: "carousel with buy that has a uri, blank description",
			body: `{"role":"appMaker","type":"carousel","items":[
				{"title":"Vinegar","description":"  ","actions":[
					{"type":"buy","text":"Buy","amount":899,"currency":"eur","uri":"https://pay.example/v"}]}]}`,
			want: "1. Vinegar\nBuy (€ 8.99) https://pay.example/v",
		},
		{
			name: "carousel with its own text",
			body: `{"role":"appMaker","type":"carousel","text":"Pick one:\n1. Tacos","items":[
				{"title":"Tacos","actions":[{"type":"link","text":"More info","uri":"http://example.org"}]}]}`,
			want: "Pick one:\n1. Tacos",
		},
		{
			name: "carousel with its own text keeps its message-level actions",
			body: `{"role":"appMaker","type":"carousel","text":"Which plan suits you?","items":[
				{"title":"Basic","actions":[{"type":"postback","text":"Pick","payload":"B"}]},
				{"title":"Pro","actions":[{"type":"postback","text":"Pick","payload":"P"}]}],
				"actions":[{"type":"reply","text":"Talk to sales","payload":"SALES"},{"type":"locationRequest","text":"Nearest shop"}]}`,
			opts: Options{AppName: "Acme"},
			want: "Which plan suits you?\n\n3. Talk to sales\nAcme has requested a location",
		},
		{
			name: "list with message-level replies numbered after the items",
			body: `{"role":"appMaker","type":"list","items":[
				{"title":"Tacos","actions":[{"type":"postback","text":"Select","payload":"T"}]},
				{"title":"Ramen","actions":[{"type":"postback","text":"Select","payload":"R"}]}],
				"actions":[
					{"type":"reply","text":"Neither","payload":"NONE"},
					{"type":"locationRequest","text":"Send location"},
					{"type":"reply","text":"Both","payload":"BOTH"}]}`,
			opts: Options{AppName: "Acme"},
			want: "1. Tacos\n\n2. Ramen\n\n3. Neither\nAcme has requested a location\n4. Both",
		},
		{
			name: "text",
			body: `{"role":"appUser","type":"text","text":"Hello\nthere "}`,
			want: "Hello\nthere ",
		},
		{
			name: "text with a link (seed)",
			body: `{"text":"Just put some vinegar on it", "role": "appMaker", "type": "text",
				"actions": [{"type": "link", "text": "Put vinegar", "uri": "http://example.com" }]}`,
			want: "Just put some vinegar on it\n\nPut vinegar http://example.com",
		},
		{
			name: "text with links, webview, postback and share",
			body: `{"text":"Links","role":"appMaker","type":"text","actions":[
				{"type":"link","text":"Docs","uri":"https://docs.example"},
				{"type":"postback","text":"Send vinegar","payload":"buy_vinegar"},
				{"type":"webview","text":"Form","uri":"https://form.example","size":"tall","fallback":"https://f.example"},
				{"type":"share"},
				{"type":"link","text":"Call","uri":"tel:+15145550000"}]}`,
			want: "Links\n\nDocs https://docs.example\nForm https://form.example\nCall tel:+15145550000",
		},
		{
			name: "text with only a postback",
			body: `{"text":"Just put some vinegar on it","role":"appMaker","type":"text",
				"actions":[{"type":"postback","text":"Send vinegar","payload":"buy_vinegar"}]}`,
			want: "Just put some vinegar on it",
		},
		{
			name: "text with replies (seed)",
			body: seedReplies,
			want: "Which do you prefer?\n\n1. Tacos\n2. Burritos",
		},
		{
			name: "text with replies and locationRequest in input order",
			body: `{"text":"Where and what?","role":"appMaker","type":"text","actions":[
				{"type":"reply","text":"Tacos","payload":"TACOS"},
				{"type":"locationRequest","text":"Send Location"},
				{"type":"reply","text":"Burritos","payload":"BURRITOS"}]}`,
			opts: Options{AppName: "Acme"},
			want: "Where and what?\n\n1. Tacos\nAcme has requested a location\n2. Burritos",
		},
		{
			name: "actions without text",
			body: `{"role":"appMaker","type":"text","actions":[
				{"type":"reply","text":"Yes","payload":"Y"},{"type":"reply","text":"No","payload":"N"}]}`,
			want: "1. Yes\n2. No",
		},
		{
			name: "locationRequest (seed) without AppName",
			body: `{"text":"Where are you?","role":"appMaker","type":"text",
				"actions":[{"type":"locationRequest","text":"Send Location"}]}`,
			want: "Where are you?\n\nThe app has requested a location",
		},
		{
			name: "locationRequest with AppName",
			body: `{"text":"Where are you?","role":"appMaker","type":"text",
				"actions":[{"type":"locationRequest","text":"Send Location"}]}`,
			opts: Options{AppName: "YourApp"},
			want: "Where are you?\n\nYourApp has requested a location",
		},
		{
			name: "locationRequest in French",
			body: `{"text":"Où êtes-vous ?","role":"appMaker","type":"text",
				"actions":[{"type":"locationRequest","text":"Envoyer"}]}`,
			opts: Options{Language: language.French},
			want: "Où êtes-vous ?\n\nL'application a demandé une position",
		},
		{
			name: "locationRequest in Canadian French with AppName",
			body: `{"role":"appMaker","type":"text","actions":[{"type":"locationRequest","text":"Envoyer"}]}`,
			opts: Options{Language: language.CanadianFrench, AppName: "Acme"},
			want: "Acme a demandé une position",
		},
		{
			name: "locationRequest in Spanish",
			body: `{"role":"appMaker","type":"text","actions":[{"type":"locationRequest","text":"Enviar"}]}`,
			opts: Options{Language: language.LatinAmericanSpanish},
			want: "La aplicación ha solicitado una ubicación",
		},
		{
			name: "locationRequest in an unsupported language is English",
			body: `{"role":"appMaker","type":"text","actions":[{"type":"locationRequest","text":"Senden"}]}`,
			opts: Options{Language: language.German, AppName: "Acme"},
			want: "Acme has requested a location",
		},
		{
			name: "buy without uri (seed), default currency",
			body: `{"text":"Just put some vinegar on it", "role": "appMaker", "type": "text",
				"actions": [{"type": "buy", "text": "Buy vinegar", "amount": 1000 }]}`,
			want: "Just put some vinegar on it\n\nBuy vinegar ($ 10.00)",
		},
		{
			name: "buy with uri",
			body: `{"text":"Vinegar","role":"appMaker","type":"text",
				"actions":[{"type":"buy","text":"Buy vinegar","amount":8000,"uri":"https://pay.example/v"}]}`,
			want: "Vinegar\n\nBuy vinegar ($ 80.00) https://pay.example/v",
		},
		{
			name: "buy in yen and euros",
			body: `{"text":"Prices","role":"appMaker","type":"text","actions":[
				{"type":"buy","text":"Ramen","amount":1000,"currency":"jpy"},
				{"type":"buy","text":"Wine","amount":123456,"currency":"eur"}]}`,
			want: "Prices\n\nRamen (¥ 1,000)\nWine (€ 1,234.56)",
		},
		{
			name: "buy with Options.Currency",
			body: `{"text":"Prices","role":"appMaker","type":"text","actions":[
				{"type":"buy","text":"Maple syrup","amount":1599},
				{"type":"buy","text":"Coffee","amount":450,"currency":"usd"}]}`,
			opts: Options{Currency: "cad"},
			want: "Prices\n\nMaple syrup (CA$ 15.99)\nCoffee ($ 4.50)",
		},
		{
			name: "buy in French",
			body: `{"text":"Prix","role":"appMaker","type":"text","actions":[
				{"type":"buy","text":"Vinaigre","amount":1000},
				{"type":"buy","text":"Vin","amount":123456,"currency":"eur","uri":"https://pay.example"}]}`,
			opts: Options{Language: language.French},
			want: "Prix\n\nVinaigre ($US 10,00)\nVin (€ 1\u00a0234,56) https://pay.example",
		},
		{
			name: "buy in Spanish",
			body: `{"text":"Precios","role":"appMaker","type":"text","actions":[
				{"type":"buy","text":"Vinagre","amount":1000},
				{"type":"buy","text":"Ramen","amount":1000,"currency":"jpy"}]}`,
			opts: Options{Language: language.Spanish},
			want: "Precios\n\nVinagre (US$ 10,00)\nRamen (JPY 1.000)",
		},
		{
			name: "image with text",
			body: `{"role":"appUser","type":"image","text":"Look at this","mediaUrl":"http://example.org/image.jpg"}`,
			want: "Look at this\nhttp://example.org/image.jpg",
		},
		{
			name: "image with text and a link",
			body: `{"role":"appMaker","type":"image","text":"Tacos","mediaUrl":"http://example.org/image.jpg",
				"actions":[{"type":"link","text":"Order","uri":"https://order.example"}]}`,
			want: "Tacos\nhttp://example.org/image.jpg\n\nOrder https://order.example",
		},
		{
			name: "file without text",
			body: `{"role":"appUser","type":"file","mediaUrl":"http://example.org/doc.pdf","mediaType":"application/pdf"}`,
			want: "http://example.org/doc.pdf",
		},
		{
			name: "location (seed)",
			body: `{"role":"appUser","type":"location","coordinates":{"lat":45.5261583,"long":-73.595346}}`,
			want: "Location shared:\nhttps://maps.google.com/maps?q=45.5261583,-73.595346",
		},
		{
			name: "location with name and address",
			body: `{"role":"appUser","type":"location","coordinates":{"lat":45.5261583,"long":-73.595346},
				"location":{"name":"Smooch HQ","address":"5333 Avenue Casgrain, Montréal"}}`,
			want: "Location shared:\nSmooch HQ\n5333 Avenue Casgrain, Montréal\nhttps://maps.google.com/maps?q=45.5261583,-73.595346",
		},
		{
			name: "location with whole and negative coordinates",
			body: `{"role":"appUser","type":"location","coordinates":{"lat":-33,"long":151.2}}`,
			want: "Location shared:\nhttps://maps.google.com/maps?q=-33,151.2",
		},
		{
			name: "location in French",
			body: `{"role":"appUser","type":"location","coordinates":{"lat":45.5261583,"long":-73.595346}}`,
			opts: Options{Language: language.French},
			want: "Position partagée :\nhttps://maps.google.com/maps?q=45.5261583,-73.595346",
		},
		{
			name: "location in Spanish",
			body: `{"role":"appUser","type":"location","coordinates":{"lat":45.5261583,"long":-73.595346}}`,
			opts: Options{Language: language.Spanish},
			want: "Ubicación compartida:\nhttps://maps.google.com/maps?q=45.5261583,-73.595346",
		},
		{
			name: "location read back from Smooch with its stored text",
			body: `{"role":"appUser","type":"location","text":"Location shared:\nhttps://maps.google.com/maps?q=45.5261583,-73.595346",
				"coordinates":{"lat":45.5261583,"long":-73.595346}}`,
			want: "Location shared:\nhttps://maps.google.com/maps?q=45.5261583,-73.595346",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Render(decode(t, tt.body), tt.opts)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
			o := tt.opts
			o.Localizer = prepared
			if diff := cmp.Diff(tt.want, Render(decode(t, tt.body), o)); diff != "" {
				t.Errorf("with a Localizer: mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRenderHandBuilt covers messages Decode would refuse: Render must still
// return something sensible and never panic.
func TestRenderHandBuilt(t *testing.T) {
	tests := []struct {
		name string
		m    *schema.Message
		want string
	}{
		{"nil message", nil, ""},
		{"zero message", &schema.Message{}, ""},
		{"location without coordinates", &schema.Message{Type: schema.TypeLocation}, ""},
		{"location with only a name", &schema.Message{Type: schema.TypeLocation, Location: &schema.Location{Name: "Home"}}, "Location shared:\nHome"},
		{"image without mediaUrl", &schema.Message{Type: schema.TypeImage, Text: "x"}, "x"},
		{"unknown type", &schema.Message{Type: "form", Text: "Fill"}, "Fill"},
		{"carousel without items", &schema.Message{Type: schema.TypeCarousel}, ""},
		{
			"carousel item without title or actions",
			&schema.Message{Type: schema.TypeCarousel, Items: []schema.Item{{}, {Title: "B"}}},
			"1.\n\n2. B",
		},
		{
			"invalid UTF-8 is replaced",
			&schema.Message{Type: schema.TypeText, Text: "caf\xe9", Actions: []schema.Action{{Type: schema.ActionReply, Text: "\xff"}}},
			"caf\uFFFD\n\n1. \uFFFD",
		},
		{
			"link without label, reply without label, unknown action",
			&schema.Message{Type: schema.TypeText, Actions: []schema.Action{
				{Type: schema.ActionLink, URI: "http://x.example"}, {Type: schema.ActionReply}, {Type: "dance"}, {Type: schema.ActionLink}}},
			"http://x.example\n1.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Render(tt.m, Options{})
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRenderDoesNotMutate renders twice and compares the input before and
// after: Render is deterministic and leaves the message alone.
func TestRenderDoesNotMutate(t *testing.T) {
	for _, body := range []string{seedCarousel, seedList, seedReplies} {
		m := decode(t, body)
		before := decode(t, body)
		first := Render(m, Options{Language: language.French})
		second := Render(m, Options{Language: language.French})
		if diff := cmp.Diff(first, second); diff != "" {
			t.Errorf("not deterministic: mismatch (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(before, m); diff != "" {
			t.Errorf("input mutated: mismatch (-want +got):\n%s", diff)
		}
	}
}

// FuzzRender builds messages of every type from fuzzed strings: Render never
// panics and always returns valid UTF-8, the same twice.
func FuzzRender(f *testing.F) {
	f.Add("Tacos", "Description", "More info", "http://example.org", int64(1000), "usd", 45.5)
	f.Add("", "", "", "", int64(0), "", 0.0)
	f.Add("caf\xe9", "\n\n", "%s %d", "tel:+1", int64(-5), "xyz", -1e308)
	prepared := NewLocalizer()
	f.Fuzz(func(t *testing.T, text, desc, label, uri string, amount int64, code string, coord float64) {
		actions := []schema.Action{
			{Type: schema.ActionLink, Text: label, URI: uri},
			{Type: schema.ActionBuy, Text: label, Amount: amount, Currency: code, URI: uri},
			{Type: schema.ActionReply, Text: label},
			{Type: schema.ActionLocationRequest, Text: label},
			{Type: schema.ActionPostback, Text: label},
		}
		for _, typ := range append(schema.MessageTypes(), "") {
			m := &schema.Message{
				Type: typ, Text: text, MediaURL: uri, Actions: actions,
				Coordinates: &schema.Coordinates{Lat: coord, Long: -coord},
				Location:    &schema.Location{Name: label, Address: desc},
				Items:       []schema.Item{{Title: label, Description: desc, Actions: actions}},
			}
			o := Options{AppName: label, Currency: code}
			got := Render(m, o)
			if !utf8.ValidString(got) {
				t.Fatalf("invalid UTF-8: %q", got)
			}
			if again := Render(m, o); again != got {
				t.Fatalf("not deterministic: %q then %q", got, again)
			}
			o.Localizer = prepared
			if again := Render(m, o); again != got {
				t.Fatalf("with a Localizer: %q, without: %q", again, got)
			}
		}
	})
}

// A location's own text never hides its place, unless the text is the
// stored fallback itself (a message read back from Smooch).
func TestLocationWithText(t *testing.T) {
	c := &schema.Coordinates{Lat: 48.85, Long: 2.29}
	got := Text(&schema.Message{Role: schema.RoleAppMaker, Type: schema.TypeLocation, Text: "Opening Saturday!", Coordinates: c,
		Location: &schema.Location{Name: "Tour Eiffel"}}, Options{})
	want := "Opening Saturday!\n\nLocation shared:\nTour Eiffel\nhttps://maps.google.com/maps?q=48.85,2.29"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	stored := "Location shared:\nhttps://maps.google.com/maps?q=48.85,2.29"
	if got := Text(&schema.Message{Role: schema.RoleAppMaker, Type: schema.TypeLocation, Text: stored, Coordinates: c}, Options{}); got != stored {
		t.Errorf("stored fallback: got %q, want it as is", got)
	}
}
