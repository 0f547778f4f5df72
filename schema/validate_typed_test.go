package schema

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Validate checks the typed value directly. Its reference is what the JSON
// of the same message decodes to: Validate(m) must give exactly the
// problems (paths and rules) and the normalised message of
// Decode(Encode(m)). The differences are deliberate and listed in
// oracleDiffers.

// oracle is Decode(Encode(m)): the old round-trip validation.
func oracle(m *Message) (*Message, []pathRule, bool) {
	data, err := Encode(m)
	if err != nil {
		return nil, nil, false // JSON cannot carry m: Validate must still refuse it with a path
	}
	v, err := Decode(data, WithMaxBytes(int64(len(data))+1))
	return v.Message(), pathRules(err), true
}

// compareWithOracle checks Validate against the oracle for one message.
func compareWithOracle(t *testing.T, m *Message) {
	t.Helper()
	before, _ := Encode(m)
	v, err := Validate(m)
	if after, _ := Encode(m); string(before) != string(after) {
		t.Fatalf("Validate modified its input:\n%s\n%s", before, after)
	}
	if err != nil {
		checkErrors(t, err)
	}
	want, wantRules, ok := oracle(m)
	if !ok {
		if err == nil {
			t.Fatalf("Validate accepted a message JSON cannot carry: %#v", m)
		}
		for _, e := range Errors(err) {
			if e.Path == "" {
				t.Errorf("error without a path: %v", e)
			}
		}
		return
	}
	got := pathRules(err)
	if diff := cmp.Diff(sortedPathRules(oracleDiffers(wantRules)), sortedPathRules(got)); diff != "" {
		t.Fatalf("problems differ from Decode(Encode(m)) (-decode +validate):\n%s\nvalidate: %v", diff, err)
	}
	if err == nil {
		if diff := cmp.Diff(want, v.Message()); diff != "" {
			t.Fatalf("normalised message differs from Decode(Encode(m)) (-decode +validate):\n%s", diff)
		}
	}
}

// oracleDiffers maps the round trip's problems to Validate's where they
// differ on purpose: an item built without actions encodes as
// "actions": null, a type error in JSON, and is "required" in code.
func oracleDiffers(prs []pathRule) []pathRule {
	if len(prs) == 0 {
		return nil
	}
	out := make([]pathRule, 0, len(prs))
	for _, pr := range prs {
		if pr.Rule == RuleType && len(pr.Path) > 8 && pr.Path[len(pr.Path)-8:] == ".actions" {
			pr.Rule = RuleRequired
		}
		out = append(out, pr)
	}
	return out
}

// looseMessage reads JSON into a Message the way code would fill one in:
// encoding/json with no checks (so values of any shape reach Validate).
func looseMessage(data []byte) (*Message, bool) {
	var m Message
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, false
	}
	return &m, true
}

func TestValidateMatchesDecode(t *testing.T) {
	n := 0
	for _, dir := range []string{corpusDir, invalidDir} {
		paths, err := filepath.Glob(filepath.Join(dir, "*"))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			m, ok := looseMessage(data)
			if !ok {
				continue
			}
			n++
			t.Run(filepath.Base(p), func(t *testing.T) { compareWithOracle(t, m) })
		}
	}
	if n < 100 {
		t.Errorf("only %d messages compared", n)
	}
}

// Values only Go can hold are refused with their path, never a panic.
func TestValidateGoOnlyValues(t *testing.T) {
	nan := func() float64 { z := 0.0; return z / z }()
	tests := []struct {
		name string
		m    *Message
		want []pathRule
	}{
		{"NaN latitude", &Message{Role: RoleAppMaker, Type: TypeLocation, Coordinates: &Coordinates{Lat: nan, Long: 2}},
			[]pathRule{{"coordinates.lat", RuleRange}}},
		{"bad json.Number", &Message{Role: RoleAppMaker, Type: TypeText, Text: "hi", Metadata: Metadata{"n": json.Number("12abc")}},
			[]pathRule{{"metadata.n", RuleType}}},
		{"channel value in metadata", &Message{Role: RoleAppMaker, Type: TypeText, Text: "hi", Metadata: Metadata{"c": make(chan int)}},
			[]pathRule{{"metadata.c", RuleFlat}}},
		{"override not JSON", &Message{Role: RoleAppMaker, Type: TypeText, Text: "hi", Override: map[string]Override{"line": {Payload: json.RawMessage(`{"a":`)}}},
			[]pathRule{{"override.line.payload", RuleType}}},
		{"override with a repeated key", &Message{Role: RoleAppMaker, Type: TypeText, Text: "hi", Override: map[string]Override{"line": {Payload: json.RawMessage(`{"a":1,"a":2}`)}}},
			[]pathRule{{"override.line.payload.a", RuleDuplicate}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Validate(tt.m)
			if diff := cmp.Diff(tt.want, pathRules(err)); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s\nerror: %v", diff, err)
			}
		})
	}
	// Go numbers and invalid UTF-8 come out as JSON would carry them.
	v, err := Validate(&Message{Role: RoleAppMaker, Type: TypeText, Text: "a\xffb", Metadata: Metadata{"n": 3, "f": 1.5}})
	if err != nil {
		t.Fatal(err)
	}
	want := &Message{Role: RoleAppMaker, Type: TypeText, Text: "a\uFFFDb", Metadata: Metadata{"n": json.Number("3"), "f": json.Number("1.5")}}
	if diff := cmp.Diff(want, v.Message()); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

// FuzzValidate builds messages the way code would (encoding/json into the
// typed model, no checks) and holds Validate to Decode(Encode(m)).
func FuzzValidate(f *testing.F) {
	for _, dir := range []string{corpusDir, invalidDir} {
		paths, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, p := range paths {
			if data, err := os.ReadFile(p); err == nil {
				f.Add(data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, ok := looseMessage(data)
		if !ok {
			return
		}
		compareWithOracle(t, m)
	})
}

// Validate bounds the work a message built in code can cause, as Decode
// does for bytes.
func TestValidateSizeBound(t *testing.T) {
	m := &Message{Role: RoleAppMaker, Type: TypeText, Text: "Pick one"}
	for i := 0; len(m.Actions) < 40000; i++ {
		m.Actions = append(m.Actions, Action{Type: ActionLink, Text: "Link", URI: "https://example.com/a/long/enough/path"})
	}
	_, err := Validate(m)
	if diff := cmp.Diff([]pathRule{{"", RuleSize}}, pathRules(err)); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if _, err := Validate(m, WithMaxBytes(8<<20)); err != nil {
		t.Errorf("within WithMaxBytes(8 MiB): %v", err)
	}
	// The bound is a lower bound of the JSON: what encodes within the
	// limit is never refused.
	data, _ := Encode(m)
	if _, err := Validate(m, WithMaxBytes(int64(len(data)))); err != nil {
		t.Errorf("at its own encoded size (%d bytes): %v", len(data), err)
	}
}

// Amounts are at most 10^15 minor units, so that every price shows exactly.
func TestMaxAmount(t *testing.T) {
	for _, tc := range []struct {
		amount string
		want   []pathRule
	}{
		{"1000000000000000", nil},
		{"1000000000000001", []pathRule{{"actions[0].amount", RuleRange}}},
		{"9007199254740993", []pathRule{{"actions[0].amount", RuleRange}}},
		{"9223372036854775807", []pathRule{{"actions[0].amount", RuleRange}}},
		{"9223372036854775808", []pathRule{{"actions[0].amount", RuleInteger}}},
	} {
		_, err := Decode([]byte(`{"role":"appMaker","type":"text","text":"Pay","actions":[{"type":"buy","text":"Pay","amount":` + tc.amount + `}]}`))
		if diff := cmp.Diff(tc.want, pathRules(err)); diff != "" {
			t.Errorf("amount %s: mismatch (-want +got):\n%s", tc.amount, diff)
		}
	}
}

func TestUnsafeScheme(t *testing.T) {
	for uri, want := range map[string]bool{
		"javascript:alert(1)": true, "JavaScript:x": true, " \x01javascript:x": true, "java\tscript:x": true,
		"vbscript:x": true, "data:text/html,x": true, "DATA:x": true, "file:///etc/passwd": true,
		"https://example.com/javascript:x": false, "http://x": false, "tel:+1": false, "mailto:a@b": false,
		"javascripts:x": false, "": false, "javascript": false, "xjavascript:y": false,
	} {
		if got := UnsafeScheme(uri); got != want {
			t.Errorf("UnsafeScheme(%q) = %v, want %v", uri, got, want)
		}
	}
}
