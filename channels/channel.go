package channels

import (
	"errors"
	"fmt"
	"reflect"

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

// Check reports whether ch can render: not nil (nor a nil pointer in a
// non-nil interface), with a name, and a coherent table (Validate) whose
// name is the channel's. Render and NewRegistry call it, so a zero or nil
// channel value is an error, never a panic.
func Check(ch Channel) error {
	if ch == nil {
		return errors.New("channels: nil channel")
	}
	if v := reflect.ValueOf(ch); v.Kind() == reflect.Pointer && v.IsNil() {
		return fmt.Errorf("channels: nil %T: make channels with their package's constructor", ch)
	}
	name := ch.Name()
	if name == "" {
		return fmt.Errorf("channels: %T has an empty name: make channels with their package's constructor", ch)
	}
	caps := ch.Capabilities()
	if err := caps.Validate(); err != nil {
		return fmt.Errorf("channels: %s: %w", name, err)
	}
	if caps.Name != name {
		return fmt.Errorf("channels: %s: its capability table is named %q", name, caps.Name)
	}
	return nil
}
