package messenger

import (
	"errors"
	"fmt"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// BuildActivity maps typing:start to the sender action typing_on and
// typing:stop to typing_off, each a request of its own.
func (c *Channel) BuildActivity(a *schema.Activity, _ *channels.Context) ([]channels.Payload, error) {
	if a == nil {
		return nil, errors.New("messenger: nil activity")
	}
	var act SenderAction
	switch a.Type {
	case schema.TypingStart:
		act = TypingOn
	case schema.TypingStop:
		act = TypingOff
	default:
		return nil, fmt.Errorf("messenger: type: unknown activity type %q", a.Type)
	}
	return []channels.Payload{{Method: Method, Body: &SenderActionRequest{SenderAction: act}}}, nil
}
