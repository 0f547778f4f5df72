// Package sdk renders for the Smooch SDK channels (web, ios, android): the
// clients render every canonical message type natively, so the payload is
// the validated, normalised canonical message itself.
package sdk

import (
	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// Channel is one SDK channel. Its zero value is not usable: use Web, IOS or
// Android.
type Channel struct {
	caps channels.Capabilities
}

var _ channels.Channel = (*Channel)(nil)

// Method of an SDK message payload: the canonical message as the SDK's
// conversation receives it.
const Method = "message"

// ActivityMethod of an SDK typing payload.
const ActivityMethod = "activity"

// Web returns the Web Messenger channel.
func Web() *Channel { return &Channel{caps: capabilities("web", false, true)} }

// IOS returns the iOS SDK channel.
func IOS() *Channel { return &Channel{caps: capabilities("ios", true, true)} }

// Android returns the Android SDK channel. Smooch's documents list typing
// activity for the Web Messenger and the iOS SDK only, so Android reports it
// dropped.
func Android() *Channel { return &Channel{caps: capabilities("android", true, false)} }

// capabilities is the SDK table: everything native, no text limits (the
// canonical limits of schema.Decode apply), ten items.
func capabilities(name string, push, typing bool) channels.Capabilities {
	all := func() map[schema.ActionType]channels.ActionRule {
		return map[schema.ActionType]channels.ActionRule{
			schema.ActionLink:            {Mode: channels.Native},
			schema.ActionWebview:         {Mode: channels.Native},
			schema.ActionBuy:             {Mode: channels.Native},
			schema.ActionPostback:        {Mode: channels.Native},
			schema.ActionReply:           {Mode: channels.Native},
			schema.ActionLocationRequest: {Mode: channels.Native},
			schema.ActionShare:           {Mode: channels.Native},
		}
	}
	native := channels.TypeRule{Mode: channels.Native}
	return channels.Capabilities{
		Name:      name,
		Platform:  "Smooch v1 SDK (renders the canonical message)",
		Reference: "https://docs.smooch.io/rest/#post-message",
		Types: channels.Types{
			Text: native, Image: native, File: native, Location: native, Carousel: native, List: native,
		},
		Actions: channels.Actions{
			Message:      channels.ActionSet{Max: channels.Unlimited, Rules: all()},
			Replies:      channels.ActionSet{Max: channels.Unlimited, Rules: all()},
			CarouselItem: channels.ActionSet{Max: 3, Rules: all(), DefaultAction: true},
			ListItem:     channels.ActionSet{Max: 3, Rules: all(), DefaultAction: true},
			ItemsMessage: channels.ActionSet{Max: channels.Unlimited, Rules: all()},
		},
		Items:    channels.Items{Max: 10},
		Typing:   channels.Typing{Start: typing, Stop: typing},
		Delivery: channels.Delivery{Push: push, SilentReceive: true},
	}
}

// Name returns the channel name: web, ios or android.
func (c *Channel) Name() string { return c.caps.Name }

// Capabilities returns the SDK table.
func (c *Channel) Capabilities() channels.Capabilities { return c.caps }

// Build returns the normalised canonical message as the one payload.
func (c *Channel) Build(m *schema.Message, _ *channels.Context) ([]channels.Payload, error) {
	return []channels.Payload{{Method: Method, Body: m}}, nil
}

// BuildActivity returns the activity itself as the one payload.
func (c *Channel) BuildActivity(a *schema.Activity, _ *channels.Context) ([]channels.Payload, error) {
	return []channels.Payload{{Method: ActivityMethod, Body: a}}, nil
}
