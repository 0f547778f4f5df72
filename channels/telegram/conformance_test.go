package telegram_test

import (
	"testing"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/channeltest"
	"github.com/chanrender/chanrender/channels/telegram"
)

// limits are the Bot API limits the kit checks on every body: text and
// caption in UTF-16 units, callback_data in bytes at any depth, and one
// button per row of either keyboard (this channel's layout) with at most
// 100 rows (python-telegram-bot's undocumented inline limit, used for reply
// keyboards too).
func limits() channeltest.Limits {
	return channeltest.Limits{
		Strings: map[string]channels.Limit{
			"text":             {Max: 4096, Unit: channels.UTF16},
			"caption":          {Max: 1024, Unit: channels.UTF16},
			"**.callback_data": {Max: 64, Unit: channels.Bytes},
		},
		Counts: map[string]int{
			"reply_markup.inline_keyboard":   100,
			"reply_markup.inline_keyboard.*": 1,
			"reply_markup.keyboard":          100,
			"reply_markup.keyboard.*":        1,
		},
	}
}

func TestConformance(t *testing.T) { channeltest.Run(t, telegram.New(), limits()) }

func FuzzRender(f *testing.F) { channeltest.Fuzz(f, telegram.New(), limits()) }
