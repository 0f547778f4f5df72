package main

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPlan plans a message for the example clients and renders each step.
func TestPlan(t *testing.T) {
	code, out, errs := runCLI(t, `{"role":"appMaker","type":"text","text":"Your order shipped"}`,
		"plan", "-clients", "../../corpus/clients/web-and-line.json", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got struct {
		Steps []struct {
			Step struct {
				Kind   string `json:"kind"`
				Client struct {
					Channel string `json:"channel"`
				} `json:"client"`
				Delay     string `json:"delay"`
				Condition string `json:"condition"`
			} `json:"step"`
			Render struct {
				Channel  string            `json:"channel"`
				Payloads []json.RawMessage `json:"payloads"`
			} `json:"render"`
		} `json:"steps"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	// Web was used last but cannot push: LINE (push) after 5 minutes if
	// unread; iOS receives silently at once.
	type step struct{ Kind, Channel, Delay, Condition string }
	want := []step{
		{"preferred", "web", "0s", "always"},
		{"secondBest", "line", "5m0s", "unread"},
		{"silent", "ios", "0s", "always"},
	}
	var steps []step
	for _, s := range got.Steps {
		steps = append(steps, step{s.Step.Kind, s.Step.Client.Channel, s.Step.Delay, s.Step.Condition})
		if s.Render.Channel != s.Step.Client.Channel || len(s.Render.Payloads) == 0 {
			t.Errorf("step %s: rendered for %q with %d payloads", s.Step.Kind, s.Render.Channel, len(s.Render.Payloads))
		}
	}
	if diff := cmp.Diff(want, steps); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

// TestPlanErrors: no -clients is a usage error, a destination the user
// lacks is exit 1.
func TestPlanErrors(t *testing.T) {
	code, _, _ := runCLI(t, `{}`, "plan", "-")
	if code != exitUsage {
		t.Errorf("no -clients: exit %d, want %d", code, exitUsage)
	}
	code, _, errs := runCLI(t, `{"role":"appMaker","type":"text","text":"x","destination":{"integrationType":"telegram"}}`,
		"plan", "-clients", "../../corpus/clients/web-and-line.json", "-")
	if code != exitInvalid {
		t.Errorf("destination the user lacks: exit %d (%s), want %d", code, errs, exitInvalid)
	}
}
