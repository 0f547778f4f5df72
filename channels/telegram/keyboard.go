package telegram

import (
	"fmt"
	"strings"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// markup returns the keyboard for the actions of item i (message-level
// actions when i < 0), one button per row, and the labels of the buttons it
// holds, in order.
//
// reply and locationRequest actions become a reply keyboard
// (ReplyKeyboardMarkup, one_time_keyboard and resize_keyboard); link,
// webview, buy and postback actions an inline keyboard. A Telegram message
// has one reply_markup, and schema.Decode never combines the two kinds; a
// hand-built message that does keeps its inline buttons, and its replies are
// reported Dropped. markup returns a nil ReplyMarkup when no button is left.
func markup(ctx *channels.Context, i int, as []schema.Action) (ReplyMarkup, []string) {
	var inline [][]InlineKeyboardButton
	var keys [][]KeyboardButton
	var inlineLabels, keyLabels []string
	var keyPaths []string
	for j, a := range as {
		p := ctx.ActionPath(i, j)
		switch a.Type {
		case schema.ActionReply, schema.ActionLocationRequest:
			if blank(a.Text) {
				ctx.Add(channels.Dropped, p, "a Telegram keyboard button needs a label")
				continue
			}
			keys = append(keys, []KeyboardButton{{Text: a.Text, RequestLocation: a.Type == schema.ActionLocationRequest}})
			keyLabels = append(keyLabels, a.Text)
			keyPaths = append(keyPaths, p)
		case schema.ActionLink, schema.ActionWebview, schema.ActionBuy, schema.ActionPostback:
			b, why, ok := button(ctx, a)
			if !ok {
				ctx.Add(channels.Dropped, p, why)
				continue
			}
			inline = append(inline, []InlineKeyboardButton{b})
			inlineLabels = append(inlineLabels, b.Text)
		default:
			// share (dropped by the table already) and unknown types.
			ctx.Add(channels.Dropped, p, fmt.Sprintf("Telegram has no %q button", a.Type))
		}
	}
	switch {
	case len(inline) > 0:
		for _, p := range keyPaths {
			ctx.Add(channels.Dropped, p, "a Telegram message has one keyboard: the inline buttons were kept")
		}
		return &InlineKeyboardMarkup{InlineKeyboard: inline}, inlineLabels
	case len(keys) > 0:
		return &ReplyKeyboardMarkup{Keyboard: keys, ResizeKeyboard: true, OneTimeKeyboard: true}, keyLabels
	default:
		return nil, nil
	}
}

// button maps one inline action: link, webview and buy to a url button,
// postback to a callback_data button. It says why when the action cannot be
// a button (only hand-built messages lack what schema.Decode requires).
func button(ctx *channels.Context, a schema.Action) (InlineKeyboardButton, string, bool) {
	label := a.Text
	if a.Type == schema.ActionBuy {
		label = buyLabel(ctx, a)
	}
	if blank(label) {
		return InlineKeyboardButton{}, "a Telegram button needs a label", false
	}
	if a.Type == schema.ActionPostback {
		data, ok := callbackData(a.Payload)
		if !ok {
			return InlineKeyboardButton{}, "a callback button needs a payload", false
		}
		return InlineKeyboardButton{Text: label, CallbackData: data}, "", true
	}
	if a.URI == "" {
		return InlineKeyboardButton{}, fmt.Sprintf("a %s button needs a URI", a.Type), false
	}
	return InlineKeyboardButton{Text: label, URL: channels.WireURL(a.URI)}, "", true
}

// buyLabel is a buy button's label followed by its price, formatted as the
// raw-text fallback formats it: "Pay now (CA$ 59.98)". An action without a
// currency is priced in the render's default currency (Context.Price).
func buyLabel(ctx *channels.Context, a schema.Action) string {
	price := "(" + ctx.Price(a) + ")"
	if blank(a.Text) {
		return price
	}
	return a.Text + " " + price
}

// labels joins button labels one per line: the text of a message that has
// buttons but no text of its own.
func labels(ls []string) string { return strings.Join(ls, "\n") }

// blank reports whether s has nothing but white space: Telegram trims texts
// and labels, and refuses them empty.
func blank(s string) bool { return strings.TrimSpace(s) == "" }
