package fallback

import (
	"strconv"
	"strings"

	"github.com/chanrender/chanrender/schema"
)

// Render is the old name of Text.
//
// Deprecated: use Text (render.Render renders for a channel; this renders
// text).
func Render(m *schema.Message, o Options) string { return Text(m, o) }

// Text returns the whole message m as raw text, byte-exact per the formats
// in the package documentation. The result is valid UTF-8 (invalid bytes in
// the input become U+FFFD), has no trailing newline, and is "" for a nil
// message or one with nothing to show.
func Text(m *schema.Message, o Options) string {
	if m == nil {
		return ""
	}
	r := newRenderer(o)
	var out string
	if m.Type.HasItems() {
		out = r.items(m)
	} else {
		out = r.single(m)
	}
	return strings.ToValidUTF8(out, "\uFFFD")
}

// renderer renders with one Options value, building the x/text formatters
// only when a construct needs them: a carousel of links never pays for them.
type renderer struct {
	o    Options
	sent *sentences
	amt  *amountFormatter
}

func newRenderer(o Options) *renderer { return &renderer{o: o} }

func (r *renderer) sentences() sentences {
	if r.sent == nil {
		s := r.o.Localizer.sentences(r.o.lang())
		r.sent = &s
	}
	return *r.sent
}

func (r *renderer) amounts() amountFormatter {
	if r.amt == nil {
		a := r.o.Localizer.amounts(r.o.lang())
		r.amt = &a
	}
	return *r.amt
}

// single renders every message type without items: its body (text, media,
// location), a blank line, then its action lines.
func (r *renderer) single(m *schema.Message) string {
	var body string
	switch m.Type {
	case schema.TypeImage, schema.TypeFile:
		body = join("\n", text(m.Text), text(m.MediaURL))
	case schema.TypeLocation:
		body = r.location(m)
	default:
		body = text(m.Text)
	}
	return join("\n\n", body, strings.Join(r.lines(m.Actions, false, 0), "\n"))
}

// items renders a carousel or a list: its own text as is when it has one,
// else one block per item; then the message-level action lines.
func (r *renderer) items(m *schema.Message) string {
	blocks := make([]string, 0, len(m.Items)+1)
	if present(m.Text) {
		blocks = append(blocks, m.Text)
	}
	for i, it := range m.Items {
		if present(m.Text) {
			break
		}
		lines := []string{numbered(i+1, it.Title)}
		if present(it.Description) {
			lines = append(lines, it.Description)
		}
		for _, a := range it.Actions {
			if !lined(a, true) {
				continue
			}
			if l, ok := r.action(a); ok {
				lines = append(lines, l)
			}
		}
		blocks = append(blocks, strings.Join(lines, "\n"))
	}
	blocks = append(blocks, strings.Join(r.lines(m.Actions, true, len(m.Items)), "\n"))
	return join("\n\n", blocks...)
}

// lines returns the action lines of message-level actions in input order:
// replies numbered from after+1, the others as Action gives them. inItems
// applies the carousel and list rule: a buy without a uri has no line.
func (r *renderer) lines(actions []schema.Action, inItems bool, after int) []string {
	var lines []string
	n := after
	for _, a := range actions {
		switch {
		case a.Type == schema.ActionReply:
			n++
			lines = append(lines, numbered(n, a.Text))
		case a.Type == schema.ActionLocationRequest || lined(a, inItems):
			if l, ok := r.action(a); ok {
				lines = append(lines, l)
			}
		}
	}
	return lines
}

// location renders a location message's body: its own text as is when it
// has one (Smooch stores the generated fallback there), else the localised
// "Location shared:", the place's name and address on their own lines when
// present, and a Google Maps link to the coordinates.
func (r *renderer) location(m *schema.Message) string {
	// A text that already holds the map link is the stored fallback of a
	// message read back from Smooch: it stands for the location as is.
	// Any other text comes first, and the place follows it, so that the
	// coordinates are never lost.
	if present(m.Text) && (m.Coordinates == nil || strings.Contains(m.Text, mapsURL)) {
		return m.Text
	}
	var lines []string
	if m.Location != nil {
		lines = append(lines, text(m.Location.Name), text(m.Location.Address))
	}
	if c := m.Coordinates; c != nil {
		lines = append(lines, mapsURL+
			strconv.FormatFloat(c.Lat, 'f', -1, 64)+","+
			strconv.FormatFloat(c.Long, 'f', -1, 64))
	}
	rest := join("\n", lines...)
	if rest == "" {
		return text(m.Text)
	}
	return join("\n\n", text(m.Text), r.sentences().locationShared()+"\n"+rest)
}

// mapsURL starts the map link of a location (the seed's stored text).
const mapsURL = "https://maps.google.com/maps?q="

// numbered returns "n. label" ("n." for an empty label), the label on
// one line (oneLine).
func numbered(n int, label string) string {
	label = oneLine(label)
	if label == "" {
		return strconv.Itoa(n) + "."
	}
	return strconv.Itoa(n) + ". " + label
}

// oneLine returns s with every line break (CR LF as one, LF, CR, VT, FF,
// NEL, U+2028, U+2029) made a space: a reply label, an item title or an
// action label is one line of the text, so that no label ("Yes\n2. No")
// can write a line that reads as another numbered option. The answer
// still matches the label: Resolve folds every run of white space to one
// space.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\r\v\f\u0085\u2028\u2029") {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", " ")
	return strings.Map(func(r rune) rune {
		switch r {
		case '\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029':
			return ' '
		}
		return r
	}, s)
}

// present reports whether s has anything but white space.
func present(s string) bool { return strings.TrimSpace(s) != "" }

// text returns s when present, else "".
func text(s string) string {
	if present(s) {
		return s
	}
	return ""
}
