package schema

// Normalize checks a message built in code and returns the message Decode
// would have returned for it.
//
// Deprecated: use Validate, which returns the same message as a Valid the
// engine renders without checking it again. Normalize is Validate followed
// by Message.
func Normalize(m *Message) (*Message, error) {
	v, err := Validate(m)
	if err != nil {
		return nil, err
	}
	return v.Message(), nil
}

// NormalizeActivity checks an activity built in code.
//
// Deprecated: use ValidateActivity, which it calls.
func NormalizeActivity(a *Activity) (*Activity, error) { return ValidateActivity(a) }
