package twitter

import (
	"errors"
	"fmt"
	"strings"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/fallback"
	"github.com/chanrender/chanrender/schema"
)

// Channel is one X direct message profile. Use New (v2) or V1 (v1.1).
type Channel struct {
	caps *channels.Capabilities
	v1   bool
	loc  *fallback.Localizer
}

var _ channels.Channel = (*Channel)(nil)

// New returns the v2 profile, "twitter": POST
// /2/dm_conversations/with/{participant_id}/messages, text only.
func New() *Channel {
	caps := v2Capabilities()
	return &Channel{caps: &caps, loc: fallback.NewLocalizer()}
}

// V1 returns the v1.1 profile, "twitter-v1": POST
// /1.1/direct_messages/events/new.json with quick reply options and
// call-to-action buttons.
func V1() *Channel {
	caps := v1Capabilities()
	return &Channel{caps: &caps, v1: true, loc: fallback.NewLocalizer()}
}

// Name returns the registry name, "twitter" or "twitter-v1".
func (c *Channel) Name() string {
	if c != nil && c.v1 {
		return NameV1
	}
	return Name
}

// Capabilities returns the profile's table: its maps and slices are
// shared, read-only. A zero Channel is the v2 profile.
func (c *Channel) Capabilities() channels.Capabilities {
	switch {
	case c == nil || c.caps == nil:
		return v2Capabilities()
	default:
		return *c.caps
	}
}

// Localizer returns the channel's prepared fallback localisation (nil for
// a zero Channel).
func (c *Channel) Localizer() *fallback.Localizer {
	if c == nil {
		return nil
	}
	return c.loc
}

// Build maps a message the engine has fitted to the table to request
// bodies, one payload per DM, in order.
func (c *Channel) Build(m *schema.Message, ctx *channels.Context) ([]channels.Payload, error) {
	if m == nil {
		return nil, errors.New("twitter: nil message")
	}
	if c == nil || c.caps == nil {
		c = New()
	}
	ctx = channels.BuildContext(ctx, c.loc)
	if !c.v1 {
		var out []channels.Payload
		if present(m.Text) {
			for _, p := range ctx.Split("text", m.Text, runes(textMax)) {
				out = append(out, channels.Payload{Method: MethodDM, Body: &DM{Text: p}})
			}
		}
		return out, nil
	}
	b := &builder{m: m, ctx: ctx, fb: ctx.FallbackOptions(), loc: c.loc}
	var msgs []*MessageData
	switch m.Type {
	case schema.TypeCarousel, schema.TypeList:
		msgs = b.items()
	case schema.TypeText, schema.TypeImage, schema.TypeFile, schema.TypeLocation:
		msgs = b.dms(m.Text, "text", m.Actions, -1)
	default:
		return nil, fmt.Errorf("twitter: type: unknown message type %q", m.Type)
	}
	out := make([]channels.Payload, len(msgs))
	for i, md := range msgs {
		out[i] = channels.Payload{Method: MethodEventsNew, Body: &Event{Event: EventObject{
			Type: "message_create", MessageCreate: MessageCreate{MessageData: *md},
		}}}
	}
	return out, nil
}

// BuildActivity is never called: X's DM APIs have no typing indicator
// here, and the engine reports the activity dropped.
func (*Channel) BuildActivity(*schema.Activity, *channels.Context) ([]channels.Payload, error) {
	return nil, errors.New("twitter: type: no typing indicator")
}

// builder builds the DMs of one v1.1 render.
type builder struct {
	m   *schema.Message
	ctx *channels.Context
	fb  fallback.Options
	loc *fallback.Localizer
}

// present reports whether s is not empty after trimming white space.
func present(s string) bool { return strings.TrimSpace(s) != "" }

// prompt is the text of a DM whose input has none (message_data.text is
// required), in the render's language.
func (b *builder) prompt() string {
	return b.loc.Prompt(b.ctx.Language)
}

func isURL(t schema.ActionType) bool {
	return t == schema.ActionLink || t == schema.ActionWebview || t == schema.ActionBuy
}

// dms builds the DMs of a text and its actions: links, webviews and buys
// are buttons (3; the others "label uri" lines of the text, FellBack);
// postbacks and replies quick reply options (20; the overflow Truncated).
// A text over 10,000 is split, the buttons and options on the last part.
// item is the normalised item the actions belong to, -1 for the message.
func (b *builder) dms(body, path string, acts []schema.Action, item int) []*MessageData {
	var ctas []CTA
	var opts []Option
	var lines []schema.Action
	for j, a := range acts {
		p := b.ctx.ActionPath(item, j)
		switch {
		case isURL(a.Type) && len(ctas) < ctasMax:
			ctas = append(ctas, CTA{Type: "web_url", Label: b.label(a, p), URL: channels.WireURL(a.URI)})
		case isURL(a.Type):
			b.ctx.Add(channels.FellBack, p, "an X DM has at most 3 buttons: rendered as a line of the text")
			lines = append(lines, a)
		case a.Type == schema.ActionPostback || a.Type == schema.ActionReply:
			if len(opts) == optionsMax {
				b.ctx.Add(channels.Truncated, p, "an X quick reply has at most 20 options: this one is left out")
				continue
			}
			opts = append(opts, Option{Label: b.ctx.Fit(p+".text", a.Text, runes(labelMax)), Metadata: a.Payload})
		}
	}
	full := body
	if len(lines) > 0 {
		full = fallback.Text(&schema.Message{Role: schema.RoleAppMaker, Type: schema.TypeText, Text: body, Actions: lines}, b.fb)
	}
	if !present(full) {
		if len(ctas) == 0 && len(opts) == 0 {
			return nil
		}
		full, path = b.prompt(), ""
	}
	var out []*MessageData
	for _, p := range b.ctx.Split(path, full, runes(textMax)) {
		out = append(out, &MessageData{Text: p})
	}
	last := out[len(out)-1]
	last.CTAs = ctas
	if len(opts) > 0 {
		last.QuickReply = &QuickReply{Type: "options", Options: opts}
	}
	return out
}

// label is a button's label within 36; a buy's carries its price, cut
// first so that the price stays whole.
func (b *builder) label(a schema.Action, path string) string {
	l := runes(labelMax)
	label := a.Text
	if a.Type == schema.ActionBuy {
		price := " (" + b.ctx.Price(a) + ")"
		if room := labelMax - l.Len(price); room >= 2 {
			label = b.ctx.Fit(path+".text", label, runes(room)) + price
		}
	}
	return b.ctx.Fit(path+".text", label, l)
}

// items builds a carousel or list: the message's text, then one DM per
// item (its title and description as text, its actions as buttons and
// options), then the message-level actions (Converted at "type").
func (b *builder) items() []*MessageData {
	m := b.m
	b.ctx.Add(channels.Converted, "type", "X has no "+string(m.Type)+": one DM per item with its buttons")
	var out []*MessageData
	if present(m.Text) {
		for _, p := range b.ctx.Split("text", m.Text, runes(textMax)) {
			out = append(out, &MessageData{Text: p})
		}
	}
	for i, it := range m.Items {
		ip := b.ctx.ItemPath(i)
		if it.MediaURL != "" {
			b.ctx.Add(channels.Dropped, ip+".mediaUrl", "an X DM attaches media by uploaded media id only")
		}
		body := it.Title
		if present(it.Description) {
			body += "\n" + it.Description
		}
		dm := b.dms(body, ip+".description", it.Actions, i)
		if len(dm) == 0 {
			b.ctx.Add(channels.Dropped, ip, "the item has nothing to send")
		}
		out = append(out, dm...)
	}
	return append(out, b.dms("", "", m.Actions, -1)...)
}
