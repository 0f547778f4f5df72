package messenger_test

import (
	"io/fs"
	"testing"

	"github.com/chanrender/chanrender"
	"github.com/chanrender/chanrender/channels/messenger"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

// BenchmarkRender renders every corpus message (typing activities too) for
// each profile; one iteration is the whole corpus.
func BenchmarkRender(b *testing.B) {
	corpus := chanrender.Corpus()
	names, err := fs.Glob(corpus, "*.json")
	if err != nil {
		b.Fatal(err)
	}
	var inputs []schema.Input
	for _, n := range names {
		data, err := fs.ReadFile(corpus, n)
		if err != nil {
			b.Fatal(err)
		}
		in, err := schema.DecodeInput(data)
		if err != nil {
			b.Fatal(err)
		}
		inputs = append(inputs, in)
	}
	for _, ch := range []*messenger.Channel{messenger.New(), messenger.Legacy()} {
		b.Run(ch.Name(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, in := range inputs {
					var err error
					if in.Activity != nil {
						_, err = render.RenderActivity(in.Activity, ch, render.WithAppName("ACME"))
					} else {
						_, err = render.Render(in.Message, ch, render.WithAppName("ACME"))
					}
					if err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
