package line

import (
	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// Name is the channel's registry name.
const Name = "line"

// uriSchemes are the schemes a URI action may use: docs/CHANNEL-LIMITS.md §1.2
// "URI action uri" (L-REF "URI action").
func uriSchemes() []string { return []string{"http", "https", "line", "tel"} }

// templateActions are the canonical actions a buttons template or a
// carousel column renders: link and webview as URI actions, buy as a URI
// action to its checkout page (with the price in the label), postback as a
// postback action (L-REF "Action objects"). Share has no LINE action and is
// absent, so the engine drops it (docs/RENDERING.md §3 LINE).
func templateActions() map[schema.ActionType]channels.ActionRule {
	return map[schema.ActionType]channels.ActionRule{
		// URI action, http/https/line/tel only (docs/CHANNEL-LIMITS.md §1.2).
		schema.ActionLink: {Mode: channels.Native, Schemes: uriSchemes()},
		// LINE has no webview sizes outside LIFF apps: a plain URI action.
		schema.ActionWebview: {Mode: channels.Native, Schemes: uriSchemes()},
		// A URI action to the checkout page; without a URI there is
		// nothing to open, so it is dropped (docs/RENDERING.md §3 LINE).
		schema.ActionBuy: {Mode: channels.Native, Schemes: uriSchemes(), RequireURI: true},
		// Postback action, data = payload (L-REF "Postback action").
		schema.ActionPostback: {Mode: channels.Native},
	}
}

// capabilities is the LINE table: the Messaging API as documented today
// (docs/CHANNEL-LIMITS.md §1, read from L-REF, L-CNT and L-OAS). Limits LINE
// counts in grapheme clusters (L-CNT: action labels, template titles and
// texts) say so; every other limit counts UTF-16 units (L-CNT default).
func capabilities() channels.Capabilities {
	return channels.Capabilities{
		Name:      Name,
		Platform:  "LINE Messaging API (reference of 2026-08)",
		Reference: "https://developers.line.biz/en/reference/messaging-api/",
		Types: channels.Types{
			// Text message (L-REF "Text message").
			Text: channels.TypeRule{Mode: channels.Native},
			// Image message: HTTPS URLs only, JPEG or PNG only
			// (docs/CHANNEL-LIMITS.md §1.2 "Image originalContentUrl"); any
			// other image (http, GIF, WebP, or a URL whose type is
			// unknown) is sent as the text fallback with its link.
			Image: channels.TypeRule{Mode: channels.Native, MediaSchemes: []string{"https"}, MediaTypes: []string{"image/jpeg", "image/png"}},
			// No file message: bots send only image, video and audio
			// (docs/CHANNEL-LIMITS.md §1.2 "File message", §5 "file").
			File: channels.TypeRule{Mode: channels.AsText},
			// Location message (L-REF "Location message").
			Location: channels.TypeRule{Mode: channels.Native},
			// Carousel template (L-REF "Carousel template").
			Carousel: channels.TypeRule{Mode: channels.Native},
			// No list template: Smooch's documented LINE fallback is the
			// carousel (spec guide "List Messages"; docs/RENDERING.md §3 LINE).
			List: channels.TypeRule{Mode: channels.Convert, To: schema.TypeCarousel},
		},
		Actions: channels.Actions{
			// Buttons template: 1 to 4 actions (docs/CHANNEL-LIMITS.md §1.2
			// "Buttons template: actions").
			Message: channels.ActionSet{Max: 4, Rules: templateActions()},
			// Quick reply: at most 13 items (docs/CHANNEL-LIMITS.md §1.2 "Quick
			// reply items"); reply → postback action, locationRequest →
			// location action (quick reply only, §1.2 "Location action").
			Replies: channels.ActionSet{Max: 13, Rules: map[schema.ActionType]channels.ActionRule{
				schema.ActionReply:           {Mode: channels.Native},
				schema.ActionLocationRequest: {Mode: channels.Native},
			}},
			// Carousel column: 1 to 3 actions, defaultAction separate
			// (docs/CHANNEL-LIMITS.md §1.2 "Column actions", "Column
			// defaultAction").
			CarouselItem: channels.ActionSet{Max: 3, Min: 1, DefaultAction: true, Rules: templateActions()},
			// A list is converted to a carousel, so its items follow the
			// column rules too.
			ListItem: channels.ActionSet{Max: 3, Min: 1, DefaultAction: true, Rules: templateActions()},
			// Message-level actions of a carousel or list: a buttons
			// template after the carousel (1 to 4 actions, §1.2), or
			// quick replies on the last message (13, but the one count
			// of this context is the buttons template's 4).
			ItemsMessage: channels.ActionSet{Max: 4, Rules: map[schema.ActionType]channels.ActionRule{
				schema.ActionLink:     {Mode: channels.Native, Schemes: uriSchemes()},
				schema.ActionWebview:  {Mode: channels.Native, Schemes: uriSchemes()},
				schema.ActionBuy:      {Mode: channels.Native, Schemes: uriSchemes(), RequireURI: true},
				schema.ActionPostback: {Mode: channels.Native},
			}},
		},
		Texts: channels.Texts{
			// Text message: 5000 UTF-16 units (docs/CHANNEL-LIMITS.md §1.2
			// "Text message text"); split beyond.
			Text:      channels.Limit{Max: 5000, Unit: channels.UTF16},
			SplitText: true,
			// ButtonsText: none. The buttons template's text has 160
			// graphemes (§1.2 "Buttons template: text", no image, no
			// title), but a longer message text is not cut: Build sends
			// its beginning as text messages before the template, which
			// carries the last sentences (see the package documentation).
			ButtonsText: channels.Limit{},
			// Caption: none. LINE images have no caption; the text is its
			// own message after the image.
			Caption: channels.Limit{},
			// ItemTitle, ItemDescription: none here. Column title (40) and
			// text (120, or 60 with an image or a title; §1.2 "Column
			// title", "Column text") depend on the shape Build chooses for
			// the whole carousel (see the package documentation), so
			// Build fits them with Context.Fit.
			ItemTitle:       channels.Limit{},
			ItemDescription: channels.Limit{},
			// Template action label: 20 (§1.2 "Action label"). LINE counts
			// it in grapheme clusters (L-CNT); we count code points, which
			// are never fewer, so the label also holds under the derived
			// schema's maxLength (code points) that validators apply — the
			// safe reading, as for Telegram's 4096 (see textUnit).
			ActionLabel: channels.Limit{Max: 20, Unit: textUnit},
			// Quick reply action label: 20, counted the same way.
			ReplyLabel: channels.Limit{Max: 20, Unit: textUnit},
			// Postback data: 300, UTF-16 (§1.2 "Postback action"; L-OAS
			// PostbackAction.data maxLength 300; not on L-CNT's grapheme
			// list). Longer payloads become tokens.
			Payload: channels.Limit{Max: 300, Unit: channels.UTF16},
			// Quick replies are postback actions too: the same 300.
			ReplyPayload: channels.Limit{Max: 300, Unit: channels.UTF16},
			// URI action uri: 1000 (§1.2 "URI action uri").
			URI: channels.Limit{Max: 1000, Unit: channels.UTF16},
			// Template altText: 1500 (§1.2 "Template altText").
			AltText: channels.Limit{Max: 1500, Unit: channels.UTF16},
			// sender.name: 20 (L-OAS Sender maxLength, L-REF); counted in
			// UTF-16 units, never fewer than the code points the schema counts.
			SenderName: channels.Limit{Max: 20, Unit: channels.UTF16},
		},
		Items: channels.Items{
			// Carousel template: 1 to 10 columns (§1.2 "Carousel template:
			// columns").
			Max: 10,
			// One carousel holds them all.
			PerMessage: 0,
			// Column thumbnailImageUrl: HTTPS only (§1.2 "Column
			// thumbnailImageUrl").
			ImageSchemes: []string{"https"},
			// Column thumbnails: JPEG or PNG, URL at most 2000 (§1.2
			// "Column thumbnailImageUrl").
			ImageTypes: imageTypes(),
			ImageURL:   imageLimit(),
			// Cross-column rule (§1.2 "Cross-column rule"): every column
			// has the same number of actions, and an image in one column
			// means an image in all. (The title half of the rule is kept
			// by Build, which gives every column a title or none.)
			UniformActions: true,
			UniformImages:  true,
		},
		// typing:start → "Display a loading animation" (L-OAS
		// /v2/bot/chat/loading/start); LINE has no call to stop it early:
		// the animation ends by itself or when a message arrives.
		Typing: channels.Typing{Start: true, Stop: false},
		Delivery: channels.Delivery{
			// A push message notifies the user.
			Push: true,
			// No silent copies: a push with notificationDisabled (L-OAS
			// PushMessageRequest) arrives without a notification, but it
			// is still a push message counted against the account's
			// monthly quota, and the payloads built here do not set it.
			SilentReceive: false,
		},
		// A push request carries 1 to 5 messages (§1.2 "Messages per
		// reply/push…"; L-OAS maxItems 5).
		MessagesPerPayload: 5,
		// Smooch passthrough: override.line.payload is a push body minus
		// "to", sent with the push method.
		Passthrough: channels.Passthrough{Key: Name, Method: MethodPush},
		// The author's name and avatar become the message's sender (L-REF
		// "Change icon and display name"); email and metadata have no
		// place in a LINE message.
		Fields:    channels.Fields{Name: true, AvatarURL: true},
		Endpoints: endpoints(),
		// Postback buttons and quick replies are postback actions: the
		// webhook's postback event carries their data (L-REF "Postback
		// action").
		Answers: channels.Answers{Postback: channels.AnswerPayload, Reply: channels.AnswerPayload, Typed: true},
	}
}
