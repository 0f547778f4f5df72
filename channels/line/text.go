package line

import (
	"strings"

	"github.com/chanrender/chanrender/schema"
)

// placeholder is the text of a message that has nothing left to show (a
// text message whose only actions were all dropped): LINE refuses an empty
// text, and the losses are already reported.
const placeholder = "…"

// text builds a text message: a buttons template when it kept buttons,
// otherwise its text split into text messages of at most 5000 UTF-16 units.
func (b *builder) text() []Message {
	if ms := b.buttons(true); ms != nil {
		return ms
	}
	if b.m.Text != "" {
		return b.textMessages("text", b.m.Text)
	}
	// No text: a message of quick replies alone. Its text is the
	// raw-text fallback, the options numbered, which also serves LINE
	// clients that do not show quick replies (LINE for PC) since
	// fallback.Resolve maps a typed "2" back to the option.
	if s := b.fallbackText(b.m); strings.TrimSpace(s) != "" {
		return b.textMessages("actions", s)
	}
	return []Message{newText(placeholder)}
}

// textMessages splits s to the text limit (reporting Split at path) and
// returns one text message per part.
func (b *builder) textMessages(path, s string) []Message {
	parts := b.ctx.Split(path, s, b.texts.Text)
	out := make([]Message, 0, len(parts))
	for _, p := range parts {
		out = append(out, newText(p))
	}
	return out
}

func newText(s string) *TextMessage { return &TextMessage{Type: typeText, Text: s} }

// messageButtons returns the message-level actions that are buttons (not
// quick replies) with their normalised indices.
func (b *builder) messageButtons() (acts []schema.Action, idx []int) {
	for j, a := range b.m.Actions {
		if !a.Type.IsQuickReply() {
			acts = append(acts, a)
			idx = append(idx, j)
		}
	}
	return acts, idx
}
