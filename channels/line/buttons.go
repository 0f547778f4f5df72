package line

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
	"github.com/chanrender/chanrender/text"
)

// labelSep joins action labels into a text when a template needs one and
// the message has none.
const labelSep = " · "

// buttonsTextLimit is the limit of a buttons template's text without image
// or title: 160 graphemes (docs/CHANNEL-LIMITS.md §1.2 "Buttons template: text";
// L-CNT). The templates this package builds have neither.
func buttonsTextLimit() channels.Limit { return lineLimit(160) }

// buttons returns the buttons template of the message's button actions
// (link, webview, postback, buy) and the text messages that go before it,
// or nil when no button is left. Its altText is the raw-text fallback of
// the text and the buttons.
//
// The template's text is the message text. A text over 160 graphemes is
// not cut: when split is set, its last sentences (or, without a sentence
// boundary, its last words) that fit go in the template and the rest in
// text messages before it, reported Split; a text without a break that
// fits, or any text when split is not set (a list's text, which is its
// stored fallback), is cut instead. Without a text, the template's text is
// the button labels joined with " · ": LINE requires one.
func (b *builder) buttons(split bool) []Message {
	acts, idx := b.messageButtons()
	var out []Action
	var kept []schema.Action
	for k, a := range acts {
		if la, ok := b.templateAction(b.ctx.ActionPath(-1, idx[k]), a); ok {
			out = append(out, la)
			kept = append(kept, a)
		}
	}
	if len(out) == 0 {
		return nil
	}
	l := buttonsTextLimit()
	var msgs []Message
	txt := b.m.Text
	switch {
	case !present(txt):
		txt = b.ctx.Fit("actions", labels(kept, labelSep), l)
	case l.Fits(txt):
	case split:
		head, tail := splitTail(txt, l)
		if tail == "" {
			head, tail = txt, b.ctx.Fit("actions", labels(kept, labelSep), l)
		}
		parts := text.Split(head, b.texts.Text.Max, b.texts.Text.Unit)
		b.ctx.Add(channels.Split, "text", fmt.Sprintf("%d %s over the buttons template's %s: %d text message(s), then the template with the end of the text",
			l.Len(txt), l.Unit, l, len(parts)))
		for _, p := range parts {
			msgs = append(msgs, newText(p))
		}
		txt = tail
	default:
		txt = b.ctx.Fit("text", txt, l)
	}
	alt := b.fallbackText(&schema.Message{Role: b.m.Role, Type: schema.TypeText, Text: b.m.Text, Actions: kept})
	return append(msgs, &TemplateMessage{
		Type:     typeTemplate,
		AltText:  b.altText(b.buttonsAltPath(), alt, kept),
		Template: &ButtonsTemplate{Type: templateButtons, Text: txt, Actions: out},
	})
}

// buttonsAltPath is where a cut of a buttons template's altText is
// reported: at "text" when the message text alone is over the limit, else
// at "actions" (the action lines come last).
func (b *builder) buttonsAltPath() string {
	if b.m.Text != "" && !b.texts.AltText.Fits(b.m.Text) {
		return "text"
	}
	return "actions"
}

// altText fits a raw-text fallback to the altText limit, reporting a cut at
// path; an empty fallback (postback buttons alone) becomes the action
// labels, one per line.
func (b *builder) altText(path, alt string, acts []schema.Action) string {
	if strings.TrimSpace(alt) == "" {
		alt = labels(acts, "\n")
	}
	if strings.TrimSpace(alt) == "" {
		alt = placeholder
	}
	return b.ctx.Fit(path, alt, b.texts.AltText)
}

// labels joins the non-empty labels of acts with sep.
func labels(acts []schema.Action, sep string) string {
	var ls []string
	for _, a := range acts {
		if strings.TrimSpace(a.Text) != "" {
			ls = append(ls, a.Text)
		}
	}
	return strings.Join(ls, sep)
}

// templateAction maps a button to a LINE template action, or reports it
// dropped: link and webview → URI action, buy → URI action with the price
// in its label, postback → postback action (no displayText: like a Smooch
// postback, tapping it posts nothing in the chat).
func (b *builder) templateAction(path string, a schema.Action) (Action, bool) {
	switch a.Type {
	case schema.ActionLink, schema.ActionWebview:
		u, ok := b.actionURI(path, a.URI)
		if !ok {
			return nil, false
		}
		return &URIAction{Type: actionURI, Label: a.Text, URI: u}, true
	case schema.ActionBuy:
		u, ok := b.actionURI(path, a.URI)
		if !ok {
			return nil, false
		}
		return &URIAction{Type: actionURI, Label: b.buyLabel(path, a), URI: u}, true
	case schema.ActionPostback:
		return &PostbackAction{Type: actionPostback, Label: a.Text, Data: a.Payload}, true
	case schema.ActionReply, schema.ActionLocationRequest, schema.ActionShare:
		b.ctx.Add(channels.Dropped, path, "LINE templates have no "+string(a.Type)+" action")
		return nil, false
	default:
		b.ctx.Add(channels.Dropped, path, "unknown action type "+string(a.Type))
		return nil, false
	}
}

// actionURI returns the URI of a URI action as LINE takes it (see channels.WireURL),
// or reports the action dropped when it has none, its scheme is not one of
// http, https, line and tel, or its encoded form is over the URI limit.
func (b *builder) actionURI(path, raw string) (string, bool) {
	u := channels.WireURL(raw)
	switch {
	case u == "":
		b.ctx.Add(channels.Dropped, path, "a LINE URI action needs a URI")
	case !channels.HasScheme(u, uriSchemes()):
		b.ctx.Add(channels.Dropped, path, "LINE URI actions take http, https, line and tel URIs only")
	case !b.texts.URI.Fits(u):
		b.ctx.Add(channels.Dropped, path, "the percent-encoded URI is "+strconv.Itoa(b.texts.URI.Len(u))+" "+b.texts.URI.Unit.String()+", over "+b.texts.URI.String())
	default:
		return u, true
	}
	return "", false
}

// buyLabel is the label of a buy button: its text and its price, "Buy
// ($ 139.00)". When both do not fit in 20 graphemes the text is cut so that
// the price stays whole (reported Truncated at the label); when even the
// price alone leaves no room, the label is the text alone and the price is
// reported dropped.
func (b *builder) buyLabel(path string, a schema.Action) string {
	price := b.ctx.Price(a)
	l := b.texts.ActionLabel
	if strings.TrimSpace(a.Text) == "" {
		if l.Fits(price) {
			return price
		}
		b.ctx.Add(channels.Dropped, path+".amount", "the price does not fit in a LINE label")
		return a.Text
	}
	suffix := " (" + price + ")"
	room := l.Max - l.Len(suffix)
	if room >= 2 {
		return b.ctx.Fit(path+".text", a.Text, channels.Limit{Max: room, Unit: l.Unit}) + suffix
	}
	b.ctx.Add(channels.Dropped, path+".amount", "the price does not fit in a LINE label")
	return b.ctx.Fit(path+".text", a.Text, l)
}
