package line_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/chanrender/chanrender/channels/line"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

// renderJSON decodes a canonical message and renders it for LINE.
func renderJSON(t testing.TB, in string) render.Result {
	t.Helper()
	m, err := schema.Decode([]byte(in))
	if err != nil {
		t.Fatalf("decode: %v", err)
	}
	res, err := render.Render(m, line.New(), render.WithAppName("ACME"))
	if err != nil {
		t.Fatalf("render: %v", err)
	}
	return res
}

// bodies returns each payload's body as generic JSON.
func bodies(t testing.TB, res render.Result) []map[string]any {
	t.Helper()
	var out []map[string]any
	for i, p := range res.Payloads {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(p.Body); err != nil {
			t.Fatalf("payload %d: %v", i, err)
		}
		var v map[string]any
		if err := json.Unmarshal(b.Bytes(), &v); err != nil {
			t.Fatalf("payload %d: %v", i, err)
		}
		out = append(out, v)
	}
	return out
}

// messages returns the messages of every push payload, in order.
func messages(t testing.TB, res render.Result) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, b := range bodies(t, res) {
		ms, _ := b["messages"].([]any)
		for _, m := range ms {
			out = append(out, m.(map[string]any))
		}
	}
	return out
}

// get walks a decoded JSON value by keys and indices.
func get(v any, path ...any) any {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				return nil
			}
			v = m[k]
		case int:
			a, ok := v.([]any)
			if !ok || k < 0 || k >= len(a) {
				return nil
			}
			v = a[k]
		}
	}
	return v
}
