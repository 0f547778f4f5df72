package telegram_test

import (
	"testing"

	"github.com/chanrender/chanrender/channels/channeltest"
	"github.com/chanrender/chanrender/channels/telegram"
)

// BenchmarkRender renders the whole corpus once per iteration (decoding
// excluded).
func BenchmarkRender(b *testing.B) { channeltest.Bench(b, telegram.New()) }
