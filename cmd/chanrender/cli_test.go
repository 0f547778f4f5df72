package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/chanrender/chanrender/channels/all"
	"github.com/chanrender/chanrender/schema"
)

// TestHelp: -h and -help on every command print its help on stdout (the
// usage line, then one line per flag) and exit 0.
func TestHelp(t *testing.T) {
	for _, c := range commands() {
		for _, h := range []string{"-h", "-help"} {
			code, out, errs := runCLI(t, "", c.name, h)
			if code != exitOK || errs != "" {
				t.Errorf("%s %s: exit %d, stderr %q", c.name, h, code, errs)
			}
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			if !strings.HasPrefix(lines[0], "usage: chanrender "+c.name) {
				t.Errorf("%s %s: first line %q", c.name, h, lines[0])
			}
			var names []string
			c.flags().VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
			if len(lines)-1 != len(names) {
				t.Errorf("%s %s: %d flag lines for %d flags:\n%s", c.name, h, len(lines)-1, len(names), out)
				continue
			}
			for i, n := range names {
				if !strings.HasPrefix(strings.TrimSpace(lines[i+1]), "-"+n+" ") {
					t.Errorf("%s %s: line %q is not flag -%s", c.name, h, lines[i+1], n)
				}
			}
		}
		code, out, _ := runCLI(t, "", "help", c.name)
		if code != exitOK || !strings.HasPrefix(out, "usage: chanrender "+c.name) {
			t.Errorf("help %s: exit %d, %q", c.name, code, out)
		}
	}
}

// TestTopUsage: no arguments (stderr, exit 2), "help" and -h (stdout,
// exit 0) list every command and every flag of every command.
func TestTopUsage(t *testing.T) {
	for _, args := range [][]string{nil, {"help"}, {"-h"}, {"-help"}} {
		code, out, errs := runCLI(t, "", args...)
		text, want := out, exitOK
		if args == nil {
			text, want = errs, exitUsage
		}
		if code != want {
			t.Errorf("%v: exit %d, want %d", args, code, want)
		}
		for _, c := range commands() {
			if !strings.Contains(text, "\n  "+c.name+" ") {
				t.Errorf("%v: command %s not listed", args, c.name)
			}
			c.flags().VisitAll(func(f *flag.Flag) {
				if !strings.Contains(text, "-"+f.Name+" ") {
					t.Errorf("%v: %s flag -%s not listed", args, c.name, f.Name)
				}
			})
		}
	}
	if code, _, errs := runCLI(t, "", "pigeon"); code != exitUsage || !strings.HasPrefix(errs, "chanrender: unknown command") {
		t.Errorf("unknown command: exit %d, %q", code, errs)
	}
}

// TestFlagValueErrors: bad -currency, -lang and -max-bytes values are usage
// errors found while parsing flags, before any input is read.
func TestFlagValueErrors(t *testing.T) {
	msg := filepath.Join(corpusDir, "spec-text-appmaker.json")
	for _, args := range [][]string{
		{"render", "-channel", "line", "-currency", "USD", msg},
		{"render", "-channel", "line", "-currency", "xyz", msg},
		{"render", "-all", "-lang", "!!", msg},
		{"render", "-all", "-max-bytes", "-5", msg},
		{"check", "-golden", "../../channels/line/testdata/golden", "-currency", "Eur", msg},
		{"check", "-golden", "../../channels/line/testdata/golden", "-lang", "e!", msg},
		{"validate", "-max-bytes", "0", msg},
		// The input is invalid too: the flag is what is reported.
		{"render", "-channel", "line", "-currency", "USD", filepath.Join(invalidDir, "53-many-problems.json")},
	} {
		code, out, errs := runCLI(t, "", args...)
		if code != exitUsage || out != "" || !strings.HasPrefix(errs, "chanrender "+args[0]+": invalid value") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, errs)
		}
	}
	for _, cur := range []string{"usd", "eur", "jpy"} {
		if code, _, errs := runCLI(t, "", "render", "-channel", "line", "-currency", cur, msg); code != exitOK {
			t.Errorf("-currency %s: exit %d: %s", cur, code, errs)
		}
	}
}

// TestVersion prints the module version ("(devel)" in tests) and Go's.
func TestVersion(t *testing.T) {
	code, out, errs := runCLI(t, "", "version")
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if want := "chanrender " + moduleVersion() + " " + runtime.Version() + "\n"; out != want {
		t.Errorf("got %q, want %q", out, want)
	}
	if code, _, _ := runCLI(t, "", "version", "extra"); code != exitUsage {
		t.Errorf("version extra: exit %d", code)
	}
}

// countingReader yields n bytes of 'x' and counts what is read.
type countingReader struct{ left, read int64 }

// Read fills p with 'x' until the reader is exhausted.
func (r *countingReader) Read(p []byte) (int, error) {
	if r.left == 0 {
		return 0, io.EOF
	}
	n := int64(len(p))
	n = min(n, r.left)
	for i := range p[:n] {
		p[i] = 'x'
	}
	r.left -= n
	r.read += n
	return int(n), nil
}

// TestSizeLimitWhileReading: a 300 MB stdin is read no further than the
// limit plus one byte, and refused with exit 1 naming the limit.
func TestSizeLimitWhileReading(t *testing.T) {
	for _, tc := range []struct {
		args  []string
		limit int64
	}{
		{[]string{"validate", "-"}, schema.DefaultMaxBytes},
		{[]string{"validate", "-max-bytes", "1000", "-"}, 1000},
		{[]string{"render", "-all", "-"}, schema.DefaultMaxBytes},
		{[]string{"render", "-channel", "line", "-shorthand", "-max-bytes", "4096"}, 4096},
		{[]string{"plan", "-clients", "../../corpus/clients/web-and-line.json", "-max-bytes", "64", "-"}, 64},
	} {
		r := &countingReader{left: 300 << 20}
		var out, errb bytes.Buffer
		code := run(tc.args, r, &out, &errb)
		if code != exitInvalid {
			t.Errorf("%v: exit %d, want %d (%s)", tc.args, code, exitInvalid, errb.String())
		}
		if r.read > tc.limit+1 {
			t.Errorf("%v: read %d bytes, limit %d", tc.args, r.read, tc.limit)
		}
		if want := "larger than " + itoa(tc.limit) + " bytes"; !strings.Contains(errb.String(), want) {
			t.Errorf("%v: stderr %q does not name the limit (%q)", tc.args, errb.String(), want)
		}
	}
	// Files too, and the limit applies before the input is parsed.
	p := filepath.Join(t.TempDir(), "big.json")
	if err := os.WriteFile(p, bytes.Repeat([]byte(" "), 2000), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCLI(t, "", "validate", "-max-bytes", "1999", p)
	if code != exitInvalid || errs != "(root): input is larger than 1999 bytes, the -max-bytes limit; it was not read further\n" {
		t.Errorf("file: exit %d, stderr %q", code, errs)
	}
	// At the limit exactly, the input is read and decoded.
	msg := `{"role":"appMaker","type":"text","text":"Hello!"}`
	code, _, errs = runCLI(t, msg, "validate", "-max-bytes", itoa(int64(len(msg))))
	if code != exitOK {
		t.Errorf("at the limit: exit %d, %s", code, errs)
	}
}

// itoa is n in decimal.
func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// TestShorthandLimitBeforeExpansion: -max-bytes bounds the input as given;
// what the shorthand adds is not refused.
func TestShorthandLimitBeforeExpansion(t *testing.T) {
	msg := `{"role":"appMaker","type":"text","text":"Pick %[Tacos](reply:TACOS) %[Burritos](reply:BURRITOS)"}`
	n := itoa(int64(len(msg)))
	code, out, errs := runCLI(t, msg, "render", "-channel", "web", "-shorthand", "-max-bytes", n)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if len(out) <= len(msg) || !strings.Contains(out, `"BURRITOS"`) {
		t.Errorf("expansion missing:\n%s", out)
	}
}

// TestValidateSeveral: several files, or a directory, give an array of
// {"file", ...canonical members}; invalid files are reported with their
// name and make the exit status 1.
func TestValidateSeveral(t *testing.T) {
	a := filepath.Join(corpusDir, "spec-image.json")
	b := filepath.Join(corpusDir, "typing-start.json")
	code, out, errs := runCLI(t, "", "validate", a, b)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got []map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(got) != 2 || got[0]["file"] != a || got[1]["file"] != b || got[0]["mediaType"] != "image/jpeg" || got[1]["type"] != "typing:start" {
		t.Errorf("got %v", got)
	}
	if !strings.HasPrefix(out, "[\n  {\n    \"file\": ") {
		t.Errorf("file is not the first member:\n%s", out)
	}

	// A directory: its *.json files in name order, each a valid message.
	code, out, errs = runCLI(t, "", "validate", corpusDir)
	if code != exitOK {
		t.Fatalf("dir: exit %d: %s", code, errs)
	}
	got = nil
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob(filepath.Join(corpusDir, "*.json"))
	if len(got) != len(paths) {
		t.Fatalf("%d results for %d files", len(got), len(paths))
	}
	for i, p := range paths {
		if got[i]["file"] != p {
			t.Errorf("result %d is %v, want %s", i, got[i]["file"], p)
		}
	}

	// One invalid among valid ones, and stdin.
	bad := filepath.Join(invalidDir, "50-truncated.json")
	code, out, errs = runCLI(t, `{"type":"typing:stop","role":"appMaker"}`, "validate", a, bad, "-")
	if code != exitInvalid || !strings.HasPrefix(errs, bad+": (root): invalid JSON") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	got = nil
	if err := json.Unmarshal([]byte(out), &got); err != nil || len(got) != 2 || got[1]["file"] != "-" {
		t.Errorf("%v: %s", err, out)
	}
	if code, _, _ := runCLI(t, "", "validate", "-", "-"); code != exitUsage {
		t.Errorf("- twice: exit %d", code)
	}
	if code, _, _ := runCLI(t, "", "validate", t.TempDir()); code != exitUsage {
		t.Errorf("empty directory: exit %d", code)
	}
}

// TestRenderSeveral: several inputs give one array of {"file", "channel",
// "payloads", "report"}, file by file and channel by channel.
func TestRenderSeveral(t *testing.T) {
	a := filepath.Join(corpusDir, "spec-carousel.json")
	b := filepath.Join(corpusDir, "typing-start.json")
	code, out, errs := runCLI(t, "", "render", "-all", a, b)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	var got []struct {
		File string `json:"file"`
		result
	}
	if err := dec.Decode(&got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	reg, _ := all.Registry()
	names := reg.Names()
	if len(got) != 2*len(names) {
		t.Fatalf("%d results, want %d", len(got), 2*len(names))
	}
	for i, r := range got {
		file, ch := a, names[i%len(names)]
		if i >= len(names) {
			file = b
		}
		if r.File != file || r.Channel != ch {
			t.Errorf("result %d: %s for %s, want %s for %s", i, r.File, r.Channel, file, ch)
		}
	}
	code, out, _ = runCLI(t, "", "render", "-channel", "line", corpusDir)
	if code != exitOK || !strings.HasPrefix(out, "[\n  {\n    \"file\": ") {
		t.Errorf("dir: exit %d\n%.200s", code, out)
	}
}

// TestRenderAllStrict: -all -strict reports every degrading channel's
// entries, not only the first one's, and exits 1 with nothing on stdout.
func TestRenderAllStrict(t *testing.T) {
	code, out, errs := runCLI(t, "", "render", "-all", "-strict", filepath.Join(corpusDir, "spec-carousel.json"))
	if code != exitInvalid || out != "" {
		t.Fatalf("exit %d, stdout %q", code, out)
	}
	for _, ch := range []string{"email", "line", "messagebird", "twilio", "twitter", "wechat"} {
		if !strings.Contains(errs, "\n"+ch+": ") && !strings.HasPrefix(errs, ch+": ") {
			t.Errorf("no entry for %s:\n%s", ch, errs)
		}
	}
	if !strings.Contains(errs, "line: items[0].mediaUrl: Dropped: ") || !strings.Contains(errs, "twilio: type: FellBack: ") {
		t.Errorf("entries are not channel: path: code: detail:\n%s", errs)
	}
	// A channel that renders natively has nothing to report.
	if strings.Contains(errs, "web: ") {
		t.Errorf("web degraded?\n%s", errs)
	}
	// Activities too: a channel without typing drops it.
	code, _, errs = runCLI(t, "", "render", "-all", "-strict", filepath.Join(corpusDir, "typing-start.json"))
	if code != exitInvalid || !strings.Contains(errs, "email: type: Dropped: ") {
		t.Errorf("typing: exit %d, %s", code, errs)
	}
	// Without degradation, -strict renders as usual.
	code, _, errs = runCLI(t, `{"role":"appMaker","type":"text","text":"Hello"}`, "render", "-all", "-strict", "-")
	if code != exitOK {
		t.Errorf("plain text: exit %d, %s", code, errs)
	}
}

// TestChannelsJSON: NAME gives one whole table, -json all of them, -names
// the names; modes and units are words.
func TestChannelsJSON(t *testing.T) {
	reg, _ := all.Registry()
	code, out, errs := runCLI(t, "", "channels", "line")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var line map[string]any
	if err := json.Unmarshal([]byte(out), &line); err != nil {
		t.Fatal(err)
	}
	if line["Name"] != "line" || !strings.Contains(out, `"Mode": "native"`) || !strings.Contains(out, `"Unit": "UTF-16 units"`) {
		t.Errorf("line table:\n%.600s", out)
	}
	want, _ := indentJSON(func() any { ch, _ := reg.Lookup("line"); return ch.Capabilities() }())
	if out != string(want) {
		t.Error("channels line is not the line table")
	}

	code, out, _ = runCLI(t, "", "channels", "-json")
	var tables []map[string]any
	if err := json.Unmarshal([]byte(out), &tables); code != exitOK || err != nil || len(tables) != len(reg.Names()) {
		t.Fatalf("-json: exit %d, %v, %d tables", code, err, len(tables))
	}
	for i, n := range reg.Names() {
		if tables[i]["Name"] != n {
			t.Errorf("table %d is %v, want %s", i, tables[i]["Name"], n)
		}
	}

	code, out, _ = runCLI(t, "", "channels", "-names")
	if code != exitOK || out != strings.Join(reg.Names(), "\n")+"\n" {
		t.Errorf("-names: exit %d, %q", code, out)
	}
	for _, args := range [][]string{{"channels", "pigeon"}, {"channels", "-json", "line"}, {"channels", "-json", "-names"}} {
		if code, _, errs := runCLI(t, "", args...); code != exitUsage || !strings.HasPrefix(errs, "chanrender channels: ") {
			t.Errorf("%v: exit %d, %q", args, code, errs)
		}
	}
}
