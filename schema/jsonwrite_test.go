package schema

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// appendString and Metadata.MarshalJSON write what encoding/json writes.
func TestJSONWriterMatchesEncodingJSON(t *testing.T) {
	strs := []string{"", "plain", `quote " and \ backslash`, "\b\f\n\r\t\x00\x1f\x7f", "<b>&amp;</b>", "é😀\u2028\u2029", "bad \xff utf-8 \xc3", "\ufffd"}
	for _, s := range strs {
		want, err := encodeJSON(s)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(string(want), string(appendString(nil, s))); diff != "" {
			t.Errorf("%q: mismatch (-encoding/json +appendString):\n%s", s, diff)
		}
	}
	md := Metadata{"b": "x<y", "a": json.Number("1.50"), "c": true, "é": "\u2028", "n": 3, "f": 2.5}
	got, err := json.Marshal(md)
	if err != nil {
		t.Fatal(err)
	}
	want, err := json.Marshal(map[string]any(md))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("metadata: mismatch (-map +Metadata):\n%s", diff)
	}
	if _, err := json.Marshal(Metadata{"n": json.Number("1x")}); err == nil {
		t.Error("an invalid json.Number was marshalled")
	}
}

// Passthrough payloads are kept as encoding/json writes their generic
// value: compact, keys sorted, no HTML escaping, numbers as written.
func TestCanonicalPayload(t *testing.T) {
	in := `{"z":"<b>&</b>","a":[1.0,true,null,{"y":2,"x":"\u0001\u2028"}],"m":{},"e":[],"n":-0.5e3}`
	tree, v, perr := parseJSON([]byte(in), DefaultMaxDepth)
	if perr != nil {
		t.Fatal(perr)
	}
	var generic any
	dec := json.NewDecoder(strings.NewReader(in))
	dec.UseNumber()
	if err := dec.Decode(&generic); err != nil {
		t.Fatal(err)
	}
	want, err := encodeJSON(generic)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(tree.canonical(nil, v, "", nil))); diff != "" {
		t.Errorf("mismatch (-encoding/json +canonical):\n%s", diff)
	}
}
