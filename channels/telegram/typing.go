package telegram

import (
	"fmt"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// BuildActivity renders typing:start as sendChatAction "typing". The Bot API
// cannot stop the indicator (it stops by itself after five seconds or when
// the next message arrives), so the table declares typing:stop unsupported
// and the engine reports it Dropped without calling BuildActivity.
func (*Channel) BuildActivity(a *schema.Activity, _ *channels.Context) ([]channels.Payload, error) {
	if a == nil {
		return nil, fmt.Errorf("telegram: nil activity")
	}
	switch a.Type {
	case schema.TypingStart:
		return []channels.Payload{{Method: MethodSendChatAction, Body: &SendChatAction{Action: ChatActionTyping}}}, nil
	case schema.TypingStop:
		return nil, fmt.Errorf("telegram: type: %s has no Bot API call", a.Type)
	default:
		return nil, fmt.Errorf("telegram: type: unknown activity type %q", a.Type)
	}
}
