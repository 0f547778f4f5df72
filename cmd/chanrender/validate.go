package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/chanrender/chanrender/schema"
)

// cmdValidate implements "chanrender validate [-strict] [-max-bytes N]
// [FILE|-]": it decodes a message or a typing activity and prints its
// normalised canonical JSON (2-space indentation) on stdout, or one line per
// problem ("path: detail") on stderr.
func cmdValidate(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	strict := fs.Bool("strict", false, "report unknown fields as errors")
	maxBytes := fs.Int64("max-bytes", schema.DefaultMaxBytes, "refuse input larger than `N` bytes")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: chanrender validate [-strict] [-max-bytes N] [FILE|-]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if *maxBytes < 1 {
		fmt.Fprintf(stderr, "chanrender validate: -max-bytes must be positive, not %d\n", *maxBytes)
		return exitUsage
	}
	data, err := readInput(fs.Args(), stdin)
	if err != nil {
		fmt.Fprintf(stderr, "chanrender validate: %v\n", err)
		return exitUsage
	}
	opts := []schema.DecodeOption{schema.WithMaxBytes(*maxBytes)}
	if *strict {
		opts = append(opts, schema.WithUnknownFieldErrors())
	}
	in, err := schema.DecodeInput(data, opts...)
	if err != nil {
		printProblems(stderr, err)
		return exitInvalid
	}
	var out []byte
	if in.Activity != nil {
		out, err = schema.EncodeActivity(in.Activity)
	} else {
		out, err = schema.Encode(in.Message.Message())
	}
	if err != nil {
		fmt.Fprintf(stderr, "chanrender validate: %v\n", err)
		return exitInvalid
	}
	var buf bytes.Buffer
	if err := json.Indent(&buf, out, "", "  "); err != nil {
		fmt.Fprintf(stderr, "chanrender validate: %v\n", err)
		return exitInvalid
	}
	buf.WriteByte('\n')
	if _, err := stdout.Write(buf.Bytes()); err != nil {
		fmt.Fprintf(stderr, "chanrender validate: %v\n", err)
		return exitUsage
	}
	return exitOK
}
