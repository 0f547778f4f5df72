package render_test

import (
	"encoding/json"
	"testing"

	"github.com/chanrender/chanrender/channels/all"
	"github.com/chanrender/chanrender/channels/channeltest"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

// corpus returns every corpus message's bytes and its decoded message
// (activities are skipped: they are not what Render costs).
func corpus(b *testing.B) ([][]byte, []*schema.Message) {
	b.Helper()
	var raw [][]byte
	var msgs []*schema.Message
	for _, f := range channeltest.Corpus(b) {
		if f.Input.Message != nil {
			raw = append(raw, f.Data)
			msgs = append(msgs, f.Input.Message)
		}
	}
	return raw, msgs
}

// BenchmarkRender renders the whole corpus for each channel: one op is one
// pass over the corpus (decoding excluded).
func BenchmarkRender(b *testing.B) {
	_, msgs := corpus(b)
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

// BenchmarkFloor is what any JSON-in JSON-out service pays for the same
// corpus: encoding/json decodes each input into a generic value and encodes
// an output of the same size. Render's figures read against this floor.
func BenchmarkFloor(b *testing.B) {
	raw, _ := corpus(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, data := range raw {
			var v any
			if err := json.Unmarshal(data, &v); err != nil {
				b.Fatal(err)
			}
			if _, err := json.Marshal(v); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkDecodeRender includes schema.Decode, as a server pays it per
// request, for the channel with the most work (LINE).
func BenchmarkDecodeRender(b *testing.B) {
	raw, _ := corpus(b)
	reg, _ := all.Registry()
	ch, _ := reg.Lookup("line")
	b.ReportAllocs()
	for b.Loop() {
		for _, data := range raw {
			m, err := schema.Decode(data)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := render.Render(m, ch); err != nil {
				b.Fatal(err)
			}
		}
	}
}
