package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/all"
	"github.com/chanrender/chanrender/schema"
)

// checkOptions are the parsed flags of "chanrender check".
type checkOptions struct {
	golden   *string
	channel  *string
	every    *bool
	maxBytes *maxBytesValue
	renderOptionFlags
}

// checkFlags defines the flags of "chanrender check".
func checkFlags() (*flag.FlagSet, checkOptions) {
	fs := newFlagSet("check")
	var o checkOptions
	o.golden = fs.String("golden", "", "`DIR` of golden files, laid out as DIR/<channel>/<input>.payloads.golden and .report.golden")
	o.channel = fs.String("channel", "", "check only the channel called `NAME` (default: every channel with a directory in the golden directory)")
	o.every = fs.Bool("all", false, "check every registered channel")
	o.maxBytes = maxBytesFlag(fs)
	o.renderOptionFlags = defineRenderOptionFlags(fs)
	return fs, o
}

// cmdCheck implements "chanrender check -golden DIR [-channel NAME | -all]
// FILE|DIR...": it renders each input for each channel and compares the
// payloads and the report, encoded as the channel packages' goldens are
// (2-space indented JSON, no HTML escaping, a final newline), with
// DIR/<channel>/<input name without .json>.payloads.golden and
// .report.golden. Each golden file that differs (or is missing) gives a
// unified diff on stdout and makes the exit status 1.
func cmdCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := commandByName("check")
	fs, o := checkFlags()
	if code, ok := parseFlags(c, fs, args, stdout, stderr); !ok {
		return code
	}
	if *o.golden == "" {
		return usageError(c, stderr, "-golden DIR is required")
	}
	if st, err := os.Stat(*o.golden); err != nil || !st.IsDir() {
		return usageError(c, stderr, "-golden %s: not a directory", *o.golden)
	}
	if fs.NArg() == 0 {
		return usageError(c, stderr, "give at least one FILE or DIR to check")
	}
	for _, a := range fs.Args() {
		if a == "-" {
			return usageError(c, stderr, "cannot check standard input: golden files are named after the input file")
		}
	}
	targets, code := checkTargets(c, *o.golden, *o.channel, *o.every, stderr)
	if code != exitOK {
		return code
	}
	ins, _, err := expandInputs(fs.Args())
	if err != nil {
		return usageError(c, stderr, "%v", err)
	}
	opts := o.options()
	max := int64(*o.maxBytes)
	code = exitOK
	compared, differ := 0, 0
	for _, in := range ins {
		data, err := in.read(stdin, max)
		if err != nil {
			reportInputError(stderr, c, in, true, err)
			code = exitInvalid
			continue
		}
		dec, err := schema.DecodeInput(data, schema.WithMaxBytes(max))
		if err != nil {
			reportInputError(stderr, c, in, true, err)
			code = exitInvalid
			continue
		}
		results, errs := renderInput(dec, targets, opts)
		base := strings.TrimSuffix(filepath.Base(in.name), ".json")
		for i, ch := range targets {
			if errs[i] != nil {
				reportRenderError(stderr, c, in, true, ch.Name(), errs[i])
				code = exitInvalid
				continue
			}
			for _, g := range []struct {
				kind string
				v    any
			}{{"payloads", results[i].Payloads}, {"report", results[i].Report}} {
				got, err := indentJSON(g.v)
				if err != nil {
					fprintf(stderr, "chanrender check: %s: %s: %v\n", in.name, ch.Name(), err)
					code = exitInvalid
					continue
				}
				compared++
				path := filepath.Join(*o.golden, ch.Name(), base+"."+g.kind+".golden")
				want, err := os.ReadFile(path)
				name := path
				if errors.Is(err, os.ErrNotExist) {
					name += " (missing)"
				} else if err != nil {
					fprintf(stderr, "chanrender check: %v\n", err)
					code = exitInvalid
					continue
				}
				d := unifiedDiff(name, ch.Name()+" render of "+in.name, string(want), string(got))
				if d != "" {
					differ++
					fprint(stdout, d)
				}
			}
		}
	}
	if differ > 0 {
		fprintf(stderr, "chanrender check: %d of %d golden files differ\n", differ, compared)
		return exitInvalid
	}
	if code == exitOK {
		fprintf(stdout, "%d golden files match (%s, %s)\n", compared, plural(len(ins), "input"), plural(len(targets), "channel"))
	}
	return code
}

// checkTargets resolves the channels to check: -channel NAME, -all, or by
// default every registered channel with a directory under golden.
func checkTargets(c *command, golden, name string, every bool, stderr io.Writer) ([]channels.Channel, int) {
	if name != "" || every {
		return targetChannels(c, name, every, stderr)
	}
	reg, err := all.Registry()
	if err != nil {
		fprintf(stderr, "chanrender check: %v\n", err)
		return nil, exitUsage
	}
	var out []channels.Channel
	for _, ch := range reg.Channels() {
		if st, err := os.Stat(filepath.Join(golden, ch.Name())); err == nil && st.IsDir() {
			out = append(out, ch)
		}
	}
	if len(out) == 0 {
		return nil, usageError(c, stderr, "%s has no directory named after a channel; give -channel NAME or -all", golden)
	}
	return out, exitOK
}

// plural is "1 thing" or "n things".
func plural(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}
