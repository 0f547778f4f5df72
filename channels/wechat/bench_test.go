package wechat_test

import (
	"testing"

	"github.com/chanrender/chanrender/channels/channeltest"
	"github.com/chanrender/chanrender/channels/wechat"
)

// BenchmarkRender renders every corpus input once per iteration (decoding
// excluded).
func BenchmarkRender(b *testing.B) { channeltest.Bench(b, wechat.New()) }
