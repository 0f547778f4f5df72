package channels

import (
	"github.com/chanrender/chanrender/fallback"
	"github.com/chanrender/chanrender/schema"
)

// Channel renders canonical messages for one messaging channel at one
// platform version.
//
// Implementations must be safe for concurrent use and pure: the same input
// gives byte-identical payloads, with no network, clock or randomness.
type Channel interface {
	// Name is the channel's registry name: "messenger", "line" ...
	Name() string
	// Capabilities is the channel's table: plain data the engine applies
	// before Build. It is built once, when the channel value is made, and
	// every call returns that same table: its maps and slices are shared
	// by every caller and every render, so they are read-only. Use
	// Capabilities.Clone for a table to change.
	Capabilities() Capabilities
	// Build maps a message that already fits Capabilities to the channel's
	// payloads. It must not modify m. Losses it must still make (a derived
	// field over its limit) go through c so they are reported.
	Build(m *schema.Message, c *Context) ([]Payload, error)
	// BuildActivity maps a typing activity the table says is supported.
	BuildActivity(a *schema.Activity, c *Context) ([]Payload, error)
}

// Localized is implemented by a channel that holds a fallback.Localizer,
// built once with the channel value: every shipped channel that renders
// fallback text does. The engine puts it in each render's Context, so that
// localised fallback sentences and prices do not rebuild the language
// matcher and the message catalog on every render (tens of microseconds).
// A channel without one renders the same text, only slower.
type Localized interface {
	// Localizer returns the channel's Localizer; it may be nil.
	Localizer() *fallback.Localizer
}
