package viber_test

import (
	"testing"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/channeltest"
	"github.com/chanrender/chanrender/channels/viber"
)

// limits are the string and count limits of the send_message wire format
// the kit can express (docs/CHANNEL-LIMITS.md §4.1). The grid, the 30 KB
// size and the API levels are checked by TestViberLimits.
func limits() channeltest.Limits {
	u := func(n int) channels.Limit { return channels.Limit{Max: n, Unit: channels.UTF16} }
	return channeltest.Limits{
		Strings: map[string]channels.Limit{
			"text":          u(7000),
			"sender.name":   u(28),
			"tracking_data": u(4000),
			"media":         u(2000),
			"**.Text":       u(250),
		},
		Counts: map[string]int{
			"rich_media.Buttons": 6 * 6 * 7,
		},
	}
}

func TestConformance(t *testing.T) { channeltest.Run(t, viber.New(), limits()) }

func FuzzRender(f *testing.F) { channeltest.Fuzz(f, viber.New(), limits()) }
