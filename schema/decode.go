package schema

import (
	"bytes"
	"errors"
)

// Input is a decoded request body: exactly one of Message and Activity is set.
type Input struct {
	Message  *Valid
	Activity *Activity
}

// Decode decodes and validates the body of a post-message request. On
// failure it returns nil and an error joining one *Error per problem (see
// Errors). The result is a Valid message: the engine renders it without
// checking it again.
func Decode(data []byte, opts ...DecodeOption) (*Valid, error) {
	in, err := decode(data, newDecodeConfig(opts), kindMessage)
	if err != nil {
		return nil, err
	}
	return in.Message, nil
}

// DecodeActivity decodes and validates the body of a typing activity
// request. On failure it returns a nil activity and an error joining one
// *Error per problem.
func DecodeActivity(data []byte, opts ...DecodeOption) (*Activity, error) {
	in, err := decode(data, newDecodeConfig(opts), kindActivity)
	if err != nil {
		return nil, err
	}
	return in.Activity, nil
}

// DecodeInput decodes either kind of body: an object whose "type" is a string
// starting with "typing:" is an activity, anything else a message.
func DecodeInput(data []byte, opts ...DecodeOption) (Input, error) {
	return decode(data, newDecodeConfig(opts), kindEither)
}

type inputKind int

const (
	kindEither inputKind = iota
	kindMessage
	kindActivity
)

// decode runs every step: size bound, empty body, one parse (syntax and
// depth), the walker (JSON types, repeated keys, unknown fields, presence
// rules), then the checker (every other rule, on the typed value).
func decode(data []byte, cfg decodeConfig, kind inputKind) (Input, error) {
	if int64(len(data)) > cfg.maxBytes {
		return Input{}, errors.Join(&Error{Rule: RuleSize, Detail: "input is " + itoa(len(data)) + " bytes, more than the " + itoa64(cfg.maxBytes) + " allowed"})
	}
	if len(bytes.Trim(data, jsonSpace)) == 0 {
		return Input{}, errors.Join(&Error{Rule: RuleEmpty, Detail: "input is empty"})
	}
	tree, root, perr := parseJSON(data, cfg.maxDepth)
	if perr != nil {
		return Input{}, errors.Join(perr)
	}
	w := walker{t: tree, strict: cfg.strict}
	if kind == kindEither {
		kind = kindMessage
		if t, ok := tree.get(root, "type"); ok && root.kind == jObject && t.kind == jString && len(t.s) > 7 && t.s[:7] == "typing:" {
			kind = kindActivity
		}
	}
	c := checker{}
	var in Input
	if kind == kindActivity {
		a := w.activity(root)
		if a != nil {
			c.bad = w.bad
			c.activity(a)
		}
		in.Activity = a
	} else {
		m := w.message(root)
		if m != nil {
			c.bad = w.bad
			c.message(m)
			in.Message = &Valid{m: m}
		}
	}
	if len(w.errs)+len(c.errs) > 0 {
		all := append(w.errs, c.errs...)
		sortProblems(all)
		return Input{}, all.join()
	}
	return in, nil
}

// jsonSpace is the whitespace JSON allows between tokens.
const jsonSpace = " \t\r\n"
