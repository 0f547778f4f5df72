package line

import (
	"errors"
	"fmt"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// loadingSeconds is how long the loading animation shows: LINE's default,
// 20 seconds (5 to 60, a multiple of 5; L-OAS ShowLoadingAnimationRequest).
// It ends earlier when the next message arrives, which is what a typing
// indicator needs.
const loadingSeconds = 20

// BuildActivity maps typing:start to a loading animation, the
// "chat/loading/start" method; the caller adds chatId, the recipient.
// typing:stop has no LINE call (the table says so, and the engine reports
// it dropped without calling BuildActivity).
func (*Channel) BuildActivity(a *schema.Activity, _ *channels.Context) ([]channels.Payload, error) {
	if a == nil {
		return nil, errors.New("line: nil activity")
	}
	switch a.Type {
	case schema.TypingStart:
		return []channels.Payload{{Method: MethodLoadingStart, Body: &LoadingBody{LoadingSeconds: loadingSeconds}}}, nil
	case schema.TypingStop:
		return nil, errors.New("line: type: LINE cannot stop a loading animation; it ends when a message arrives")
	default:
		return nil, fmt.Errorf("line: type: unknown activity type %q", a.Type)
	}
}
