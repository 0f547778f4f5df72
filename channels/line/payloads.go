package line

import "github.com/chanrender/chanrender/channels"

// push groups msgs into push payloads of at most per messages each, in
// order.
func push(msgs []Message, per int) []channels.Payload {
	if per < 1 {
		per = 1
	}
	out := make([]channels.Payload, 0, (len(msgs)+per-1)/per)
	for len(msgs) > 0 {
		n := min(per, len(msgs))
		out = append(out, channels.Payload{Method: MethodPush, Body: &PushBody{Messages: msgs[:n:n]}})
		msgs = msgs[n:]
	}
	return out
}
