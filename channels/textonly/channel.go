package textonly

import (
	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/fallback"
	"github.com/chanrender/chanrender/schema"
)

// Channel is one text-only channel. Use the constructors (Twilio,
// MessageBird, WeChat, Viber, Twitter).
type Channel struct {
	// caps is the channel's table, built once by its constructor and
	// never changed afterwards.
	caps channels.Capabilities
	// loc is the fallback localisation, prepared once (see
	// channels.Localized).
	loc  *fallback.Localizer
	name string
	// body returns the method and the body of one part: its text, and
	// the media URLs of the first part.
	body func(text string, media []string) (method string, body any)
}

var _ channels.Channel = (*Channel)(nil)

// Name returns the channel's registry name.
func (c *Channel) Name() string { return c.name }

// Capabilities returns the channel's table, built once by its constructor:
// its maps and slices are shared, read-only (see channels.Channel).
func (c *Channel) Capabilities() channels.Capabilities { return c.caps }

// Localizer returns the channel's prepared fallback localisation.
func (c *Channel) Localizer() *fallback.Localizer { return c.loc }

// Build splits the (already fallen back) text to the channel's limit: one
// payload per part, the media URL on the first.
func (c *Channel) Build(m *schema.Message, ctx *channels.Context) ([]channels.Payload, error) {
	var media []string
	if m.MediaURL != "" {
		media = []string{m.MediaURL}
	}
	parts := []string{m.Text}
	if m.Text != "" {
		parts = ctx.Split("text", m.Text, c.caps.Texts.Text)
	}
	out := make([]channels.Payload, 0, len(parts))
	for i, p := range parts {
		var md []string
		if i == 0 {
			md = media
		}
		method, body := c.body(p, md)
		out = append(out, channels.Payload{Method: method, Body: body})
	}
	return out, nil
}

// BuildActivity is never called: text-only channels have no typing
// indicator, and the engine reports the activity dropped.
func (c *Channel) BuildActivity(*schema.Activity, *channels.Context) ([]channels.Payload, error) {
	return nil, nil
}

// table is the capability table every text-only channel shares, with its
// own name, platform, reference, text limit and MMS support.
func table(name, platform, reference string, text channels.Limit, mms bool, endpoints ...channels.Endpoint) channels.Capabilities {
	media := channels.TypeRule{Mode: channels.AsText}
	if mms {
		media = channels.TypeRule{Mode: channels.Native, MediaSchemes: []string{"http", "https"}}
	}
	asText := channels.ActionRule{Mode: channels.AsText}
	fallBack := channels.TypeRule{Mode: channels.AsText}
	return channels.Capabilities{
		Name:      name,
		Platform:  platform,
		Reference: reference,
		Endpoints: endpoints,
		Types: channels.Types{
			Text:     channels.TypeRule{Mode: channels.Native},
			Image:    media,
			File:     media,
			Location: fallBack,
			Carousel: fallBack,
			List:     fallBack,
		},
		Actions: channels.Actions{
			// Links, webviews, buy buttons and location requests become
			// lines of the text; postbacks cannot be sent back from plain
			// text and are dropped.
			Message: channels.ActionSet{Rules: map[schema.ActionType]channels.ActionRule{
				schema.ActionLink:    asText,
				schema.ActionWebview: asText,
				schema.ActionBuy:     asText,
			}},
			// Replies are numbered options the user answers by typing
			// (fallback.Resolve maps the answer back).
			Replies: channels.ActionSet{Rules: map[schema.ActionType]channels.ActionRule{
				schema.ActionReply:           asText,
				schema.ActionLocationRequest: asText,
			}},
		},
		Texts:    channels.Texts{Text: text, SplitText: true},
		Delivery: channels.Delivery{Push: true},
		// Nothing is a button: the user types a number or a label of
		// the text (fallback.Resolve's rules).
		Answers: channels.Answers{Typed: true},
	}
}
