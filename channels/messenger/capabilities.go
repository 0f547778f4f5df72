package messenger

import (
	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// The registry names of the two profiles.
const (
	// Name is the default profile: the Send API as documented today.
	Name = "messenger"
	// LegacyName is the Smooch 2017 profile.
	LegacyName = "messenger-legacy"
	// InstagramName is Instagram messaging on the same engine.
	InstagramName = "instagram"
)

// Sources cited in the tables below: "§3 <row>" is a row of the Messenger
// table in docs/CHANNEL-LIMITS.md §3, itself read from the FB pages
// it names; "FB <page>" is a page under
// https://developers.facebook.com/documentation/business-messaging/messenger-platform/;
// "Smooch guide" is Smooch's 2017 Facebook Messenger guide
// (reference/smooch/v1-docs/guide/facebook-messenger.md); "RENDERING" is
// docs/RENDERING.md §3 "Messenger".

// buttonRules are the actions a template button renders: link (http and
// https as a URL button, tel as a call button), webview (URL button), buy (a
// URL button to its checkout page, with the price in its title), postback.
func buttonRules() map[schema.ActionType]channels.ActionRule {
	return map[schema.ActionType]channels.ActionRule{
		// URL button: http or https (§3 "URL button url"); a tel: link is a
		// call button (§3 "Call button"; Smooch guide "Call Buttons").
		// Other schemes (mailto:, sms:...) have no button: dropped.
		schema.ActionLink: {Mode: channels.Native, Schemes: []string{"http", "https", "tel"}},
		// URL button with webview_height_ratio (§3 "URL button
		// webview_height_ratio").
		schema.ActionWebview: {Mode: channels.Native, Schemes: []string{"http", "https"}},
		// No payment button any more (§3 "Buy / payment button"): a URL
		// button to the checkout page, dropped without one (RENDERING).
		schema.ActionBuy: {Mode: channels.Native, Schemes: []string{"http", "https"}, RequireURI: true},
		// Postback button (§3 "Postback payload").
		schema.ActionPostback: {Mode: channels.Native},
	}
}

// withRules adds the extra rules to rules (a map the caller just built)
// and returns it.
func withRules(rules map[schema.ActionType]channels.ActionRule, extra map[schema.ActionType]channels.ActionRule) map[schema.ActionType]channels.ActionRule {
	for t, r := range extra {
		rules[t] = r
	}
	return rules
}

// defaultTable is the Messenger Platform as documented today (CHANNEL-LIMITS
// §3, Graph API v25.0). Meta does not say how it counts characters, so every
// limit counts UTF-16 units, the stricter reading (§3 preamble).
func defaultTable() channels.Capabilities {
	return channels.Capabilities{
		Name:      Name,
		Platform:  "Messenger Platform Send API, Graph API v25.0 (pages of April to June 2026)",
		Reference: "https://developers.facebook.com/documentation/business-messaging/messenger-platform/reference/send-api",
		Types: channels.Types{
			// message.text (§3 "message.text").
			Text: channels.TypeRule{Mode: channels.Native},
			// Image attachment by URL (§3 "Attachments"); http or https
			// (the only schemes schema.Decode lets through).
			Image: channels.TypeRule{Mode: channels.Native, MediaSchemes: []string{"http", "https"}},
			// image, video, audio or file attachment by media type (§3
			// "Attachments").
			File: channels.TypeRule{Mode: channels.Native, MediaSchemes: []string{"http", "https"}},
			// A Page cannot send a location (§3 "Outgoing location"):
			// the text fallback with its map link (RENDERING).
			Location: channels.TypeRule{Mode: channels.AsText},
			// Generic template (§3 "Generic template elements").
			Carousel: channels.TypeRule{Mode: channels.Native},
			// The list template is deprecated (§3 "List template"): a
			// generic template, as Messenger itself renders lists since
			// August 2019.
			List: channels.TypeRule{Mode: channels.Convert, To: schema.TypeCarousel},
		},
		Actions: channels.Actions{
			// Button template: 1 to 3 buttons (§3 "Button template").
			Message: channels.ActionSet{Max: 3, Rules: buttonRules()},
			// Quick replies: at most 13 (§3 "Quick replies"). The location
			// quick reply was removed in 2019 (§3 "Location quick
			// reply"): a locationRequest becomes the fallback sentence in
			// the text.
			Replies: channels.ActionSet{Max: 13, Rules: map[schema.ActionType]channels.ActionRule{
				schema.ActionReply:           {Mode: channels.Native},
				schema.ActionLocationRequest: {Mode: channels.AsText},
			}},
			// Generic element: at most 3 buttons (§3 "Generic element
			// buttons") and a default_action from the default link (§3
			// "Generic element default_action"). No share button (§3
			// "Share button (element_share)"): share is absent, dropped.
			CarouselItem: channels.ActionSet{Max: 3, DefaultAction: true, Rules: buttonRules()},
			// Lists are converted to carousels, so the carousel rules
			// apply; kept identical for coherence.
			ListItem: channels.ActionSet{Max: 3, DefaultAction: true, Rules: buttonRules()},
			// Message-level buttons of a carousel or list: a button
			// template after the generic template (1 to 3 buttons, §3
			// "Button template"). Their quick replies follow Replies; a
			// locationRequest there cannot fall back to a text line (a
			// carousel has no text to carry it): dropped.
			ItemsMessage: channels.ActionSet{Max: 3, Rules: buttonRules()},
		},
		Texts: channels.Texts{
			// 2000 characters (§3 "message.text"); split beyond.
			Text:      channels.Limit{Max: 2000, Unit: channels.UTF16},
			SplitText: true,
			// Button template text: 640 (§3 "Button template").
			ButtonsText: channels.Limit{Max: 640, Unit: channels.UTF16},
			// No captions: an image's text is its own message after it
			// (RENDERING).
			Caption: channels.Limit{},
			// Generic element title and subtitle: 80 each (§3 "Generic
			// element title", "Generic element subtitle").
			ItemTitle:       channels.Limit{Max: 80, Unit: channels.UTF16},
			ItemDescription: channels.Limit{Max: 80, Unit: channels.UTF16},
			// Button title: 20 (§3 "Button title").
			ActionLabel: channels.Limit{Max: 20, Unit: channels.UTF16},
			// Quick reply title: 20 (§3 "Quick reply title").
			ReplyLabel: channels.Limit{Max: 20, Unit: channels.UTF16},
			// Postback and quick reply payload: 1000 (§3 "Postback
			// payload", "Quick reply payload"); longer ones become tokens.
			Payload:      channels.Limit{Max: 1000, Unit: channels.UTF16},
			ReplyPayload: channels.Limit{Max: 1000, Unit: channels.UTF16},
			// No documented URL limit (§3 "URL button url").
			URI: channels.Limit{},
			// No alternative text on Messenger.
			AltText: channels.Limit{},
		},
		Items: channels.Items{
			// Generic template: at most 10 elements (§3 "Generic template
			// elements").
			Max: 10,
			// One generic template holds them all.
			PerMessage: 10,
			// image_url: http or https (derived schema GenericElement).
			ImageSchemes: []string{"http", "https"},
		},
		// sender_action typing_on / typing_off (FB sender-actions).
		Typing: channels.Typing{Start: true, Stop: true},
		Delivery: channels.Delivery{
			// A message notifies the user (notification_type REGULAR).
			Push: true,
			// notification_type SILENT_PUSH or NO_PUSH (§3
			// "notification_type").
			SilentReceive: true,
		},
		// One Send API request carries one message.
		MessagesPerPayload: 1,
		// Smooch passthrough: override.messenger.payload is a Send API
		// body minus recipient.
		Passthrough: channels.Passthrough{Key: Name, Method: Method},
		Endpoints:   endpoints(),
		// A postback button's payload comes back in a messaging_postbacks
		// event, a quick reply's in message.quick_reply.payload.
		Answers: channels.Answers{Postback: channels.AnswerPayload, Reply: channels.AnswerPayload, Typed: true},
	}
}

// legacyTable is Messenger as Smooch rendered it in 2017 (Graph API v2.x):
// today's table (the same platform facts: text 2000, button template text
// 640, element title and subtitle 80, button and quick reply titles 20,
// payloads 1000, 10 elements, typing, delivery, passthrough) with the list
// template, the share button, the location quick reply and Smooch's
// documented counts.
func legacyTable() channels.Capabilities {
	share := map[schema.ActionType]channels.ActionRule{schema.ActionShare: {Mode: channels.Native}}
	c := defaultTable()
	c.Name = LegacyName
	c.Platform = "Messenger Platform as Smooch rendered it in 2017 (Graph API v2.x: list template, share button, location quick reply)"
	c.Reference = "https://developers.facebook.com/docs/messenger-platform/reference/templates/list"
	// List template (§3 "List template", legacy limits; Smooch guide
	// "List").
	c.Types.List = channels.TypeRule{Mode: channels.Native}
	// "For actions of type reply and locationRequest, the limit is eleven"
	// (Smooch guide "Action Buttons"); the location quick reply,
	// content_type location, still existed (§3 "Location quick reply").
	c.Actions.Replies = channels.ActionSet{Max: 11, Rules: map[schema.ActionType]channels.ActionRule{
		schema.ActionReply:           {Mode: channels.Native},
		schema.ActionLocationRequest: {Mode: channels.Native},
	}}
	// Generic element: 3 buttons, default_action, and the share button (§3
	// "Share button (element_share)", removed 2019).
	c.Actions.CarouselItem = channels.ActionSet{Max: 3, DefaultAction: true, Rules: withRules(buttonRules(), share)}
	// "each items in a list can only contain 1 button (Link, Buy, Postback
	// & Share ...). Each item also supports a default action" (Smooch guide
	// "List"; §3 "List template": at most 1 button per element).
	c.Actions.ListItem = channels.ActionSet{Max: 1, DefaultAction: true, Rules: withRules(buttonRules(), share)}
	// "List messages can also append 1 action button at the bottom" (Smooch
	// guide "List"; §3 "List template": at most 1 global button). The same
	// count holds for a carousel's message-level buttons; quick replies
	// follow Replies.
	c.Actions.ItemsMessage = channels.ActionSet{Max: 1, Rules: buttonRules()}
	// List template: 2 to 4 elements (§3 "List template"). These two counts
	// apply to lists only (a carousel's generic template takes Max): a
	// longer list becomes several list templates, a single item a generic
	// template.
	c.Items.PerMessage = 4
	c.Items.MinPerMessage = 2
	return c
}

// Sources of the Instagram table, under
// https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/messaging-api/
// ("IG <page>"): send-message ("Message text must be UTF-8 and be a 1000
// bytes or less"; media: image png/jpeg, audio aac/m4a/wav/mp4, video
// mp4/ogg/avi/mov/webm, file pdf), button-template ("text and up to three
// attached buttons", URL and postback buttons), generic-template (a
// horizontally scrollable carousel, default_action, web_url and postback
// buttons), quick-replies ("A maximum of 13 quick replies", "up to 20
// characters", "only support plain text"). Figures marked † are stated
// only by third parties (Infobip, WOZTELL Instagram message types pages),
// or are Messenger's figures that Meta's Instagram pages do not restate.

// instagramButtonRules are the buttons Instagram takes: URL buttons (http,
// https) and postback buttons (IG button-template, IG generic-template).
// No call button: a tel: link is dropped.
func instagramButtonRules() map[schema.ActionType]channels.ActionRule {
	return map[schema.ActionType]channels.ActionRule{
		schema.ActionLink:     {Mode: channels.Native, Schemes: []string{"http", "https"}},
		schema.ActionWebview:  {Mode: channels.Native, Schemes: []string{"http", "https"}},
		schema.ActionBuy:      {Mode: channels.Native, Schemes: []string{"http", "https"}, RequireURI: true},
		schema.ActionPostback: {Mode: channels.Native},
	}
}

// instagramTable is Instagram messaging through the Messenger Platform
// engine: Messenger's shapes (the builders are shared, see wire), with
// Instagram's own limits.
func instagramTable() channels.Capabilities {
	u16 := func(n int) channels.Limit { return channels.Limit{Max: n, Unit: channels.UTF16} }
	return channels.Capabilities{
		Name:      InstagramName,
		Platform:  "Instagram API with Instagram Login, messaging (Graph API v25.0)",
		Reference: "https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/messaging-api",
		Types: channels.Types{
			Text: channels.TypeRule{Mode: channels.Native},
			// Image attachment by URL: png, jpeg (IG send-message); GIF
			// too per the attachment upload page. An unknown type is
			// sent: the URL may not say.
			Image: channels.TypeRule{Mode: channels.Native, MediaSchemes: []string{"http", "https"},
				MediaTypes: []string{"image/png", "image/jpeg", "image/gif"}},
			// Audio, video, PDF file attachments (IG send-message); any
			// other file is the text fallback with its link.
			File: channels.TypeRule{Mode: channels.Native, MediaSchemes: []string{"http", "https"},
				MediaTypes: []string{"image/png", "image/jpeg", "image/gif", "video/*", "audio/*", "application/pdf"}},
			// No location message: the text fallback with its map link.
			Location: channels.TypeRule{Mode: channels.AsText},
			// Generic template (IG generic-template).
			Carousel: channels.TypeRule{Mode: channels.Native},
			// No list template on Instagram: a generic template.
			List: channels.TypeRule{Mode: channels.Convert, To: schema.TypeCarousel},
		},
		Actions: channels.Actions{
			// Button template: up to three buttons (IG button-template).
			Message: channels.ActionSet{Max: 3, Rules: instagramButtonRules()},
			// 13 text quick replies (IG quick-replies); no location quick
			// reply: the sentence in the text.
			Replies: channels.ActionSet{Max: 13, Rules: map[schema.ActionType]channels.ActionRule{
				schema.ActionReply:           {Mode: channels.Native},
				schema.ActionLocationRequest: {Mode: channels.AsText},
			}},
			// Generic element: 3 buttons † (WOZTELL), default_action (IG
			// generic-template sample). No share button.
			CarouselItem: channels.ActionSet{Max: 3, DefaultAction: true, Rules: instagramButtonRules()},
			ListItem:     channels.ActionSet{Max: 3, DefaultAction: true, Rules: instagramButtonRules()},
			// A carousel's message-level buttons: a button template after
			// it (IG button-template).
			ItemsMessage: channels.ActionSet{Max: 3, Rules: instagramButtonRules()},
		},
		Texts: channels.Texts{
			// 1000 bytes of UTF-8 (IG send-message); split beyond.
			Text:      channels.Limit{Max: 1000, Unit: channels.Bytes},
			SplitText: true,
			// Button template text: Messenger's 640 † (the IG page gives
			// no figure; WOZTELL states 2000): the stricter reading.
			ButtonsText: u16(640),
			// Element title and subtitle 80 † (WOZTELL; Messenger's).
			ItemTitle:       u16(80),
			ItemDescription: u16(80),
			// Button title 20 † (Messenger's); quick reply title 20 (IG
			// quick-replies).
			ActionLabel: u16(20),
			ReplyLabel:  u16(20),
			// Payloads 1000 † (WOZTELL for quick replies; Messenger's
			// postback figure).
			Payload:      u16(1000),
			ReplyPayload: u16(1000),
		},
		Items: channels.Items{
			// Up to 10 cards † (Infobip, WOZTELL; Messenger's figure).
			Max:          10,
			PerMessage:   10,
			ImageSchemes: []string{"http", "https"},
		},
		// sender_action typing_on / typing_off (IG sender-actions).
		Typing: channels.Typing{Start: true, Stop: true},
		// No notification_type on Instagram: every message notifies.
		Delivery:           channels.Delivery{Push: true},
		MessagesPerPayload: 1,
		Endpoints:          instagramEndpoints(),
		// A postback's payload comes back in messaging_postbacks, a quick
		// reply's in message.quick_reply.payload (IG quick-replies).
		Answers: channels.Answers{Postback: channels.AnswerPayload, Reply: channels.AnswerPayload, Typed: true},
	}
}
