package main

import "github.com/chanrender/chanrender/schema"

// expandShorthand applies the messaging shorthand (not wired yet).
func expandShorthand(m *schema.Message) *schema.Message { return m }
