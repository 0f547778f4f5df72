package main

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chanrender/chanrender/channels/all"
)

// preview -o writes the page; the -serve handler shows the editor, renders
// a posted message and refuses an oversized one.
func TestPreview(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out.html")
	if code, _, errs := runCLI(t, "", "preview", "-o", out, filepath.Join(corpusDir, "spec-carousel.json")); code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	page, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(page), `data-channel="line"`) || !strings.Contains(string(page), `data-channel="whatsapp"`) {
		t.Error("the page does not draw every channel")
	}
	reg, err := all.Registry()
	if err != nil {
		t.Fatal(err)
	}
	h := previewHandler(reg.Channels(), nil, 4096)
	get := httptest.NewRecorder()
	h.ServeHTTP(get, httptest.NewRequest(http.MethodGet, "/", nil))
	if get.Code != http.StatusOK || !strings.Contains(get.Body.String(), "<textarea") {
		t.Errorf("GET: %d, no editor", get.Code)
	}
	form := url.Values{"message": {`{"role":"appMaker","type":"text","text":"Hello from the editor"}`}}.Encode()
	post := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodPost, "/", strings.NewReader(form))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	h.ServeHTTP(post, req)
	if post.Code != http.StatusOK || !strings.Contains(post.Body.String(), "Hello from the editor") {
		t.Errorf("POST: %d, the message is not rendered", post.Code)
	}
	big := httptest.NewRecorder()
	req = httptest.NewRequest(http.MethodPost, "/", strings.NewReader("message="+strings.Repeat("a", 1<<20)))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	h.ServeHTTP(big, req)
	if big.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("oversized POST: %d, want 413", big.Code)
	}
}
