package whatsapp_test

import (
	"testing"

	"github.com/chanrender/chanrender/channels/channeltest"
	"github.com/chanrender/chanrender/channels/whatsapp"
)

// BenchmarkRender renders every corpus input once per iteration (decoding
// excluded).
func BenchmarkRender(b *testing.B) { channeltest.Bench(b, whatsapp.New()) }
