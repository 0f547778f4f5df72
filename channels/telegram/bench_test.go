package telegram_test

import (
	"testing"

	"github.com/chanrender/chanrender/channels/telegram"
	"github.com/chanrender/chanrender/render"
)

// BenchmarkRender renders the whole corpus once per iteration (decoding
// excluded).
func BenchmarkRender(b *testing.B) {
	files := corpus(b)
	ch := telegram.New()
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range files {
			var err error
			if f.in.Activity != nil {
				_, err = render.RenderActivity(f.in.Activity, ch, render.WithAppName("ACME"))
			} else {
				_, err = render.Render(f.in.Message, ch, render.WithAppName("ACME"))
			}
			if err != nil {
				b.Fatalf("%s: %v", f.name, err)
			}
		}
	}
}
