package messenger

import (
	"strings"

	"golang.org/x/text/language"

	"github.com/chanrender/chanrender/fallback"
	"github.com/chanrender/chanrender/schema"
)

// text builds a text message: a button template when it kept buttons,
// otherwise the text, split over the text limit.
func (b *builder) text(m *schema.Message) []Message {
	if btns := b.buttons(-1, m.Actions); len(btns) > 0 {
		return []Message{b.buttonTemplate("text", m.Text, btns)}
	}
	if blank(m.Text) {
		// Only quick replies (or nothing the channel could keep): a
		// message needs a text to carry them.
		return []Message{{Text: prompt(b.ctx.Localizer, b.ctx.Language)}}
	}
	return b.textMessages("text", m.Text)
}

// textMessages splits s over the text limit (reporting Split at path) into
// one text message per part.
func (b *builder) textMessages(path, s string) []Message {
	parts := b.ctx.Split(path, s, b.caps.Texts.Text)
	msgs := make([]Message, len(parts))
	for i, p := range parts {
		msgs[i] = Message{Text: p}
	}
	return msgs
}

// blank reports whether s is empty or white space: the Send API refuses
// such a text, so it counts as no text.
func blank(s string) bool { return strings.TrimSpace(s) == "" }

// prompt is the neutral text of a message that must have a text and whose
// input has none: a button template (its text is required) or a message of
// quick replies alone. It is in the render's language when that is French or
// Spanish (the languages of the fallback package, matched by its
// Localizer, l), English otherwise.
func prompt(l *fallback.Localizer, lang language.Tag) string { return l.Prompt(lang) }
