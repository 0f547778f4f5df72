package main

import (
	"bytes"
	"flag"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// readmeCommand is one "go run ./cmd/chanrender ..." line of README.md.
type readmeCommand struct {
	line  string   // the line as written
	args  []string // the arguments after ./cmd/chanrender
	stdin string   // the file after "<", if any
	code  int      // the exit status the line expects
}

var exitComment = regexp.MustCompile(`\(exit status (\d+)\)`)

// readmeCommands extracts every "go run ./cmd/chanrender" line from the
// README's fenced code blocks: a "# ..." comment is dropped (an
// "(exit status N)" in it sets the expected status), "< FILE" names the
// standard input.
func readmeCommands(t *testing.T, readme string) []readmeCommand {
	t.Helper()
	var out []readmeCommand
	inBlock := false
	for _, line := range strings.Split(readme, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "```") {
			inBlock = !inBlock
			continue
		}
		rest, ok := strings.CutPrefix(strings.TrimSpace(line), "go run ./cmd/chanrender")
		if !inBlock || !ok {
			continue
		}
		c := readmeCommand{line: line}
		if i := strings.Index(rest, " #"); i >= 0 {
			if m := exitComment.FindStringSubmatch(rest[i:]); m != nil {
				c.code, _ = strconv.Atoi(m[1])
			}
			rest = rest[:i]
		}
		words, err := shellWords(rest)
		if err != nil {
			t.Fatalf("README line %q: %v", line, err)
		}
		for i := 0; i < len(words); i++ {
			switch words[i] {
			case "<":
				if i+1 >= len(words) {
					t.Fatalf("README line %q: < without a file", line)
				}
				c.stdin = words[i+1]
				i++
			case "|", ">", ">>", "&&", "||", ";", "2>", "2>&1":
				t.Fatalf("README line %q: the test runs one command, without %s", line, words[i])
			default:
				c.args = append(c.args, words[i])
			}
		}
		out = append(out, c)
	}
	return out
}

// shellWords splits s on blanks, with '...' and "..." quoting.
func shellWords(s string) ([]string, error) {
	var words []string
	var cur strings.Builder
	in, quote := false, rune(0)
	for _, r := range s {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			cur.WriteRune(r)
		case r == '\'' || r == '"':
			quote, in = r, true
		case r == ' ' || r == '\t':
			if in {
				words = append(words, cur.String())
				cur.Reset()
				in = false
			}
		default:
			cur.WriteRune(r)
			in = true
		}
	}
	if quote != 0 {
		return nil, strconv.ErrSyntax
	}
	if in {
		words = append(words, cur.String())
	}
	return words, nil
}

// TestREADMECommands runs every command the README shows, as written, from
// the repository root, and requires the exit status it states (0 unless
// an "(exit status N)" comment says otherwise).
func TestREADMECommands(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	cmds := readmeCommands(t, string(readme))
	if len(cmds) < 10 {
		t.Fatalf("only %d commands found in README.md", len(cmds))
	}
	t.Chdir("../..")
	seen := map[string]bool{}
	for _, c := range cmds {
		var stdin []byte
		if c.stdin != "" {
			if stdin, err = os.ReadFile(c.stdin); err != nil {
				t.Errorf("README line %q: %v", c.line, err)
				continue
			}
		}
		var out, errb bytes.Buffer
		code := run(c.args, bytes.NewReader(stdin), &out, &errb)
		if code != c.code {
			t.Errorf("README line %q: exit %d, want %d\nstderr:\n%s", c.line, code, c.code, errb.String())
		}
		if code == exitOK && out.Len() == 0 {
			t.Errorf("README line %q: no output", c.line)
		}
		if len(c.args) > 0 {
			seen[c.args[0]] = true
		}
	}
	for _, c := range commands() {
		if !seen[c.name] {
			t.Errorf("README.md runs no %q command", c.name)
		}
	}
}

// TestREADMEFlags: every flag of every command appears in README.md as
// -name.
func TestREADMEFlags(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range commands() {
		c.flags().VisitAll(func(f *flag.Flag) {
			re := regexp.MustCompile(`(^|[\s\x60(\[])-` + regexp.QuoteMeta(f.Name) + `($|[^A-Za-z0-9-])`)
			if !re.Match(readme) {
				t.Errorf("README.md does not mention %s's flag -%s", c.name, f.Name)
			}
		})
	}
}

// TestShellWords splits on blanks and honours quotes.
func TestShellWords(t *testing.T) {
	got, err := shellWords(` render  -lang 'pt BR' "-" x`)
	if err != nil || strings.Join(got, "|") != "render|-lang|pt BR|-|x" {
		t.Errorf("got %q, %v", got, err)
	}
	if _, err := shellWords(`'open`); err == nil {
		t.Error("unterminated quote accepted")
	}
}
