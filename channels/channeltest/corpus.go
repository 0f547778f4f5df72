package channeltest

import (
	"io/fs"
	"testing"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/corpus"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

// File is one corpus file: its name, its bytes and what they decode to.
type File struct {
	Name  string
	Data  []byte
	Input schema.Input
}

// Corpus returns every file of corpus.Messages decoded, in name order. It
// fails tb on an empty corpus or a file that does not decode.
func Corpus(tb testing.TB) []File {
	tb.Helper()
	fsys := corpus.Messages()
	names, err := fs.Glob(fsys, "*.json")
	if err != nil || len(names) == 0 {
		tb.Fatalf("empty corpus: %v", err)
	}
	out := make([]File, 0, len(names))
	for _, n := range names {
		data, err := fs.ReadFile(fsys, n)
		if err != nil {
			tb.Fatal(err)
		}
		in, err := schema.DecodeInput(data)
		if err != nil {
			tb.Fatalf("%s: corpus message does not decode: %v", n, err)
		}
		out = append(out, File{Name: n, Data: data, Input: in})
	}
	return out
}

// Bench renders the whole corpus (messages and activities) for ch once per
// iteration, decoding excluded: a channel's benchmark is one call.
func Bench(b *testing.B, ch channels.Channel) {
	files := Corpus(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range files {
			var err error
			if f.Input.Activity != nil {
				_, err = render.Activity(f.Input.Activity, ch, render.WithAppName(AppName))
			} else {
				_, err = render.Render(f.Input.Message, ch, render.WithAppName(AppName))
			}
			if err != nil {
				b.Fatalf("%s: %v", f.Name, err)
			}
		}
	}
}
