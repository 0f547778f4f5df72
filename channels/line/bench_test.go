package line_test

import (
	"io/fs"
	"testing"

	"github.com/chanrender/chanrender"
	"github.com/chanrender/chanrender/channels/line"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

// BenchmarkRender renders every message of the corpus once per iteration
// (decoding is done beforehand).
func BenchmarkRender(b *testing.B) {
	corpus := chanrender.Corpus()
	names, err := fs.Glob(corpus, "*.json")
	if err != nil {
		b.Fatal(err)
	}
	var msgs []*schema.Message
	for _, n := range names {
		data, err := fs.ReadFile(corpus, n)
		if err != nil {
			b.Fatal(err)
		}
		in, err := schema.DecodeInput(data)
		if err != nil {
			b.Fatal(err)
		}
		if in.Message != nil {
			msgs = append(msgs, in.Message)
		}
	}
	ch := line.New()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, m := range msgs {
			if _, err := render.Render(m, ch, render.WithAppName("ACME")); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(msgs)), "msgs/op")
}
