package twitter_test

import (
	"testing"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/channeltest"
	"github.com/chanrender/chanrender/channels/twitter"
)

func cp(n int) channels.Limit { return channels.Limit{Max: n, Unit: channels.Runes} }

// v1Limits are X's documented limits of a message_create event, written
// from X's pages (not from the capability table) and checked on the
// rendered JSON of every corpus render: text 10,000 (new-event), 20
// options with label 36, description 72 and metadata 1,000 (Options Quick
// Reply), 3 buttons (Buttons) with label 36 (the figure ‡).
func v1Limits() channeltest.Limits {
	md := "event.message_create.message_data."
	return channeltest.Limits{
		Strings: map[string]channels.Limit{
			md + "text":                              cp(10000),
			md + "quick_reply.options.*.label":       cp(36),
			md + "quick_reply.options.*.description": cp(72),
			md + "quick_reply.options.*.metadata":    cp(1000),
			md + "ctas.*.label":                      cp(36),
		},
		Counts: map[string]int{
			md + "quick_reply.options": 20,
			md + "ctas":                3,
		},
	}
}

// v2Limits: a v2 DM's text (10,000, X's v1.1 figure; see capabilities.go).
func v2Limits() channeltest.Limits {
	return channeltest.Limits{Strings: map[string]channels.Limit{"text": cp(10000)}}
}

func TestConformanceV2(t *testing.T) { channeltest.Run(t, twitter.New(), v2Limits()) }

func TestConformanceV1(t *testing.T) { channeltest.Run(t, twitter.V1(), v1Limits()) }

func FuzzRenderV1(f *testing.F) { channeltest.Fuzz(f, twitter.V1(), v1Limits()) }

func FuzzRenderV2(f *testing.F) { channeltest.Fuzz(f, twitter.New(), v2Limits()) }
