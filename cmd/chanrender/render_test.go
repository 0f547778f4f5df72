package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// runCLI runs the command line in process with stdin and returns the exit
// status, stdout and stderr.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// result mirrors the documented output shape exactly.
type result struct {
	Channel  string `json:"channel"`
	Payloads []struct {
		Method string          `json:"method"`
		Body   json.RawMessage `json:"body"`
	} `json:"payloads"`
	Report []struct {
		Code   string `json:"code"`
		Path   string `json:"path"`
		Detail string `json:"detail"`
	} `json:"report"`
}

// TestRenderSeedCarouselTwilio renders the seed carousel as Twilio text.
func TestRenderSeedCarouselTwilio(t *testing.T) {
	code, out, errs := runCLI(t, "", "render", "-channel", "twilio", "../../corpus/messages/spec-carousel.json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	var r result
	if err := dec.Decode(&r); err != nil {
		t.Fatalf("output is not {channel, payloads, report}: %v\n%s", err, out)
	}
	var body struct {
		Body string `json:"body"`
	}
	if len(r.Payloads) != 1 {
		t.Fatalf("got %d payloads", len(r.Payloads))
	}
	_ = json.Unmarshal(r.Payloads[0].Body, &body)
	want := "1. Tacos\nDescription\nMore info http://example.org\n\n2. Ramen\nDescription\nMore info http://example.org"
	if diff := cmp.Diff(want, body.Body); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if r.Channel != "twilio" || r.Payloads[0].Method == "" {
		t.Errorf("channel %q method %q", r.Channel, r.Payloads[0].Method)
	}
}

// TestRenderAllAndStdin: -all on stdin gives one result per channel.
func TestRenderAllAndStdin(t *testing.T) {
	data, err := os.ReadFile("../../corpus/messages/spec-text-appmaker.json")
	if err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, string(data), "render", "-all", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rs []result
	if err := json.Unmarshal([]byte(out), &rs); err != nil {
		t.Fatalf("-all output is not an array: %v", err)
	}
	names := map[string]bool{}
	for _, r := range rs {
		names[r.Channel] = true
	}
	for _, want := range []string{"messenger", "line", "telegram", "twilio", "web", "ios", "android"} {
		if !names[want] {
			t.Errorf("-all has no result for %s", want)
		}
	}
}

// TestRenderErrors: usage errors exit 2, invalid input and strict
// degradation exit 1, each saying why.
func TestRenderErrors(t *testing.T) {
	tests := []struct {
		name  string
		stdin string
		args  []string
		code  int
		inErr string
	}{
		{"no channel", "{}", []string{"render", "-"}, exitUsage, "-channel"},
		{"both", "{}", []string{"render", "-all", "-channel", "line", "-"}, exitUsage, "-channel"},
		{"unknown channel", "{}", []string{"render", "-channel", "pigeon", "-"}, exitUsage, "pigeon"},
		{"bad language", "{}", []string{"render", "-channel", "line", "-lang", "!!", "-"}, exitUsage, "-lang"},
		{"invalid message", `{"role":"appMaker","type":"carousel","items":[]}`, []string{"render", "-channel", "line", "-"}, exitInvalid, "items"},
		{"strict degradation", `{"role":"appMaker","type":"carousel","items":[{"title":"A","actions":[{"type":"postback","text":"Go","payload":"A"}]}]}`,
			[]string{"render", "-channel", "twilio", "-strict", "-"}, exitInvalid, "FellBack"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errs := runCLI(t, tc.stdin, tc.args...)
			if code != tc.code || !strings.Contains(errs, tc.inErr) {
				t.Errorf("exit %d, stderr %q; want exit %d mentioning %q", code, errs, tc.code, tc.inErr)
			}
		})
	}
}

// TestRenderShorthand: -shorthand turns %[label](reply:X) into replies.
func TestRenderShorthand(t *testing.T) {
	msg := `{"role":"appMaker","type":"text","text":"Pick one %[Tacos](reply:TACOS) %[Burritos](reply:BURRITOS)"}`
	code, out, errs := runCLI(t, msg, "render", "-channel", "twilio", "-shorthand", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var r result
	if err := json.Unmarshal([]byte(out), &r); err != nil || len(r.Payloads) != 1 {
		t.Fatalf("%v\n%s", err, out)
	}
	var body struct {
		Body string `json:"body"`
	}
	_ = json.Unmarshal(r.Payloads[0].Body, &body)
	if diff := cmp.Diff("Pick one\n\n1. Tacos\n2. Burritos", body.Body); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}
