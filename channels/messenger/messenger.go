// Package messenger renders for messenger. (Stub: being written.)
package messenger

import (
	"errors"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// Channel is the messenger channel.
type Channel struct{ name string }

var _ channels.Channel = (*Channel)(nil)

// New returns the messenger channel.
func New() *Channel { return &Channel{name: "messenger"} }

// Name returns the registry name.
func (c *Channel) Name() string { return c.name }

// Capabilities returns the table.
func (c *Channel) Capabilities() channels.Capabilities {
	fb := channels.TypeRule{Mode: channels.FallBack}
	return channels.Capabilities{Name: c.name, Types: channels.Types{
		Text: channels.TypeRule{Mode: channels.Native}, Image: fb, File: fb, Location: fb, Carousel: fb, List: fb}}
}

// Build is not written yet.
func (c *Channel) Build(*schema.Message, *channels.Context) ([]channels.Payload, error) {
	return nil, errors.New("messenger: not implemented yet")
}

// BuildActivity is not written yet.
func (c *Channel) BuildActivity(*schema.Activity, *channels.Context) ([]channels.Payload, error) {
	return nil, errors.New("messenger: not implemented yet")
}

// Legacy returns the Smooch 2017 profile, registered as messenger-legacy.
func Legacy() *Channel { return &Channel{name: "messenger-legacy"} }
