package schema

import "fmt"

// Normalize checks a message built in code (not decoded) against every rule
// Decode applies, and returns the message as Decode would have returned it:
// a new, normalised value (resolved media types; empty containers absent).
// It is Encode followed by Decode, so the rules and the errors are exactly
// Decode's; a value JSON cannot carry (an infinite coordinate) is a
// RuleType error. m is not modified.
func Normalize(m *Message) (*Message, error) {
	if m == nil {
		return nil, &Error{Rule: RuleRequired, Detail: "nil message"}
	}
	data, err := Encode(m)
	if err != nil {
		return nil, &Error{Rule: RuleType, Detail: fmt.Sprintf("not encodable as JSON: %v", err)}
	}
	return Decode(data, WithMaxBytes(int64(len(data))+1))
}

// NormalizeActivity is Normalize for a typing activity.
func NormalizeActivity(a *Activity) (*Activity, error) {
	if a == nil {
		return nil, &Error{Rule: RuleRequired, Detail: "nil activity"}
	}
	data, err := EncodeActivity(a)
	if err != nil {
		return nil, &Error{Rule: RuleType, Detail: fmt.Sprintf("not encodable as JSON: %v", err)}
	}
	return DecodeActivity(data, WithMaxBytes(int64(len(data))+1))
}
