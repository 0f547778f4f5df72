package main

import (
	"strings"
	"testing"
)

const lunch = `{"role":"appMaker","type":"text","text":"Lunch?","actions":[
	{"type":"reply","text":"3","payload":"THREE"},
	{"type":"reply","text":"Burritos","payload":"BURRITOS"}]}`

func TestResolve(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		code int
		out  string // the whole stdout, or the start of stderr on failure
	}{
		{"typed number", []string{"-channel", "twilio", "-answer", "2"}, exitOK,
			"{\n  \"path\": \"actions[1]\",\n  \"action\": {\n    \"type\": \"reply\",\n    \"text\": \"Burritos\",\n    \"payload\": \"BURRITOS\"\n  }\n}\n"},
		{"keyboard label that is a number", []string{"-channel", "telegram", "-as", "text", "-answer", "3"}, exitOK,
			"{\n  \"path\": \"actions[0]\",\n  \"action\": {\n    \"type\": \"reply\",\n    \"text\": \"3\",\n    \"payload\": \"THREE\"\n  }\n}\n"},
		{"postback data", []string{"-channel", "line", "-as", "data", "-answer", "BURRITOS"}, exitOK,
			"{\n  \"path\": \"actions[1]\",\n  \"action\": {\n    \"type\": \"reply\",\n    \"text\": \"Burritos\",\n    \"payload\": \"BURRITOS\"\n  }\n}\n"},
		{"data is not text", []string{"-channel", "line", "-as", "text", "-answer", "BURRITOS"}, exitInvalid, "chanrender resolve: "},
		{"no match", []string{"-channel", "twilio", "-answer", "pizza"}, exitInvalid, "chanrender resolve: "},
		{"no channel", []string{"-answer", "2"}, exitUsage, "chanrender resolve: -channel NAME is required"},
		{"unknown channel", []string{"-channel", "pager", "-answer", "2"}, exitUsage, "chanrender resolve: unknown channel"},
		{"no answer", []string{"-channel", "twilio"}, exitUsage, "chanrender resolve: -answer TEXT is required"},
		{"bad kind", []string{"-channel", "twilio", "-answer", "2", "-as", "label"}, exitUsage, "chanrender resolve: -as \"label\""},
		{"bad lang", []string{"-channel", "twilio", "-answer", "2", "-lang", "!!"}, exitUsage, "chanrender resolve: "},
		{"two files", []string{"-channel", "twilio", "-answer", "2", "a.json", "b.json"}, exitUsage, "chanrender resolve: takes one FILE"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runCLI(t, lunch, append([]string{"resolve"}, append(tc.args, "-")...)...)
			if tc.name == "two files" {
				code, out, errs = runCLI(t, lunch, append([]string{"resolve"}, tc.args...)...)
			}
			if code != tc.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tc.code, errs)
			}
			if code == exitOK {
				if out != tc.out {
					t.Errorf("stdout:\n%s\nwant:\n%s", out, tc.out)
				}
			} else if !strings.HasPrefix(errs, tc.out) {
				t.Errorf("stderr %q, want it to start with %q", errs, tc.out)
			}
		})
	}
	// An invalid message is exit 1 with its problems.
	if code, _, errs := runCLI(t, `{"role":"appMaker","type":"text"}`, "resolve", "-channel", "twilio", "-answer", "1", "-"); code != exitInvalid || !strings.Contains(errs, "text") {
		t.Errorf("invalid message: exit %d, stderr %q", code, errs)
	}
}
