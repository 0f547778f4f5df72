// Package line renders for line. (Stub: being written.)
package line

import (
	"errors"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// Channel is the line channel.
type Channel struct{ name string }

var _ channels.Channel = (*Channel)(nil)

// New returns the line channel.
func New() *Channel { return &Channel{name: "line"} }

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
	return nil, errors.New("line: not implemented yet")
}

// BuildActivity is not written yet.
func (c *Channel) BuildActivity(*schema.Activity, *channels.Context) ([]channels.Payload, error) {
	return nil, errors.New("line: not implemented yet")
}
