package schema

import (
	"bytes"
	"maps"
	"slices"
)

// Clone returns a deep copy of m: slices, pointers, metadata maps and
// override payloads are copied, so changing the copy never changes m.
// Clone of nil is nil.
func (m *Message) Clone() *Message {
	if m == nil {
		return nil
	}
	c := *m
	if m.Destination != nil {
		d := *m.Destination
		c.Destination = &d
	}
	c.Metadata = m.Metadata.Clone()
	if m.Coordinates != nil {
		x := *m.Coordinates
		c.Coordinates = &x
	}
	if m.Location != nil {
		l := *m.Location
		c.Location = &l
	}
	if m.Items != nil {
		c.Items = make([]Item, len(m.Items))
		for i, it := range m.Items {
			c.Items[i] = it.Clone()
		}
	}
	c.Actions = cloneActions(m.Actions)
	if m.DisplaySettings != nil {
		d := *m.DisplaySettings
		c.DisplaySettings = &d
	}
	if m.Override != nil {
		c.Override = make(map[string]Override, len(m.Override))
		for k, o := range m.Override {
			c.Override[k] = Override{Payload: bytes.Clone(o.Payload)}
		}
	}
	return &c
}

// Clone returns a deep copy of it.
func (it Item) Clone() Item {
	c := it
	c.Actions = cloneActions(it.Actions)
	return c
}

// Clone returns a deep copy of a.
func (a Action) Clone() Action {
	c := a
	c.Metadata = a.Metadata.Clone()
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
		c.ExtraChannelOptions = &e
	}
	return c
}

// Clone returns a copy of md. Values are strings, json.Numbers and booleans,
// which are immutable, so a shallow map copy is deep.
func (md Metadata) Clone() Metadata {
	if md == nil {
		return nil
	}
	return maps.Clone(md)
}

func cloneActions(as []Action) []Action {
	if as == nil {
		return nil
	}
	c := slices.Clone(as)
	for i := range c {
		c[i] = as[i].Clone()
	}
	return c
}

// Clone returns a copy of a. Clone of nil is nil.
func (a *Activity) Clone() *Activity {
	if a == nil {
		return nil
	}
	c := *a
	return &c
}

// Clone returns a copy of d. Clone of nil is nil.
func (d *Destination) Clone() *Destination {
	if d == nil {
		return nil
	}
	c := *d
	return &c
}
