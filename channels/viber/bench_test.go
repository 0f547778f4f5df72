package viber_test

import (
	"testing"

	"github.com/chanrender/chanrender/channels/channeltest"
	"github.com/chanrender/chanrender/channels/viber"
)

// BenchmarkRender renders every corpus input once per iteration (decoding
// excluded).
func BenchmarkRender(b *testing.B) { channeltest.Bench(b, viber.New()) }
