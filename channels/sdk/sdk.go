// Package sdk renders for the Smooch SDK channels (web, ios, android): the
// clients render every canonical message type natively, so the payload is
// the validated, normalised canonical message itself.
//
// A payload's Method is "message" (Body *schema.Message, a copy) or
// "activity" (Body *schema.Activity). Package send makes the request to
// Smooch's v1 API, which delivers to the app user's SDK clients: POST
// https://api.smooch.io/v1/appusers/{appUserId}/messages (or
// .../conversation/activity), JSON, an app-scoped JWT as "Authorization:
// Bearer {token}". Credentials: "token".
package sdk

import (
	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/fallback"
	"github.com/chanrender/chanrender/schema"
)

// Channel is one SDK channel. Its zero value is not usable: use Web, IOS or
// Android.
type Channel struct {
	name string
	// caps is the channel's table, built once by Web, IOS or Android and
	// never changed afterwards.
	caps channels.Capabilities
}

var _ channels.Channel = (*Channel)(nil)

// Method of an SDK message payload: the canonical message as the SDK's
// conversation receives it.
const Method = "message"

// ActivityMethod of an SDK typing payload.
const ActivityMethod = "activity"

// Web returns the Web Messenger channel.
func Web() *Channel { return newChannel("web", false, true) }

// IOS returns the iOS SDK channel.
func IOS() *Channel { return newChannel("ios", true, true) }

// Android returns the Android SDK channel. Smooch's documents list typing
// activity for the Web Messenger and the iOS SDK only, so Android reports it
// dropped.
func Android() *Channel { return newChannel("android", true, false) }

func newChannel(name string, push, typing bool) *Channel {
	return &Channel{name: name, caps: capabilities(name, push, typing)}
}

// capabilities is the SDK table: everything native, no text limits (the
// canonical limits of schema.Decode apply), ten items.
func capabilities(name string, push, typing bool) channels.Capabilities {
	native := func(ts ...schema.ActionType) map[schema.ActionType]channels.ActionRule {
		rules := make(map[schema.ActionType]channels.ActionRule, len(ts))
		for _, t := range ts {
			rules[t] = channels.ActionRule{Mode: channels.Native}
		}
		return rules
	}
	buttons := []schema.ActionType{schema.ActionLink, schema.ActionWebview, schema.ActionBuy, schema.ActionPostback}
	items := []schema.ActionType{schema.ActionLink, schema.ActionWebview, schema.ActionBuy, schema.ActionPostback, schema.ActionShare}
	typ := channels.TypeRule{Mode: channels.Native}
	return channels.Capabilities{
		Name:      name,
		Platform:  "Smooch v1 SDK (renders the canonical message)",
		Reference: "https://docs.smooch.io/rest/#post-message",
		Types: channels.Types{
			Text: typ, Image: typ, File: typ, Location: typ, Carousel: typ, List: typ,
		},
		Actions: channels.Actions{
			Message:      channels.ActionSet{Max: channels.Unlimited, Rules: native(buttons...)},
			Replies:      channels.ActionSet{Max: channels.Unlimited, Rules: native(schema.ActionReply, schema.ActionLocationRequest)},
			CarouselItem: channels.ActionSet{Max: 3, Rules: native(items...), DefaultAction: true},
			ListItem:     channels.ActionSet{Max: 3, Rules: native(items...), DefaultAction: true},
			ItemsMessage: channels.ActionSet{Max: channels.Unlimited, Rules: native(buttons...)},
		},
		Items:    channels.Items{Max: 10},
		Typing:   channels.Typing{Start: typing, Stop: typing},
		Delivery: channels.Delivery{Push: push, SilentReceive: true},
		// The payload is the message itself.
		Fields:    channels.Fields{Name: true, Email: true, AvatarURL: true, Metadata: true, Activity: true},
		Endpoints: endpoints(),
		// The SDKs send a postback's payload, and a reply's payload with
		// the user's message.
		Answers: channels.Answers{Postback: channels.AnswerPayload, Reply: channels.AnswerPayload, Typed: true},
	}
}

// Name returns the channel name: web, ios or android.
func (c *Channel) Name() string { return c.name }

// Capabilities returns the SDK table, built once by the constructor: its
// maps and slices are shared, read-only (see channels.Channel).
func (c *Channel) Capabilities() channels.Capabilities { return c.caps }

// Build returns the normalised canonical message as the one payload.
func (ch *Channel) Build(m *schema.Message, c *channels.Context) ([]channels.Payload, error) {
	// A copy: the engine's message shares its parts with the validated
	// input, which other renders read, and the payload is the caller's.
	out := m.Clone()
	// A v1 item needs at least one action: an item left with none (its
	// only link had an unsafe scheme) is dropped; a carousel or list left
	// with no item is sent as its raw-text fallback.
	if out.Type.HasItems() {
		items := out.Items[:0]
		for i, it := range out.Items {
			if len(it.Actions) == 0 {
				c.Add(channels.Dropped, c.ItemPath(i), "a v1 item needs at least one action, and none is left")
				continue
			}
			items = append(items, it)
		}
		out.Items = items
		if len(items) == 0 {
			c.Add(channels.FellBack, "items", "no item is left: rendered as text")
			text := fallback.Text(m, c.FallbackOptions())
			out = &schema.Message{Role: m.Role, Type: schema.TypeText, Text: text, Name: m.Name, Email: m.Email,
				AvatarURL: m.AvatarURL, Destination: m.Destination.Clone(), Metadata: m.Metadata.Clone(), Payload: m.Payload}
		}
	}
	return []channels.Payload{{Method: Method, Body: out}}, nil
}

// BuildActivity returns the activity itself as the one payload.
func (c *Channel) BuildActivity(a *schema.Activity, _ *channels.Context) ([]channels.Payload, error) {
	return []channels.Payload{{Method: ActivityMethod, Body: a}}, nil
}
