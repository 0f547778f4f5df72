package wechat_test

import (
	"testing"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/channeltest"
	"github.com/chanrender/chanrender/channels/wechat"
)

// limits are the string and count limits of the customer service message
// format the kit can express (docs/CHANNEL-LIMITS.md §4.5; † figures as
// capabilities.go cites them). limits_test.go checks them again, and the
// rules the kit cannot express, from the rendered JSON.
func limits() channeltest.Limits {
	b := func(n int) channels.Limit { return channels.Limit{Max: n, Unit: channels.Bytes} }
	return channeltest.Limits{
		Strings: map[string]channels.Limit{
			"text.content":                b(2048),
			"msgmenu.head_content":        b(1024),
			"msgmenu.tail_content":        b(1024),
			"msgmenu.list.*.id":           b(64),
			"msgmenu.list.*.content":      b(128),
			"news.articles.*.title":       b(128),
			"news.articles.*.description": b(512),
		},
		Counts: map[string]int{
			"news.articles": 1,
			"msgmenu.list":  10,
		},
	}
}

func TestConformance(t *testing.T) { channeltest.Run(t, wechat.New(), limits()) }

func FuzzRender(f *testing.F) { channeltest.Fuzz(f, wechat.New(), limits()) }
