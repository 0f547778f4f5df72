package whatsapp

import (
	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/fallback"
	"github.com/chanrender/chanrender/schema"
	"golang.org/x/text/language"
)

// choice is one answerable action: a postback or a reply, sent as a reply
// button, a list row or a numbered line.
type choice struct {
	id, title, desc, path string
}

// isURL reports whether a opens a URL (link, webview, buy).
func isURL(t schema.ActionType) bool {
	return t == schema.ActionLink || t == schema.ActionWebview || t == schema.ActionBuy
}

// actions builds the messages of a body and its message-level actions
// (RENDERING §3.x WhatsApp): no choice and a link → cta_url; 1 to 3
// choices with distinct titles → reply buttons; up to 10 → a list; more →
// the text with numbered options. Other links are "label uri" lines of the
// body; a location request is a location_request_message, after the
// choices when there are any. item is the normalised item the actions
// belong to, -1 for message-level actions. header, when set, heads a button or cta_url
// message, or is sent as its own media message before the others.
func (b *builder) actions(body, bodyPath string, header *Header, acts []schema.Action, item int) []*Message {
	paths := make([]string, len(acts))
	for j := range acts {
		paths[j] = b.ctx.ActionPath(item, j)
	}
	var choices []choice
	var links, locs []int
	for j, a := range acts {
		switch {
		case a.Type == schema.ActionPostback || a.Type == schema.ActionReply:
			choices = append(choices, choice{id: a.Payload, title: a.Text, path: paths[j]})
		case isURL(a.Type):
			links = append(links, j)
		case a.Type == schema.ActionLocationRequest:
			locs = append(locs, j)
		}
	}
	choices = b.uniqueIDs(choices)
	var cta *Parameters
	if len(choices) == 0 && len(links) > 0 {
		cta = b.cta(acts[links[0]], paths[links[0]])
		links = links[1:]
	}
	var lines []schema.Action
	var linePaths []string
	for _, j := range links {
		b.ctx.Add(channels.FellBack, paths[j], "a WhatsApp message has one URL button and none beside reply buttons or a list: rendered as a line of the text")
		lines = append(lines, acts[j])
		linePaths = append(linePaths, paths[j])
	}
	numbered := len(choices) > rowsMax
	if numbered {
		// More choices than a list holds: the text with numbered options,
		// which the user answers by typing (Answers.Typed).
		for _, c := range choices {
			b.ctx.Add(channels.FellBack, c.path, "more than 10 choices: WhatsApp has no list that long, rendered as a numbered line of the text")
			lines = append(lines, schema.Action{Type: schema.ActionReply, Text: c.title, Payload: c.id})
			linePaths = append(linePaths, c.path)
		}
		choices = nil
	}
	full := body
	if len(lines) > 0 {
		src := &schema.Message{Role: schema.RoleAppMaker, Type: schema.TypeText, Text: body, Actions: lines}
		full = fallback.Text(src, b.fb)
		if numbered {
			// The engine learns the numbers, so that render.ResolveText
			// maps a typed "2" back.
			b.ctx.Numbered(src, channels.Paths{Actions: linePaths})
		}
	}
	var out []*Message
	interactive := len(choices) > 0 || cta != nil
	if header != nil && (!interactive || (cta == nil && len(choices) > buttonsMax)) {
		out = append(out, headerMessage(header))
		header = nil
	}
	if !interactive && len(locs) == 0 {
		if present(full) {
			out = append(out, b.texts(bodyPath, full)...)
		}
		return out
	}
	if !present(full) {
		full = b.prompt()
		if !interactive {
			full = acts[locs[0]].Text
		}
	}
	parts := b.ctx.Split(bodyPath, full, u16(bodyMax))
	for _, p := range parts[:len(parts)-1] {
		out = append(out, textMessage(p))
	}
	last := &Body{Text: parts[len(parts)-1]}
	switch {
	case cta != nil:
		out = append(out, interactiveMessage(&Interactive{Type: "cta_url", Header: header, Body: last, Action: &Action{Name: "cta_url", Parameters: cta}}))
	case len(choices) > 0:
		out = append(out, b.choiceMessage(last, header, choices))
	}
	for k, j := range locs {
		switch {
		case k > 0:
			b.ctx.Add(channels.Dropped, paths[j], "a WhatsApp message asks for a location once")
		case !interactive:
			out = append(out, locationRequest(last))
		default:
			// A location request cannot carry buttons: it follows as its
			// own message, its label as the body.
			b.ctx.Add(channels.Split, paths[j], "a WhatsApp location request cannot be mixed with buttons: sent as its own message")
			out = append(out, locationRequest(&Body{Text: acts[j].Text}))
		}
	}
	return out
}

// choiceMessage is reply buttons for 1 to 3 choices of distinct titles, a
// list otherwise.
func (b *builder) choiceMessage(body *Body, header *Header, cs []choice) *Message {
	if len(cs) <= buttonsMax {
		seen := map[string]bool{}
		dup := ""
		for _, c := range cs {
			if seen[c.title] && dup == "" {
				dup = c.path
			}
			seen[c.title] = true
		}
		if dup == "" {
			bs := make([]Button, len(cs))
			for i, c := range cs {
				bs[i] = Button{Type: "reply", Reply: &Reply{ID: c.id, Title: c.title}}
			}
			return interactiveMessage(&Interactive{Type: "button", Header: header, Body: body, Action: &Action{Buttons: bs}})
		}
		// Reply button titles must be unique; list rows need not be, and
		// keep every choice.
		b.ctx.Add(channels.Converted, dup, "WhatsApp reply buttons need distinct titles: the choices are sent as a list")
	}
	return b.list(body, cs)
}

// list is a list message of one section.
func (b *builder) list(body *Body, cs []choice) *Message {
	rows := make([]Row, len(cs))
	for i, c := range cs {
		rows[i] = Row{ID: c.id, Title: b.ctx.Fit(c.path+".text", c.title, u16(rowTitleMax)), Description: c.desc}
	}
	return interactiveMessage(&Interactive{Type: "list", Body: body, Action: &Action{
		Button: b.ctx.Fit("", b.listButton(), u16(listButton)), Sections: []Section{{Rows: rows}},
	}})
}

// listButton is the label of the button that opens a list.
func (b *builder) listButton() string {
	switch b.loc.Match(b.ctx.Language) {
	case language.French:
		return "Options"
	case language.Spanish:
		return "Opciones"
	default:
		return "Options"
	}
}

// uniqueIDs drops a choice whose id another has already: WhatsApp needs
// distinct ids, and equal payloads answer as the first (RENDERING §2.4).
func (b *builder) uniqueIDs(cs []choice) []choice {
	seen := make(map[string]bool, len(cs))
	out := cs[:0:0]
	for _, c := range cs {
		if seen[c.id] {
			b.ctx.Add(channels.Dropped, c.path, "another WhatsApp choice has the same payload, and ids must be distinct")
			continue
		}
		seen[c.id] = true
		out = append(out, c)
	}
	return out
}

// cta is the cta_url button of a link, webview or buy (its label carries
// the price, cut first so the price stays whole).
func (b *builder) cta(a schema.Action, path string) *Parameters {
	label := a.Text
	if a.Type == schema.ActionBuy {
		price := " (" + b.ctx.Price(a) + ")"
		l := u16(titleMax)
		if room := titleMax - l.Len(price); room >= 2 {
			label = b.ctx.Fit(path+".text", label, u16(room)) + price
		}
	}
	return &Parameters{DisplayText: b.ctx.Fit(path+".text", label, u16(titleMax)), URL: channels.WireURL(a.URI)}
}

func interactiveMessage(i *Interactive) *Message {
	return &Message{MessagingProduct: product, Type: "interactive", Interactive: i}
}

func locationRequest(body *Body) *Message {
	return interactiveMessage(&Interactive{Type: "location_request_message", Body: body, Action: &Action{Name: "send_location"}})
}

// headerMessage sends a media header as its own message.
func headerMessage(h *Header) *Message {
	if h.Video != nil {
		return &Message{MessagingProduct: product, Type: "video", Video: h.Video}
	}
	return &Message{MessagingProduct: product, Type: "image", Image: h.Image}
}

// linesText is the raw-text lines of link actions ("label uri").
func linesText(b *builder, lines []schema.Action) string {
	return fallback.Text(&schema.Message{Role: schema.RoleAppMaker, Type: schema.TypeText, Actions: lines}, b.fb)
}
