package viber

import (
	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// Name is the channel's registry name.
const Name = "viber"

// Sources of the limits below (docs/CHANNEL-LIMITS.md §4.1). Figures that
// only a third party states are marked †; figures recalled from Viber's
// pages but not found in a stored source are marked ‡.
//
//   - MSG: https://creators.viber.com/docs/bots-api/data-models/message
//     ("The maximum size of a message is 30KB"; text "Max 7000
//     characters"; sender.name "Max 28 characters"; tracking_data "Max
//     4000 characters"; min_api_version, default 1).
//   - KBD: https://creators.viber.com/docs/bots-api/resources/messaging/keyboards
//     (a keyboard attaches to any message type; buttons by order with
//     Columns and Rows on a 6-column grid; ActionType reply, open-url,
//     location-picker; Text "can contain some HTML tags"; API level 3
//     features need min_api_version 3).
//   - RM: the rich media message of MSG, as the viberroo gem documents it
//     quoting Viber †: ButtonsGroupColumns 1-6, ButtonsGroupRows 1-7, up
//     to 6 blocks, min_api_version 2.
//   - IB: Infobip's Viber bot message types † (picture caption 512, URL
//     2000, file name 256).
//   - AMIO: amio.io's Viber buttons page † (button payload 1000).
const (
	textMax       = 7000  // MSG text
	messageBytes  = 30000 // MSG "30KB", read as 30 000 bytes of JSON (the smaller reading)
	senderNameMax = 28    // MSG sender.name
	trackingMax   = 4000  // MSG tracking_data (chanrender sends none)
	captionMax    = 512   // IB picture caption †
	uriMax        = 2000  // IB URL †
	fileNameMax   = 256   // IB file name †
	payloadMax    = 1000  // AMIO button payload †
	buttonTextMax = 250   // KBD button Text "max 250 characters" ‡
	gridColumns   = 6     // KBD keyboard and RM ButtonsGroupColumns
	groupRows     = 7     // RM ButtonsGroupRows †
	cardsMax      = 6     // RM at most 6 blocks †
	keyboardMax   = 24    // buttons per keyboard: chanrender's bound ‡ (Viber states none in the stored pages)
	labelMax      = 40    // button label before HTML escaping: 6 × 40 ≤ buttonTextMax
	titleMax      = 40    // card title before HTML escaping, same reason
	cardActions   = 3     // a card: image (3 rows) + text (≥1 row) + 3 buttons = 7 rows
	apiRichMedia  = 2     // RM min_api_version
	apiLocation   = 3     // KBD: location-picker is an API level 3 feature ‡
)

// linkSchemes are the schemes of an open-url button and of media URLs.
func linkSchemes() []string { return []string{"http", "https"} }

// buttonActions are the rules of every context that takes buttons: link,
// webview and buy open a URL (ActionType open-url); a postback is a reply
// button whose ActionBody (the payload) comes back as the text of the
// user's message. Share has no Viber equivalent and is absent, so the
// engine drops it.
func buttonActions() map[schema.ActionType]channels.ActionRule {
	return map[schema.ActionType]channels.ActionRule{
		schema.ActionLink:     {Mode: channels.Native, Schemes: linkSchemes()},
		schema.ActionWebview:  {Mode: channels.Native, Schemes: linkSchemes()},
		schema.ActionBuy:      {Mode: channels.Native, Schemes: linkSchemes(), RequireURI: true},
		schema.ActionPostback: {Mode: channels.Native},
	}
}

// capabilities is the Viber table: the REST Bot API's send_message (see the
// sources above). Viber counts "characters" without saying how; every limit
// counts UTF-16 units, the conservative reading (as for Messenger).
func capabilities() channels.Capabilities {
	u := func(n int) channels.Limit { return channels.Limit{Max: n, Unit: channels.UTF16} }
	return channels.Capabilities{
		Name:      Name,
		Platform:  "Viber REST Bot API (send_message, min_api_version 1-3)",
		Reference: "https://creators.viber.com/docs/bots-api/",
		Types: channels.Types{
			// text message (MSG).
			Text: channels.TypeRule{Mode: channels.Native},
			// picture message with its text (MSG): JPEG, PNG or GIF by URL.
			Image: channels.TypeRule{Mode: channels.Native, MediaSchemes: linkSchemes(),
				MediaTypes: []string{"image/jpeg", "image/png", "image/gif"}},
			// file by URL: a file message needs its size in bytes, which a
			// canonical message never carries, so Build sends a url message
			// (Converted at "type"; see the package documentation).
			File: channels.TypeRule{Mode: channels.Native, MediaSchemes: linkSchemes()},
			// location message (MSG).
			Location: channels.TypeRule{Mode: channels.Native},
			// rich_media carousel (RM); a list is the same grid.
			Carousel: channels.TypeRule{Mode: channels.Native},
			List:     channels.TypeRule{Mode: channels.Native},
		},
		Actions: channels.Actions{
			// Keyboard buttons (KBD); Build keeps at most keyboardMax in
			// all, buttons and replies together.
			Message: channels.ActionSet{Max: keyboardMax, Rules: buttonActions()},
			Replies: channels.ActionSet{Max: keyboardMax, Rules: map[schema.ActionType]channels.ActionRule{
				schema.ActionReply:           {Mode: channels.Native},
				schema.ActionLocationRequest: {Mode: channels.Native},
			}},
			CarouselItem: channels.ActionSet{Max: cardActions, Min: 1, Rules: buttonActions()},
			ListItem:     channels.ActionSet{Max: cardActions, Min: 1, Rules: buttonActions()},
			// Message-level buttons of a carousel or list: a keyboard on
			// the rich_media message.
			ItemsMessage: channels.ActionSet{Max: keyboardMax, Rules: buttonActions()},
		},
		Texts: channels.Texts{
			Text:         u(textMax),
			SplitText:    true,
			Caption:      u(captionMax),
			ItemTitle:    u(titleMax),
			ActionLabel:  u(labelMax),
			ReplyLabel:   u(labelMax),
			Payload:      u(payloadMax),
			ReplyPayload: u(payloadMax),
			URI:          u(uriMax),
		},
		Items: channels.Items{
			Max:          cardsMax,
			ImageSchemes: linkSchemes(),
			ImageTypes:   []string{"image/jpeg", "image/png", "image/gif"},
			ImageURL:     u(uriMax),
		},
		// Viber's bot API has no typing call.
		Typing:    channels.Typing{},
		Delivery:  channels.Delivery{Push: true},
		Endpoints: endpoints(),
		// A reply button sends its ActionBody (the payload or its token)
		// back as the text of the user's message callback; users can type
		// too.
		Answers: channels.Answers{Postback: channels.AnswerPayload, Reply: channels.AnswerPayload, Typed: true},
	}
}
