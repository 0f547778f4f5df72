package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"io"

	"github.com/chanrender/chanrender/schema"
)

// validateOptions are the parsed flags of "chanrender validate".
type validateOptions struct {
	strict   *bool
	maxBytes *maxBytesValue
}

// validateFlags defines the flags of "chanrender validate".
func validateFlags() (*flag.FlagSet, validateOptions) {
	fs := newFlagSet("validate")
	var o validateOptions
	o.strict = fs.Bool("strict", false, "report unknown fields as errors")
	o.maxBytes = maxBytesFlag(fs)
	return fs, o
}

// cmdValidate implements "chanrender validate [-strict] [-max-bytes N]
// [FILE|DIR|-]...": it decodes each message or typing activity and prints
// its normalised canonical JSON (2-space indentation) on stdout, or one
// line per problem ("path: detail") on stderr. With several inputs the
// output is a JSON array of the canonical objects, each with a first member
// "file" naming its input, and problem lines start with "FILE: ".
func cmdValidate(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := commandByName("validate")
	fs, o := validateFlags()
	if code, ok := parseFlags(c, fs, args, stdout, stderr); !ok {
		return code
	}
	ins, many, err := expandInputs(fs.Args())
	if err != nil {
		return usageError(c, stderr, "%v", err)
	}
	opts := []schema.DecodeOption{schema.WithMaxBytes(int64(*o.maxBytes))}
	if *o.strict {
		opts = append(opts, schema.WithUnknownFieldErrors())
	}
	code := exitOK
	var objects [][]byte
	for _, in := range ins {
		obj, err := validateOne(in, stdin, int64(*o.maxBytes), opts)
		if err != nil {
			reportInputError(stderr, c, in, many, err)
			code = exitInvalid
			continue
		}
		if many {
			obj = withFile(in.name, obj)
		}
		objects = append(objects, obj)
	}
	if !many && code != exitOK {
		return code
	}
	out := []byte("[" + string(bytes.Join(objects, []byte(","))) + "]")
	if !many {
		out = objects[0]
	}
	var buf bytes.Buffer
	if err := json.Indent(&buf, out, "", "  "); err != nil {
		fprintf(stderr, "chanrender validate: %v\n", err)
		return exitInvalid
	}
	buf.WriteByte('\n')
	if _, err := stdout.Write(buf.Bytes()); err != nil {
		fprintf(stderr, "chanrender validate: %v\n", err)
		return exitInvalid
	}
	return code
}

// validateOne reads, decodes and re-encodes one input as compact JSON.
func validateOne(in input, stdin io.Reader, max int64, opts []schema.DecodeOption) ([]byte, error) {
	data, err := in.read(stdin, max)
	if err != nil {
		return nil, err
	}
	dec, err := schema.DecodeInput(data, opts...)
	if err != nil {
		return nil, err
	}
	if dec.Activity != nil {
		return schema.EncodeActivity(dec.Activity)
	}
	return schema.Encode(dec.Message.Message())
}

// withFile puts "file": name first in the compact JSON object obj.
func withFile(name string, obj []byte) []byte {
	var b bytes.Buffer
	b.WriteString(`{"file":`)
	b.Write(jsonString(name))
	if rest := bytes.TrimSpace(obj[1:]); len(rest) > 0 && rest[0] != '}' {
		b.WriteByte(',')
	}
	b.Write(obj[1:])
	return b.Bytes()
}

// jsonString is s as a JSON string, without HTML escaping.
func jsonString(s string) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}
