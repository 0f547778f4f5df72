package textonly_test

import (
	"testing"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/channeltest"
	"github.com/chanrender/chanrender/channels/textonly"
)

// limits checks the one text field of each body against the channel's own
// declared limit.
func limits(ch *textonly.Channel, field string) channeltest.Limits {
	return channeltest.Limits{Strings: map[string]channels.Limit{field: ch.Capabilities().Texts.Text}}
}

func TestConformance(t *testing.T) {
	for _, tc := range []struct {
		ch    *textonly.Channel
		field string
	}{
		{textonly.Twilio(), "body"},
		{textonly.MessageBird(), "body"},
		{textonly.Twitter(), "text"},
	} {
		t.Run(tc.ch.Name(), func(t *testing.T) { channeltest.Run(t, tc.ch, limits(tc.ch, tc.field)) })
	}
}

func FuzzRender(f *testing.F) {
	ch := textonly.Twilio()
	channeltest.Fuzz(f, ch, limits(ch, "body"))
}
