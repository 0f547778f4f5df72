package render

import (
	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/fallback"
	"github.com/chanrender/chanrender/schema"
)

// Choice is what a user's answer chose in a sent message.
type Choice struct {
	// Path is the input path of what was chosen: an action
	// ("actions[2]", "items[1].actions[0]"), or an item ("items[1]") chosen
	// by its number in a text.
	Path string `json:"path"`
	// Action is the chosen action as the input has it (its own payload,
	// not a token; its whole label): for an item, the item's first postback
	// action, nil when it has none. It is a copy.
	Action *schema.Action `json:"action,omitempty"`
	// Item is the chosen item, or the item holding the chosen action; nil
	// for a message-level action. It is a copy.
	Item *schema.Item `json:"-"`
}

// answerKinds says which kinds of answer a resolution reads.
type answerKinds struct{ data, text bool }

// Resolve maps the answer a user sent on ch back to the canonical action it
// chose in v, the message that was sent (docs/RENDERING.md §2.4). answer is
// what the platform delivers: postback or callback data (LINE postback
// data, a Messenger postback or quick-reply payload, Telegram
// callback_data), or the text of the user's message (a Telegram reply
// keyboard button's label, a typed number or label on a text channel).
//
// Resolve renders v for ch again with opts, which must be the options the
// message was sent with (app name, language, currency: they shape the
// text's numbering and labels); it is deterministic, so the labels as cut,
// the tokens and the numbering are exactly what was sent. Which answers an
// action gives is the channel's table (channels.Capabilities.Answers), not
// its name. Data is tried first, then text: a server that knows which it
// received (a postback event, a text message) calls ResolveData or
// ResolveText instead. It reports false when nothing matches (unknown data,
// a forged token, an ambiguous label), for a message sent as its
// passthrough payload, and for an invalid channel or option.
func Resolve(v *schema.Valid, ch channels.Channel, answer string, opts ...Option) (Choice, bool) {
	return resolve(v, ch, answer, answerKinds{data: true, text: true}, opts)
}

// ResolveData is Resolve for data a button sent back (a postback, a quick
// reply's payload, callback_data): it matches the payloads and tokens
// exactly as sent, and nothing else.
func ResolveData(v *schema.Valid, ch channels.Channel, data string, opts ...Option) (Choice, bool) {
	return resolve(v, ch, data, answerKinds{data: true}, opts)
}

// ResolveText is Resolve for the text of a user's message: a button label
// the channel sends as the message (compared folded, fallback.Key), then
// the numbers and labels the render wrote into the message's text
// (fallback.Resolve's rules), on channels whose users can type
// (Answers.Typed). A label outranks a number: a keyboard button labelled
// "3" is chosen by "3", not the third option.
func ResolveText(v *schema.Valid, ch channels.Channel, text string, opts ...Option) (Choice, bool) {
	return resolve(v, ch, text, answerKinds{text: true}, opts)
}

func resolve(v *schema.Valid, ch channels.Channel, answer string, kinds answerKinds, opts []Option) (Choice, bool) {
	m := v.Message()
	if m == nil || answer == "" {
		return Choice{}, false
	}
	cfg, caps, err := prepare(ch, opts)
	if err != nil {
		return Choice{}, false
	}
	// What was sent was sendable: under WithDegradationErrors it had no
	// degradation, and renders the same without it.
	cfg.strict = false
	_, ans, err := run(m, ch, cfg, caps, nil)
	if err != nil || ans == nil {
		return Choice{}, false
	}
	if kinds.data {
		for _, e := range ans.entries {
			if e.via == channels.AnswerPayload && e.key == answer {
				return choiceAt(m, e.path)
			}
		}
	}
	if !kinds.text {
		return Choice{}, false
	}
	if key := fallback.Key(answer); key != "" {
		for _, e := range ans.entries {
			if e.via == channels.AnswerLabel && e.key == key {
				return choiceAt(m, e.path)
			}
		}
	}
	if !caps.Answers.Typed {
		return Choice{}, false
	}
	for _, src := range ans.typed {
		c, ok := fallback.Resolve(src.msg, answer)
		if !ok {
			continue
		}
		if p, ok := inputPath(src.paths, c.Path); ok {
			return choiceAt(m, p)
		}
	}
	return Choice{}, false
}

// inputPath maps a path of a typed source (as fallback.Resolve names it)
// to the input's.
func inputPath(paths channels.Paths, p string) (string, bool) {
	i, j, ok := parsePath(p)
	switch {
	case !ok:
		return "", false
	case i < 0 && j < len(paths.Actions):
		return paths.Actions[j], true
	case i >= 0 && j < 0 && i < len(paths.Items):
		return paths.Items[i], true
	case i >= 0 && i < len(paths.ItemActions) && j < len(paths.ItemActions[i]):
		return paths.ItemActions[i][j], true
	}
	return "", false
}

// choiceAt returns the choice of the input action or item at path, with
// copies of them.
func choiceAt(m *schema.Message, path string) (Choice, bool) {
	i, j, ok := parsePath(path)
	if !ok {
		return Choice{}, false
	}
	c := Choice{Path: path}
	if i >= 0 {
		if i >= len(m.Items) {
			return Choice{}, false
		}
		it := m.Items[i].Clone()
		c.Item = &it
		if j < 0 {
			for k := range it.Actions {
				if it.Actions[k].Type == schema.ActionPostback {
					a := it.Actions[k].Clone()
					c.Action = &a
					break
				}
			}
			return c, true
		}
	}
	a := actionAt(m, path)
	if a == nil {
		return Choice{}, false
	}
	cp := a.Clone()
	c.Action = &cp
	return c, true
}
