package whatsapp

import (
	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// Name is the channel's registry name.
const Name = "whatsapp"

// Sources of the limits below (docs/CHANNEL-LIMITS.md §4.2):
//
//   - OAS: Meta's OpenAPI description, business-messaging-api_v23.0.yaml
//     (facebook/openapi; /work/shared/reference/whatsapp), schemas
//     TextMessage_1, MediaObject_1, InteractiveObject, HeaderObject,
//     BodyObject, FooterObject, ActionObject, SectionObject.
//   - CTA: https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-cta-url-messages
//   - LOC: https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/location-request-messages
//   - CAR: https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-media-carousel-messages
//     (read through its mirror on support.chatarchitect.com, "Updated: Dec
//     22, 2025", and 360dialog's copy: 2 to 10 cards, an image or video
//     header each, card body 160, one URL button or quick-reply buttons of
//     the same kind and count on every card).
//   - TYP: https://developers.facebook.com/documentation/business-messaging/whatsapp/typing-indicators
const (
	textMax      = 4096 // OAS TextMessage_1.body maxLength
	bodyMax      = 1024 // OAS BodyObject.text maxLength; CAR main body
	captionMax   = 1024 // OAS MediaObject_1.caption maxLength
	headerMax    = 60   // OAS HeaderObject.text maxLength
	buttonsMax   = 3    // OAS ActionObject.buttons maxItems
	titleMax     = 20   // OAS reply.title maxLength; CTA display_text; CAR button label
	listButton   = 20   // OAS ActionObject.button maxLength
	rowsMax      = 10   // OAS SectionObject.rows maxItems; 10 rows in all (CHANNEL-LIMITS §4.2)
	rowTitleMax  = 24   // OAS SectionObject rows.title maxLength
	rowDescMax   = 72   // OAS SectionObject rows.description maxLength
	rowIDMax     = 200  // OAS SectionObject rows.id maxLength (reply.id: 256)
	cardsMin     = 2    // CAR: 2 to 10 cards
	cardsMax     = 10   // CAR
	cardBodyMax  = 160  // CAR card body text
	cardReplyMax = 2    // CAR quick-reply buttons per card, as the shared checker holds them
)

// linkSchemes are the schemes of a cta_url button's url and of media links:
// "HTTP/HTTPS only" (OAS MediaObject.link; CTA url).
func linkSchemes() []string { return []string{"http", "https"} }

// choiceActions are the rules of every context that takes buttons: a
// postback is a choice (a reply button, a list row or a card's quick-reply
// button, id = payload); link, webview and buy open a URL (a cta_url
// button, or a "label uri" line of the body when the message has more than
// one, see the package documentation). Share has no WhatsApp equivalent
// and is absent, so the engine drops it.
func choiceActions() map[schema.ActionType]channels.ActionRule {
	return map[schema.ActionType]channels.ActionRule{
		schema.ActionLink:     {Mode: channels.Native, Schemes: linkSchemes()},
		schema.ActionWebview:  {Mode: channels.Native, Schemes: linkSchemes()},
		schema.ActionBuy:      {Mode: channels.Native, Schemes: linkSchemes(), RequireURI: true},
		schema.ActionPostback: {Mode: channels.Native},
	}
}

// capabilities is the WhatsApp table: the Cloud API at Graph v23.0, read
// from Meta's OpenAPI file and pages (see the sources above). Meta counts
// "characters" without saying how; every limit counts UTF-16 units, the
// conservative reading (as for Messenger, docs/CHANNEL-LIMITS.md §3).
// typing says whether the channel value knows the inbound message a typing
// indicator needs (TypingFor).
func capabilities(typing bool) channels.Capabilities {
	u := func(n int) channels.Limit { return channels.Limit{Max: n, Unit: channels.UTF16} }
	return channels.Capabilities{
		Name:      Name,
		Platform:  "WhatsApp Cloud API, Graph API v23.0",
		Reference: "https://developers.facebook.com/documentation/business-messaging/whatsapp/",
		Types: channels.Types{
			// text message (OAS TextMessage).
			Text: channels.TypeRule{Mode: channels.Native},
			// image by link, HTTP or HTTPS only (OAS MediaObject.link).
			Image: channels.TypeRule{Mode: channels.Native, MediaSchemes: linkSchemes()},
			// document, video or audio by link, chosen by media type.
			File: channels.TypeRule{Mode: channels.Native, MediaSchemes: linkSchemes()},
			// location message (OAS LocationMessage).
			Location: channels.TypeRule{Mode: channels.Native},
			// media carousel (CAR), or the ladder of the package doc.
			Carousel: channels.TypeRule{Mode: channels.Native},
			// list message (OAS ActionObject button + sections).
			List: channels.TypeRule{Mode: channels.Native},
		},
		Actions: channels.Actions{
			// Build chooses the construct by the number of choices (1-3
			// reply buttons, 4-10 list rows, more: numbered text), so the
			// engine keeps them all.
			Message: channels.ActionSet{Max: channels.Unlimited, Rules: choiceActions()},
			// reply → a choice like a postback; locationRequest → a
			// location_request_message (LOC).
			Replies: channels.ActionSet{Max: channels.Unlimited, Rules: map[schema.ActionType]channels.ActionRule{
				schema.ActionReply:           {Mode: channels.Native},
				schema.ActionLocationRequest: {Mode: channels.Native},
			}},
			// A carousel card takes one URL button or up to two
			// quick-reply buttons (CAR): two actions at most, one at least.
			CarouselItem: channels.ActionSet{Max: cardReplyMax, Min: 1, Rules: choiceActions()},
			// A list row is one choice: the item's first postback; its
			// links become lines of the body.
			ListItem: channels.ActionSet{Max: 3, Min: 1, Rules: choiceActions()},
			// Message-level buttons of a carousel or list: a following
			// interactive message, built like a text message's.
			ItemsMessage: channels.ActionSet{Max: channels.Unlimited, Rules: choiceActions()},
		},
		Texts: channels.Texts{
			Text:      u(textMax),
			SplitText: true,
			// ButtonsText: none here. Build splits a text over the
			// interactive body's 1024 (bodyMax) rather than cutting it.
			Caption: u(captionMax),
			// Item title and description: none here; Build fits them to
			// the row (24, 72) or card body (160) they go in.
			ActionLabel: u(titleMax),
			ReplyLabel:  u(titleMax),
			// The payload is a button id (256) or a row id (200): the
			// smaller, so that any choice fits either.
			Payload:      u(rowIDMax),
			ReplyPayload: u(rowIDMax),
		},
		Items: channels.Items{
			Max:          cardsMax,
			ImageSchemes: linkSchemes(),
			// CAR: "Button types and numbers must match across all cards";
			// every card needs a media header.
			UniformActions: true,
			UniformImages:  true,
		},
		// typing:start → a read receipt with a typing indicator (TYP),
		// which needs the inbound message id; there is no call to stop it
		// (it ends with the next message or after 25 seconds).
		Typing:      channels.Typing{Start: typing},
		Delivery:    channels.Delivery{Push: true},
		Passthrough: channels.Passthrough{Key: Name, Method: MethodMessages},
		Endpoints:   endpoints(),
		// Reply buttons, list rows and card quick-reply buttons come back
		// as their id (the webhook's interactive.button_reply.id,
		// list_reply.id): the payload or its token. Users can type too.
		Answers: channels.Answers{Postback: channels.AnswerPayload, Reply: channels.AnswerPayload, Typed: true},
	}
}
