package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/chanrender/chanrender/schema"
)

// printProblems writes one "path: detail" line per decoding problem, with
// "(root)" for the document itself and the byte offset of a syntax error.
func printProblems(w io.Writer, err error) {
	es := schema.Errors(err)
	if len(es) == 0 {
		fprintf(w, "(root): %v\n", err)
		return
	}
	for _, e := range es {
		detail := e.Detail
		if e.Rule == schema.RuleSyntax {
			detail = fmt.Sprintf("invalid JSON at byte %d: %s", e.Offset, e.Detail)
		}
		fprintf(w, "%s: %s\n", pathOrRoot(e.Path), detail)
	}
}

// pathOrRoot names the empty JSON path "(root)".
func pathOrRoot(p string) string {
	if p == "" {
		return "(root)"
	}
	return p
}

// writeJSON writes v indented, without HTML escaping, with a final newline.
func writeJSON(w io.Writer, v any) error {
	b, err := indentJSON(v)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// indentJSON encodes v as the goldens are: two-space indentation, no HTML
// escaping, a final newline.
func indentJSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// stream is an output the commands print to freely: it keeps the first
// write error (a closed pipe, a full disk), which run reports once, with
// exit status 1, instead of every print checking its own.
type stream struct {
	w   io.Writer
	err error
}

// Write writes p, or fails at once after a first error.
func (s *stream) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.w.Write(p)
	if err != nil {
		s.err = err
	}
	return n, err
}

// fprintf, fprint and fprintln print to w, a stream that keeps the error
// (run checks stdout's; a failed write to stderr has nowhere to be told).
func fprintf(w io.Writer, format string, args ...any) { _, _ = fmt.Fprintf(w, format, args...) }

func fprint(w io.Writer, args ...any) { _, _ = fmt.Fprint(w, args...) }

func fprintln(w io.Writer, args ...any) { _, _ = fmt.Fprintln(w, args...) }
