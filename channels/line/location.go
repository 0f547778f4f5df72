package line

import (
	"errors"
	"math"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// locationLimit is the limit of a location message's title and address
// (docs/CHANNEL-LIMITS.md §1.2 "Location title / address": both required, 100).
func locationLimit() channels.Limit { return channels.Limit{Max: 100, Unit: channels.UTF16} }

// location builds a location message. LINE requires a title and an
// address:
//
//   - title: location.name; else the message text when it is one line that
//     fits in 100 UTF-16 units (and the message has no buttons, whose
//     template takes the text); else "Location" (localised);
//   - address: location.address; else the coordinates, "lat, long".
//
// A text not used as the title goes before the location as its own message,
// or in the buttons template after it when the message kept buttons. A
// text that is exactly the location's raw-text fallback (what Smooch stores
// in text) is left out: the location message says it all.
func (b *builder) location() ([]Message, error) {
	m := b.m
	c := m.Coordinates
	if c == nil {
		return nil, errors.New("line: coordinates: a location message needs coordinates")
	}
	if bad(c.Lat) || bad(c.Long) {
		return nil, errors.New("line: coordinates: not finite numbers")
	}
	lim := locationLimit()
	txt := m.Text
	// The stored fallback ends with a Google Maps link; look for it before
	// building the fallback (which needs the localised sentences).
	if strings.Contains(txt, "maps.google.com/maps?q=") && txt == b.fallbackText(&schema.Message{Role: m.Role, Type: schema.TypeLocation, Coordinates: c, Location: m.Location}) {
		txt = ""
	}
	bt := b.buttons(true)

	var name, address string
	if m.Location != nil {
		name, address = m.Location.Name, m.Location.Address
	}
	var title string
	switch {
	case strings.TrimSpace(name) != "":
		title = b.ctx.Fit("location.name", name, lim)
	case bt == nil && oneLine(txt) && lim.Fits(txt):
		title, txt = txt, ""
	default:
		title = locationTitle(b.ctx.Language)
	}
	if strings.TrimSpace(address) != "" {
		address = b.ctx.Fit("location.address", address, lim)
	} else {
		address = b.ctx.Fit("coordinates", formatFloat(c.Lat)+", "+formatFloat(c.Long), lim)
	}
	loc := &LocationMessage{Type: typeLocation, Title: title, Address: address, Latitude: c.Lat, Longitude: c.Long}
	switch {
	case bt != nil:
		return append([]Message{loc}, bt...), nil
	case txt != "":
		return append(b.textMessages("text", txt), loc), nil
	default:
		return []Message{loc}, nil
	}
}

func bad(f float64) bool { return math.IsNaN(f) || math.IsInf(f, 0) }

// oneLine reports whether s is present and has no line break.
func oneLine(s string) bool {
	return strings.TrimSpace(s) != "" && !strings.ContainsAny(s, "\n\r\v\f\u0085\u2028\u2029")
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// locationTitle is the title of a location that has neither a name nor a
// short text, in the languages the fallback sentences exist in
// (fallback.Languages: English, French, Spanish).
func locationTitle(lang language.Tag) string {
	base, _ := lang.Base()
	switch base.String() {
	case "fr":
		return "Position"
	case "es":
		return "Ubicación"
	default:
		return "Location"
	}
}
