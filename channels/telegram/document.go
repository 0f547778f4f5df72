package telegram

import (
	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// document renders a file message: sendDocument by URL, with the text as
// caption as for an image. The table lets only GIF, PDF and ZIP files get
// here (the only types Telegram fetches by URL); the engine renders any
// other file as its raw-text fallback, the link included.
func document(m *schema.Message, ctx *channels.Context) []channels.Payload {
	mk, _ := markup(ctx, -1, m.Actions)
	caption, follow := captioned(ctx, m.Text)
	doc := channels.Payload{Method: MethodSendDocument, Body: &SendDocument{Document: channels.WireURL(m.MediaURL), Caption: caption}}
	out := append([]channels.Payload{doc}, follow...)
	attach(out, mk)
	return out
}
