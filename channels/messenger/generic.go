package messenger

import (
	"fmt"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/fallback"
	"github.com/chanrender/chanrender/schema"
)

// card is one element built from an item, with the item's index in the
// normalised message.
type card struct {
	item int
	el   Element
}

// carousel builds a generic template of the items and, when the message
// has message-level buttons, a button template after it.
func (b *builder) carousel(m *schema.Message) []Message {
	cards := b.cards(m)
	if len(cards) == 0 {
		return b.itemsAsText(m)
	}
	return append([]Message{b.generic(m, cards)}, b.itemsButtons(m)...)
}

// generic is the generic template of cards, with the message's image
// aspect ratio.
func (b *builder) generic(m *schema.Message, cards []card) Message {
	t := &GenericTemplate{TemplateType: TemplateGeneric, Elements: elements(cards)}
	if m.DisplaySettings != nil && m.DisplaySettings.ImageAspectRatio != "" {
		if b.wire.aspectRatio {
			t.ImageAspectRatio = string(m.DisplaySettings.ImageAspectRatio)
		} else {
			b.ctx.Add(channels.Dropped, "displaySettings.imageAspectRatio", b.caps.Name+"'s generic template has no image_aspect_ratio")
		}
	}
	return template(t)
}

func elements(cards []card) []Element {
	els := make([]Element, len(cards))
	for i, c := range cards {
		els[i] = c.el
	}
	return els
}

// cards builds one element per item: title, subtitle from the
// description, image, the default link as default_action (when the table
// has default actions and the link is http or https; a tel: default link is
// an ordinary call button), and the other actions as buttons, at most the
// context's Max (a default link the engine did not count that becomes a
// button may exceed it: truncated and reported). An element with nothing
// but a title is refused by the API: such an item is dropped and reported.
func (b *builder) cards(m *schema.Message) []card {
	set := b.caps.Actions.CarouselItem
	if m.Type == schema.TypeList {
		set = b.caps.Actions.ListItem
	}
	var out []card
	var bare []int // items with a title alone
	for i, it := range m.Items {
		el := Element{Title: it.Title}
		if !blank(it.Description) {
			el.Subtitle = it.Description
		}
		if it.MediaURL != "" {
			el.ImageURL = channels.WireURL(it.MediaURL)
		}
		for j, a := range it.Actions {
			path := b.ctx.ActionPath(i, j)
			if set.DefaultAction && a.Default && a.Type == schema.ActionLink && el.DefaultAction == nil && isHTTP(a.URI) {
				if o, ok := b.urlOptions(a, path); ok {
					el.DefaultAction = &DefaultAction{Type: ButtonURL, URLOptions: o}
				}
				continue
			}
			btn, ok := b.button(a, path)
			if !ok {
				continue
			}
			if len(el.Buttons) >= set.Max {
				b.ctx.Add(channels.Truncated, path, fmt.Sprintf("%s takes at most %d buttons per element", b.caps.Name, set.Max))
				continue
			}
			el.Buttons = append(el.Buttons, btn)
		}
		if el.Subtitle == "" && el.ImageURL == "" && el.DefaultAction == nil && len(el.Buttons) == 0 {
			bare = append(bare, i)
			continue
		}
		out = append(out, card{item: i, el: el})
	}
	if len(out) > 0 {
		// When no card is left, the caller renders every item as text
		// and reports that instead.
		for _, i := range bare {
			b.ctx.Add(channels.Dropped, b.ctx.ItemPath(i), "a template element needs a subtitle, an image, a default action or a button besides its title")
		}
	}
	return out
}

// itemsButtons is the button template of a carousel's or list's
// message-level buttons (none when it has none). Its text is the message's
// own text, or the neutral prompt when it has none.
func (b *builder) itemsButtons(m *schema.Message) []Message {
	btns := b.buttons(-1, m.Actions)
	if len(btns) == 0 {
		return nil
	}
	return []Message{b.buttonTemplate("text", m.Text, btns)}
}

// itemsAsText renders a carousel or list none of whose items can be an
// element (each has a title alone) through the text fallback: the
// message's own text, or the numbered titles. Message-level buttons stay
// native, in a button template of that text.
func (b *builder) itemsAsText(m *schema.Message) []Message {
	b.ctx.Add(channels.FellBack, "items", "no item has anything but a title, which a template element refuses: rendered as text")
	path := "items"
	if !blank(m.Text) {
		path = "text"
	}
	txt := fallback.Text(&schema.Message{Role: m.Role, Type: m.Type, Text: m.Text, Items: m.Items},
		b.ctx.FallbackOptions())
	if btns := b.buttons(-1, m.Actions); len(btns) > 0 {
		return []Message{b.buttonTemplate(path, txt, btns)}
	}
	if blank(txt) {
		return []Message{{Text: prompt(b.ctx.Localizer, b.ctx.Language)}}
	}
	return b.textMessages(path, txt)
}
