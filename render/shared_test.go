package render_test

import (
	"encoding/json"
	"sync"
	"testing"

	"golang.org/x/text/language"

	"github.com/chanrender/chanrender/channels/all"
	"github.com/chanrender/chanrender/channels/channeltest"
	"github.com/chanrender/chanrender/render"
)

// TestSharedChannelValues renders the corpus on every shipped channel from
// several goroutines at once, in three languages: the tables and fallback
// localizers the channel values share are only read (run it with -race),
// and every goroutine gets the bytes a lone render gets.
func TestSharedChannelValues(t *testing.T) {
	chs := all.Channels()
	files := channeltest.Corpus(t)
	langs := []language.Tag{language.English, language.French, language.MustParse("es-MX")}
	renderAll := func() []byte {
		var out []byte
		for _, f := range files {
			if f.Input.Message == nil {
				continue
			}
			for _, ch := range chs {
				for _, l := range langs {
					res, err := render.Render(f.Input.Message, ch, render.WithLanguage(l), render.WithAppName("Acme"))
					if err != nil {
						t.Errorf("%s on %s: %v", f.Name, ch.Name(), err)
						return nil
					}
					b, _ := json.Marshal(res)
					out = append(out, b...)
				}
			}
		}
		return out
	}
	want := renderAll()
	if len(want) == 0 {
		t.Fatal("nothing rendered")
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			if got := renderAll(); string(got) != string(want) {
				t.Error("a concurrent render differs from a lone one")
			}
		})
	}
	wg.Wait()
}
