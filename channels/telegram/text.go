package telegram

import (
	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
	"github.com/chanrender/chanrender/text"
)

// textMessage renders a text message: sendMessage, split beyond 4096 UTF-16
// units, with the keyboard on the last part. A message with actions but no
// text (schema.Decode allows it) takes its button labels as its text, one
// per line, since sendMessage needs one.
func textMessage(m *schema.Message, ctx *channels.Context) []channels.Payload {
	mk, ls := markup(ctx, -1, m.Actions)
	s, path := m.Text, "text"
	if blank(s) {
		s, path = labels(ls), "actions"
	}
	out := textMessages(ctx, path, s)
	attach(out, mk)
	return out
}

// textMessages returns one sendMessage per part of s split to the text limit
// (Split reported at path when there is more than one; Context.Split also
// truncates a single grapheme cluster longer than 4096 UTF-16 units).
func textMessages(ctx *channels.Context, path, s string) []channels.Payload {
	parts := ctx.Split(path, nonBlank(s), texts().Text)
	if len(parts) == 0 {
		parts = []string{nonBlank("")}
	}
	out := make([]channels.Payload, 0, len(parts))
	for _, p := range parts {
		out = append(out, channels.Payload{Method: MethodSendMessage, Body: &SendMessage{Text: p}})
	}
	return out
}

// nonBlank returns s, or an ellipsis when s is blank: sendMessage refuses
// an empty text. Only a message left with nothing to say gets there (a
// text-less message whose every action was dropped); the drops are
// reported.
func nonBlank(s string) string {
	if blank(s) {
		return text.Ellipsis
	}
	return s
}
