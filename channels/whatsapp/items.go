package whatsapp

import (
	"strings"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// items builds a carousel or list (RENDERING §3.x WhatsApp): a media
// carousel when the items fit one, a list message for a list whose items
// have postbacks, else one interactive message per item (Converted at
// "type"). The message-level actions follow in their own message.
func (b *builder) items() []*Message {
	m := b.m
	var out []*Message
	switch {
	case m.Type == schema.TypeCarousel && b.carouselFits():
		out = append(out, b.carousel())
	case m.Type == schema.TypeList && b.hasRows():
		out = b.listItems()
	default:
		b.ctx.Add(channels.Converted, "type", "WhatsApp cannot show these items as one "+string(m.Type)+": one interactive message per item")
		if present(m.Text) {
			out = append(out, b.texts("text", m.Text)...)
		}
		for i := range m.Items {
			out = append(out, b.item(i)...)
		}
	}
	return append(out, b.actions("", "", nil, m.Actions, -1)...)
}

// itemHeader is an item's media header (video for a video, else image).
func itemHeader(it schema.Item) *Header {
	if it.MediaURL == "" {
		return nil
	}
	md := &Media{Link: channels.WireURL(it.MediaURL)}
	if strings.HasPrefix(it.MediaType, "video/") {
		return &Header{Type: "video", Video: md}
	}
	return &Header{Type: "image", Image: md}
}

// item is one item as its own message: its image as header, its title and
// description as body, its actions as for a text message.
func (b *builder) item(i int) []*Message {
	it := b.m.Items[i]
	body := it.Title
	if present(it.Description) {
		body += "\n" + it.Description
	}
	return b.actions(body, b.ctx.ItemPath(i)+".description", itemHeader(it), it.Actions, i)
}

// carouselFits reports whether the items make a media carousel: 2 to 10,
// each with an image (the engine keeps images in all items or none), and
// every item with a postback (quick-reply cards) or every item with a URL
// action (cta_url cards).
func (b *builder) carouselFits() bool {
	items := b.m.Items
	if len(items) < cardsMin || len(items) > cardsMax {
		return false
	}
	for _, it := range items {
		if it.MediaURL == "" {
			return false
		}
	}
	return b.allHave(isPostback) || b.allHave(isURL)
}

func isPostback(t schema.ActionType) bool { return t == schema.ActionPostback }

func (b *builder) allHave(f func(schema.ActionType) bool) bool {
	for _, it := range b.m.Items {
		ok := false
		for _, a := range it.Actions {
			ok = ok || f(a.Type)
		}
		if !ok {
			return false
		}
	}
	return true
}

// carousel builds the media carousel. Cards all have the same kind and
// count of buttons: quick-reply buttons when every item has a postback (as
// many as the item with fewest, at most 2), else one cta_url; the other
// actions are dropped.
func (b *builder) carousel() *Message {
	m := b.m
	quick := b.allHave(isPostback)
	n := cardReplyMax
	if quick {
		for _, it := range m.Items {
			k := 0
			for _, a := range it.Actions {
				if isPostback(a.Type) {
					k++
				}
			}
			n = min(n, k)
		}
	}
	cards := make([]Card, len(m.Items))
	for i, it := range m.Items {
		ip := b.ctx.ItemPath(i)
		card := Card{CardIndex: i, Header: itemHeader(it), Action: &Action{}}
		if t := b.cardText(ip, it.Title, it.Description); t != "" {
			card.Body = &Body{Text: t}
		}
		for j, a := range it.Actions {
			p := b.ctx.ActionPath(i, j)
			switch {
			case quick && isPostback(a.Type) && len(card.Action.Buttons) < n:
				card.Action.Buttons = append(card.Action.Buttons, Button{Type: "quick_reply", QuickReply: &Reply{ID: a.Payload, Title: a.Text}})
			case !quick && isURL(a.Type) && card.Action.Parameters == nil:
				card.Type, card.Action.Name, card.Action.Parameters = "cta_url", "cta_url", b.cta(a, p)
			default:
				b.ctx.Add(channels.Dropped, p, "WhatsApp carousel cards all have the same buttons: one URL button or the same number of quick replies")
			}
		}
		cards[i] = card
	}
	body := m.Text
	path := "text"
	if !present(body) {
		body, path = b.prompt(), ""
	}
	return interactiveMessage(&Interactive{Type: "carousel", Body: &Body{Text: b.ctx.Fit(path, body, u16(bodyMax))}, Action: &Action{Cards: cards}})
}

// cardText is a card's body: the title, then the description, within 160;
// the description is cut first.
func (b *builder) cardText(ip, title, desc string) string {
	l := u16(cardBodyMax)
	if !present(desc) {
		return b.ctx.Fit(ip+".title", title, l)
	}
	if full := title + "\n" + desc; l.Fits(full) {
		return full
	}
	if room := cardBodyMax - l.Len(title) - 1; room >= 2 {
		return title + "\n" + b.ctx.Fit(ip+".description", desc, u16(room))
	}
	b.ctx.Add(channels.Dropped, ip+".description", "no room is left for the description in a WhatsApp card")
	return b.ctx.Fit(ip+".title", title, l)
}

// hasRows reports whether some list item has a postback (a row).
func (b *builder) hasRows() bool {
	for _, it := range b.m.Items {
		for _, a := range it.Actions {
			if isPostback(a.Type) {
				return true
			}
		}
	}
	return false
}

// listItems builds a list message: one row per item with a postback (id =
// its first postback's payload, title 24, description 72); the items' link
// actions become lines of the body, other postbacks are dropped.
func (b *builder) listItems() []*Message {
	m := b.m
	var cs []choice
	var lines []schema.Action
	for i, it := range m.Items {
		ip := b.ctx.ItemPath(i)
		row := false
		for j, a := range it.Actions {
			p := b.ctx.ActionPath(i, j)
			switch {
			case isPostback(a.Type) && !row:
				row = true
				cs = append(cs, choice{
					id: a.Payload, path: ip,
					title: b.ctx.Fit(ip+".title", it.Title, u16(rowTitleMax)),
					desc:  b.ctx.Fit(ip+".description", it.Description, u16(rowDescMax)),
				})
			case isURL(a.Type):
				b.ctx.Add(channels.FellBack, p, "a WhatsApp list row has no URL: rendered as a line of the text")
				lines = append(lines, a)
			default:
				b.ctx.Add(channels.Dropped, p, "a WhatsApp list row is one choice: its first postback")
			}
		}
		if !row && len(lines) == 0 {
			b.ctx.Add(channels.Dropped, ip, "a WhatsApp list row needs a postback")
		}
		if it.MediaURL != "" {
			b.ctx.Add(channels.Dropped, ip+".mediaUrl", "WhatsApp list rows have no image")
		}
	}
	cs = b.uniqueIDs(cs)
	body := m.Text
	path := "text"
	if len(lines) > 0 {
		body = strings.TrimSpace(body + "\n\n" + linesText(b, lines))
	}
	if !present(body) {
		body, path = b.prompt(), ""
	}
	parts := b.ctx.Split(path, body, u16(bodyMax))
	var out []*Message
	for _, p := range parts[:len(parts)-1] {
		out = append(out, textMessage(p))
	}
	return append(out, b.list(&Body{Text: parts[len(parts)-1]}, cs))
}
