package schema

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestEncode(t *testing.T) {
	m := &Message{Role: RoleAppMaker, Type: TypeText, Text: "Tacos & <burritos> → 🌮",
		Actions: []Action{{Type: ActionLink, Text: "Menu", URI: "https://a.example/?a=1&b=2"}}}
	got, err := Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"role":"appMaker","type":"text","text":"Tacos & <burritos> → 🌮","actions":[{"type":"link","text":"Menu","uri":"https://a.example/?a=1&b=2"}]}`
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	a, err := EncodeActivity(&Activity{Role: RoleAppMaker, Type: TypingStart})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(`{"role":"appMaker","type":"typing:start"}`, string(a)); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if _, err := Encode(nil); err == nil {
		t.Error("Encode(nil) succeeded")
	}
	if _, err := EncodeActivity(nil); err == nil {
		t.Error("EncodeActivity(nil) succeeded")
	}
	// An unencodable metadata value is an error, not a panic.
	if _, err := Encode(&Message{Role: RoleAppUser, Type: TypeText, Text: "x", Metadata: Metadata{"f": func() {}}}); err == nil {
		t.Error("Encode of a func metadata value succeeded")
	}
}
