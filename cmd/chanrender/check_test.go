package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const lineGolden = "../../channels/line/testdata/golden"

// TestCheckRepositoryGoldens: every channel package's goldens match what
// check renders for the corpus, byte for byte (the kit renders with
// -app-name ACME).
func TestCheckRepositoryGoldens(t *testing.T) {
	dirs, err := filepath.Glob("../../channels/*/testdata/golden")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no golden directories: %v", err)
	}
	for _, dir := range dirs {
		code, out, errs := runCLI(t, "", "check", "-golden", dir, "-app-name", "ACME", corpusDir)
		if code != exitOK || errs != "" || !strings.Contains(out, " golden files match (") {
			t.Errorf("%s: exit %d, stderr %q\n%.2000s", dir, code, errs, out)
		}
	}
	code, out, errs := runCLI(t, "", "check", "-golden", lineGolden, "-channel", "line", "-app-name", "ACME",
		filepath.Join(corpusDir, "spec-carousel.json"))
	if code != exitOK || out != "2 golden files match (1 input, 1 channel)\n" {
		t.Errorf("one file: exit %d, %q, %q", code, out, errs)
	}
}

// TestCheckModifiedCopy: a changed byte, a changed indentation, a missing
// final newline and a missing file in a copy of LINE's goldens are each a
// difference with a diff, and make the exit status 1.
func TestCheckModifiedCopy(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(lineGolden, "line")
	dst := filepath.Join(dir, "line")
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	edit := func(name string, f func(string) string) {
		p := filepath.Join(dst, name)
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(f(string(b))), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// The copy matches before it is changed.
	if code, _, errs := runCLI(t, "", "check", "-golden", dir, "-app-name", "ACME", corpusDir); code != exitOK {
		t.Fatalf("unchanged copy: exit %d: %s", code, errs)
	}
	edit("docs-reply.payloads.golden", func(s string) string { return strings.Replace(s, `"label": "Tacos"`, `"label": "Tacoz"`, 1) })
	edit("spec-text-appmaker.payloads.golden", func(s string) string { return strings.Replace(s, "\n  {", "\n    {", 1) })
	edit("spec-image.report.golden", func(s string) string { return strings.TrimSuffix(s, "\n") })
	if err := os.Remove(filepath.Join(dst, "spec-carousel.report.golden")); err != nil {
		t.Fatal(err)
	}

	code, out, errs := runCLI(t, "", "check", "-golden", dir, "-app-name", "ACME", corpusDir)
	if code != exitInvalid {
		t.Fatalf("exit %d, want %d", code, exitInvalid)
	}
	inputs, err := filepath.Glob(filepath.Join(corpusDir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf("chanrender check: 4 of %d golden files differ\n", 2*len(inputs)); errs != want {
		t.Errorf("stderr %q", errs)
	}
	for _, want := range []string{
		"--- " + filepath.Join(dst, "docs-reply.payloads.golden") + "\n+++ line render of " + filepath.Join(corpusDir, "docs-reply.json") + "\n@@ -12,7 +12,7 @@\n",
		"\n-                  \"label\": \"Tacoz\",\n+                  \"label\": \"Tacos\",\n",
		"--- " + filepath.Join(dst, "spec-text-appmaker.payloads.golden") + "\n",
		"\n-    {\n+  {\n",
		"--- " + filepath.Join(dst, "spec-image.report.golden") + "\n",
		"\\ No newline at end of file\n",
		"--- " + filepath.Join(dst, "spec-carousel.report.golden") + " (missing)\n+++ line render of " + filepath.Join(corpusDir, "spec-carousel.json") + "\n@@ -0,0 +1,12 @@\n+[\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// Only the changed files are shown.
	if n := strings.Count(out, "\n--- ") + 1; n != 4 {
		t.Errorf("%d diffs, want 4:\n%s", n, out)
	}
}

// TestCheckUsage: missing -golden or inputs, stdin, conflicting or unknown
// channels and missing paths are usage errors; an invalid input is exit 1.
func TestCheckUsage(t *testing.T) {
	msg := filepath.Join(corpusDir, "spec-text-appmaker.json")
	for _, args := range [][]string{
		{"check", msg},
		{"check", "-golden", lineGolden},
		{"check", "-golden", lineGolden, "-"},
		{"check", "-golden", lineGolden, "-all", "-channel", "line", msg},
		{"check", "-golden", lineGolden, "-channel", "pigeon", msg},
		{"check", "-golden", filepath.Join(t.TempDir(), "none"), msg},
		{"check", "-golden", t.TempDir(), msg}, // no channel directory
		{"check", "-golden", lineGolden, filepath.Join(t.TempDir(), "missing.json")},
	} {
		code, out, errs := runCLI(t, "", args...)
		if code != exitUsage || out != "" || !strings.HasPrefix(errs, "chanrender check: ") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, errs)
		}
	}
	// An invalid input is reported with its name.
	bad := filepath.Join(invalidDir, "50-truncated.json")
	code, _, errs := runCLI(t, "", "check", "-golden", lineGolden, bad)
	if code != exitInvalid || !strings.HasPrefix(errs, bad+": (root): invalid JSON") {
		t.Errorf("invalid input: exit %d, %q", code, errs)
	}
}

// TestUnifiedDiff pins the diff format: headers, hunk ranges, context and
// the missing final newline.
func TestUnifiedDiff(t *testing.T) {
	tests := []struct {
		name, a, b, want string
	}{
		{"equal", "a\nb\n", "a\nb\n", ""},
		{"change", "a\nb\nc\n", "a\nB\nc\n", "--- A\n+++ B\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n"},
		{"from empty", "", "x\ny\n", "--- A\n+++ B\n@@ -0,0 +1,2 @@\n+x\n+y\n"},
		{"to empty", "x\n", "", "--- A\n+++ B\n@@ -1,1 +0,0 @@\n-x\n"},
		{"no final newline", "x\n", "x", "--- A\n+++ B\n@@ -1,1 +1,1 @@\n-x\n+x\n\\ No newline at end of file\n"},
		{
			"two hunks",
			"1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n",
			"0\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n",
			"--- A\n+++ B\n@@ -1,3 +1,4 @@\n+0\n 1\n 2\n 3\n@@ -9,4 +10,3 @@\n 9\n 10\n 11\n-12\n",
		},
		{
			"merged hunk",
			"a\nb\nc\nd\ne\nf\ng\n",
			"a\nB\nc\nd\ne\nF\ng\n",
			"--- A\n+++ B\n@@ -1,7 +1,7 @@\n a\n-b\n+B\n c\n d\n e\n-f\n+F\n g\n",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, unifiedDiff("A", "B", tc.a, tc.b)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestDiffLinesRebuilds: the edit script of random line lists rebuilds
// both sides and is shortest (it keeps a longest common subsequence).
func TestDiffLinesRebuilds(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 2000 {
		var a, b []string
		for range r.IntN(12) {
			a = append(a, string(rune('a'+r.IntN(4)))+"\n")
		}
		for range r.IntN(12) {
			b = append(b, string(rune('a'+r.IntN(4)))+"\n")
		}
		var ga, gb []string
		kept := 0
		for _, e := range diffLines(a, b) {
			if e.op == ' ' {
				kept++
			}
			if e.op != '+' {
				ga = append(ga, e.line)
			}
			if e.op != '-' {
				gb = append(gb, e.line)
			}
		}
		if !slices.Equal(a, ga) || !slices.Equal(b, gb) {
			t.Fatalf("case %d: %q / %q rebuilt as %q / %q", i, a, b, ga, gb)
		}
		if want := lcs(a, b); kept != want {
			t.Fatalf("case %d: %q / %q: kept %d lines, the longest common subsequence has %d", i, a, b, kept, want)
		}
	}
	a := []string{"x\n", "y\n", "z\n"}
	if got := diffLines(a, a[:2]); len(got) != 3 || got[2].op != '-' {
		t.Errorf("prefix: %v", got)
	}
}

// lcs is the length of a longest common subsequence of a and b.
func lcs(a, b []string) int {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	return dp[0][0]
}
