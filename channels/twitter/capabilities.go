package twitter

import (
	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// Registry names of the two profiles: X has two direct message APIs.
const (
	// Name is the v2 profile (New), today's default.
	Name = "twitter"
	// NameV1 is the v1.1 profile (V1), the only one with quick replies
	// and buttons.
	NameV1 = "twitter-v1"
)

// Sources of the limits below (docs/CHANNEL-LIMITS.md §4.7):
//
//   - NEW: POST direct_messages/events/new (message_create),
//     https://developer.x.com/en/docs/twitter-api/v1/direct-messages/sending-and-receiving/api-reference/new-event
//     — "text (required) ... Max length of 10,000 characters"; quick_reply
//     "options - Array of Options objects (20 max)"; attachment.type media
//     or location, media by id ("a single media").
//   - QR: Options Quick Reply,
//     https://developer.x.com/en/docs/direct-messages/quick-replies/api-reference/options
//     — label "max length of 36 characters including spaces. Values with
//     URLs are not allowed"; description 72; metadata 1,000.
//   - BTN: Buttons,
//     https://developer.x.com/en/docs/direct-messages/buttons/api-reference/buttons
//     — "up to three call-to-action (CTA) buttons", which "open any URL";
//     the label's 36 characters are the figure, not read in the
//     stored excerpt of that page ‡.
//   - V2: POST /2/dm_conversations/with/:participant_id/messages,
//     https://developer.x.com/en/docs/x-api/direct-messages/manage/api-reference/post-dm_conversations-with-participant_id-messages
//     — text, and attachments: "A single Media ID"; nothing else. Its
//     text limit is not stated on X's stored pages ‡; the v1.1 figure
//     (10,000, NEW) is used, which a third-party copy of X's client
//     configuration also shows (dm_text_character_limit: 10000) †.
//
// X says "characters" without a unit; every limit counts code points.
const (
	textMax     = 10000 // NEW message_data.text; V2 (see above)
	optionsMax  = 20    // NEW quick_reply options
	labelMax    = 36    // QR option label; BTN label ‡
	descMax     = 72    // QR option description
	metadataMax = 1000  // QR option metadata
	ctasMax     = 3     // BTN
)

func runes(n int) channels.Limit { return channels.Limit{Max: n, Unit: channels.Runes} }

// linkSchemes are the schemes of a button's url: X's examples are web URLs
// and X's own https deep links.
func linkSchemes() []string { return []string{"http", "https"} }

// v1Actions are the actions a v1.1 message carries: a link, webview or buy
// is a web_url button (ctas), a postback a quick reply option (metadata =
// payload). Share has no X equivalent and is absent, so the engine drops
// it.
func v1Actions() map[schema.ActionType]channels.ActionRule {
	return map[schema.ActionType]channels.ActionRule{
		schema.ActionLink:     {Mode: channels.Native, Schemes: linkSchemes()},
		schema.ActionWebview:  {Mode: channels.Native, Schemes: linkSchemes()},
		schema.ActionBuy:      {Mode: channels.Native, Schemes: linkSchemes(), RequireURI: true},
		schema.ActionPostback: {Mode: channels.Native},
	}
}

// v1Capabilities is the v1.1 table (NEW, QR, BTN). Media go by media id
// only (NEW attachment.media.id, from X's upload endpoint), which a pure
// render cannot have: an image or file is its link in the text
// (FellBack). Location is the raw-text fallback too.
func v1Capabilities() channels.Capabilities {
	asText := channels.TypeRule{Mode: channels.AsText}
	return channels.Capabilities{
		Name:      NameV1,
		Platform:  "X API v1.1 direct messages (direct_messages/events/new)",
		Reference: "https://developer.x.com/en/docs/twitter-api/v1/direct-messages/sending-and-receiving/api-reference/new-event",
		Types: channels.Types{
			Text:     channels.TypeRule{Mode: channels.Native},
			Image:    asText,
			File:     asText,
			Location: asText,
			// one DM per item, with the item's buttons and options.
			Carousel: channels.TypeRule{Mode: channels.Native},
			List:     channels.TypeRule{Mode: channels.Native},
		},
		Actions: channels.Actions{
			// Build sends up to 3 buttons and 20 options per DM and
			// reports the rest, so the engine keeps them all.
			Message: channels.ActionSet{Max: channels.Unlimited, Rules: v1Actions()},
			// reply → a quick reply option; locationRequest → its
			// sentence (X has no location request).
			Replies: channels.ActionSet{Max: channels.Unlimited, Rules: map[schema.ActionType]channels.ActionRule{
				schema.ActionReply:           {Mode: channels.Native},
				schema.ActionLocationRequest: {Mode: channels.AsText},
			}},
			CarouselItem: channels.ActionSet{Max: channels.Unlimited, Rules: v1Actions()},
			ListItem:     channels.ActionSet{Max: channels.Unlimited, Rules: v1Actions()},
			ItemsMessage: channels.ActionSet{Max: channels.Unlimited, Rules: v1Actions()},
		},
		Texts: channels.Texts{
			Text:         runes(textMax),
			SplitText:    true,
			ActionLabel:  runes(labelMax),
			ReplyLabel:   runes(labelMax),
			Payload:      runes(metadataMax),
			ReplyPayload: runes(metadataMax),
		},
		Items:    channels.Items{Max: channels.Unlimited},
		Delivery: channels.Delivery{Push: true},
		// Endpoints: the message_create event (endpoints.go).
		Endpoints: v1Endpoints(),
		// A quick reply option comes back as quick_reply_response.metadata
		// (X's Message Create Object): the payload or its token. Buttons
		// open URLs and answer nothing. Users can type too.
		Answers: channels.Answers{Postback: channels.AnswerPayload, Reply: channels.AnswerPayload, Typed: true},
	}
}

// v2Capabilities is the v2 table (V2): a DM is text and one attachment by
// media id, so everything but the text goes through the raw-text fallback
// (docs/RENDERING.md §2): links are lines, replies numbered options,
// postbacks dropped (a user cannot send one back from plain text).
func v2Capabilities() channels.Capabilities {
	asText := channels.ActionRule{Mode: channels.AsText}
	fallBack := channels.TypeRule{Mode: channels.AsText}
	return channels.Capabilities{
		Name:      Name,
		Platform:  "X API v2 direct messages",
		Reference: "https://docs.x.com/x-api/direct-messages/create-dm-message-by-participant-id",
		Types: channels.Types{
			Text:     channels.TypeRule{Mode: channels.Native},
			Image:    fallBack,
			File:     fallBack,
			Location: fallBack,
			Carousel: fallBack,
			List:     fallBack,
		},
		Actions: channels.Actions{
			Message: channels.ActionSet{Rules: map[schema.ActionType]channels.ActionRule{
				schema.ActionLink:    asText,
				schema.ActionWebview: asText,
				schema.ActionBuy:     asText,
			}},
			Replies: channels.ActionSet{Rules: map[schema.ActionType]channels.ActionRule{
				schema.ActionReply:           asText,
				schema.ActionLocationRequest: asText,
			}},
		},
		Texts:     channels.Texts{Text: runes(textMax), SplitText: true},
		Delivery:  channels.Delivery{Push: true},
		Endpoints: v2Endpoints(),
		Answers:   channels.Answers{Typed: true},
	}
}
