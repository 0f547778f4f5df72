package main

import (
	"math"

	"github.com/chanrender/chanrender/schema"
	"github.com/chanrender/chanrender/shorthand"
)

// expandShorthand applies the messaging shorthand to a text message and
// validates the result with Decode's rules.
//
// The -max-bytes limit applies to the input as given, before expansion:
// the expanded message is validated without a size bound of its own (its
// size is linear in the input's, which was bounded while reading), so a
// message that fits as written is never refused for what the shorthand
// adds.
func expandShorthand(v *schema.Valid, currency string) (*schema.Valid, error) {
	out, err := shorthand.Apply(v.Message(), shorthand.Options{Currency: currency})
	if err != nil {
		return nil, err
	}
	return schema.Validate(out, schema.WithMaxBytes(math.MaxInt64))
}
