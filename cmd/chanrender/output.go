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
		fmt.Fprintf(w, "(root): %v\n", err)
		return
	}
	for _, e := range es {
		detail := e.Detail
		if e.Rule == schema.RuleSyntax {
			detail = fmt.Sprintf("invalid JSON at byte %d: %s", e.Offset, e.Detail)
		}
		fmt.Fprintf(w, "%s: %s\n", pathOrRoot(e.Path), detail)
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
