package preview_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"github.com/chanrender/chanrender/preview"
)

// The browser tests load previews in headless Chromium (Debian's chromium
// package, driven through github.com/chromedp/chromedp) and check the DOM
// as a browser built it. Without Chromium they skip; .ci/run installs it.

// chromium returns the path of a Chromium binary, or "".
func chromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browse serves page and returns a browser context on it.
func browse(t *testing.T, page []byte) context.Context {
	t.Helper()
	path := chromium()
	if path == "" {
		t.Skip("browser tests need Chromium (apt-get install chromium): skipped")
	}
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(page)
	}))
	t.Cleanup(ts.Close)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.Flag("headless", true),
		chromedp.Flag("disable-gpu", true), chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.UserDataDir(t.TempDir()))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(cancel3)
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL), chromedp.WaitReady("body")); err != nil {
		t.Fatalf("load the preview: %v", err)
	}
	return ctx
}

func page(t *testing.T, ins []preview.Input) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := preview.Page(&b, ins); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// The corpus gallery, as the browser sees it: a section per channel per
// message, a payload element per payload, a report entry per entry.
func TestBrowserCorpus(t *testing.T) {
	ins := corpusInputs(t)
	ctx := browse(t, page(t, ins))
	wantChannels, wantPayloads, wantEntries := 0, 0, 0
	for _, in := range ins {
		wantChannels += len(in.Results)
		for _, r := range in.Results {
			wantPayloads += len(r.Payloads)
			wantEntries += len(r.Report)
		}
	}
	count := func(selector string) int {
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('`+selector+`').length`))
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	channels, payloads, entries := count("[data-channel]"), count("[data-payload]"), count("[data-code][data-path]")
	labels := count(`[data-channel="line"] [data-payload]`)
	if channels != wantChannels || payloads != wantPayloads || entries != wantEntries {
		t.Errorf("the browser sees %d channel sections, %d payloads, %d report entries; want %d, %d, %d",
			channels, payloads, entries, wantChannels, wantPayloads, wantEntries)
	}
	if labels == 0 {
		t.Error("no LINE payload drawn")
	}
}

// Hostile text in every field of every channel's rendering runs no script
// (a window flag stays unset) and leaves no javascript: link.
func TestBrowserHostile(t *testing.T) {
	const text = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"><a href="javascript:window.__pwned=3">x</a><svg onload="window.__pwned=4"></svg>`
	ctx := browse(t, page(t, hostileInputs(t, text)))
	if err := chromedp.Do(ctx, chromedp.Sleep(300*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	pwned, err := chromedp.Run(ctx, chromedp.Evaluate[string](`typeof window.__pwned`))
	if err != nil {
		t.Fatal(err)
	}
	jsLinks, err := chromedp.Run(ctx, chromedp.Evaluate[int](`Array.from(document.querySelectorAll('[href],[src]')).filter(e => /^\s*javascript:/i.test(e.getAttribute('href')||e.getAttribute('src')||'')).length`))
	if err != nil {
		t.Fatal(err)
	}
	frames, err := chromedp.Run(ctx, chromedp.Evaluate[int](`Array.from(document.querySelectorAll('iframe')).filter(f => !f.hasAttribute('sandbox') || /allow-scripts/.test(f.getAttribute('sandbox'))).length`))
	if err != nil {
		t.Fatal(err)
	}
	if pwned != "undefined" || jsLinks != 0 || frames != 0 {
		t.Errorf("window.__pwned is %s, %d javascript: links, %d iframes that may run scripts", pwned, jsLinks, frames)
	}
}

// The buttons drawn for the seed carousel are the payloads' buttons: as
// many, with their labels, on LINE (template actions), Messenger (template
// buttons) and Telegram (inline keyboards).
func TestBrowserButtonsMatchPayloads(t *testing.T) {
	var seed preview.Input
	for _, in := range corpusInputs(t) {
		if strings.HasSuffix(in.Name, "spec-carousel.json") {
			seed = in
		}
	}
	if seed.Name == "" {
		t.Fatal("spec-carousel.json is not in the corpus")
	}
	ctx := browse(t, page(t, []preview.Input{seed}))
	for _, r := range seed.Results {
		var arrays []string
		var key string
		switch r.Channel {
		case "line":
			arrays, key = []string{"actions"}, "label"
		case "messenger":
			arrays, key = []string{"buttons"}, "title"
		case "telegram":
			arrays, key = []string{"inline_keyboard"}, "text"
		default:
			continue
		}
		var want []string
		for _, p := range r.Payloads {
			raw, err := json.Marshal(p.Body)
			if err != nil {
				t.Fatal(err)
			}
			var v any
			if err := json.Unmarshal(raw, &v); err != nil {
				t.Fatal(err)
			}
			want = append(want, labels(v, arrays, key, false)...)
		}
		got, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('[data-channel="`+r.Channel+`"] .button')).map(b => b.firstChild ? b.firstChild.textContent.trim() : '')`))
		if err != nil {
			t.Fatal(err)
		}
		if len(want) == 0 || strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s: drawn buttons %q, the payloads' %q", r.Channel, got, want)
		}
	}
}

// labels collects, in order, the key of every object inside arrays named
// one of arrays (nested arrays included).
func labels(v any, arrays []string, key string, inside bool) []string {
	var out []string
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			out = append(out, labels(e, arrays, key, inside)...)
		}
	case map[string]any:
		if s, ok := v[key].(string); ok && inside {
			out = append(out, s)
		}
		ks := make([]string, 0, len(v))
		for k := range v {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		for _, k := range ks {
			if k == key {
				continue
			}
			out = append(out, labels(v[k], arrays, key, slices.Contains(arrays, k))...)
		}
	}
	return out
}

// Hovering a report entry highlights, in the input's JSON beside it, the
// value it concerns.
func TestBrowserHoverHighlightsInput(t *testing.T) {
	var seed preview.Input
	for _, in := range corpusInputs(t) {
		if strings.HasSuffix(in.Name, "spec-carousel.json") {
			seed = in
		}
	}
	ctx := browse(t, page(t, []preview.Input{seed}))
	const entry = `li[data-path="items[0].mediaUrl"]`
	const value = `.source [data-path="items[0].mediaUrl"]`
	background := func() string {
		bg, err := chromedp.Run(ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector('`+value+`')).backgroundColor`))
		if err != nil {
			t.Fatal(err)
		}
		return bg
	}
	before := background()
	if err := chromedp.Do(ctx, chromedp.ScrollIntoView(entry)); err != nil {
		t.Fatal(err)
	}
	xy, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(() => { const r = document.querySelector('`+entry+`').getBoundingClientRect(); return [r.x + r.width/2, r.y + r.height/2]; })()`))
	if err != nil || len(xy) != 2 {
		t.Fatalf("entry position: %v %v", xy, err)
	}
	if err := chromedp.Do(ctx, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, xy[0], xy[1])); err != nil {
		t.Fatal(err)
	}
	if after := background(); after == before || after != "rgb(253, 230, 138)" {
		t.Errorf("hovering %s: the input's value is %s (before %s), want highlighted", entry, after, before)
	}
}
