package telegram_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/chanrender/chanrender/channels/telegram"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

func ExampleNew() {
	m, err := schema.Decode([]byte(`{"role":"appMaker","type":"image","text":"Today's special",
		"mediaUrl":"https://example.org/tacos.jpg",
		"actions":[{"type":"postback","text":"Order","payload":"ORDER_TACOS"},
		{"type":"link","text":"Menu","uri":"https://example.org/menu"}]}`))
	if err != nil {
		panic(err)
	}
	res, err := render.Render(m, telegram.New())
	if err != nil {
		panic(err)
	}
	enc := json.NewEncoder(os.Stdout)
	for _, p := range res.Payloads {
		fmt.Print(p.Method, " ")
		_ = enc.Encode(p.Body)
	}
	fmt.Println(len(res.Report), "report entries")
	// Output:
	// sendPhoto {"photo":"https://example.org/tacos.jpg","caption":"Today's special","reply_markup":{"inline_keyboard":[[{"text":"Order","callback_data":"ORDER_TACOS"}],[{"text":"Menu","url":"https://example.org/menu"}]]}}
	// 0 report entries
}

func ExampleResolveCallback() {
	payload := `{"action":"reschedule","reservation":"R-20240611-0042","to":"19:30"}`
	sent, err := schema.Decode([]byte(fmt.Sprintf(`{"role":"appMaker","type":"text","text":"Move your table?",
		"actions":[{"type":"postback","text":"Yes","payload":%q}]}`, payload)))
	if err != nil {
		panic(err)
	}
	res, err := render.Render(sent, telegram.New())
	if err != nil {
		panic(err)
	}
	// The payload is over 64 bytes: the button carries its token, and the
	// report says so.
	button := res.Payloads[0].Body.(*telegram.SendMessage).ReplyMarkup.(*telegram.InlineKeyboardMarkup).InlineKeyboard[0][0]
	fmt.Println(len(payload), "bytes sent as", len(button.CallbackData), "bytes:", strings.HasPrefix(button.CallbackData, `{"action":"reschedule"`))
	fmt.Println(res.Report[0].Code, res.Report[0].Path)

	// When the user presses the button, Telegram sends back callback_data.
	got, ok := telegram.ResolveCallback(sent.Message(), button.CallbackData)
	fmt.Println(ok, got == payload)
	_, ok = telegram.ResolveCallback(sent.Message(), "forged")
	fmt.Println(ok)
	// Output:
	// 68 bytes sent as 64 bytes: true
	// Shortened actions[0].payload
	// true true
	// false
}
