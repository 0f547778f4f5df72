package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/chanrender/chanrender/schema"
)

// input is one input named on the command line: a file, or standard input.
type input struct {
	// name is the file's path as given (joined to its directory for a
	// directory's files), or "-" for standard input.
	name string
}

// stdin reports whether the input is standard input.
func (in input) stdin() bool { return in.name == "-" }

// expandInputs turns FILE|DIR|- arguments into inputs: a directory means
// its *.json files (regular files only) in name order, "-" standard input,
// and no argument at all standard input. many reports whether the output is
// a list: several arguments, or a directory. Arguments that do not exist,
// directories without *.json files and a repeated "-" are errors.
func expandInputs(args []string) (ins []input, many bool, err error) {
	if len(args) == 0 {
		return []input{{name: "-"}}, false, nil
	}
	many = len(args) > 1
	sawStdin := false
	for _, a := range args {
		if a == "-" {
			if sawStdin {
				return nil, false, errors.New("standard input (-) named twice")
			}
			sawStdin = true
			ins = append(ins, input{name: "-"})
			continue
		}
		st, err := os.Stat(a)
		if err != nil {
			return nil, false, err
		}
		if !st.IsDir() {
			ins = append(ins, input{name: a})
			continue
		}
		many = true
		entries, err := os.ReadDir(a) // sorted by file name
		if err != nil {
			return nil, false, err
		}
		n := 0
		for _, e := range entries {
			if !strings.HasSuffix(e.Name(), ".json") || !e.Type().IsRegular() {
				continue
			}
			ins = append(ins, input{name: filepath.Join(a, e.Name())})
			n++
		}
		if n == 0 {
			return nil, false, fmt.Errorf("%s: no *.json files in the directory", a)
		}
	}
	return ins, many, nil
}

// read reads the input, at most max+1 bytes of it: a longer input is not
// read any further and is refused with a schema.RuleSize error naming the
// limit, as schema.DecodeInput would refuse it.
func (in input) read(stdin io.Reader, max int64) ([]byte, error) {
	if in.stdin() {
		if stdin == nil {
			stdin = strings.NewReader("")
		}
		return readLimited(stdin, max)
	}
	f, err := os.Open(in.name)
	if err != nil {
		return nil, err
	}
	data, err := readLimited(f, max)
	// Closing a file opened for reading cannot lose data: its error only
	// matters when the read itself succeeded.
	if cerr := f.Close(); err == nil && cerr != nil {
		return nil, cerr
	}
	return data, err
}

// readLimited reads r through an io.LimitReader of max+1 bytes: it never
// reads more than one byte past the limit.
func readLimited(r io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, sizeError(max)
	}
	return data, nil
}

// sizeError is the problem an input over the limit gives: one
// schema.RuleSize error at the root, as from schema.DecodeInput.
func sizeError(max int64) error {
	return errors.Join(&schema.Error{
		Rule:   schema.RuleSize,
		Detail: "input is larger than " + strconv.FormatInt(max, 10) + " bytes, the -max-bytes limit; it was not read further",
	})
}

// prefixWriter writes prefix before every line written to w.
type prefixWriter struct {
	w      io.Writer
	prefix string
	mid    bool
}

// Write writes p with the prefix at the start of each line.
func (p *prefixWriter) Write(b []byte) (int, error) {
	n := 0
	for len(b) > 0 {
		if !p.mid {
			if _, err := io.WriteString(p.w, p.prefix); err != nil {
				return n, err
			}
		}
		i := strings.IndexByte(string(b), '\n')
		chunk := b
		if i >= 0 {
			chunk = b[:i+1]
		}
		m, err := p.w.Write(chunk)
		n += m
		if err != nil {
			return n, err
		}
		p.mid = i < 0
		b = b[len(chunk):]
	}
	return n, nil
}

// problemWriter is where an input's problem lines go: stderr as it is for
// a single input, each line prefixed with "FILE: " when there are several.
func problemWriter(stderr io.Writer, in input, many bool) io.Writer {
	if !many {
		return stderr
	}
	return &prefixWriter{w: stderr, prefix: in.name + ": "}
}

// reportInputError prints why an input failed: one "path: detail" line per
// problem of invalid input (each prefixed with "FILE: " when there are
// several inputs), or "chanrender CMD: [FILE: ]error" for anything else,
// such as a file that cannot be read.
func reportInputError(stderr io.Writer, c *command, in input, many bool, err error) {
	if len(schema.Errors(err)) > 0 {
		printProblems(problemWriter(stderr, in, many), err)
		return
	}
	var pe *fs.PathError
	if many && !errors.As(err, &pe) {
		fprintf(stderr, "chanrender %s: %s: %v\n", c.name, in.name, err)
		return
	}
	fprintf(stderr, "chanrender %s: %v\n", c.name, err)
}
