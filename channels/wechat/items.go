package wechat

import (
	"github.com/chanrender/chanrender/channels"
)

// items builds a carousel or list (RENDERING §3.12): the text first, then
// one news message per item (a news message holds one article), then the
// message-level actions as for a text message. Every article after the
// first is reported Split at its item: it costs one of the 5 messages the
// 48-hour quota allows, as are a text and message-level actions sent
// beside the articles.
func (b *builder) items() []*Message {
	m := b.m
	var out []*Message
	if present(m.Text) {
		if len(m.Items) > 0 {
			b.ctx.Add(channels.Split, "text", "a WeChat news message has no text: the text is its own message")
		}
		out = append(out, b.text(m.Text, "text", nil)...)
	}
	for i, it := range m.Items {
		if i > 0 {
			b.ctx.Add(channels.Split, b.ctx.ItemPath(i), "a WeChat news message holds one article: the item is its own message")
		}
		a := Article{Title: it.Title, Description: it.Description}
		if it.MediaURL != "" {
			a.PicURL = channels.WireURL(it.MediaURL)
		}
		for _, act := range it.Actions {
			if isURL(act.Type) && act.URI != "" {
				a.URL = channels.WireURL(act.URI)
				break
			}
		}
		out = append(out, &Message{MsgType: "news", News: &News{Articles: []Article{a}}})
	}
	acts := b.actions("", "", m.Actions, -1)
	if len(acts) > 0 && len(out) > 0 {
		b.ctx.Add(channels.Split, b.ctx.ActionPath(-1, 0), "a WeChat news message has no buttons: the message's actions follow in their own message")
	}
	return append(out, acts...)
}
