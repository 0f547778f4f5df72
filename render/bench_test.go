package render_test

import (
	"testing"

	"github.com/chanrender/chanrender/channels/all"
	"github.com/chanrender/chanrender/channels/channeltest"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

// corpusMessages returns every corpus message's bytes and its decoded message
// (activities are skipped: they are not what Render costs).
func corpusMessages(b *testing.B) ([][]byte, []*schema.Valid) {
	b.Helper()
	var raw [][]byte
	var msgs []*schema.Valid
	for _, f := range channeltest.Corpus(b) {
		if f.Input.Message != nil {
			raw = append(raw, f.Data)
			msgs = append(msgs, f.Input.Message)
		}
	}
	return raw, msgs
}

// BenchmarkRender renders the whole corpus for each channel: one op is one
// pass over the corpus (decoding excluded; BenchmarkPipeline has the whole
// request).
func BenchmarkRender(b *testing.B) {
	_, msgs := corpusMessages(b)
	reg, err := all.Registry()
	if err != nil {
		b.Fatal(err)
	}
	for _, ch := range reg.Channels() {
		b.Run(ch.Name(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, m := range msgs {
					if _, err := render.Render(m, ch); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
