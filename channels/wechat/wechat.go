package wechat

import (
	"errors"
	"fmt"
	"strings"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/fallback"
	"github.com/chanrender/chanrender/schema"
)

// Channel is the WeChat Official Account channel. Use New.
type Channel struct {
	caps *channels.Capabilities
	loc  *fallback.Localizer
}

var _ channels.Channel = (*Channel)(nil)

// New returns the WeChat channel.
func New() *Channel {
	caps := capabilities()
	return &Channel{caps: &caps, loc: fallback.NewLocalizer()}
}

// Name returns the registry name, "wechat".
func (*Channel) Name() string { return Name }

// Capabilities returns the table built by New: its maps and slices are
// shared, read-only. A zero Channel builds a new table on each call.
func (c *Channel) Capabilities() channels.Capabilities {
	if c == nil || c.caps == nil {
		return capabilities()
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

// Build maps a message the engine has fitted to the table to customer
// service messages, one payload per WeChat message, in order.
func (c *Channel) Build(m *schema.Message, ctx *channels.Context) ([]channels.Payload, error) {
	if m == nil {
		return nil, errors.New("wechat: nil message")
	}
	if c == nil || c.caps == nil {
		c = New()
	}
	ctx = channels.BuildContext(ctx, c.loc)
	b := &builder{m: m, ctx: ctx, fb: ctx.FallbackOptions(), loc: c.loc}
	var msgs []*Message
	switch m.Type {
	case schema.TypeText, schema.TypeImage, schema.TypeFile, schema.TypeLocation:
		// Only text is native; the engine has made the others text.
		msgs = b.actions(m.Text, "text", m.Actions, -1)
	case schema.TypeCarousel, schema.TypeList:
		msgs = b.items()
	default:
		return nil, fmt.Errorf("wechat: type: unknown message type %q", m.Type)
	}
	if len(msgs) == 0 {
		return nil, errors.New("wechat: the message has nothing to send")
	}
	out := make([]channels.Payload, len(msgs))
	for i, msg := range msgs {
		out[i] = channels.Payload{Method: MethodSend, Body: msg}
	}
	return out, nil
}

// BuildActivity maps typing:start to the Typing command and typing:stop to
// CancelTyping (TYP).
func (c *Channel) BuildActivity(a *schema.Activity, _ *channels.Context) ([]channels.Payload, error) {
	if a == nil {
		return nil, errors.New("wechat: nil activity")
	}
	var cmd string
	switch a.Type {
	case schema.TypingStart:
		cmd = "Typing"
	case schema.TypingStop:
		cmd = "CancelTyping"
	default:
		return nil, fmt.Errorf("wechat: type: no call for activity %q", a.Type)
	}
	return []channels.Payload{{Method: MethodTyping, Body: &Typing{Command: cmd}}}, nil
}

// builder builds the messages of one render.
type builder struct {
	m   *schema.Message
	ctx *channels.Context
	fb  fallback.Options
	loc *fallback.Localizer
}

// prompt is the head of a menu whose input has no text, in the render's
// language.
func (b *builder) prompt() string {
	return b.loc.Prompt(b.ctx.Language)
}

// present reports whether s is not empty after trimming white space.
func present(s string) bool { return strings.TrimSpace(s) != "" }

func bytes(n int) channels.Limit { return channels.Limit{Max: n, Unit: channels.Bytes} }

func textMessage(s string) *Message { return &Message{MsgType: "text", Text: &Text{Content: s}} }
