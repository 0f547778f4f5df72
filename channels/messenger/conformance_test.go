package messenger_test

import (
	"testing"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/channeltest"
	"github.com/chanrender/chanrender/channels/messenger"
)

// limits declares every string and count limit of the Send API body
// (docs/CHANNEL-LIMITS.md §3), counted in UTF-16 units; quick replies is the
// profile's own count (13, or Smooch's 11).
func limits(quickReplies int) channeltest.Limits {
	u16 := func(n int) channels.Limit { return channels.Limit{Max: n, Unit: channels.UTF16} }
	return channeltest.Limits{
		Strings: map[string]channels.Limit{
			"message.text":                                            u16(2000),
			"message.quick_replies.*.title":                           u16(20),
			"message.quick_replies.*.payload":                         u16(1000),
			"message.attachment.payload.text":                         u16(640),
			"message.attachment.payload.buttons.*.title":              u16(20),
			"message.attachment.payload.buttons.*.payload":            u16(1000),
			"message.attachment.payload.elements.*.title":             u16(80),
			"message.attachment.payload.elements.*.subtitle":          u16(80),
			"message.attachment.payload.elements.*.buttons.*.title":   u16(20),
			"message.attachment.payload.elements.*.buttons.*.payload": u16(1000),
		},
		Counts: map[string]int{
			"message.quick_replies":                         quickReplies,
			"message.attachment.payload.buttons":            3,
			"message.attachment.payload.elements":           10,
			"message.attachment.payload.elements.*.buttons": 3,
		},
	}
}

func TestConformance(t *testing.T) { channeltest.Run(t, messenger.New(), limits(13)) }

func TestConformanceLegacy(t *testing.T) { channeltest.Run(t, messenger.Legacy(), limits(11)) }

func FuzzRender(f *testing.F) { channeltest.Fuzz(f, messenger.New(), limits(13)) }

// instagramLimits are Instagram's (capabilities.go, instagramTable): the
// text in UTF-8 bytes, the rest as Messenger's.
func instagramLimits() channeltest.Limits {
	l := limits(13)
	l.Strings["message.text"] = channels.Limit{Max: 1000, Unit: channels.Bytes}
	return l
}

func TestConformanceInstagram(t *testing.T) {
	channeltest.Run(t, messenger.Instagram(), instagramLimits())
}

func FuzzRenderInstagram(f *testing.F) { channeltest.Fuzz(f, messenger.Instagram(), instagramLimits()) }
