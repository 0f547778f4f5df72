package main

import (
	"github.com/chanrender/chanrender/schema"
	"github.com/chanrender/chanrender/shorthand"
)

// expandShorthand applies the messaging shorthand to a text message and
// validates the result with Decode's rules.
func expandShorthand(v *schema.Valid, currency string) (*schema.Valid, error) {
	out, err := shorthand.Apply(v.Message(), shorthand.Options{Currency: currency})
	if err != nil {
		return nil, err
	}
	return schema.Validate(out)
}
