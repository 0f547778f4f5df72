package telegram

import (
	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// callbackData is the callback_data of a postback button: the payload, which
// the engine has already replaced by channels.Token when it is over 64
// bytes. A payload that still does not fit (a message that did not go
// through the engine) is tokenised here the same way. An empty payload
// cannot be callback_data (1 to 64 bytes).
func callbackData(payload string) (string, bool) {
	if payload == "" {
		return "", false
	}
	l := texts().Payload
	if !l.Fits(payload) {
		return channels.Token(payload, l), true
	}
	return payload, true
}

// ResolveCallback maps the data of a callback query (callback_query.data)
// back to the payload of the postback action it stands for, given the
// canonical message that was sent (before rendering). data is either the
// payload itself (64 bytes or fewer) or, for a longer payload, the token the
// render put in its place and listed in the Shortened report entry: the
// payload's longest prefix that leaves room, "~", and 22 base64url
// characters of its SHA-256 (channels.Token under the 64-byte limit).
//
// Only postback actions, of the message and of its items, are considered:
// they are the only buttons that send callback data. It reports false when
// none matches.
func ResolveCallback(sent *schema.Message, data string) (payload string, ok bool) {
	if sent == nil || data == "" {
		return "", false
	}
	return channels.ResolvePayload(postbacks(sent), data, texts().Payload)
}

// postbacks returns a message holding only the postback actions of m, in
// the same places.
func postbacks(m *schema.Message) *schema.Message {
	keep := func(as []schema.Action) []schema.Action {
		var out []schema.Action
		for _, a := range as {
			if a.Type == schema.ActionPostback {
				out = append(out, a)
			}
		}
		return out
	}
	out := &schema.Message{Actions: keep(m.Actions)}
	for _, it := range m.Items {
		out.Items = append(out.Items, schema.Item{Actions: keep(it.Actions)})
	}
	return out
}
