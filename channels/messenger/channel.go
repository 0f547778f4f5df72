package messenger

import (
	"errors"
	"fmt"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/fallback"
	"github.com/chanrender/chanrender/schema"
)

// Channel renders for Facebook Messenger at one platform version. Use New or
// Legacy; the zero value is not usable.
type Channel struct {
	// caps is the profile's table, built once by New or Legacy and never
	// changed afterwards: Capabilities and Build share it.
	caps channels.Capabilities
	name string
	// wire is what the profile's wire format takes beyond the table:
	// the Meta fields one platform has and the other lacks.
	wire wire
	// loc is the fallback localisation, prepared once (see
	// channels.Localized).
	loc *fallback.Localizer
}

var _ channels.Channel = (*Channel)(nil)

// New returns Messenger as documented today, registered as "messenger".
func New() *Channel {
	return &Channel{caps: defaultTable(), name: Name, wire: messengerWire, loc: fallback.NewLocalizer()}
}

// Legacy returns Messenger as Smooch rendered it in 2017, registered as
// "messenger-legacy": list template, share button, location quick reply,
// 11 quick replies. Meta has since removed those features: use it to
// reproduce Smooch's behaviour, not to send.
func Legacy() *Channel {
	return &Channel{caps: legacyTable(), name: LegacyName, wire: messengerWire, loc: fallback.NewLocalizer()}
}

// Instagram returns Instagram messaging (the Messenger Platform for
// Instagram, Instagram API with Instagram Login), registered as
// "instagram": the same engine and builders as Messenger, with
// Instagram's own table (instagramTable) and wire (no image_aspect_ratio,
// no quick reply icons, URL buttons without webview options).
func Instagram() *Channel {
	return &Channel{caps: instagramTable(), name: InstagramName, wire: instagramWire, loc: fallback.NewLocalizer()}
}

// wire says which optional Send API fields a profile's platform takes. A
// field a platform lacks is left out of the payload and reported Dropped
// at the input field that asked for it.
type wire struct {
	// aspectRatio: a generic template takes image_aspect_ratio.
	aspectRatio bool
	// replyIcons: a text quick reply takes image_url.
	replyIcons bool
	// webviewOptions: a URL button takes webview_height_ratio,
	// messenger_extensions and fallback_url.
	webviewOptions bool
}

// messengerWire is Messenger's (both profiles); instagramWire is
// Instagram's: its generic template, quick reply and URL button pages
// document none of these fields, and quick replies "only support plain
// text" (https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/messaging-api/quick-replies).
var (
	messengerWire = wire{aspectRatio: true, replyIcons: true, webviewOptions: true}
	instagramWire = wire{}
)

// Name returns the registry name: "messenger", "messenger-legacy" or
// "instagram".
func (c *Channel) Name() string { return c.name }

// Capabilities returns the profile's table, built once by New or Legacy: its
// maps and slices are shared, read-only (see channels.Channel).
func (c *Channel) Capabilities() channels.Capabilities { return c.caps }

// Localizer returns the channel's prepared fallback localisation.
func (c *Channel) Localizer() *fallback.Localizer { return c.loc }

// Build maps a normalised message to Send API bodies, one per message sent,
// in order; quick replies go on the last one.
func (c *Channel) Build(m *schema.Message, ctx *channels.Context) ([]channels.Payload, error) {
	if m == nil {
		return nil, errors.New("messenger: nil message")
	}
	ctx = channels.BuildContext(ctx, c.Localizer())
	b := &builder{caps: c.caps, wire: c.wire, ctx: ctx}
	msgs, err := b.message(m)
	if err != nil {
		return nil, err
	}
	if qrs := b.quickReplies(m.Actions); len(qrs) > 0 {
		msgs[len(msgs)-1].QuickReplies = qrs
	}
	out := make([]channels.Payload, len(msgs))
	for i := range msgs {
		out[i] = channels.Payload{Method: Method, Body: &MessageRequest{Message: msgs[i]}}
	}
	return out, nil
}

// builder builds the messages of one render. Its decisions come from the
// table (caps) and from what the engine left in the message, never from
// the profile's name.
type builder struct {
	caps channels.Capabilities
	wire wire
	ctx  *channels.Context
}

// message returns at least one message for m, or an error for a message
// the table should have kept from Build.
func (b *builder) message(m *schema.Message) ([]Message, error) {
	switch m.Type {
	case schema.TypeText:
		return b.text(m), nil
	case schema.TypeImage, schema.TypeFile:
		return b.media(m)
	case schema.TypeCarousel:
		return b.carousel(m), nil
	case schema.TypeList:
		return b.list(m), nil
	case schema.TypeLocation:
		// A Page cannot send a location: the table falls it back to text
		// before Build.
		return nil, errors.New("messenger: type: a Page cannot send a location message (the capability table must fall it back to text)")
	default:
		return nil, fmt.Errorf("messenger: type: unknown message type %q", m.Type)
	}
}
