package telegram

import (
	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// cards renders a carousel or a list as "cards arranged vertically": one
// message per item, in order, then the message-level actions.
//
// An item with an image is a sendPhoto (sendAnimation for a GIF) captioned
// "title\ndescription", fitted to the 1024 UTF-16 caption limit (Truncated
// at the item's path); an item without one is a sendMessage with the same
// text, fitted to 4096. The item's buttons are its inline keyboard, one per
// row.
//
// The message-level actions (a list's "more" button, or reply actions)
// follow as a final sendMessage carrying them as its keyboard. Its text is
// the buttons' labels, one per line: sendMessage needs a text, and the
// carousel's or list's own text is not it — that text is the message's
// raw-text fallback (RENDERING §2: Smooch stores the generated fallback
// there), which would repeat every item. It is therefore not sent, as on
// the other channels that render items natively.
func cards(m *schema.Message, ctx *channels.Context) []channels.Payload {
	out := make([]channels.Payload, 0, len(m.Items)+1)
	for i, it := range m.Items {
		body := cardText(it)
		var p channels.Payload
		if it.MediaURL != "" {
			p = picture(it.MediaURL, it.MediaType, ctx.Fit(ctx.ItemPath(i), body, texts().Caption))
		} else {
			p = channels.Payload{Method: MethodSendMessage, Body: &SendMessage{Text: nonBlank(ctx.Fit(ctx.ItemPath(i), body, texts().Text))}}
		}
		out = append(out, p)
		mk, _ := markup(ctx, i, it.Actions)
		attach(out, mk)
	}
	if mk, ls := markup(ctx, -1, m.Actions); mk != nil {
		out = append(out, channels.Payload{Method: MethodSendMessage, Body: &SendMessage{Text: nonBlank(ctx.Fit("actions", labels(ls), texts().Text))}})
		attach(out, mk)
	}
	return out
}

// cardText is an item's title, and its description on the next line when
// it has one.
func cardText(it schema.Item) string {
	if blank(it.Description) {
		return it.Title
	}
	return it.Title + "\n" + it.Description
}
