package whatsapp_test

import (
	"testing"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/channeltest"
	"github.com/chanrender/chanrender/channels/whatsapp"
)

// limits are the string and count limits of the Cloud API wire format the
// kit can express (docs/CHANNEL-LIMITS.md §4.2; Meta's OpenAPI v23.0 and
// the carousel page). Uniqueness and the card rule are checked by
// TestChoices and the shared checker.
func limits() channeltest.Limits {
	u := func(n int) channels.Limit { return channels.Limit{Max: n, Unit: channels.UTF16} }
	return channeltest.Limits{
		Strings: map[string]channels.Limit{
			"text.body":                                                     u(4096),
			"image.caption":                                                 u(1024),
			"video.caption":                                                 u(1024),
			"document.caption":                                              u(1024),
			"interactive.body.text":                                         u(1024),
			"interactive.header.text":                                       u(60),
			"interactive.footer.text":                                       u(60),
			"interactive.action.button":                                     u(20),
			"interactive.action.buttons.*.reply.title":                      u(20),
			"interactive.action.buttons.*.reply.id":                         u(256),
			"interactive.action.sections.*.title":                           u(24),
			"interactive.action.sections.*.rows.*.id":                       u(200),
			"interactive.action.sections.*.rows.*.title":                    u(24),
			"interactive.action.sections.*.rows.*.description":              u(72),
			"interactive.action.parameters.display_text":                    u(20),
			"interactive.action.cards.*.body.text":                          u(160),
			"interactive.action.cards.*.action.parameters.display_text":     u(20),
			"interactive.action.cards.*.action.buttons.*.quick_reply.title": u(20),
			"interactive.action.cards.*.action.buttons.*.quick_reply.id":    u(256),
		},
		Counts: map[string]int{
			"interactive.action.buttons":                3,
			"interactive.action.sections":               10,
			"interactive.action.sections.*.rows":        10,
			"interactive.action.cards":                  10,
			"interactive.action.cards.*.action.buttons": 2,
		},
	}
}

func TestConformance(t *testing.T) { channeltest.Run(t, whatsapp.New(), limits()) }

func FuzzRender(f *testing.F) { channeltest.Fuzz(f, whatsapp.New(), limits()) }
