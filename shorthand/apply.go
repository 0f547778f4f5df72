package shorthand

import "github.com/chanrender/chanrender/schema"

// Apply expands the shorthand in the text of a text message and returns the
// result as a new message; m is not modified and shares no memory with the
// result. Every other field (role, name, email, avatarUrl, destination,
// metadata, payload, override …) is copied. Buttons found in the text are
// appended after the message's own actions, and may not mix quick replies
// with other buttons (the first existing action decides); an image makes it
// an image message. A message of any other type, whose text is a caption or
// a fallback, is returned as an unchanged copy. Apply(nil, o) is nil. The
// error is only for invalid Options.
func Apply(m *schema.Message, o Options) (*schema.Message, error) {
	mon, err := o.money()
	if err != nil {
		return nil, err
	}
	if m == nil {
		return nil, nil
	}
	out := m.Clone()
	if m.Type != schema.TypeText {
		return out, nil
	}
	r := expand(m.Text, mon, m.Actions)
	out.Text = r.text
	out.Actions = append(out.Actions, r.actions...)
	if r.image != "" {
		out.Type = schema.TypeImage
		out.MediaURL = r.image
	}
	return out, nil
}
