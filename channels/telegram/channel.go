package telegram

import (
	"fmt"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/fallback"
	"github.com/chanrender/chanrender/schema"
)

// Channel is the Telegram channel. The zero value is ready to use; New
// returns one.
type Channel struct {
	// caps is the table, built once by New and never changed afterwards;
	// the zero Channel has none and builds it on each call.
	caps *channels.Capabilities
	// loc is the fallback localisation, prepared once by New (see
	// channels.Localized).
	loc *fallback.Localizer
}

var _ channels.Channel = (*Channel)(nil)

// New returns the Telegram channel, registered as "telegram".
func New() *Channel {
	caps := capabilities()
	return &Channel{caps: &caps, loc: fallback.NewLocalizer()}
}

// Name returns "telegram".
func (*Channel) Name() string { return "telegram" }

// Capabilities returns the Telegram table (Bot API 10.1), built once by New:
// its maps and slices are shared, read-only (see channels.Channel). A zero
// Channel builds a new table on each call.
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

// Build maps a normalised message to Bot API calls, in the order they must
// be sent: one payload per message, each a method name and its parameters
// minus chat_id. See the package documentation for what each message type
// becomes.
func (c *Channel) Build(m *schema.Message, ctx *channels.Context) ([]channels.Payload, error) {
	if m == nil {
		return nil, fmt.Errorf("telegram: nil message")
	}
	ctx = channels.BuildContext(ctx, c.Localizer())
	switch m.Type {
	case schema.TypeText:
		return textMessage(m, ctx), nil
	case schema.TypeImage:
		return image(m, ctx), nil
	case schema.TypeFile:
		return document(m, ctx), nil
	case schema.TypeLocation:
		return location(m, ctx)
	case schema.TypeCarousel, schema.TypeList:
		return cards(m, ctx), nil
	default:
		return nil, fmt.Errorf("telegram: type: unknown message type %q", m.Type)
	}
}

// attach puts the keyboard mk, if any, on the last of out: after a split,
// the buttons come under the end of the text.
func attach(out []channels.Payload, mk ReplyMarkup) {
	if mk == nil || len(out) == 0 {
		return
	}
	if b, ok := out[len(out)-1].Body.(markupSetter); ok {
		b.setMarkup(mk)
	}
}
