package line

import (
	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// Quick reply item type: always "action".
const quickReplyAction = "action"

// iconLimit is the limit of a quick reply imageUrl (docs/CHANNEL-LIMITS.md §1.2
// "Quick reply item imageUrl"; L-OAS maxLength 2000).
func iconLimit() channels.Limit { return channels.Limit{Max: 2000, Unit: channels.UTF16} }

// quickReply returns the quick reply buttons of the message's reply and
// locationRequest actions, or nil when it has none. The engine has already
// kept at most 13, cut their labels to 20 graphemes and shortened payloads
// over 300 UTF-16 units to tokens.
//
// A reply becomes a postback action: data = payload, displayText = label,
// so that tapping it shows the user's answer in the chat, as a Smooch
// reply does. Its iconUrl becomes the item's imageUrl when LINE can take it
// (HTTPS, PNG or an unknown type, at most 2000 UTF-16 units once encoded);
// another icon is dropped and reported. A locationRequest becomes a
// location action.
func (b *builder) quickReply() *QuickReply {
	var items []QuickReplyItem
	for j, a := range b.m.Actions {
		switch a.Type {
		case schema.ActionReply:
			items = append(items, QuickReplyItem{
				Type:     quickReplyAction,
				ImageURL: b.icon(b.ctx.ActionPath(-1, j), a.IconURL),
				Action:   &PostbackAction{Type: actionPostback, Label: a.Text, Data: a.Payload, DisplayText: a.Text},
			})
		case schema.ActionLocationRequest:
			items = append(items, QuickReplyItem{
				Type:   quickReplyAction,
				Action: &LocationAction{Type: actionLocation, Label: a.Text},
			})
		case schema.ActionLink, schema.ActionWebview, schema.ActionBuy, schema.ActionPostback, schema.ActionShare:
			// Buttons: the buttons template's business.
		}
	}
	if len(items) == 0 {
		return nil
	}
	return &QuickReply{Items: items}
}

// icon returns the quick reply imageUrl for a reply's iconUrl, or "" (with
// a Dropped entry at path.iconUrl when there was one LINE cannot take).
func (b *builder) icon(path, raw string) string {
	if raw == "" {
		return ""
	}
	u, why := b.imageURL(raw, "", iconLimit(), "image/png")
	if why != "" {
		b.ctx.Add(channels.Dropped, path+".iconUrl", "quick reply icon: "+why)
		return ""
	}
	return u
}
