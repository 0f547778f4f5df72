package line_test

import (
	"testing"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/channeltest"
	"github.com/chanrender/chanrender/channels/line"
)

// limits are every string and count limit of the LINE wire format the kit
// can express (docs/CHANNEL-LIMITS.md §1.2). The limits that depend on the shape
// (column and buttons text 60 with an image or a title), the cross-column
// rule and the URL schemes are checked by TestWireRules.
func limits() channeltest.Limits {
	g := func(n int) channels.Limit { return channels.Limit{Max: n, Unit: channels.Graphemes} }
	u := func(n int) channels.Limit { return channels.Limit{Max: n, Unit: channels.UTF16} }
	return channeltest.Limits{
		Strings: map[string]channels.Limit{
			"messages.*.text":                                   u(5000),
			"messages.*.altText":                                u(1500),
			"messages.*.title":                                  u(100),
			"messages.*.address":                                u(100),
			"messages.*.quickReply.items.*.action.label":        g(20),
			"messages.*.template.text":                          g(160),
			"messages.*.template.title":                         g(40),
			"messages.*.template.actions.*.label":               g(20),
			"messages.*.template.columns.*.title":               g(40),
			"messages.*.template.columns.*.text":                g(120),
			"messages.*.template.columns.*.actions.*.label":     g(20),
			"messages.*.template.columns.*.defaultAction.label": g(20),
			"**.label":              g(20),
			"**.data":               u(300),
			"**.displayText":        g(300),
			"**.uri":                u(1000),
			"**.originalContentUrl": u(2000),
			"**.previewImageUrl":    u(2000),
			"**.thumbnailImageUrl":  u(2000),
			"**.imageUrl":           u(2000),
		},
		Counts: map[string]int{
			"messages":                              5,
			"messages.*.quickReply.items":           13,
			"messages.*.template.actions":           4,
			"messages.*.template.columns":           10,
			"messages.*.template.columns.*.actions": 3,
		},
	}
}

func TestConformance(t *testing.T) { channeltest.Run(t, line.New(), limits()) }

func FuzzRender(f *testing.F) { channeltest.Fuzz(f, line.New(), limits()) }
