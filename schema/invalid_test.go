package schema

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// pathRule is what the invalid-input tests assert: where and which rule,
// never the wording.
type pathRule struct {
	Path string
	Rule Rule
}

// invalidDir holds one bad input per file. The project's tests never read
// from outside the repository.
const invalidDir = "testdata/invalid"

// invalidCases lists every file of invalidDir with the exact set of problems
// DecodeInput must report. Syntax cases also give the byte offset.
var invalidCases = []struct {
	file   string
	want   []pathRule
	offset int64 // checked for RuleSyntax only
}{
	{"01-text-raw-docs.txt", []pathRule{{"", RuleSyntax}}, 141},
	{"02-reply-raw-docs.txt", []pathRule{{"", RuleSyntax}}, 207},
	{"03-old-endpoint-appuser.json", []pathRule{{"type", RuleRequired}}, 0},
	{"04-old-endpoint-appmaker.json", []pathRule{{"type", RuleRequired}}, 0},
	{"05-guide-typing-no-role.json", []pathRule{{"role", RuleRequired}}, 0},
	{"06-missing-role.json", []pathRule{{"role", RuleRequired}}, 0},
	{"07-missing-type.json", []pathRule{{"type", RuleRequired}}, 0},
	{"08-missing-text.json", []pathRule{{"text", RuleRequired}}, 0},
	{"09-blank-text.json", []pathRule{{"text", RuleRequired}}, 0},
	{"10-image-missing-media-url.json", []pathRule{{"mediaUrl", RuleRequired}}, 0},
	{"11-location-missing-coordinates.json", []pathRule{{"coordinates", RuleRequired}}, 0},
	{"12-carousel-missing-items.json", []pathRule{{"items", RuleRequired}}, 0},
	{"13-item-missing-title.json", []pathRule{{"items[0].title", RuleRequired}}, 0},
	{"14-item-missing-actions.json", []pathRule{{"items[1].actions", RuleRequired}}, 0},
	{"15-link-missing-uri.json", []pathRule{{"actions[0].uri", RuleRequired}}, 0},
	{"16-postback-missing-payload.json", []pathRule{{"actions[0].payload", RuleRequired}}, 0},
	{"17-buy-missing-amount.json", []pathRule{{"actions[0].amount", RuleRequired}}, 0},
	{"18-reply-empty-payload.json", []pathRule{{"actions[0].payload", RuleRequired}}, 0},
	{"19-bad-role.json", []pathRule{{"role", RuleEnum}}, 0},
	{"20-bad-type.json", []pathRule{{"type", RuleEnum}}, 0},
	{"21-bad-action-type.json", []pathRule{{"actions[0].type", RuleEnum}}, 0},
	{"22-bad-item-size.json", []pathRule{{"items[0].size", RuleEnum}}, 0},
	{"23-bad-webview-size.json", []pathRule{{"actions[0].size", RuleEnum}}, 0},
	{"24-bad-aspect-ratio.json", []pathRule{{"displaySettings.imageAspectRatio", RuleEnum}}, 0},
	{"25-eleven-items.json", []pathRule{{"items", RuleCount}}, 0},
	{"26-zero-items.json", []pathRule{{"items", RuleCount}}, 0},
	{"27-four-item-actions.json", []pathRule{{"items[0].actions", RuleCount}}, 0},
	{"28-reply-with-link.json", []pathRule{{"actions[1]", RuleCombination}}, 0},
	{"29-location-request-with-postback.json", []pathRule{{"actions[0]", RuleCombination}}, 0},
	{"30-appuser-actions.json", []pathRule{{"actions", RuleForbidden}}, 0},
	{"31-metadata-nested-object.json", []pathRule{{"metadata.customer", RuleFlat}}, 0},
	{"32-metadata-nested-array.json", []pathRule{{"metadata.tags", RuleFlat}}, 0},
	{"33-action-metadata-nested.json", []pathRule{{"actions[0].metadata.ids", RuleFlat}, {"actions[0].metadata.intent", RuleFlat}}, 0},
	{"34-amount-fraction.json", []pathRule{{"actions[0].amount", RuleInteger}}, 0},
	{"35-amount-exponent.json", []pathRule{{"actions[0].amount", RuleInteger}}, 0},
	{"36-amount-zero.json", []pathRule{{"actions[0].amount", RuleRange}}, 0},
	{"37-amount-negative.json", []pathRule{{"actions[0].amount", RuleRange}}, 0},
	{"38-currency-uppercase.json", []pathRule{{"actions[0].currency", RuleCurrency}}, 0},
	{"39-currency-unknown.json", []pathRule{{"actions[0].currency", RuleCurrency}}, 0},
	{"40-lat-91.json", []pathRule{{"coordinates.lat", RuleRange}}, 0},
	{"41-long-minus-181.json", []pathRule{{"coordinates.long", RuleRange}}, 0},
	{"42-lat-string.json", []pathRule{{"coordinates.lat", RuleType}}, 0},
	{"43-text-number.json", []pathRule{{"text", RuleType}}, 0},
	{"44-items-object.json", []pathRule{{"items", RuleType}}, 0},
	{"45-actions-string.json", []pathRule{{"actions", RuleType}}, 0},
	{"46-two-defaults.json", []pathRule{{"items[0].actions[1].default", RuleDefault}}, 0},
	{"47-default-postback.json", []pathRule{{"items[0].actions[0].default", RuleDefault}}, 0},
	{"48-reply-in-item.json", []pathRule{{"items[0].actions[1]", RuleForbidden}}, 0},
	{"49-relative-media-url.json", []pathRule{{"mediaUrl", RuleURL}}, 0},
	{"50-truncated.json", []pathRule{{"", RuleSyntax}}, 49},
	{"51-empty.json", []pathRule{{"", RuleEmpty}}, 0},
	{"52-trailing-garbage.json", []pathRule{{"", RuleSyntax}}, 56},
	{"53-many-problems.json", []pathRule{{"role", RuleRequired}, {"text", RuleType}, {"metadata.nested", RuleFlat}, {"mediaUrl", RuleForbidden}, {"items[0].title", RuleRequired}, {"items[0].size", RuleEnum}, {"items[0].actions[0].uri", RuleURL}, {"items[0].actions[1]", RuleForbidden}, {"items[1].actions[0].amount", RuleInteger}, {"items[1].actions[0].currency", RuleCurrency}}, 0},
	{"54-share-in-message.json", []pathRule{{"actions[0]", RuleForbidden}}, 0},
	{"55-default-in-message.json", []pathRule{{"actions[0].default", RuleDefault}}, 0},
	{"56-webview-javascript-uri.json", []pathRule{{"actions[0].uri", RuleURL}}, 0},
	{"57-media-url-on-text.json", []pathRule{{"mediaUrl", RuleForbidden}}, 0},
	{"58-coordinates-on-text.json", []pathRule{{"coordinates", RuleForbidden}}, 0},
	{"59-items-on-text.json", []pathRule{{"items", RuleForbidden}}, 0},
	{"60-display-settings-on-text.json", []pathRule{{"displaySettings", RuleForbidden}}, 0},
	{"61-destination-empty.json", []pathRule{{"destination", RuleRequired}}, 0},
	{"62-destination-appuser.json", []pathRule{{"destination", RuleForbidden}}, 0},
	{"63-override-payload-string.json", []pathRule{{"override.line.payload", RuleType}}, 0},
	{"64-override-missing-payload.json", []pathRule{{"override.messenger.payload", RuleRequired}}, 0},
	{"65-activity-appuser.json", []pathRule{{"role", RuleEnum}}, 0},
	{"66-activity-bad-type.json", []pathRule{{"type", RuleEnum}}, 0},
	{"67-root-array.json", []pathRule{{"", RuleType}}, 0},
	{"68-extra-options-on-postback.json", []pathRule{{"actions[0].extraChannelOptions", RuleForbidden}}, 0},
	{"69-messenger-options-bad.json", []pathRule{{"actions[0].extraChannelOptions.messenger.webview_height_ratio", RuleEnum}, {"actions[0].extraChannelOptions.messenger.messenger_extensions", RuleType}, {"actions[0].extraChannelOptions.messenger.fallback_url", RuleURL}}, 0},
	{"70-null-text.json", []pathRule{{"text", RuleType}}, 0},
	{"71-avatar-ftp.json", []pathRule{{"avatarUrl", RuleURL}}, 0},
	{"72-appuser-carousel.json", []pathRule{{"items", RuleForbidden}}, 0},
	{"73-amount-string.json", []pathRule{{"actions[0].amount", RuleType}}, 0},
	{"74-amount-overflow.json", []pathRule{{"actions[0].amount", RuleInteger}}, 0},
	{"75-item-action-blank-text.json", []pathRule{{"items[0].actions[0].text", RuleRequired}}, 0},
}

func TestInvalidFiles(t *testing.T) {
	listed := map[string]bool{}
	for _, tc := range invalidCases {
		listed[tc.file] = true
		t.Run(tc.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(invalidDir, tc.file))
			if err != nil {
				t.Fatal(err)
			}
			in, err := DecodeInput(data)
			if err == nil {
				t.Fatalf("DecodeInput succeeded: %+v", in)
			}
			if in.Message != nil || in.Activity != nil {
				t.Errorf("DecodeInput returned a value with an error: %+v", in)
			}
			got := pathRules(err)
			if diff := cmp.Diff(sortedPathRules(tc.want), sortedPathRules(got)); diff != "" {
				t.Errorf("problems mismatch (-want +got):\n%s\nerror:\n%v", diff, err)
			}
			for _, e := range Errors(err) {
				if e.Rule == RuleSyntax && e.Offset != tc.offset {
					t.Errorf("syntax error offset = %d, want %d (%v)", e.Offset, tc.offset, e)
				}
				if !strings.HasPrefix(e.Error(), "schema: ") {
					t.Errorf("error %q does not start with %q", e.Error(), "schema: ")
				}
			}
		})
	}
	entries, err := os.ReadDir(invalidDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !listed[e.Name()] {
			t.Errorf("%s/%s is not listed in invalidCases", invalidDir, e.Name())
		}
	}
	if len(invalidCases) < 40 {
		t.Errorf("only %d invalid cases", len(invalidCases))
	}
}

func pathRules(err error) []pathRule {
	var out []pathRule
	for _, e := range Errors(err) {
		out = append(out, pathRule{e.Path, e.Rule})
	}
	return out
}

func sortedPathRules(prs []pathRule) []pathRule {
	s := slices.Clone(prs)
	slices.SortFunc(s, func(a, b pathRule) int {
		if c := strings.Compare(a.Path, b.Path); c != 0 {
			return c
		}
		return strings.Compare(string(a.Rule), string(b.Rule))
	})
	return s
}

// The same problem must never be reported twice.
func TestInvalidFilesNoDuplicates(t *testing.T) {
	for _, tc := range invalidCases {
		data, err := os.ReadFile(filepath.Join(invalidDir, tc.file))
		if err != nil {
			t.Fatal(err)
		}
		_, err = DecodeInput(data)
		got := sortedPathRules(pathRules(err))
		if c := slices.Compact(slices.Clone(got)); len(c) != len(got) {
			t.Errorf("%s: duplicate problems: %v", tc.file, got)
		}
	}
}

func TestHugeInputRefusedBeforeParsing(t *testing.T) {
	// Over 1 MiB and not even JSON: the size bound must trip first.
	data := bytes.Repeat([]byte("x"), 1<<20+1)
	_, err := Decode(data)
	if diff := cmp.Diff([]pathRule{{"", RuleSize}}, pathRules(err)); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	// Exactly 1 MiB is allowed through to the parser.
	ok := append([]byte(`{"role":"appMaker","type":"text","text":"`), bytes.Repeat([]byte("a"), 1<<20-43)...)
	ok = append(ok, `"}`...)
	if len(ok) != 1<<20 {
		t.Fatalf("test input is %d bytes", len(ok))
	}
	if _, err := Decode(ok); err != nil {
		t.Errorf("1 MiB message: %v", err)
	}
}

func TestDeepNestingRefusedBeforeParsing(t *testing.T) {
	deep := strings.Repeat("[", 10000) + strings.Repeat("]", 10000)
	_, err := Decode([]byte(deep))
	if diff := cmp.Diff([]pathRule{{"", RuleDepth}}, pathRules(err)); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if es := Errors(err); len(es) == 1 && es[0].Offset != 65 {
		t.Errorf("depth error offset = %d, want 65", es[0].Offset)
	}
	// Brackets inside strings do not count.
	inString := `{"role":"appMaker","type":"text","text":"` + strings.Repeat("[{", 500) + `\"` + `"}`
	if _, err := Decode([]byte(inString)); err != nil {
		t.Errorf("brackets in a string: %v", err)
	}
	// The metadata of an item action is 6 deep; WithMaxDepth(5) refuses it.
	msg := `{"role":"appMaker","type":"carousel","items":[{"title":"T","actions":[{"type":"share","metadata":{"a":1}}]}]}`
	if _, err := Decode([]byte(msg)); err != nil {
		t.Fatalf("default depth: %v", err)
	}
	_, err = Decode([]byte(msg), WithMaxDepth(5))
	if diff := cmp.Diff([]pathRule{{"", RuleDepth}}, pathRules(err)); diff != "" {
		t.Errorf("WithMaxDepth(5): mismatch (-want +got):\n%s", diff)
	}
	if _, err := Decode([]byte(msg), WithMaxDepth(6)); err != nil {
		t.Errorf("WithMaxDepth(6): %v", err)
	}
}

func TestWithMaxBytes(t *testing.T) {
	msg := []byte(`{"role":"appMaker","type":"text","text":"Hello!"}`)
	if _, err := Decode(msg, WithMaxBytes(int64(len(msg)))); err != nil {
		t.Errorf("at the bound: %v", err)
	}
	_, err := Decode(msg, WithMaxBytes(int64(len(msg)-1)))
	if diff := cmp.Diff([]pathRule{{"", RuleSize}}, pathRules(err)); diff != "" {
		t.Errorf("over the bound: mismatch (-want +got):\n%s", diff)
	}
	// A bound below 1 keeps the default.
	if _, err := Decode(msg, WithMaxBytes(0)); err != nil {
		t.Errorf("WithMaxBytes(0): %v", err)
	}
}

func TestWithStrict(t *testing.T) {
	msg := []byte(`{
  "role": "appMaker", "type": "carousel", "_id": "57966d21c19c9da00839a5e9",
  "items": [{"title": "Tacos", "colour": "red", "actions": [{"type": "postback", "text": "Select", "payload": "TACOS", "uri": ""}]}],
  "metadata": {"anything": "goes"},
  "override": {"line": {"payload": {"free": {"form": true}}, "note": "x"}}
}`)
	v, err := Decode(msg)
	if err != nil {
		t.Fatalf("default mode: %v", err)
	}
	m := v.Message()
	if m.Items[0].Actions[0].URI != "" {
		t.Errorf("a postback kept the uri of another action type: %q", m.Items[0].Actions[0].URI)
	}
	_, err = Decode(msg, WithUnknownFieldErrors())
	want := []pathRule{
		{"items[0].actions[0].uri", RuleUnknown},
		{"items[0].colour", RuleUnknown},
		{"override.line.note", RuleUnknown},
		{"_id", RuleUnknown},
	}
	if diff := cmp.Diff(want, pathRules(err)); diff != "" {
		t.Errorf("strict: mismatch (-want +got):\n%s", diff)
	}
	_, err = DecodeActivity([]byte(`{"role":"appMaker","type":"typing:stop","colour":"red"}`), WithUnknownFieldErrors())
	if diff := cmp.Diff([]pathRule{{"colour", RuleUnknown}}, pathRules(err)); diff != "" {
		t.Errorf("strict activity: mismatch (-want +got):\n%s", diff)
	}
}

func TestErrorsAs(t *testing.T) {
	_, err := Decode([]byte(`{"role":"appMaker","type":"text","text":"Hi","actions":[{"type":"link","text":"Go"}]}`))
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("errors.As(%v) found no *Error", err)
	}
	if diff := cmp.Diff(pathRule{"actions[0].uri", RuleRequired}, pathRule{e.Path, e.Rule}); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if got, want := err.Error(), "schema: actions[0].uri: required"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	wrapped := errors.Join(errors.New("context"), err)
	if diff := cmp.Diff(pathRules(err), pathRules(wrapped)); diff != "" {
		t.Errorf("Errors through a wrapper: mismatch (-want +got):\n%s", diff)
	}
	if Errors(nil) != nil || Errors(errors.New("plain")) != nil {
		t.Error("Errors of an error without *Error is not nil")
	}
}

func TestErrorFormat(t *testing.T) {
	tests := []struct {
		err  Error
		want string
	}{
		{Error{Path: "items[0].title", Rule: RuleRequired, Detail: "required"}, "schema: items[0].title: required"},
		{Error{Rule: RuleEmpty, Detail: "input is empty"}, "schema: input is empty"},
		{Error{Rule: RuleSyntax, Offset: 12, Detail: "unexpected end of input"}, "schema: invalid JSON at byte 12: unexpected end of input"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}
