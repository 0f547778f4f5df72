package shorthand

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chanrender/chanrender/schema"
)

func TestApply(t *testing.T) {
	yes := true
	in := &schema.Message{
		Role:        schema.RoleAppMaker,
		Type:        schema.TypeText,
		Text:        "A wrapped cat\n![](https://example.com/cat.jpg)\n%[Purchase](postback:BUY)",
		Name:        "Business Man",
		Email:       "boss@business.com",
		AvatarURL:   "https://example.com/me.png",
		Destination: &schema.Destination{IntegrationType: "messenger"},
		Metadata:    schema.Metadata{"lang": "en", "n": json.Number("3")},
		Payload:     "P",
		Actions: []schema.Action{{
			Type: schema.ActionLink, Text: "Site", URI: "https://example.com",
			Metadata:            schema.Metadata{"k": "v"},
			ExtraChannelOptions: &schema.ExtraChannelOptions{Messenger: &schema.MessengerOptions{MessengerExtensions: &yes}},
		}},
		Override: map[string]schema.Override{"line": {Payload: json.RawMessage(`{"a":1}`)}},
	}
	before := in.Clone()

	got, err := Apply(in, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := in.Clone()
	want.Type = schema.TypeImage
	want.Text = "A wrapped cat"
	want.MediaURL = "https://example.com/cat.jpg"
	want.Actions = append(want.Actions, schema.Action{Type: schema.ActionPostback, Text: "Purchase", Payload: "BUY"})
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Apply mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(before, in); diff != "" {
		t.Errorf("Apply modified its input: mismatch (-want +got):\n%s", diff)
	}

	// The result shares no memory with the input.
	got.Metadata["lang"] = "fr"
	got.Destination.IntegrationType = "line"
	got.Actions[0].Metadata["k"] = "changed"
	*got.Actions[0].ExtraChannelOptions.Messenger.MessengerExtensions = false
	got.Override["line"].Payload[2] = 'b'
	if diff := cmp.Diff(before, in); diff != "" {
		t.Errorf("changing Apply's result changed its input: mismatch (-want +got):\n%s", diff)
	}
}

func TestApplyKeepsFamilyOfExistingActions(t *testing.T) {
	in := &schema.Message{
		Role: schema.RoleAppMaker, Type: schema.TypeText, Text: "Pick %[Site](https://x.io) %[No](reply:NO)",
		Actions: []schema.Action{{Type: schema.ActionReply, Text: "Yes", Payload: "YES"}},
	}
	got, err := Apply(in, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := &schema.Message{
		Role: schema.RoleAppMaker, Type: schema.TypeText, Text: "Pick %[Site](https://x.io)",
		Actions: []schema.Action{
			{Type: schema.ActionReply, Text: "Yes", Payload: "YES"},
			{Type: schema.ActionReply, Text: "No", Payload: "NO"},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

func TestApplyOtherTypesUnchanged(t *testing.T) {
	in := &schema.Message{
		Role: schema.RoleAppUser, Type: schema.TypeImage, MediaURL: "https://x.io/a.png",
		Text: "caption %[Site](https://x.io)",
	}
	got, err := Apply(in, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if got == in {
		t.Error("Apply returned its input, want a copy")
	}
}

func TestApplyNilAndOptions(t *testing.T) {
	if got, err := Apply(nil, Options{}); got != nil || err != nil {
		t.Errorf("Apply(nil) = %v, %v; want nil, nil", got, err)
	}
	if _, err := Apply(&schema.Message{Type: schema.TypeText}, Options{Currency: "nope"}); err == nil {
		t.Error("Apply with an invalid currency: no error")
	}
}
