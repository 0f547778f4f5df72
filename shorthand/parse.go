package shorthand

import (
	"strings"

	"github.com/chanrender/chanrender/schema"
)

// Parse turns text written with the messaging shorthand into a message with
// role appMaker: an image message when the text holds an image shorthand (a
// card when it also holds text and buttons), a text message otherwise, with
// the buttons as actions in the order they appear. Malformed shorthand stays
// literal text; the error is only for invalid Options.
func Parse(text string, o Options) (*schema.Message, error) {
	m, err := o.money()
	if err != nil {
		return nil, err
	}
	r := expand(text, m, nil)
	msg := &schema.Message{Role: schema.RoleAppMaker, Type: schema.TypeText, Text: r.text, Actions: r.actions}
	if r.image != "" {
		msg.Type = schema.TypeImage
		msg.MediaURL = r.image
	}
	return msg, nil
}

// expansion is what a text expands to.
type expansion struct {
	text    string
	image   string
	actions []schema.Action
}

// expand finds the shorthand of text and removes it. Actions already on the
// message decide which family of buttons may be added.
func expand(text string, m money, existing []schema.Action) expansion {
	text = strings.ToValidUTF8(text, "\uFFFD")
	toks := scan(text, m, existing)
	r := expansion{text: strip(text, toks)}
	for _, t := range toks {
		if t.isImage() {
			r.image = t.image
		} else {
			r.actions = append(r.actions, t.action)
		}
	}
	return r
}
