package channels

import (
	"fmt"
	"strings"

	"github.com/chanrender/chanrender/schema"
)

// Matrix renders the capability matrix of the given tables as a Markdown
// table, one row per channel in the given order, for tools and docs that
// show what each channel can do (chanrender channels prints it). The README
// embeds its output; a test keeps the two identical.
func Matrix(caps []Capabilities) string {
	var b strings.Builder
	head := []string{"channel"}
	for _, t := range schema.MessageTypes() {
		head = append(head, string(t))
	}
	for _, t := range schema.ActionTypes() {
		head = append(head, string(t))
	}
	head = append(head, "typing", "text limit")
	row(&b, head)
	sep := make([]string, len(head))
	for i := range sep {
		sep[i] = "---"
	}
	row(&b, sep)
	for _, c := range caps {
		cells := []string{c.Name}
		for _, t := range schema.MessageTypes() {
			cells = append(cells, typeCell(c.Types.For(t)))
		}
		for _, t := range schema.ActionTypes() {
			cells = append(cells, actionCell(c, t))
		}
		cells = append(cells, typingCell(c.Typing), textCell(c.Texts))
		row(&b, cells)
	}
	return b.String()
}

func row(b *strings.Builder, cells []string) {
	b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
}

func typeCell(r TypeRule) string {
	switch r.Mode {
	case Convert:
		return "as " + string(r.To)
	case Native:
		var cond []string
		if len(r.MediaSchemes) > 0 {
			cond = append(cond, strings.Join(r.MediaSchemes, "/"))
		}
		if len(r.MediaTypes) > 0 {
			cond = append(cond, strings.Join(r.MediaTypes, ", "))
		}
		if len(cond) > 0 {
			return "native (" + strings.Join(cond, "; ") + ", else text)"
		}
		return "native"
	}
	return r.Mode.String()
}

// actionCell describes an action type in the context where it matters most:
// replies and location requests as quick replies, share in carousel items,
// the others as message buttons (with the item contexts when they differ).
func actionCell(c Capabilities, t schema.ActionType) string {
	switch {
	case t.IsQuickReply():
		return setCell(c.Actions.Replies, t)
	case t == schema.ActionShare:
		return setCell(c.Actions.CarouselItem, t)
	}
	msg := setCell(c.Actions.Message, t)
	item := setCell(c.Actions.CarouselItem, t)
	if item != msg && c.Types.Carousel.Mode == Native {
		return fmt.Sprintf("%s; items: %s", msg, item)
	}
	return msg
}

func setCell(s ActionSet, t schema.ActionType) string {
	r := s.Rule(t)
	switch r.Mode {
	case Native:
		out := "native"
		if s.Max < Unlimited {
			out += fmt.Sprintf(" (≤%d", s.Max)
			if len(r.Schemes) > 0 {
				out += "; " + strings.Join(r.Schemes, "/")
			}
			out += ")"
		} else if len(r.Schemes) > 0 {
			out += " (" + strings.Join(r.Schemes, "/") + ")"
		}
		return out
	case AsText:
		return "text"
	}
	return r.Mode.String()
}

func typingCell(t Typing) string {
	switch {
	case t.Start && t.Stop:
		return "start, stop"
	case t.Start:
		return "start"
	case t.Stop:
		return "stop"
	}
	return "no"
}

func textCell(t Texts) string {
	if t.Text.IsZero() {
		return "none"
	}
	if t.SplitText {
		return t.Text.String() + ", split"
	}
	return t.Text.String() + ", truncated"
}
