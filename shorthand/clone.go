package shorthand

import (
	"bytes"
	"maps"

	"github.com/chanrender/chanrender/schema"
)

// cloneMessage returns a deep copy of m. Metadata values are flat (strings,
// numbers, booleans), so copying the map copies them.
func cloneMessage(m *schema.Message) *schema.Message {
	c := *m
	if m.Destination != nil {
		d := *m.Destination
		c.Destination = &d
	}
	c.Metadata = maps.Clone(m.Metadata)
	if m.Coordinates != nil {
		x := *m.Coordinates
		c.Coordinates = &x
	}
	if m.Location != nil {
		l := *m.Location
		c.Location = &l
	}
	if m.Items != nil {
		c.Items = make([]schema.Item, len(m.Items))
		for i, it := range m.Items {
			it.Actions = cloneActions(it.Actions)
			it.Metadata = maps.Clone(it.Metadata)
			c.Items[i] = it
		}
	}
	c.Actions = cloneActions(m.Actions)
	if m.DisplaySettings != nil {
		d := *m.DisplaySettings
		c.DisplaySettings = &d
	}
	if m.Override != nil {
		c.Override = make(map[string]schema.Override, len(m.Override))
		for k, v := range m.Override {
			c.Override[k] = schema.Override{Payload: bytes.Clone(v.Payload)}
		}
	}
	return &c
}

// cloneActions returns a deep copy of as (nil stays nil).
func cloneActions(as []schema.Action) []schema.Action {
	if as == nil {
		return nil
	}
	out := make([]schema.Action, len(as))
	for i, a := range as {
		a.Metadata = maps.Clone(a.Metadata)
		if a.ExtraChannelOptions != nil {
			e := *a.ExtraChannelOptions
			if e.Messenger != nil {
				mo := *e.Messenger
				if mo.MessengerExtensions != nil {
					b := *mo.MessengerExtensions
					mo.MessengerExtensions = &b
				}
				e.Messenger = &mo
			}
			a.ExtraChannelOptions = &e
		}
		out[i] = a
	}
	return out
}
