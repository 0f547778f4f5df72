package telegram_test

import (
	"encoding/json"
	"testing"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/telegram"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

func decode(t *testing.T, src string) *schema.Valid {
	t.Helper()
	m, err := schema.Decode([]byte(src))
	if err != nil {
		t.Fatalf("decode: %v\n%s", err, src)
	}
	return m
}

func mustRender(t *testing.T, m *schema.Valid) render.Result {
	t.Helper()
	res, err := render.Render(m, telegram.New(), render.WithAppName("ACME"))
	if err != nil {
		t.Fatalf("render: %v", err)
	}
	return res
}

// entry is the part of a Degradation tests assert on.
type entry struct {
	Code channels.Code
	Path string
}

func entries(r channels.Report) []entry {
	out := []entry{}
	for _, d := range r {
		out = append(out, entry{d.Code, d.Path})
	}
	return out
}

// callbackData returns every callback_data of the payloads, in order.
func callbackData(t *testing.T, ps []channels.Payload) []string {
	t.Helper()
	var out []string
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				if s, ok := e.(string); ok && k == "callback_data" {
					out = append(out, s)
				}
				walk(e)
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	for _, p := range ps {
		b, err := json.Marshal(p.Body)
		if err != nil {
			t.Fatal(err)
		}
		var v any
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatal(err)
		}
		walk(v)
	}
	return out
}

// valid validates a message built in the test.
func valid(t *testing.T, m *schema.Message) *schema.Valid {
	t.Helper()
	v, err := schema.Validate(m)
	if err != nil {
		t.Fatalf("validate: %v", err)
	}
	return v
}
