package render_test

import (
	"encoding/json"
	"errors"
	"testing"

	"golang.org/x/text/language"

	"github.com/google/go-cmp/cmp"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/all"
	"github.com/chanrender/chanrender/channels/channeltest"
	"github.com/chanrender/chanrender/render"
)

// RenderAll shares work between channels; its results must be exactly
// what Render gives each channel alone, for the whole corpus, in several
// languages (the shared fallback text is localised).
func TestRenderAllMatchesRender(t *testing.T) {
	chs := all.Channels()
	for _, f := range channeltest.Corpus(t) {
		if f.Input.Message == nil {
			continue
		}
		for _, opts := range [][]render.Option{nil, {render.WithAppName("ACME"), render.WithLanguage(mustTag(t, "fr"))}} {
			got, err := render.RenderAll(f.Input.Message, chs, opts...)
			if err != nil {
				t.Fatalf("%s: %v", f.Name, err)
			}
			for i, ch := range chs {
				want, err := render.Render(f.Input.Message, ch, opts...)
				if err != nil {
					t.Fatalf("%s: %s: %v", f.Name, ch.Name(), err)
				}
				if diff := cmp.Diff(marshalResult(t, want), marshalResult(t, got[i])); diff != "" {
					t.Errorf("%s: %s: RenderAll differs from Render (-Render +RenderAll):\n%s", f.Name, ch.Name(), diff)
				}
			}
		}
	}
}

// A failing channel does not stop the others; its error names its place.
func TestRenderAllErrors(t *testing.T) {
	v := decode(t, `{"role":"appMaker","type":"list","items":[{"title":"A","actions":[{"type":"postback","text":"Go","payload":"A"}]}]}`)
	chs := []channels.Channel{rich(), nil, rich()}
	got, err := render.RenderAll(v, chs, render.WithDegradationErrors())
	var se *render.StrictError
	if !errors.As(err, &se) || len(got) != 3 {
		t.Fatalf("got %d results, error %v; want 3 and a *StrictError", len(got), err)
	}
	if n := len(err.(interface{ Unwrap() []error }).Unwrap()); n != 3 {
		t.Errorf("%d errors, want 3 (two strict, one nil channel): %v", n, err)
	}
	got, err = render.RenderAll(v, chs)
	if err == nil || len(got[0].Payloads) == 0 || len(got[2].Payloads) == 0 {
		t.Errorf("the channels around a nil one were not rendered: %v", err)
	}
	if _, err := render.RenderAll(nil, chs); err == nil {
		t.Error("nil message: no error")
	}
}

func mustTag(t *testing.T, s string) language.Tag {
	t.Helper()
	tag, err := language.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return tag
}

func marshalResult(t *testing.T, r render.Result) string {
	t.Helper()
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
