package telegram_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/chanrender/chanrender/channels"
	tg "github.com/chanrender/chanrender/channels/telegram"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

func inline(bs ...tg.InlineKeyboardButton) *tg.InlineKeyboardMarkup {
	rows := [][]tg.InlineKeyboardButton{}
	for _, b := range bs {
		rows = append(rows, []tg.InlineKeyboardButton{b})
	}
	return &tg.InlineKeyboardMarkup{InlineKeyboard: rows}
}

func keyboard(bs ...tg.KeyboardButton) *tg.ReplyKeyboardMarkup {
	rows := [][]tg.KeyboardButton{}
	for _, b := range bs {
		rows = append(rows, []tg.KeyboardButton{b})
	}
	return &tg.ReplyKeyboardMarkup{Keyboard: rows, ResizeKeyboard: true, OneTimeKeyboard: true}
}

func msg(text string, mk tg.ReplyMarkup) channels.Payload {
	return channels.Payload{Method: tg.MethodSendMessage, Body: &tg.SendMessage{Text: text, ReplyMarkup: mk}}
}

// TestPayloads checks the payloads of one message per construct against
// what docs/RENDERING.md §3 (Telegram) says, written by hand.
func TestPayloads(t *testing.T) {
	long := strings.Repeat("word ", 1000) // 5000 units: two messages
	tests := []struct {
		name string
		msg  string
		want []channels.Payload
	}{
		{
			name: "plain text, no parse_mode",
			msg:  `{"role":"appMaker","type":"text","text":"*not bold* <b>nor this</b>"}`,
			want: []channels.Payload{msg("*not bold* <b>nor this</b>", nil)},
		},
		{
			name: "replies and a location request: one reply keyboard button per row",
			msg: `{"role":"appMaker","type":"text","text":"Delivery or pickup?","actions":[
				{"type":"reply","text":"Delivery","payload":"D","iconUrl":"https://x.org/d.png"},
				{"type":"reply","text":"Pickup","payload":"P"},
				{"type":"locationRequest","text":"Send location"}]}`,
			want: []channels.Payload{msg("Delivery or pickup?", keyboard(
				tg.KeyboardButton{Text: "Delivery"}, tg.KeyboardButton{Text: "Pickup"},
				tg.KeyboardButton{Text: "Send location", RequestLocation: true}))},
		},
		{
			name: "link, webview, buy and postback: inline buttons one per row",
			msg: `{"role":"appMaker","type":"text","text":"Hi","actions":[
				{"type":"link","text":"Site","uri":"https://x.org","default":false},
				{"type":"webview","text":"Seats","uri":"https://x.org/seats","size":"tall"},
				{"type":"buy","text":"Pay","amount":5998,"currency":"cad","uri":"https://x.org/pay"},
				{"type":"postback","text":"Later","payload":"LATER"}]}`,
			want: []channels.Payload{msg("Hi", inline(
				tg.InlineKeyboardButton{Text: "Site", URL: "https://x.org"},
				tg.InlineKeyboardButton{Text: "Seats", URL: "https://x.org/seats"},
				tg.InlineKeyboardButton{Text: "Pay (CA$ 59.98)", URL: "https://x.org/pay"},
				tg.InlineKeyboardButton{Text: "Later", CallbackData: "LATER"}))},
		},
		{
			name: "split text: the keyboard on the last part",
			msg:  `{"role":"appMaker","type":"text","text":"` + long + `","actions":[{"type":"postback","text":"OK","payload":"OK"}]}`,
			want: []channels.Payload{
				msg(strings.TrimSpace(strings.Repeat("word ", 819)), nil),
				msg(strings.Repeat("word ", 180)+"word ", inline(tg.InlineKeyboardButton{Text: "OK", CallbackData: "OK"})),
			},
		},
		{
			name: "actions without text: the labels are the text",
			msg: `{"role":"appMaker","type":"text","actions":[
				{"type":"postback","text":"Track","payload":"T"},{"type":"postback","text":"Agent","payload":"A"}]}`,
			want: []channels.Payload{msg("Track\nAgent", inline(
				tg.InlineKeyboardButton{Text: "Track", CallbackData: "T"},
				tg.InlineKeyboardButton{Text: "Agent", CallbackData: "A"}))},
		},
		{
			name: "image with caption and buttons",
			msg: `{"role":"appMaker","type":"image","text":"Hello!","mediaUrl":"http://x.org/a.jpg","actions":[
				{"type":"link","text":"More","uri":"http://x.org"}]}`,
			want: []channels.Payload{{Method: tg.MethodSendPhoto, Body: &tg.SendPhoto{
				Photo: "http://x.org/a.jpg", Caption: "Hello!",
				ReplyMarkup: inline(tg.InlineKeyboardButton{Text: "More", URL: "http://x.org"})}}},
		},
		{
			name: "image with a long text: no caption, the text follows with the keyboard",
			msg: `{"role":"appMaker","type":"image","text":"` + strings.Repeat("b", 1025) + `","mediaUrl":"https://x.org/a.png","actions":[
				{"type":"reply","text":"Yes","payload":"Y"}]}`,
			want: []channels.Payload{
				{Method: tg.MethodSendPhoto, Body: &tg.SendPhoto{Photo: "https://x.org/a.png", Caption: ""}},
				msg(strings.Repeat("b", 1025), keyboard(tg.KeyboardButton{Text: "Yes"})),
			},
		},
		{
			name: "GIF image: sendAnimation",
			msg:  `{"role":"appMaker","type":"image","text":"Ta-da","mediaUrl":"https://x.org/a.gif"}`,
			want: []channels.Payload{{Method: tg.MethodSendAnimation, Body: &tg.SendAnimation{Animation: "https://x.org/a.gif", Caption: "Ta-da"}}},
		},
		{
			name: "PDF file: sendDocument",
			msg:  `{"role":"appMaker","type":"file","text":"Invoice","mediaUrl":"https://x.org/i.pdf"}`,
			want: []channels.Payload{{Method: tg.MethodSendDocument, Body: &tg.SendDocument{Document: "https://x.org/i.pdf", Caption: "Invoice"}}},
		},
		{
			name: "GIF file: sendDocument",
			msg:  `{"role":"appMaker","type":"file","mediaUrl":"https://x.org/a.gif"}`,
			want: []channels.Payload{{Method: tg.MethodSendDocument, Body: &tg.SendDocument{Document: "https://x.org/a.gif"}}},
		},
		{
			name: "DOCX file: the text fallback with the link",
			msg:  `{"role":"appMaker","type":"file","text":"Contract","mediaUrl":"https://x.org/c.docx"}`,
			want: []channels.Payload{msg("Contract\nhttps://x.org/c.docx", nil)},
		},
		{
			name: "location: sendLocation",
			msg:  `{"role":"appMaker","type":"location","coordinates":{"lat":45.5261583,"long":-73.595346}}`,
			want: []channels.Payload{{Method: tg.MethodSendLocation, Body: &tg.SendLocation{Latitude: 45.5261583, Longitude: -73.595346}}},
		},
		{
			name: "named location: sendVenue, then the text",
			msg: `{"role":"appMaker","type":"location","text":"See you there","coordinates":{"lat":45.5,"long":-73.5},
				"location":{"name":"Office","address":"5333 Casgrain"}}`,
			want: []channels.Payload{
				{Method: tg.MethodSendVenue, Body: &tg.SendVenue{Latitude: 45.5, Longitude: -73.5, Title: "Office", Address: "5333 Casgrain"}},
				msg("See you there", nil),
			},
		},
		{
			name: "address only: sendVenue titled by the address",
			msg:  `{"role":"appMaker","type":"location","coordinates":{"lat":1.5,"long":-2},"location":{"address":"1 Main St"}}`,
			want: []channels.Payload{{Method: tg.MethodSendVenue, Body: &tg.SendVenue{Latitude: 1.5, Longitude: -2, Title: "1 Main St", Address: "1.5, -2"}}},
		},
		{
			name: "carousel: one message per item, then the message-level actions",
			// The text is the message's generated raw-text fallback (what
			// Smooch stores): not sent, the final message takes the labels.
			msg: `{"role":"appMaker","type":"carousel","text":"1. Tacos\nCrunchy\nMenu https://x.org/menu\n\n2. Ramen","items":[
				{"title":"Tacos","description":"Crunchy","mediaUrl":"https://x.org/t.jpg","actions":[
					{"type":"link","text":"Menu","uri":"https://x.org/menu","default":true},
					{"type":"postback","text":"Order","payload":"TACOS"},{"type":"share"}]},
				{"title":"Ramen","actions":[{"type":"postback","text":"Order","payload":"RAMEN"}]}],
				"actions":[{"type":"postback","text":"More choices","payload":"MORE"}]}`,
			want: []channels.Payload{
				{Method: tg.MethodSendPhoto, Body: &tg.SendPhoto{Photo: "https://x.org/t.jpg", Caption: "Tacos\nCrunchy", ReplyMarkup: inline(
					tg.InlineKeyboardButton{Text: "Menu", URL: "https://x.org/menu"},
					tg.InlineKeyboardButton{Text: "Order", CallbackData: "TACOS"})}},
				msg("Ramen", inline(tg.InlineKeyboardButton{Text: "Order", CallbackData: "RAMEN"})),
				msg("More choices", inline(tg.InlineKeyboardButton{Text: "More choices", CallbackData: "MORE"})),
			},
		},
		{
			name: "carousel with its own header text: the final message's text",
			msg: `{"role":"appMaker","type":"carousel","text":"Which plan suits you?","items":[
				{"title":"Basic","actions":[{"type":"postback","text":"Choose","payload":"BASIC"}]}],
				"actions":[{"type":"reply","text":"Compare","payload":"COMPARE"}]}`,
			want: []channels.Payload{
				msg("Basic", inline(tg.InlineKeyboardButton{Text: "Choose", CallbackData: "BASIC"})),
				msg("Which plan suits you?", keyboard(tg.KeyboardButton{Text: "Compare"})),
			},
		},
		{
			name: "list with replies: the final message carries the reply keyboard",
			msg: `{"role":"appMaker","type":"list","items":[
				{"title":"A","description":"first","size":"large","actions":[{"type":"link","text":"Read","uri":"https://x.org/a"}]}],
				"actions":[{"type":"reply","text":"Next","payload":"NEXT"},{"type":"locationRequest","text":"Near me"}]}`,
			want: []channels.Payload{
				msg("A\nfirst", inline(tg.InlineKeyboardButton{Text: "Read", URL: "https://x.org/a"})),
				msg("Next\nNear me", keyboard(tg.KeyboardButton{Text: "Next"}, tg.KeyboardButton{Text: "Near me", RequestLocation: true})),
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := mustRender(t, decode(t, tc.msg))
			if diff := cmp.Diff(tc.want, res.Payloads); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTypingStart(t *testing.T) {
	res, err := render.Activity(&schema.Activity{Role: schema.RoleAppMaker, Type: schema.TypingStart}, tg.New())
	if err != nil {
		t.Fatal(err)
	}
	want := []channels.Payload{{Method: "sendChatAction", Body: &tg.SendChatAction{Action: "typing"}}}
	if diff := cmp.Diff(want, res.Payloads); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

func TestBuildErrors(t *testing.T) {
	ch := tg.New()
	for _, m := range []*schema.Message{
		nil,
		{Role: schema.RoleAppMaker, Type: "nonsense"},
		{Role: schema.RoleAppMaker, Type: schema.TypeLocation},
		{Role: schema.RoleAppMaker, Type: schema.TypeLocation, Coordinates: &schema.Coordinates{Lat: 91}},
	} {
		if _, err := ch.Build(m, channels.NewContext("", language.English, "", channels.Paths{})); err == nil {
			t.Errorf("Build(%+v): no error", m)
		}
	}
	if _, err := ch.BuildActivity(&schema.Activity{Type: schema.TypingStop}, nil); err == nil {
		t.Error("BuildActivity(typing:stop): no error")
	}
}
