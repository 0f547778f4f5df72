package schema

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// corpusDir is the message corpus, also embedded by the root package.
const corpusDir = "../corpus/messages"

type corpusFile struct {
	name string
	data []byte
}

func readCorpus(t testing.TB) []corpusFile {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(corpusDir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) < 40 {
		t.Fatalf("only %d corpus files in %s", len(paths), corpusDir)
	}
	var files []corpusFile
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, corpusFile{filepath.Base(p), data})
	}
	return files
}

func TestCorpusDecodes(t *testing.T) {
	for _, f := range readCorpus(t) {
		t.Run(f.name, func(t *testing.T) {
			in, err := DecodeInput(f.data)
			if err != nil {
				t.Fatalf("DecodeInput: %v", err)
			}
			isTyping := strings.HasPrefix(f.name, "typing-")
			if (in.Activity != nil) != isTyping || (in.Message != nil) == isTyping {
				t.Fatalf("DecodeInput set Message=%v Activity=%v", in.Message != nil, in.Activity != nil)
			}
			// Strict decoding accepts the corpus too: it has no unknown fields.
			if _, err := DecodeInput(f.data, WithUnknownFieldErrors()); err != nil {
				t.Errorf("strict: %v", err)
			}
			if isTyping {
				if _, err := DecodeActivity(f.data); err != nil {
					t.Errorf("DecodeActivity: %v", err)
				}
				if _, err := Decode(f.data); err == nil {
					t.Error("Decode accepted an activity")
				}
			} else if _, err := Decode(f.data); err != nil {
				t.Errorf("Decode: %v", err)
			}
		})
	}
}

// Decode → Encode → Decode is a fixed point: same struct, same bytes.
func TestCorpusFixedPoint(t *testing.T) {
	for _, f := range readCorpus(t) {
		t.Run(f.name, func(t *testing.T) {
			in, err := DecodeInput(f.data)
			if err != nil {
				t.Fatal(err)
			}
			if in.Activity != nil {
				b1, err := EncodeActivity(in.Activity)
				if err != nil {
					t.Fatal(err)
				}
				a2, err := DecodeActivity(b1)
				if err != nil {
					t.Fatalf("decoding %s: %v", b1, err)
				}
				if diff := cmp.Diff(in.Activity, a2); diff != "" {
					t.Errorf("mismatch (-want +got):\n%s", diff)
				}
				b2, _ := EncodeActivity(a2)
				if !bytes.Equal(b1, b2) {
					t.Errorf("encodings differ:\n%s\n%s", b1, b2)
				}
				return
			}
			b1, err := Encode(in.Message.Message())
			if err != nil {
				t.Fatal(err)
			}
			m2, err := Decode(b1)
			if err != nil {
				t.Fatalf("decoding %s: %v", b1, err)
			}
			if diff := cmp.Diff(in.Message.Message(), m2.Message()); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
			b2, err := Encode(m2.Message())
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(b1, b2) {
				t.Errorf("encodings differ:\n%s\n%s", b1, b2)
			}
		})
	}
}

// Every message type, action type and optional construct appears in the
// corpus, so the renderers' conformance kit covers them all.
func TestCorpusCoverage(t *testing.T) {
	seen := map[string]bool{}
	mark := func(k string) { seen[k] = true }
	for _, f := range readCorpus(t) {
		in, err := DecodeInput(f.data)
		if err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		if a := in.Activity; a != nil {
			mark("activity " + string(a.Type))
			continue
		}
		m := in.Message.Message()
		mark("type " + string(m.Type))
		mark("role " + string(m.Role))
		if m.DisplaySettings != nil {
			mark("displaySettings " + string(m.DisplaySettings.ImageAspectRatio))
		}
		if m.Metadata != nil {
			mark("metadata")
		}
		if m.Destination != nil {
			mark("destination")
		}
		if m.Override != nil {
			mark("override")
		}
		if m.Location != nil {
			mark("location")
		}
		actions := func(as []Action) {
			for _, a := range as {
				mark("action " + string(a.Type))
				switch {
				case a.Type == ActionWebview && a.Size != "":
					mark("webview size")
				case a.Type == ActionBuy && a.Currency != "" && a.URI != "":
					mark("buy currency uri")
				case a.Type == ActionReply && a.IconURL != "":
					mark("reply iconUrl")
				}
				if a.Type == ActionWebview && a.Fallback != "" {
					mark("webview fallback")
				}
				if a.ExtraChannelOptions != nil && a.ExtraChannelOptions.Messenger != nil {
					mark("extraChannelOptions.messenger " + string(a.Type))
				}
				if a.Metadata != nil {
					mark("action metadata")
				}
				if a.Default {
					mark("default")
				}
			}
		}
		actions(m.Actions)
		for _, it := range m.Items {
			actions(it.Actions)
			if it.Size != "" {
				mark("item size " + string(it.Size))
			}
		}
	}
	want := []string{
		"activity typing:start", "activity typing:stop", "role appUser", "role appMaker",
		"displaySettings square", "displaySettings horizontal", "metadata", "destination", "override", "location",
		"webview size", "webview fallback", "buy currency uri", "reply iconUrl",
		"extraChannelOptions.messenger link", "extraChannelOptions.messenger webview",
		"action metadata", "default", "item size compact", "item size large",
	}
	for _, mt := range MessageTypes() {
		want = append(want, "type "+string(mt))
	}
	for _, at := range ActionTypes() {
		want = append(want, "action "+string(at))
	}
	for _, w := range want {
		if !seen[w] {
			t.Errorf("the corpus has no %s", w)
		}
	}
}

func TestCorpusPrettyPrinted(t *testing.T) {
	for _, f := range readCorpus(t) {
		if !bytes.HasPrefix(f.data, []byte("{\n  \"")) || !bytes.HasSuffix(f.data, []byte("}\n")) {
			t.Errorf("%s is not pretty-printed with 2-space indentation", f.name)
		}
	}
}

// SOURCES.md names the origin of every corpus file. The prefixes of the
// schema corpus must all be listed; channel packages list theirs when they
// add them. Every file listed must exist.
func TestCorpusSources(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(corpusDir, "SOURCES.md"))
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, line := range strings.Split(string(src), "\n") {
		if name, ok := strings.CutPrefix(line, "| `"); ok {
			if i := strings.Index(name, "`"); i > 0 {
				listed[name[:i]] = true
			}
		}
	}
	files := map[string]bool{}
	for _, f := range readCorpus(t) {
		files[f.name] = true
		for _, prefix := range []string{"spec-", "docs-", "postman-", "own-", "typing-"} {
			if strings.HasPrefix(f.name, prefix) && !listed[f.name] {
				t.Errorf("%s is not listed in SOURCES.md", f.name)
			}
		}
	}
	for name := range listed {
		if !files[name] {
			t.Errorf("SOURCES.md lists %s, which does not exist", name)
		}
	}
}
