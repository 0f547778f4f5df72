package line_test

import (
	"testing"

	"github.com/chanrender/chanrender/channels/channeltest"
	"github.com/chanrender/chanrender/channels/line"
)

// BenchmarkRender renders every corpus input once per iteration (decoding
// excluded).
func BenchmarkRender(b *testing.B) { channeltest.Bench(b, line.New()) }
