package shorthand

import (
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/chanrender/chanrender/schema"
)

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"",
		"A wrapped cat\n![](https://i.ytimg.com/vi/tntOCGkgt98/maxresdefault.jpg)\n%[Purchase cat](https://i.ytimg.com/vi/tntOCGkgt98/maxresdefault.jpg)",
		"%[wrapped](reply:wrapped)\n%[unwrapped](reply:unwrapped)\n%[dog](reply:dog)",
		"%[Send location](location) $[Buy](25.00) %[x](postback:y)",
		"%[]() %[a [b]](c) $[x](1.234) ![a](b) %[a](http://x.io).",
		"a\xffb %[x\xfe](reply:p\xfd)",
		"\r\n\t%[x](https://x.io)\u00a0\u2028",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := Parse(s, Options{})
		if err != nil {
			t.Fatalf("Parse: %v", err)
		}
		if !utf8.ValidString(m.Text) || !utf8.ValidString(m.MediaURL) {
			t.Fatalf("invalid UTF-8 in %q", m.Text)
		}
		if m.Role != schema.RoleAppMaker || (m.Type != schema.TypeText && m.Type != schema.TypeImage) {
			t.Fatalf("role %q type %q", m.Role, m.Type)
		}
		if (m.Type == schema.TypeImage) != (m.MediaURL != "") {
			t.Fatalf("type %q with mediaUrl %q", m.Type, m.MediaURL)
		}
		fam := noFamily
		for i, a := range m.Actions {
			if a.Text == "" || !utf8.ValidString(a.Text) || !utf8.ValidString(a.Payload) {
				t.Fatalf("actions[%d]: bad text %q or payload %q", i, a.Text, a.Payload)
			}
			if a.Type == schema.ActionBuy && a.Amount <= 0 {
				t.Fatalf("actions[%d]: amount %d", i, a.Amount)
			}
			if f := familyOf(a.Type); fam != noFamily && f != fam {
				t.Fatalf("actions mix quick replies and buttons: %+v", m.Actions)
			} else {
				fam = f
			}
		}
		if _, err := json.Marshal(m); err != nil {
			t.Fatalf("json: %v", err)
		}
		again, _ := Parse(s, Options{})
		if diff := cmp.Diff(m, again); diff != "" {
			t.Fatalf("not deterministic: mismatch (-want +got):\n%s", diff)
		}
	})
}
