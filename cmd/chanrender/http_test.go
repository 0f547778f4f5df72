package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// render -http prints each channel's requests: method, URL, headers and the
// exact body with the recipient in place; credentials stay placeholders.
func TestRenderHTTP(t *testing.T) {
	code, out, errs := runCLI(t, "", "render", "-channel", "telegram", "-to", "4242", "-http", filepath.Join(corpusDir, "spec-carousel.json"))
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got struct {
		Channel  string
		Requests []struct {
			Method, URL, Body string
			Header            map[string][]string
		}
		Report []json.RawMessage
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	if got.Channel != "telegram" || len(got.Requests) == 0 || got.Report == nil {
		t.Fatalf("output %s", out)
	}
	for _, r := range got.Requests {
		if r.Method != "POST" || !strings.HasPrefix(r.URL, "https://api.telegram.org/bot{token}/send") ||
			!strings.HasPrefix(r.Body, `{"chat_id":"4242",`) || r.Header["Content-Type"][0] != "application/json" {
			t.Errorf("request %+v", r)
		}
	}
	if code, _, _ := runCLI(t, "", "render", "-channel", "line", "-http", filepath.Join(corpusDir, "spec-carousel.json")); code != exitUsage {
		t.Errorf("-http without -to: exit %d, want %d", code, exitUsage)
	}
	if code, _, _ := runCLI(t, "", "render", "-channel", "line", "-to", "U1", filepath.Join(corpusDir, "spec-carousel.json")); code != exitUsage {
		t.Errorf("-to without -http: exit %d, want %d", code, exitUsage)
	}
}
