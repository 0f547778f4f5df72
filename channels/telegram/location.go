package telegram

import (
	"fmt"
	"math"
	"strconv"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// location renders a location message. With a location name or address it
// is a sendVenue, which needs both a title and an address: the title is the
// name (or, without one, the address) and the address is the address when
// the name is the title, else the formatted coordinates ("48.8583701,
// 2.2944813"), as LINE does. Without either it is a sendLocation.
//
// Neither method has a caption: a text follows in its own sendMessage
// (Split at "text"), and the keyboard goes on the last payload.
func location(m *schema.Message, ctx *channels.Context) ([]channels.Payload, error) {
	c := m.Coordinates
	if c == nil {
		return nil, fmt.Errorf("telegram: coordinates: required")
	}
	if !finite(c.Lat) || !finite(c.Long) || math.Abs(c.Lat) > 90 || math.Abs(c.Long) > 180 {
		return nil, fmt.Errorf("telegram: coordinates: (%v, %v) is not a point on Earth", c.Lat, c.Long)
	}
	mk, _ := markup(ctx, -1, m.Actions)
	var first channels.Payload
	if title, address, ok := venue(m); ok {
		first = channels.Payload{Method: MethodSendVenue, Body: &SendVenue{Latitude: c.Lat, Longitude: c.Long, Title: title, Address: address}}
	} else {
		first = channels.Payload{Method: MethodSendLocation, Body: &SendLocation{Latitude: c.Lat, Longitude: c.Long}}
	}
	out := []channels.Payload{first}
	if !blank(m.Text) {
		ctx.Add(channels.Split, "text", "sendLocation and sendVenue have no caption: the text follows as its own message")
		out = append(out, textMessages(ctx, "text", m.Text)...)
	}
	attach(out, mk)
	return out, nil
}

// venue returns the title and address of a sendVenue, and false when the
// message names no place.
func venue(m *schema.Message) (title, address string, ok bool) {
	if m.Location == nil {
		return "", "", false
	}
	name, addr := m.Location.Name, m.Location.Address
	switch {
	case !blank(name) && !blank(addr):
		return name, addr, true
	case !blank(name):
		return name, coordinates(m.Coordinates), true
	case !blank(addr):
		return addr, coordinates(m.Coordinates), true
	default:
		return "", "", false
	}
}

// coordinates formats a point as "lat, long" with the shortest exact
// decimals.
func coordinates(c *schema.Coordinates) string {
	return strconv.FormatFloat(c.Lat, 'f', -1, 64) + ", " + strconv.FormatFloat(c.Long, 'f', -1, 64)
}

func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }
