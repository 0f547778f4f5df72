package twitter_test

import (
	"testing"

	"github.com/chanrender/chanrender/channels/channeltest"
	"github.com/chanrender/chanrender/channels/twitter"
)

// BenchmarkRender renders every corpus input once per iteration (decoding
// excluded), per profile.
func BenchmarkRender(b *testing.B) {
	b.Run("v2", func(b *testing.B) { channeltest.Bench(b, twitter.New()) })
	b.Run("v1", func(b *testing.B) { channeltest.Bench(b, twitter.V1()) })
}
