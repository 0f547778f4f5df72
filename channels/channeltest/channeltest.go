// Package channeltest is the conformance kit every channel passes. A
// channel's test is one call:
//
//	func TestConformance(t *testing.T) {
//		channeltest.Run(t, line.New(), channeltest.Limits{...})
//	}
//
// For every message of the corpus (corpus.Messages) Run checks, as
// subtests: the golden payloads and the golden report
// (testdata/golden/<channel>/<message>.payloads.golden and .report.golden,
// written with GOLDIE_UPDATE=1); determinism (two renders give identical
// bytes); that the input is not modified; that every string and count the
// Limits name is within its limit; that every report path exists in the
// input; that every report code is a documented one. It also renders a set
// of hand-built edge messages that bypass schema.Decode, which must not
// panic. Fuzz does the same on fuzzed input.
package channeltest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sebdah/goldie/v2"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

// AppName is the application name every conformance render uses.
const AppName = "ACME"

// Limits declares, for a channel's wire format, the limits the kit checks on
// every payload body. Keys are dotted paths into the JSON body with "*" for
// any array index or object key: "message.quick_replies.*.title",
// "messages.*.template.columns.*.text". A key may also be a single field
// name prefixed with "**." to match that field at any depth:
// "**.callback_data".
type Limits struct {
	// Strings limits the length of the strings at these paths.
	Strings map[string]channels.Limit
	// Counts limits the length of the arrays at these paths.
	Counts map[string]int
	// Payloads is the most payloads one render may give (0: no check).
	Payloads int
}

// Run runs the conformance suite for ch over the whole corpus.
func Run(t *testing.T, ch channels.Channel, lim Limits) {
	t.Helper()
	if err := ch.Capabilities().Validate(); err != nil {
		t.Fatalf("capabilities: %v", err)
	}
	if got, want := ch.Capabilities().Name, ch.Name(); got != want {
		t.Fatalf("Capabilities().Name = %q, Name() = %q", got, want)
	}
	files := Corpus(t)
	g := goldie.New(t,
		goldie.WithFixtureDir(path.Join("testdata", "golden", ch.Name())),
		goldie.WithNameSuffix(".golden"))
	for _, f := range files {
		base := strings.TrimSuffix(f.Name, ".json")
		t.Run(base, func(t *testing.T) {
			res := check(t, ch, f.Data, lim)
			g.Assert(t, base+".payloads", indent(t, res.Payloads))
			g.Assert(t, base+".report", indent(t, res.Report))
		})
	}
	t.Run("edge-messages", func(t *testing.T) {
		for i, m := range edgeMessages() {
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Errorf("edge message %d: panic: %v", i, r)
					}
				}()
				v, err := schema.Validate(m)
				if err != nil {
					return
				}
				res, err := render.Render(v, ch, render.WithAppName(AppName))
				if err != nil {
					t.Errorf("edge message %d: a valid message does not render: %v", i, err)
					return
				}
				for j, p := range res.Payloads {
					var body any
					if err := json.Unmarshal(marshal(t, p.Body), &body); err != nil {
						t.Fatalf("edge message %d: payload %d: %v", i, j, err)
					}
					for _, v := range violations(body, lim) {
						t.Errorf("edge message %d: payload %d: %s", i, j, v)
					}
				}
			}()
		}
	})
	t.Run("build-without-context", func(t *testing.T) {
		for _, f := range files {
			if f.Input.Message == nil {
				continue
			}
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Errorf("%s: Build(m, nil) panics: %v", f.Name, r)
					}
				}()
				_, _ = ch.Build(f.Input.Message.Message(), nil)
			}()
		}
	})
	t.Run("capabilities-built-once", func(t *testing.T) {
		// Every call returns the table built with the channel value: the
		// same maps, not a new table per call.
		a, b := ch.Capabilities(), ch.Capabilities()
		for _, s := range [][2]channels.ActionSet{
			{a.Actions.Message, b.Actions.Message}, {a.Actions.Replies, b.Actions.Replies},
			{a.Actions.CarouselItem, b.Actions.CarouselItem}, {a.Actions.ListItem, b.Actions.ListItem},
			{a.Actions.ItemsMessage, b.Actions.ItemsMessage},
		} {
			if reflect.ValueOf(s[0].Rules).UnsafePointer() != reflect.ValueOf(s[1].Rules).UnsafePointer() {
				t.Fatal("Capabilities builds a new table on each call")
			}
		}
		// A Clone is the caller's own: changing it leaves the channel's
		// table as it was.
		before := ch.Capabilities().Clone()
		c := ch.Capabilities().Clone()
		for _, r := range c.Actions.Message.Rules {
			for i := range r.Schemes {
				r.Schemes[i] = "changed"
			}
		}
		for i := range c.Items.ImageSchemes {
			c.Items.ImageSchemes[i] = "changed"
		}
		clear(c.Actions.Message.Rules)
		clear(c.Actions.Replies.Rules)
		clear(c.Actions.CarouselItem.Rules)
		if diff := cmp.Diff(before, ch.Capabilities()); diff != "" {
			t.Errorf("changing a Clone changed the channel's table (-want +got):\n%s", diff)
		}
	})
}

// Fuzz renders every input that decodes: no panic, deterministic, within
// the limits, report paths in the input. Use it from a channel's fuzz
// target: func FuzzRender(f *testing.F) { channeltest.Fuzz(f, New(), limits) }.
func Fuzz(f *testing.F, ch channels.Channel, lim Limits) {
	for _, file := range Corpus(f) {
		f.Add(file.Data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := schema.DecodeInput(data); err != nil {
			return
		}
		check(t, ch, data, lim)
	})
}

// check renders data (a valid message or activity) for ch and applies every
// per-message check; it returns the first result.
func check(t *testing.T, ch channels.Channel, data []byte, lim Limits) render.Result {
	t.Helper()
	in, err := schema.DecodeInput(data)
	if err != nil {
		t.Fatalf("corpus message does not decode: %v", err)
	}
	var before any
	if in.Message != nil {
		before = in.Message.Message().Clone()
	}
	res := renderInput(t, ch, in)
	again := renderInput(t, ch, in)
	if diff := cmp.Diff(marshal(t, res), marshal(t, again)); diff != "" {
		t.Errorf("two renders differ (-first +second):\n%s", diff)
	}
	if in.Message != nil {
		if diff := cmp.Diff(before, any(in.Message.Message())); diff != "" {
			t.Errorf("render modified its input (-before +after):\n%s", diff)
		}
	}
	if len(res.Payloads) == 0 && in.Message != nil && !res.Report.Has(channels.Dropped, "") {
		t.Errorf("a message rendered to no payload, and the report does not say it was dropped")
	}
	if lim.Payloads > 0 && len(res.Payloads) > lim.Payloads {
		t.Errorf("%d payloads, at most %d expected", len(res.Payloads), lim.Payloads)
	}
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Report {
		if !d.Code.Valid() {
			t.Errorf("report code %q is not a documented code", d.Code)
		}
		if !pathExists(doc, d.Path) {
			t.Errorf("report path %q (%s) does not exist in the input", d.Path, d.Code)
		}
		if d.Detail == "" {
			t.Errorf("report entry %s at %q has no detail", d.Code, d.Path)
		}
	}
	for i, p := range res.Payloads {
		if p.Method == "" {
			t.Errorf("payload %d has no method", i)
		}
		var body any
		if err := json.Unmarshal(marshal(t, p.Body), &body); err != nil {
			t.Fatalf("payload %d: %v", i, err)
		}
		for _, v := range violations(body, lim) {
			t.Errorf("payload %d: %s", i, v)
		}
	}
	return res
}

func renderInput(t *testing.T, ch channels.Channel, in schema.Input) render.Result {
	t.Helper()
	var res render.Result
	var err error
	if in.Activity != nil {
		res, err = render.Activity(in.Activity, ch, render.WithAppName(AppName))
	} else {
		res, err = render.Render(in.Message, ch, render.WithAppName(AppName))
	}
	if err != nil {
		t.Fatalf("render: %v", err)
	}
	return res
}

func marshal(t *testing.T, v any) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatalf("marshal: %v", err)
	}
	return b.Bytes()
}

func indent(t *testing.T, v any) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatalf("marshal: %v", err)
	}
	return b.Bytes()
}

// violations walks a decoded JSON body and lists every string and array the
// limits name that exceeds its limit.
func violations(body any, lim Limits) []string {
	var out []string
	var walk func(v any, p []string)
	walk = func(v any, p []string) {
		switch x := v.(type) {
		case map[string]any:
			keys := make([]string, 0, len(x))
			for k := range x {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				walk(x[k], append(p, k))
			}
		case []any:
			for pat, max := range lim.Counts {
				if match(pat, p) && len(x) > max {
					out = append(out, fmt.Sprintf("%s: %d elements > %d", strings.Join(p, "."), len(x), max))
				}
			}
			for i, e := range x {
				walk(e, append(p, strconv.Itoa(i)))
			}
		case string:
			for pat, l := range lim.Strings {
				if match(pat, p) && !l.Fits(x) {
					out = append(out, fmt.Sprintf("%s: %d %s > %s", strings.Join(p, "."), l.Len(x), l.Unit, l))
				}
			}
		}
	}
	walk(body, nil)
	sort.Strings(out)
	return out
}

// match reports whether the concrete path p matches the pattern.
func match(pattern string, p []string) bool {
	if field, ok := strings.CutPrefix(pattern, "**."); ok {
		return len(p) > 0 && p[len(p)-1] == field
	}
	parts := strings.Split(pattern, ".")
	if len(parts) != len(p) {
		return false
	}
	for i, s := range parts {
		if s != "*" && s != p[i] {
			return false
		}
	}
	return true
}

// pathExists resolves a report path (items[2].actions[0].uri, "" for the
// root) in the decoded input.
func pathExists(doc any, p string) bool {
	if p == "" {
		return true
	}
	cur := doc
	for _, seg := range strings.Split(p, ".") {
		name, rest, _ := strings.Cut(seg, "[")
		if name != "" {
			obj, ok := cur.(map[string]any)
			if !ok {
				return false
			}
			if cur, ok = obj[name]; !ok {
				return false
			}
		}
		for rest != "" {
			idx, after, ok := strings.Cut(rest, "]")
			if !ok {
				return false
			}
			i, err := strconv.Atoi(idx)
			arr, isArr := cur.([]any)
			if err != nil || !isArr || i < 0 || i >= len(arr) {
				return false
			}
			cur = arr[i]
			rest = strings.TrimPrefix(after, "[")
		}
	}
	return true
}
