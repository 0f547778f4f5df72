package wechat

import (
	"html"
	"strings"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/fallback"
	"github.com/chanrender/chanrender/schema"
)

// choice is one answerable action: a postback or a reply, sent as a
// msgmenu entry or a numbered line.
type choice struct {
	id, label, path string
}

// link is one URL action and its input path.
type link struct {
	a    schema.Action
	path string
}

// isURL reports whether t opens a URL (link, webview, buy).
func isURL(t schema.ActionType) bool {
	return t == schema.ActionLink || t == schema.ActionWebview || t == schema.ActionBuy
}

// actions builds the messages of a body and its actions (RENDERING §3.12):
// no choice → a text with its links as <a href> links; 1 to 10 choices → a
// msgmenu, its links as "label uri" lines of the tail; more → the text with
// numbered options and its links as <a href> links. item is the normalised
// item the actions belong to, -1 for message-level actions.
func (b *builder) actions(body, bodyPath string, acts []schema.Action, item int) []*Message {
	var choices []choice
	var links []link
	for j, a := range acts {
		p := b.ctx.ActionPath(item, j)
		switch {
		case a.Type == schema.ActionPostback || a.Type == schema.ActionReply:
			choices = append(choices, choice{id: a.Payload, label: a.Text, path: p})
		case isURL(a.Type):
			links = append(links, link{a: a, path: p})
		}
	}
	choices = b.uniqueIDs(choices)
	switch {
	case len(choices) == 0:
		return b.text(body, bodyPath, links)
	case len(choices) <= menuMax:
		return b.menu(body, bodyPath, choices, links)
	}
	// More choices than a msgmenu holds: one text with numbered options,
	// which the user answers by typing (Answers.Typed), rather than
	// several menus (each a message of the 48-hour quota).
	lines := make([]schema.Action, len(choices))
	paths := make([]string, len(choices))
	for i, c := range choices {
		b.ctx.Add(channels.FellBack, c.path, "more than 10 choices: a WeChat msgmenu holds 10, rendered as a numbered line of the text")
		lines[i] = schema.Action{Type: schema.ActionReply, Text: c.label, Payload: c.id}
		paths[i] = c.path
	}
	src := &schema.Message{Role: schema.RoleAppMaker, Type: schema.TypeText, Text: body, Actions: lines}
	b.ctx.Numbered(src, channels.Paths{Actions: paths})
	return b.text(fallback.Text(src, b.fb), bodyPath, links)
}

// anchor is a link as WeChat's text shows it: <a href="url">label</a>, the
// URL and the label escaped (the content is HTML-like text).
func (b *builder) anchor(l link) string {
	label := l.a.Text
	if l.a.Type == schema.ActionBuy {
		label += " (" + b.ctx.Price(l.a) + ")"
	}
	if !present(label) {
		label = l.a.URI
	}
	return `<a href="` + html.EscapeString(channels.WireURL(l.a.URI)) + `">` + html.EscapeString(label) + `</a>`
}

// text is text messages of body, split at 2048 bytes, with the links as
// <a href> lines after it: on the last part when they fit, else in as few
// following messages as hold them (Split at each link so moved).
func (b *builder) text(body, bodyPath string, links []link) []*Message {
	var parts []string
	if present(body) {
		parts = b.ctx.Split(bodyPath, body, bytes(textMax))
	}
	lim := bytes(textMax)
	for _, l := range links {
		a := b.anchor(l)
		if !lim.Fits(a) {
			b.ctx.Add(channels.Dropped, l.path, "the escaped link is over WeChat's 2048-byte text")
			continue
		}
		if n := len(parts); n > 0 && lim.Fits(parts[n-1]+"\n"+a) {
			parts[n-1] += "\n" + a
			continue
		}
		if len(parts) > 0 {
			b.ctx.Add(channels.Split, l.path, "the link does not fit the WeChat text before it: sent in a following message")
		}
		parts = append(parts, a)
	}
	out := make([]*Message, len(parts))
	for i, p := range parts {
		out[i] = textMessage(p)
	}
	return out
}

// menu is a msgmenu of the choices, the body as its head (split at 1024
// bytes, the beginning sent as text messages) and the links as "label
// uri" lines of its tail, or as a following text when they do not fit it.
func (b *builder) menu(body, bodyPath string, cs []choice, links []link) []*Message {
	var out []*Message
	head := body
	if !present(head) {
		head = b.prompt()
	}
	parts := b.ctx.Split(bodyPath, head, bytes(headMax))
	for _, p := range parts[:len(parts)-1] {
		out = append(out, textMessage(p))
	}
	mm := &MsgMenu{HeadContent: parts[len(parts)-1], List: make([]MenuItem, len(cs))}
	for i, c := range cs {
		mm.List[i] = MenuItem{ID: c.id, Content: c.label}
	}
	var after []link
	if len(links) > 0 {
		lines := make([]schema.Action, len(links))
		for i, l := range links {
			lines[i] = l.a
		}
		tail := fallback.Text(&schema.Message{Role: schema.RoleAppMaker, Type: schema.TypeText, Actions: lines}, b.fb)
		if bytes(tailMax).Fits(tail) {
			mm.TailContent = strings.TrimSpace(tail)
			for _, l := range links {
				b.ctx.Add(channels.FellBack, l.path, "a WeChat msgmenu has no link entry: rendered as a line of its tail")
			}
		} else {
			for _, l := range links {
				b.ctx.Add(channels.Split, l.path, "the links do not fit a WeChat msgmenu's tail: sent in a following text")
			}
			after = links
		}
	}
	out = append(out, &Message{MsgType: "msgmenu", MsgMenu: mm})
	return append(out, b.text("", "", after)...)
}

// uniqueIDs drops a choice whose id another has already: the answer is the
// id, and equal payloads answer as the first (RENDERING §2.4).
func (b *builder) uniqueIDs(cs []choice) []choice {
	seen := make(map[string]bool, len(cs))
	out := cs[:0:0]
	for _, c := range cs {
		if seen[c.id] {
			b.ctx.Add(channels.Dropped, c.path, "another WeChat choice has the same payload, and the menu id is the answer")
			continue
		}
		seen[c.id] = true
		out = append(out, c)
	}
	return out
}
