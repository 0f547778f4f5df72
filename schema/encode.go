package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// Encode returns the canonical JSON of m: fields in struct order, compact,
// no HTML escaping, no trailing newline. For a decoded message,
// Decode(Encode(m)) gives m back and Encode of that gives the same bytes.
func Encode(m *Message) ([]byte, error) {
	if m == nil {
		return nil, errors.New("schema: encode: nil message")
	}
	return encodeJSON(m)
}

// EncodeActivity returns the canonical JSON of a, like Encode.
func EncodeActivity(a *Activity) ([]byte, error) {
	if a == nil {
		return nil, errors.New("schema: encode: nil activity")
	}
	return encodeJSON(a)
}

// encodeJSON marshals v compactly without HTML escaping and without the
// encoder's trailing newline. Map keys come out sorted.
func encodeJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("schema: encode: %w", err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}
