package delivery

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestPlanJSON(t *testing.T) {
	plan := Plan{Steps: []Step{
		{Kind: KindPreferred, Client: web, Condition: ConditionAlways, Reason: "r1"},
		{Kind: KindSecondBest, Client: ios, Delay: 5 * time.Minute, Condition: ConditionUnread, Reason: "r2"},
		{Kind: KindSilent, Client: messenger, Condition: ConditionAlways, Silent: true, Reason: "r3"},
	}}
	got, err := json.Marshal(plan)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"steps":[` +
		`{"kind":"preferred","client":{"channel":"web","integrationId":"int-web","lastSeen":"2024-05-01T12:30:00Z"},"delay":"0s","condition":"always","silent":false,"reason":"r1"},` +
		`{"kind":"secondBest","client":{"channel":"ios","integrationId":"int-ios","lastSeen":"2024-05-01T12:20:00Z"},"delay":"5m0s","condition":"unread","silent":false,"reason":"r2"},` +
		`{"kind":"silent","client":{"channel":"messenger","integrationId":"int-fb","lastSeen":"2024-05-01T12:10:00Z"},"delay":"0s","condition":"always","silent":true,"reason":"r3"}]}`
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	var back Plan
	if err := json.Unmarshal(got, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(plan, back); diff != "" {
		t.Errorf("round trip: mismatch (-want +got):\n%s", diff)
	}
}

func TestStepUnmarshalRejects(t *testing.T) {
	for _, in := range []string{
		`{"kind":"preferred","delay":"soon","condition":"always"}`,
		`{"kind":"sometimes","delay":"0s","condition":"always"}`,
		`{"kind":"preferred","delay":"0s","condition":"read"}`,
	} {
		var s Step
		if err := json.Unmarshal([]byte(in), &s); err == nil {
			t.Errorf("Unmarshal(%s): no error", in)
		}
	}
}

func TestDecodeClients(t *testing.T) {
	got, err := DecodeClients([]byte(`[
		{"channel": "web", "integrationId": "int-web", "lastSeen": "2024-05-01T12:30:00Z"},
		{"channel": "ios", "integrationId": "int-ios", "lastSeen": "2024-05-01T14:20:00+02:00"}
	]`))
	if err != nil {
		t.Fatal(err)
	}
	want := []Client{web, ios}
	if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) })); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	for _, in := range []string{
		`[{"channel": "web", "platform": "web"}]`,
		`[{"channel": "web"}] []`,
		`{"channel": "web"}`,
		`[{"channel": "web", "lastSeen": "yesterday"}]`,
	} {
		if _, err := DecodeClients([]byte(in)); err == nil || !strings.HasPrefix(err.Error(), "delivery: ") {
			t.Errorf("DecodeClients(%s): error %v, want one starting with \"delivery: \"", in, err)
		}
	}
}
