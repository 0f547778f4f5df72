package viber

import (
	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// locationBody is the ActionBody of a location-picker button: Viber
// requires one ‡, and the answer is the location itself.
const locationBody = "location"

// button is one action as a Viber button of the given grid size, with the
// API level it needs.
func (b *builder) button(a schema.Action, path string, cols, rows int) (Button, int) {
	bt := Button{Columns: cols, Rows: rows, Text: esc(a.Text)}
	api := 1
	switch a.Type {
	case schema.ActionReply, schema.ActionPostback:
		bt.ActionType, bt.ActionBody = "reply", a.Payload
	case schema.ActionLink, schema.ActionWebview:
		bt.ActionType, bt.ActionBody = "open-url", channels.WireURL(a.URI)
	case schema.ActionBuy:
		suffix := " (" + b.ctx.Price(a) + ")"
		room := labelMax - u16(0).Len(suffix)
		if room < 1 {
			room = 1
		}
		bt.Text = esc(b.ctx.Fit(path+".text", a.Text, u16(room)) + suffix)
		bt.ActionType, bt.ActionBody = "open-url", channels.WireURL(a.URI)
	case schema.ActionLocationRequest:
		bt.ActionType, bt.ActionBody = "location-picker", locationBody
		api = apiLocation
	}
	return bt, api
}

// keyboard attaches the message-level actions to msg as a keyboard: one
// button per row, at most keyboardMax (the rest Truncated), then as many
// as the 30 KB message holds (the last ones Truncated).
func (b *builder) keyboard(msg *Message) {
	acts := b.m.Actions
	if len(acts) == 0 {
		return
	}
	kb := &Keyboard{Type: "keyboard"}
	var paths []string
	api := msg.MinAPIVersion
	for j, a := range acts {
		p := b.ctx.ActionPath(-1, j)
		if len(kb.Buttons) == keyboardMax {
			b.ctx.Add(channels.Truncated, p, "over the 24 buttons chanrender puts on a Viber keyboard")
			continue
		}
		bt, need := b.button(a, p, gridColumns, 1)
		kb.Buttons = append(kb.Buttons, bt)
		paths = append(paths, p)
		api = max(api, need)
	}
	msg.Keyboard = kb
	msg.MinAPIVersion = api
	for size(msg) > messageBytes && len(kb.Buttons) > 0 {
		last := len(kb.Buttons) - 1
		b.ctx.Add(channels.Truncated, paths[last], "the keyboard does not fit Viber's 30 KB message")
		kb.Buttons, paths = kb.Buttons[:last], paths[:last]
	}
	if len(kb.Buttons) == 0 {
		msg.Keyboard = nil
		msg.MinAPIVersion = 0
		if msg.RichMedia != nil {
			msg.MinAPIVersion = apiRichMedia
		}
		return
	}
	msg.MinAPIVersion = 1
	if msg.RichMedia != nil {
		msg.MinAPIVersion = apiRichMedia
	}
	for _, bt := range kb.Buttons {
		if bt.ActionType == "location-picker" {
			msg.MinAPIVersion = max(msg.MinAPIVersion, apiLocation)
		}
	}
}

// items builds a carousel or list as one rich_media message (RM): each
// item is a block of 6 × 7 cells, its image (6 × 3), its title and
// description (6 × the rows left) and one 6 × 1 button per action. The
// message's own text goes before it. Blocks that do not fit the 30 KB
// message are left out (Truncated), last first; a single block too large
// loses its last buttons.
func (b *builder) items() []*Message {
	m := b.m
	var out []*Message
	if present(m.Text) {
		out = b.texts("text", m.Text)
	}
	msg := b.message("rich_media")
	msg.MinAPIVersion = apiRichMedia
	n := len(m.Items)
	acts := make([]int, n)
	for i, it := range m.Items {
		acts[i] = len(it.Actions)
	}
	build := func() {
		rm := &RichMedia{Type: "rich_media", ButtonsGroupColumns: gridColumns, ButtonsGroupRows: groupRows, BgColor: "#FFFFFF"}
		for i := range n {
			rm.Buttons = append(rm.Buttons, b.card(i, acts[i])...)
		}
		msg.RichMedia = rm
	}
	build()
	for size(msg) > messageBytes {
		switch {
		case n > 1:
			n--
			b.ctx.Add(channels.Truncated, b.ctx.ItemPath(n), "the card does not fit Viber's 30 KB message")
		case acts[0] > 1:
			acts[0]--
			b.ctx.Add(channels.Truncated, b.ctx.ActionPath(0, acts[0]), "the button does not fit Viber's 30 KB message")
		default:
			build()
			return append(out, msg)
		}
		build()
	}
	return append(out, msg)
}

// card is the buttons of item i with its first k actions.
func (b *builder) card(i, k int) []Button {
	it := b.m.Items[i]
	var out []Button
	rows := groupRows - k
	if it.MediaURL != "" {
		out = append(out, Button{Columns: gridColumns, Rows: 3, ActionType: "none", ActionBody: "none", Image: channels.WireURL(it.MediaURL)})
		rows -= 3
	}
	head := "<b>" + b.fitEscaped(b.ctx.ItemPath(i)+".title", it.Title, buttonTextMax-7) + "</b>"
	t := head
	if present(it.Description) {
		room := buttonTextMax - u16(0).Len(head) - len("<br>")
		if d := b.fitEscaped(b.ctx.ItemPath(i)+".description", it.Description, room); d != "" {
			t += "<br>" + d
		}
	}
	out = append(out, Button{Columns: gridColumns, Rows: rows, ActionType: "none", ActionBody: "none", Text: t,
		TextVAlign: "top", TextHAlign: "left"})
	for j := range k {
		bt, _ := b.button(it.Actions[j], b.ctx.ActionPath(i, j), gridColumns, 1)
		out = append(out, bt)
	}
	return out
}
