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
//
// The work of a render is bounded by the size of its input, so Validate
// applies Decode's size bound too: a message whose JSON would be longer
// than WithMaxBytes (DefaultMaxBytes unless given) is refused with RuleSize
// before anything else is checked. The size is a lower bound of its JSON
// length (string bytes, quotes and separators), so a message whose JSON
// fits is never refused. The other DecodeOptions do not apply to a typed
// value.
func Validate(m *Message, opts ...DecodeOption) (*Valid, error) {
	if m == nil {
		return nil, errors.Join(&Error{Rule: RuleRequired, Detail: "nil message"})
	}
	cfg := newDecodeConfig(opts)
	if n := sizeOf(m, cfg.maxBytes); n > cfg.maxBytes {
		return nil, errors.Join(&Error{Rule: RuleSize, Detail: "the message is over " + itoa64(cfg.maxBytes) + " bytes as JSON (at least " + itoa64(n) + ")"})
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

// sizeOf is a lower bound of the length of m's JSON: every string's bytes
// plus its quotes and key, stopping once it passes limit (so measuring a
// huge message costs no more than the limit allows).
func sizeOf(m *Message, limit int64) int64 {
	var n int64
	str := func(s string) {
		if s != "" {
			n += int64(len(s)) + 4 // quotes, colon, comma
		}
	}
	meta := func(md Metadata) {
		for k, v := range md {
			str(k)
			if s, ok := v.(string); ok {
				str(s)
			} else {
				n++
			}
		}
	}
	action := func(a *Action) {
		n += 10 // {"type":}
		for _, s := range [...]string{string(a.Type), a.Text, a.URI, a.Payload, a.Currency, a.IconURL, a.Fallback} {
			str(s)
		}
		meta(a.Metadata)
	}
	for _, s := range [...]string{m.Text, m.Name, m.Email, m.AvatarURL, m.Payload, m.MediaURL, m.MediaType} {
		str(s)
	}
	meta(m.Metadata)
	for k, o := range m.Override {
		str(k)
		n += int64(len(o.Payload))
	}
	for i := range m.Actions {
		action(&m.Actions[i])
		if n > limit {
			return n
		}
	}
	for i := range m.Items {
		it := &m.Items[i]
		for _, s := range [...]string{it.Title, it.Description, it.MediaURL, it.MediaType} {
			str(s)
		}
		for j := range it.Actions {
			action(&it.Actions[j])
		}
		if n > limit {
			return n
		}
	}
	return n
}
