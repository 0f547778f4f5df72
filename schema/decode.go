package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
)

// Input is a decoded request body: exactly one of Message and Activity is set.
type Input struct {
	Message  *Message
	Activity *Activity
}

// Decode decodes and validates the body of a post-message request. On
// failure it returns a nil message and an error joining one *Error per
// problem (see Errors).
func Decode(data []byte, opts ...DecodeOption) (*Message, error) {
	cfg := newDecodeConfig(opts)
	tree, perr := parse(data, cfg)
	if perr != nil {
		return nil, perr.join()
	}
	w := walker{strict: cfg.strict}
	m := w.message(tree)
	if err := w.errs.join(); err != nil {
		return nil, err
	}
	return m, nil
}

// DecodeActivity decodes and validates the body of a typing activity
// request. On failure it returns a nil activity and an error joining one
// *Error per problem.
func DecodeActivity(data []byte, opts ...DecodeOption) (*Activity, error) {
	cfg := newDecodeConfig(opts)
	tree, perr := parse(data, cfg)
	if perr != nil {
		return nil, perr.join()
	}
	w := walker{strict: cfg.strict}
	a := w.activity(tree)
	if err := w.errs.join(); err != nil {
		return nil, err
	}
	return a, nil
}

// DecodeInput decodes either kind of body: an object whose "type" is a string
// starting with "typing:" is an activity, anything else a message.
func DecodeInput(data []byte, opts ...DecodeOption) (Input, error) {
	cfg := newDecodeConfig(opts)
	tree, perr := parse(data, cfg)
	if perr != nil {
		return Input{}, perr.join()
	}
	w := walker{strict: cfg.strict}
	var in Input
	if isActivity(tree) {
		in.Activity = w.activity(tree)
	} else {
		in.Message = w.message(tree)
	}
	if err := w.errs.join(); err != nil {
		return Input{}, err
	}
	return in, nil
}

func isActivity(tree any) bool {
	obj, ok := tree.(map[string]any)
	if !ok {
		return false
	}
	t, ok := obj["type"].(string)
	return ok && strings.HasPrefix(t, "typing:")
}

// parse runs the steps before validation: size bound, empty body, depth
// pre-scan, then JSON syntax. It returns the generic tree (objects as
// map[string]any, numbers as json.Number).
func parse(data []byte, cfg decodeConfig) (any, problems) {
	var p problems
	if int64(len(data)) > cfg.maxBytes {
		p.add("", RuleSize, "input is %d bytes, more than the %d allowed", len(data), cfg.maxBytes)
		return nil, p
	}
	if len(bytes.Trim(data, jsonSpace)) == 0 {
		p.add("", RuleEmpty, "input is empty")
		return nil, p
	}
	if off, ok := checkDepth(data, cfg.maxDepth); !ok {
		p = append(p, &Error{Rule: RuleDepth, Offset: off,
			Detail: "objects and arrays are nested more than " + itoa(cfg.maxDepth) + " deep"})
		return nil, p
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var tree any
	if err := dec.Decode(&tree); err != nil {
		p = append(p, syntaxError(err, data))
		return nil, p
	}
	end := dec.InputOffset()
	if rest := bytes.TrimLeft(data[end:], jsonSpace); len(rest) > 0 {
		// Offsets count the bytes read, the offending one included, as
		// json.SyntaxError does.
		off := int64(len(data)-len(rest)) + 1
		p = append(p, &Error{Rule: RuleSyntax, Offset: off,
			Detail: "unexpected data after the top-level value: " + quoteByte(rest[0])})
		return nil, p
	}
	return tree, nil
}

// jsonSpace is the whitespace JSON allows between tokens.
const jsonSpace = " \t\r\n"

func syntaxError(err error, data []byte) *Error {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		return &Error{Rule: RuleSyntax, Offset: se.Offset, Detail: se.Error()}
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return &Error{Rule: RuleSyntax, Offset: int64(len(data)), Detail: "unexpected end of input"}
	default:
		return &Error{Rule: RuleSyntax, Detail: err.Error()}
	}
}

// checkDepth reports whether objects and arrays in data nest at most max
// deep; when they do not, it returns the offset just after the first bracket
// too deep (bytes read, as for syntax errors). Strings are skipped so brackets inside them do not count. The scan
// does not validate syntax: the parser does that afterwards.
func checkDepth(data []byte, max int) (int64, bool) {
	depth := 0
	inString := false
	for i := 0; i < len(data); i++ {
		c := data[i]
		if inString {
			switch c {
			case '\\':
				i++
			case '"':
				inString = false
			}
			continue
		}
		switch c {
		case '"':
			inString = true
		case '{', '[':
			depth++
			if depth > max {
				return int64(i) + 1, false
			}
		case '}', ']':
			if depth > 0 {
				depth--
			}
		}
	}
	return 0, true
}
