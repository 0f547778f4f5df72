package schema

import "errors"

// Valid is a message that passed every rule of the v1 schema, in the
// normalised form Decode gives it: media types resolved, empty containers
// absent, strings valid UTF-8. Only Decode, DecodeInput and Validate make
// one, each after checking it once, so the engine renders a Valid without
// checking it again.
//
// A Valid is immutable: Message returns its message for reading, shared and
// not to be modified (Clone it to build a changed message, then Validate
// that). A Valid is safe for concurrent use.
type Valid struct {
	m *Message
}

// Message returns the validated message. It is shared with v and every
// render of v: read it, never modify it (use Clone to change a copy).
// Message of a nil or zero Valid is nil.
func (v *Valid) Message() *Message {
	if v == nil {
		return nil
	}
	return v.m
}

// Validate checks a message built in code against every rule Decode
// applies, with the same paths, rules and errors, directly on the typed
// value, and returns it as a Valid. m is not modified: the Valid holds a
// normalised copy (resolved media types, empty containers nil, fields of
// other action types cleared, strings made valid UTF-8, metadata numbers as
// json.Number, override payloads as compact JSON with sorted keys), the
// message Decode would give for m's JSON. Values JSON cannot carry (a NaN
// coordinate, a metadata value that is not a string, number or boolean)
// are errors with their path.
func Validate(m *Message) (*Valid, error) {
	if m == nil {
		return nil, errors.Join(&Error{Rule: RuleRequired, Detail: "nil message"})
	}
	cp := m.Clone()
	c := checker{typed: true}
	c.message(cp)
	sortProblems(c.errs)
	if err := c.errs.join(); err != nil {
		return nil, err
	}
	return &Valid{m: cp}, nil
}

// ValidateActivity is Validate for a typing activity: it returns a checked,
// normalised copy of a.
func ValidateActivity(a *Activity) (*Activity, error) {
	if a == nil {
		return nil, errors.Join(&Error{Rule: RuleRequired, Detail: "nil activity"})
	}
	cp := a.Clone()
	c := checker{typed: true}
	c.activity(cp)
	if err := c.errs.join(); err != nil {
		return nil, err
	}
	return cp, nil
}
