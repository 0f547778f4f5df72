package messenger

import (
	"fmt"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// list builds a list message the table renders natively (the Legacy
// profile; the default table converts lists to carousels): list templates
// of Items.MinPerMessage to Items.PerMessage elements, the items shared out
// as evenly as possible, earlier templates taking one more (10 items: 4, 3,
// 3), reported Split when there is more than one; the message-level button
// is the last template's global button. A list with fewer elements than a
// list template takes is a generic template (reported Converted) with a
// button template for its message-level buttons.
func (b *builder) list(m *schema.Message) []Message {
	cards := b.cards(m)
	if len(cards) == 0 {
		return b.itemsAsText(m)
	}
	least := max(b.caps.Items.MinPerMessage, 1)
	if len(cards) < least {
		b.ctx.Add(channels.Converted, "type", fmt.Sprintf("a list template takes at least %d items: rendered as a generic template", least))
		return append([]Message{b.generic(m, cards)}, b.itemsButtons(m)...)
	}
	per := b.caps.Items.PerMessage
	if per <= 0 {
		per = len(cards)
	}
	sizes := shares(len(cards), per)
	if len(sizes) > 1 {
		b.ctx.Add(channels.Split, "items", fmt.Sprintf("%d items sent as %d list templates of at most %d", len(cards), len(sizes), per))
	}
	btns := b.buttons(-1, m.Actions)
	msgs := make([]Message, 0, len(sizes))
	start := 0
	for g, n := range sizes {
		group := cards[start : start+n]
		start += n
		t := &ListTemplate{TemplateType: TemplateList, TopElementStyle: topStyle(m, group[0]), Elements: elements(group)}
		if g == len(sizes)-1 {
			t.Buttons = btns
		}
		msgs = append(msgs, template(t))
	}
	return msgs
}

// shares divides n items into the fewest groups of at most per, as evenly
// as possible, the larger groups first: shares(10, 4) is [4 3 3],
// shares(5, 4) is [3 2].
func shares(n, per int) []int {
	k := (n + per - 1) / per
	out := make([]int, k)
	for i := range out {
		out[i] = n / k
		if i < n%k {
			out[i]++
		}
	}
	return out
}

// topStyle is a list template's top_element_style, from the list's first
// item's size: compact when it says so, large (the default) otherwise; every
// template of a split list has the same style. A large top element is a
// cover image, so a template whose first element has no image is compact.
func topStyle(m *schema.Message, first card) TopElementStyle {
	if m.Items[0].Size == schema.ItemCompact || first.el.ImageURL == "" {
		return TopCompact
	}
	return TopLarge
}
