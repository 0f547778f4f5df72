package preview_test

import (
	"bytes"
	"io/fs"
	"strconv"
	"strings"
	"testing"

	"github.com/sebdah/goldie/v2"
	"golang.org/x/net/html"

	"github.com/chanrender/chanrender/channels/all"
	"github.com/chanrender/chanrender/corpus"
	"github.com/chanrender/chanrender/preview"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

// renderAll renders data for every channel; ok is false for an input that
// does not decode.
func renderAll(t *testing.T, name string, data []byte) (preview.Input, bool) {
	t.Helper()
	reg, err := all.Registry()
	if err != nil {
		t.Fatal(err)
	}
	in, err := schema.DecodeInput(data)
	if err != nil || in.Message == nil {
		return preview.Input{}, false
	}
	rs, err := render.RenderAll(in.Message, reg.Channels(), render.WithAppName("ACME"))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return preview.Input{Name: name, JSON: data, Results: rs}, true
}

func corpusInputs(t *testing.T) []preview.Input {
	t.Helper()
	ents, err := fs.ReadDir(corpus.Messages(), ".")
	if err != nil {
		t.Fatal(err)
	}
	var ins []preview.Input
	for _, e := range ents {
		if !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		data, err := fs.ReadFile(corpus.Messages(), e.Name())
		if err != nil {
			t.Fatal(err)
		}
		if in, ok := renderAll(t, e.Name(), data); ok {
			ins = append(ins, in)
		}
	}
	if len(ins) < 50 {
		t.Fatalf("only %d corpus messages render", len(ins))
	}
	return ins
}

func parse(t *testing.T, ins []preview.Input) *html.Node {
	t.Helper()
	var b bytes.Buffer
	if err := preview.Page(&b, ins); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(&b)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func walk(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

// TestCorpus: every message has a section with every channel's drawing,
// one data-payload per payload, and every report entry with its code and
// path.
func TestCorpus(t *testing.T) {
	ins := corpusInputs(t)
	doc := parse(t, ins)
	var sections []*html.Node
	walk(doc, func(n *html.Node) {
		if _, ok := attr(n, "data-input"); ok {
			sections = append(sections, n)
		}
	})
	if len(sections) != len(ins) {
		t.Fatalf("%d sections, want %d", len(sections), len(ins))
	}
	for i, s := range sections {
		in := ins[i]
		if name, _ := attr(s, "data-input"); name != in.Name {
			t.Errorf("section %d is %q, want %q", i, name, in.Name)
		}
		drawn := map[string]*html.Node{}
		entries := map[string]int{}
		walk(s, func(n *html.Node) {
			if ch, ok := attr(n, "data-channel"); ok {
				drawn[ch] = n
			}
			code, okc := attr(n, "data-code")
			path, okp := attr(n, "data-path")
			if okc && okp {
				entries[code+" "+path]++
			}
		})
		for _, r := range in.Results {
			n := drawn[r.Channel]
			if n == nil {
				t.Errorf("%s: no data-channel=%q", in.Name, r.Channel)
				continue
			}
			var idx []string
			walk(n, func(n *html.Node) {
				if v, ok := attr(n, "data-payload"); ok {
					idx = append(idx, v)
				}
			})
			if len(idx) != len(r.Payloads) {
				t.Errorf("%s %s: %d data-payload elements, want %d", in.Name, r.Channel, len(idx), len(r.Payloads))
			}
			for j, v := range idx {
				if v != strconv.Itoa(j) {
					t.Errorf("%s %s: payload %d is data-payload=%q", in.Name, r.Channel, j, v)
				}
			}
		}
		want := map[string]int{}
		for _, r := range in.Results {
			for _, d := range r.Report {
				want[string(d.Code)+" "+d.Path]++
			}
		}
		for k, n := range want {
			if entries[k] != n {
				t.Errorf("%s: %d report entries %q, want %d", in.Name, entries[k], k, n)
			}
		}
	}
	assertSafe(t, doc)
}

// assertSafe fails on any script element, event handler attribute,
// javascript: URL, or a remote resource other than an http(s) image.
func assertSafe(t *testing.T, doc *html.Node) {
	t.Helper()
	walk(doc, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		switch n.Data {
		case "script", "object", "embed", "link", "base", "video", "audio", "source":
			t.Errorf("a <%s> element", n.Data)
		case "iframe":
			if v, ok := attr(n, "sandbox"); !ok || strings.Contains(v, "allow-scripts") {
				t.Errorf("an iframe sandboxed %q (%v)", v, ok)
			}
			if _, ok := attr(n, "src"); ok {
				t.Error("an iframe with src")
			}
		}
		for _, a := range n.Attr {
			k := strings.ToLower(a.Key)
			v := strings.ToLower(strings.TrimSpace(a.Val))
			if strings.HasPrefix(k, "on") {
				t.Errorf("<%s %s=%q>", n.Data, a.Key, a.Val)
			}
			if k == "style" {
				t.Errorf("<%s style=%q>: the page's only style is its own sheet", n.Data, a.Val)
			}
			if k == "href" || k == "src" || k == "action" || k == "formaction" || k == "srcset" {
				if strings.Contains(v, "javascript:") {
					t.Errorf("<%s %s=%q>", n.Data, a.Key, a.Val)
				}
				if k == "src" && (n.Data != "img" || (!strings.HasPrefix(v, "http://") && !strings.HasPrefix(v, "https://"))) {
					t.Errorf("<%s src=%q>", n.Data, a.Val)
				}
				if k == "href" {
					t.Errorf("a link <%s href=%q>: the preview links nowhere", n.Data, a.Val)
				}
			}
		}
	})
}

// hostile is put in every text field of the hostile messages.
const hostile = `<script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">x</a>"'><svg onload=alert(4)>`

// TestHostile: message content in every text field runs nothing and loads
// nothing.
func TestHostile(t *testing.T) {
	assertSafe(t, parse(t, hostileInputs(t, hostile)))
}

// hostileInputs renders messages with text in every field on every
// channel, and an input whose name, JSON and error are text too.
func hostileInputs(t *testing.T, text string) []preview.Input {
	h := strings.ReplaceAll(strings.ReplaceAll(text, `\`, `\\`), `"`, `\"`)
	msgs := []string{
		`{"role":"appMaker","type":"text","text":"H","name":"H","actions":[{"type":"reply","text":"H","payload":"H"},{"type":"reply","text":"H2","payload":"H2"},{"type":"locationRequest","text":"H3"}]}`,
		`{"role":"appMaker","type":"text","text":"H","actions":[{"type":"postback","text":"H","payload":"H"},{"type":"link","text":"H2","uri":"https://example.org/?q=H"},{"type":"webview","text":"H3","uri":"https://example.org/","fallback":"https://example.org/"}]}`,
		`{"role":"appMaker","type":"carousel","text":"H","items":[{"title":"H","description":"H","mediaUrl":"https://example.org/a.png","actions":[{"type":"postback","text":"H","payload":"H"},{"type":"link","text":"H2","uri":"https://example.org/"}]},{"title":"H2","description":"H","actions":[{"type":"postback","text":"H3","payload":"H3"}]}]}`,
		`{"role":"appMaker","type":"list","items":[{"title":"H","description":"H","mediaUrl":"https://example.org/a.png","actions":[{"type":"postback","text":"H","payload":"H"}]},{"title":"H2","description":"H","actions":[{"type":"link","text":"H2","uri":"https://example.org/"}]}]}`,
		`{"role":"appMaker","type":"image","text":"H","mediaUrl":"https://example.org/a.png"}`,
		`{"role":"appMaker","type":"file","text":"H","mediaUrl":"https://example.org/a.pdf"}`,
		`{"role":"appMaker","type":"location","text":"H","coordinates":{"lat":1,"long":2},"location":{"name":"H","address":"H"}}`,
	}
	var ins []preview.Input
	for i, m := range msgs {
		m = strings.ReplaceAll(m, `"H`, `"`+h)
		in, ok := renderAll(t, "hostile-"+strconv.Itoa(i)+"-"+text, []byte(m))
		if !ok {
			t.Errorf("hostile message %d does not decode: %s", i, m)
			continue
		}
		ins = append(ins, in)
	}
	return append(ins, preview.Input{Name: text, JSON: []byte(text), Error: text})
}

// TestGolden compares the preview of the seed's carousel with
// testdata/spec-carousel.html.golden (GOLDIE_UPDATE=1 writes it).
func TestGolden(t *testing.T) {
	data, err := fs.ReadFile(corpus.Messages(), "spec-carousel.json")
	if err != nil {
		t.Fatal(err)
	}
	in, ok := renderAll(t, "spec-carousel.json", data)
	if !ok {
		t.Fatal("spec-carousel.json does not decode")
	}
	var b bytes.Buffer
	if err := preview.Page(&b, []preview.Input{in}); err != nil {
		t.Fatal(err)
	}
	g := goldie.New(t, goldie.WithFixtureDir("testdata"), goldie.WithNameSuffix(".html.golden"))
	g.Assert(t, "spec-carousel", b.Bytes())
}
