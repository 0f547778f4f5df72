package whatsapp

import (
	"errors"
	"fmt"
	"strings"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/fallback"
	"github.com/chanrender/chanrender/schema"
)

// Channel is the WhatsApp Cloud API channel. Use New.
type Channel struct {
	caps     *channels.Capabilities
	replyTo  string
	typingID string
	loc      *fallback.Localizer
}

var _ channels.Channel = (*Channel)(nil)

// Option configures a Channel value (New).
type Option func(*Channel)

// ReplyTo makes every message a reply to the inbound message id (a
// "wamid."): the first payload of each render carries context.message_id,
// so WhatsApp shows it quoting that message. An empty id sets nothing.
func ReplyTo(messageID string) Option { return func(c *Channel) { c.replyTo = messageID } }

// TypingFor names the inbound message id a typing indicator answers:
// WhatsApp shows typing only as a "status: read" call on a received
// message. Without it, typing activities are reported Dropped at "type".
func TypingFor(messageID string) Option { return func(c *Channel) { c.typingID = messageID } }

// New returns the WhatsApp channel. The options are per conversation (the
// inbound message being answered); the channel's name is "whatsapp" with
// or without them.
func New(opts ...Option) *Channel {
	c := &Channel{loc: fallback.NewLocalizer()}
	for _, o := range opts {
		if o != nil {
			o(c)
		}
	}
	caps := capabilities(c.typingID != "")
	c.caps = &caps
	return c
}

// Name returns the registry name, "whatsapp".
func (*Channel) Name() string { return Name }

// Capabilities returns the table built by New: its maps and slices are
// shared, read-only. A zero Channel builds a new table on each call.
func (c *Channel) Capabilities() channels.Capabilities {
	if c == nil || c.caps == nil {
		return capabilities(false)
	}
	return *c.caps
}

// Localizer returns the channel's prepared fallback localisation (nil for a
// zero Channel).
func (c *Channel) Localizer() *fallback.Localizer {
	if c == nil {
		return nil
	}
	return c.loc
}

// Build maps a message the engine has fitted to the table to Send Message
// bodies, one payload per WhatsApp message, in order.
func (c *Channel) Build(m *schema.Message, ctx *channels.Context) ([]channels.Payload, error) {
	if m == nil {
		return nil, errors.New("whatsapp: nil message")
	}
	if c == nil || c.caps == nil {
		c = New()
	}
	ctx = channels.BuildContext(ctx, c.loc)
	b := &builder{m: m, ctx: ctx, fb: ctx.FallbackOptions(), loc: c.loc}
	var msgs []*Message
	switch m.Type {
	case schema.TypeText:
		msgs = b.actions(m.Text, "text", nil, m.Actions, -1)
	case schema.TypeImage, schema.TypeFile:
		msgs = b.media()
	case schema.TypeLocation:
		msgs = b.location()
	case schema.TypeCarousel, schema.TypeList:
		msgs = b.items()
	default:
		return nil, fmt.Errorf("whatsapp: type: unknown message type %q", m.Type)
	}
	if len(msgs) == 0 {
		return nil, errors.New("whatsapp: the message has nothing to send")
	}
	if c.replyTo != "" {
		msgs[0].Context = &Context{MessageID: c.replyTo}
	}
	out := make([]channels.Payload, len(msgs))
	for i, msg := range msgs {
		out[i] = channels.Payload{Method: MethodMessages, Body: msg}
	}
	return out, nil
}

// BuildActivity maps typing:start to a read receipt with a typing
// indicator on the inbound message TypingFor named. typing:stop has no
// call (the table says so and the engine reports it).
func (c *Channel) BuildActivity(a *schema.Activity, _ *channels.Context) ([]channels.Payload, error) {
	if a == nil {
		return nil, errors.New("whatsapp: nil activity")
	}
	if a.Type != schema.TypingStart {
		return nil, fmt.Errorf("whatsapp: type: no call for activity %q", a.Type)
	}
	if c == nil || c.typingID == "" {
		return nil, errors.New("whatsapp: type: a typing indicator needs the inbound message id (TypingFor)")
	}
	return []channels.Payload{{Method: MethodMessages, Body: &Status{
		MessagingProduct: product, Status: "read", MessageID: c.typingID,
		TypingIndicator: &TypingIndicator{Type: "text"},
	}}}, nil
}

// product is every body's messaging_product.
const product = "whatsapp"

// builder builds the messages of one render.
type builder struct {
	m   *schema.Message
	ctx *channels.Context
	fb  fallback.Options
	loc *fallback.Localizer
}

// prompt is the body of an interactive message whose input has no text (an
// interactive body is required), in the render's language.
func (b *builder) prompt() string {
	return b.loc.Prompt(b.ctx.Language)
}

// present reports whether s is not empty after trimming white space.
func present(s string) bool { return strings.TrimSpace(s) != "" }

func u16(n int) channels.Limit { return channels.Limit{Max: n, Unit: channels.UTF16} }

// hasLink reports whether s holds an http or https link (preview_url).
func hasLink(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "http://") || strings.Contains(l, "https://")
}

// texts returns text messages of s split at 4096 (reported Split at path).
func (b *builder) texts(path, s string) []*Message {
	var out []*Message
	for _, p := range b.ctx.Split(path, s, u16(textMax)) {
		out = append(out, textMessage(p))
	}
	return out
}

func textMessage(s string) *Message {
	return &Message{MessagingProduct: product, Type: "text", Text: &Text{Body: s, PreviewURL: hasLink(s)}}
}
