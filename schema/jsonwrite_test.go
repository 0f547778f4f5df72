package schema

import (
	"encoding/json"
	"io"
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

// FuzzParse holds the decoder's parser to encoding/json: the same inputs
// are well-formed JSON (within the depth bound), with the same offset on a
// syntax error, and a well-formed input has the same value (compared
// through the canonical encoding, which also checks string decoding).
func FuzzParse(f *testing.F) {
	for _, s := range []string{`{"a\\\\":"b\\"c"}`, `["\\\\\\"x"]`, `{"a":"b"}`, `[1,2.5e3,-0,true,false,null]`, `"\ud83d\ude00\ud800x\u00e9"`, `{"a":{"b":[{}]}}`, `{"a" 1}`, `[1,]`, "\"\xff\"", `01`, `{"a":1}x`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if countDepth(data) > DefaultMaxDepth {
			return
		}
		tree, v, perr := parseJSON(data, DefaultMaxDepth)
		var generic any
		dec := json.NewDecoder(strings.NewReader(string(data)))
		dec.UseNumber()
		err := dec.Decode(&generic)
		if err == nil && dec.InputOffset() < int64(len(strings.TrimRight(string(data), jsonSpace))) {
			err = errTrailing
		}
		if (perr == nil) != (err == nil) {
			t.Fatalf("parser error %v, encoding/json error %v, on %q", perr, err, data)
		}
		if perr != nil {
			return
		}
		if n := countMembers(data, DefaultMaxDepth); n != len(tree.arena) {
			t.Fatalf("countMembers = %d, the parse has %d members: %q", n, len(tree.arena), data)
		}
		if tree.dups > 0 {
			return // encoding/json keeps the last value, the parser reports the key
		}
		want, err := encodeJSON(generic)
		if err != nil {
			t.Fatal(err)
		}
		if got := tree.canonical(nil, v, "", nil); string(got) != string(want) {
			t.Fatalf("value differs on %q:\nencoding/json %s\nparser        %s", data, want, got)
		}
	})
}

var errTrailing = io.ErrUnexpectedEOF

// countDepth is the nesting depth of data, strings skipped.
func countDepth(data []byte) int {
	depth, most, inString := 0, 0, false
	for i := 0; i < len(data); i++ {
		switch c := data[i]; {
		case inString && c == '\\':
			i++
		case c == '"':
			inString = !inString
		case !inString && (c == '{' || c == '['):
			depth++
			most = max(most, depth)
		case !inString && (c == '}' || c == ']'):
			depth--
		}
	}
	return most
}
