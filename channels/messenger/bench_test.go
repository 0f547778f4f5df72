package messenger_test

import (
	"testing"

	"github.com/chanrender/chanrender/channels/channeltest"
	"github.com/chanrender/chanrender/channels/messenger"
)

// BenchmarkRender renders every corpus input for each profile; one
// iteration is the whole corpus (decoding excluded).
func BenchmarkRender(b *testing.B) {
	for _, ch := range []*messenger.Channel{messenger.New(), messenger.Legacy()} {
		b.Run(ch.Name(), func(b *testing.B) { channeltest.Bench(b, ch) })
	}
}
