package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const (
	corpusDir  = "../../corpus/messages"
	invalidDir = "../../schema/testdata/invalid"
)

// runValidate runs "chanrender validate args..." with stdin.
func runValidate(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(append([]string{"validate"}, args...), strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// TestValidateFile prints a corpus file normalised.
func TestValidateFile(t *testing.T) {
	code, out, errOut := runValidate(t, "", filepath.Join(corpusDir, "spec-image.json"))
	if code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	// Normalised: canonical field order, mediaType resolved from the URL.
	want := `{
  "role": "appMaker",
  "type": "image",
  "text": "Hello!",
  "mediaUrl": "http://example.org/image.jpg",
  "mediaType": "image/jpeg",
  "actions": [
    {
      "type": "link",
      "text": "More info",
      "uri": "http://example.org"
    }
  ]
}
`
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if errOut != "" {
		t.Errorf("stderr: %s", errOut)
	}
}

// TestValidateStdin reads stdin with no argument and with "-".
func TestValidateStdin(t *testing.T) {
	for _, args := range [][]string{nil, {"-"}} {
		code, out, errOut := runValidate(t, `{"type":"typing:start","role":"appMaker"}`, args...)
		if code != exitOK {
			t.Fatalf("%v: exit %d, stderr:\n%s", args, code, errOut)
		}
		if diff := cmp.Diff("{\n  \"role\": \"appMaker\",\n  \"type\": \"typing:start\"\n}\n", out); diff != "" {
			t.Errorf("%v: mismatch (-want +got):\n%s", args, diff)
		}
	}
}

// TestValidateCorpus: every corpus file validates strictly, and its
// output validates to itself.
func TestValidateCorpus(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join(corpusDir, "*.json"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("corpus: %v (%d files)", err, len(paths))
	}
	for _, p := range paths {
		code, out, errOut := runValidate(t, "", "-strict", p)
		if code != exitOK {
			t.Errorf("%s: exit %d, stderr:\n%s", p, code, errOut)
			continue
		}
		// The output validates again to itself.
		code, again, errOut := runValidate(t, out)
		if code != exitOK || again != out {
			t.Errorf("%s: output is not a fixed point (exit %d, %s)", p, code, errOut)
		}
	}
}

// TestValidateInvalid: problem lines on stderr, exit 1.
func TestValidateInvalid(t *testing.T) {
	code, out, errOut := runValidate(t, "", filepath.Join(invalidDir, "53-many-problems.json"))
	if code != exitInvalid {
		t.Fatalf("exit %d, want %d", code, exitInvalid)
	}
	if out != "" {
		t.Errorf("stdout: %s", out)
	}
	lines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
	if len(lines) != 10 {
		t.Errorf("%d problem lines, want 10:\n%s", len(lines), errOut)
	}
	for _, want := range []string{"role: ", "items[0].actions[0].uri: ", "items[1].actions[0].currency: "} {
		if !strings.Contains(errOut, "\n"+want) && !strings.HasPrefix(errOut, want) {
			t.Errorf("stderr has no line starting with %q:\n%s", want, errOut)
		}
	}

	code, _, errOut = runValidate(t, "", filepath.Join(invalidDir, "50-truncated.json"))
	if code != exitInvalid || !strings.HasPrefix(errOut, "(root): invalid JSON at byte 49: ") {
		t.Errorf("truncated: exit %d, stderr %q", code, errOut)
	}
	code, _, errOut = runValidate(t, `{"role":"appMaker","type":"text","text":"x","colour":"red"}`, "-strict")
	if code != exitInvalid || errOut != "colour: unknown field\n" {
		t.Errorf("strict: exit %d, stderr %q", code, errOut)
	}
	code, _, errOut = runValidate(t, `{"role":"appMaker","type":"text","text":"Hello!"}`, "-max-bytes", "10")
	if code != exitInvalid || !strings.HasPrefix(errOut, "(root): ") {
		t.Errorf("max-bytes: exit %d, stderr %q", code, errOut)
	}
}

// TestValidateUsage: bad flags, missing files and bad -max-bytes values
// are usage errors with nothing on stdout.
func TestValidateUsage(t *testing.T) {
	tests := [][]string{
		{"-no-such-flag"},
		{"a.json", "b.json"},
		{filepath.Join(t.TempDir(), "missing.json")},
		{"-max-bytes", "lots"},
		{"-max-bytes", "0", "-"},
	}
	for _, args := range tests {
		code, out, errOut := runValidate(t, "{}", args...)
		if code != exitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
		}
		if out != "" || errOut == "" {
			t.Errorf("%v: stdout %q, stderr %q", args, out, errOut)
		}
	}
}
