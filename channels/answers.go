package channels

import "fmt"

// Answer says what comes back from a channel when the user answers one
// native action: what a server receives and hands to render.Resolve.
type Answer int

const (
	// NoAnswer (the zero value): the action sends nothing a server can map
	// back to it (a link opens its URI; the channel does not render the
	// action natively).
	NoAnswer Answer = iota
	// AnswerPayload: the action's payload as sent, its own or the Token that
	// stands for it (LINE postback data, a Messenger postback or quick-reply
	// payload, Telegram callback_data, a Smooch SDK postback).
	AnswerPayload
	// AnswerLabel: the button's label as sent, as the text of the user's
	// message (a Telegram reply keyboard button).
	AnswerLabel
)

// String returns the answer's name as capability tables show it.
func (a Answer) String() string {
	switch a {
	case NoAnswer:
		return "none"
	case AnswerPayload:
		return "payload"
	case AnswerLabel:
		return "label"
	}
	return fmt.Sprintf("Answer(%d)", int(a))
}

// MarshalText returns the answer's String, so that a capability table
// encodes as JSON with readable answers.
func (a Answer) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// valid reports whether a is one of the documented answers.
func (a Answer) valid() bool { return a >= NoAnswer && a <= AnswerLabel }

// Answers says how the user's answer to each kind of action comes back from
// the channel, so that render.Resolve maps it back to the canonical action
// generically (docs/RENDERING.md §2.4). Only actions the channel renders
// natively answer through Postback and Reply; the lines of a text fallback
// answer through Typed.
type Answers struct {
	// Postback is what a native postback button sends back.
	Postback Answer
	// Reply is what a native reply (a quick reply, a keyboard button)
	// sends back. A locationRequest answers with a location, which no
	// string stands for: it is never resolved.
	Reply Answer
	// Typed: the user can type an answer to the numbered options and
	// labelled lines the render wrote into the message's text (the raw-text
	// fallback, §2), as fallback.Resolve reads them.
	Typed bool
}
