package main

import (
	"github.com/chanrender/chanrender/schema"
	"github.com/chanrender/chanrender/shorthand"
)

// expandShorthand applies the messaging shorthand to a text message and
// validates the result as if it had been sent as JSON.
func expandShorthand(m *schema.Message, currency string) (*schema.Message, error) {
	out, err := shorthand.Apply(m, shorthand.Options{Currency: currency})
	if err != nil {
		return nil, err
	}
	data, err := schema.Encode(out)
	if err != nil {
		return nil, err
	}
	return schema.Decode(data)
}
