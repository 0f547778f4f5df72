package telegram

import (
	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/fallback"
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
// follow as a final sendMessage carrying them as its keyboard. sendMessage
// needs a text: the carousel's or list's own text when it has one the
// author wrote (a header such as "Which plan suits you?"), else the
// buttons' labels, one per line. Its own text is not used when it is the
// message's generated raw-text fallback, which Smooch stores there
// (docs/RENDERING.md §2) and which would repeat every item. Without message-level
// actions the own text is not sent: it is the fallback for channels without
// items, as on the other channels that render items natively.
func cards(m *schema.Message, ctx *channels.Context) []channels.Payload {
	out := make([]channels.Payload, 0, len(m.Items)+1)
	for i, it := range m.Items {
		body := cardText(it)
		// A cut falls at the end of "title\ndescription": in the
		// description when there is one.
		cut := ctx.ItemPath(i) + ".title"
		if it.Description != "" {
			cut = ctx.ItemPath(i) + ".description"
		}
		var p channels.Payload
		if it.MediaURL != "" {
			p = picture(it.MediaURL, it.MediaType, ctx.Fit(cut, body, texts().Caption))
		} else {
			p = channels.Payload{Method: MethodSendMessage, Body: &SendMessage{Text: nonBlank(ctx.Fit(cut, body, texts().Text))}}
		}
		out = append(out, p)
		mk, _ := markup(ctx, i, it.Actions)
		attach(out, mk)
	}
	if mk, ls := markup(ctx, -1, m.Actions); mk != nil {
		s, path := labels(ls), "actions"
		if !blank(m.Text) && !generated(m, ctx) {
			s, path = m.Text, "text"
		}
		out = append(out, textMessages(ctx, path, s)...)
		attach(out, mk)
	}
	return out
}

// generated reports whether the text of a carousel or list is its raw-text
// fallback as the fallback package writes it (what Smooch stores in text).
func generated(m *schema.Message, ctx *channels.Context) bool {
	c := *m
	c.Text = ""
	return fallback.Text(&c, ctx.FallbackOptions()) == m.Text
}

// cardText is an item's title, and its description on the next line when
// it has one.
func cardText(it schema.Item) string {
	if blank(it.Description) {
		return it.Title
	}
	return it.Title + "\n" + it.Description
}
