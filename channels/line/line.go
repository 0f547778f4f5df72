package line

import (
	"errors"
	"fmt"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/fallback"
	"github.com/chanrender/chanrender/schema"
)

// Channel is the LINE channel. Use New.
type Channel struct {
	// caps is the table, built once by New and never changed afterwards;
	// texts and perPayload are read from it for Build.
	caps       *channels.Capabilities
	texts      channels.Texts
	perPayload int
	// loc is the fallback localisation, prepared once (see
	// channels.Localized).
	loc *fallback.Localizer
}

var _ channels.Channel = (*Channel)(nil)

// New returns the LINE channel.
func New() *Channel {
	caps := capabilities()
	return &Channel{caps: &caps, texts: caps.Texts, perPayload: caps.MessagesPerPayload, loc: fallback.NewLocalizer()}
}

// Name returns the registry name, "line".
func (*Channel) Name() string { return Name }

// Capabilities returns the LINE table, built once by New: its maps and
// slices are shared, read-only (see channels.Channel). A zero Channel builds
// a new table on each call.
func (c *Channel) Capabilities() channels.Capabilities {
	if c == nil || c.caps == nil {
		return capabilities()
	}
	return *c.caps
}

// Localizer returns the channel's prepared fallback localisation (nil for
// a zero Channel).
func (c *Channel) Localizer() *fallback.Localizer {
	if c == nil {
		return nil
	}
	return c.loc
}

// Build maps a message the engine has fitted to the table to push payloads:
// the messages it becomes, at most five per payload, with the quick replies
// on the very last one.
func (c *Channel) Build(m *schema.Message, ctx *channels.Context) ([]channels.Payload, error) {
	if m == nil {
		return nil, errors.New("line: nil message")
	}
	ctx = channels.BuildContext(ctx, c.Localizer())
	if c == nil || c.perPayload == 0 {
		// A zero Channel rather than one from New.
		c = New()
	}
	b := &builder{
		m:     m,
		ctx:   ctx,
		texts: c.texts,
		fb:    ctx.FallbackOptions(),
	}
	var msgs []Message
	var err error
	switch m.Type {
	case schema.TypeText:
		msgs = b.text()
	case schema.TypeImage:
		msgs, err = b.image()
	case schema.TypeLocation:
		msgs, err = b.location()
	case schema.TypeCarousel, schema.TypeList:
		// The table converts lists to carousels; a list given to Build
		// directly is built the same way.
		msgs = b.carousel()
	case schema.TypeFile:
		return nil, errors.New("line: type: LINE has no file message; the engine sends a file as its text fallback")
	default:
		return nil, fmt.Errorf("line: type: unknown message type %q", m.Type)
	}
	if err != nil {
		return nil, err
	}
	if len(msgs) == 0 {
		return nil, errors.New("line: the message has nothing to send")
	}
	if qr := b.quickReply(); qr != nil {
		msgs[len(msgs)-1].setQuickReply(qr)
	}
	if s := b.sender(); s != nil {
		for _, msg := range msgs {
			msg.setSender(s)
		}
	}
	return push(msgs, c.perPayload), nil
}

// builder builds the messages of one render.
type builder struct {
	m     *schema.Message
	ctx   *channels.Context
	texts channels.Texts
	fb    fallback.Options
}

// fallbackText is the raw-text fallback of m (docs/RENDERING.md §2).
func (b *builder) fallbackText(m *schema.Message) string { return fallback.Text(m, b.fb) }
