package telegram

import (
	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// capabilities is the Telegram table at Bot API 10.1. Sources, as keyed in
// docs/CHANNEL-LIMITS.md: T-JSON is the machine-readable Bot API 10.1
// (PaulSonOfLars/telegram-bot-api-spec api.json @ 160fd995), T-DOC the
// "Sending files" and "Formatting options" sections of
// https://core.telegram.org/bots/api, §n a section of docs/CHANNEL-LIMITS.md, and
// RENDERING §3 the Telegram section of the behaviour contract.
func capabilities() channels.Capabilities {
	return channels.Capabilities{
		Name:      "telegram",
		Platform:  "Telegram Bot API 10.1 (June 11, 2026)", // T-JSON version
		Reference: "https://core.telegram.org/bots/api",
		Types: channels.Types{
			// sendMessage (RENDERING §3; T-JSON sendMessage).
			Text: channels.TypeRule{Mode: channels.Native},
			// sendPhoto, or sendAnimation for image/gif, "a file_id, an HTTP
			// URL, or an upload" (T-JSON sendPhoto; §2.2 sendPhoto.photo).
			Image: channels.TypeRule{Mode: channels.Native, MediaSchemes: []string{"http", "https"}},
			// sendDocument by URL "will currently only work for GIF, PDF and
			// ZIP files" (T-DOC "Sending files"; §2.2 sendDocument.document;
			// §5 file); other files are the text fallback with the link.
			File: channels.TypeRule{
				Mode:         channels.Native,
				MediaSchemes: []string{"http", "https"},
				MediaTypes:   []string{"image/gif", "application/pdf", "application/zip"},
			},
			// sendLocation, or sendVenue when the message names the place
			// (T-JSON sendLocation, sendVenue; §5 location).
			Location: channels.TypeRule{Mode: channels.Native},
			// One message per item, "cards arranged vertically" (RENDERING §3;
			// Smooch v1 docs, carousel, Telegram).
			Carousel: channels.TypeRule{Mode: channels.Native},
			// Native, not Convert: a list renders exactly as a carousel does
			// here (one message per item, vertically, which is a list's own
			// layout), so a Converted entry would report a loss that does not
			// happen. Smooch's "carousel fallback" for lists on Telegram
			// (v1 docs, list) is the same rendering.
			List: channels.TypeRule{Mode: channels.Native},
		},
		Actions: channels.Actions{
			// Inline keyboard of a text, image, file or location message,
			// one button per row. 100 buttons per message is
			// python-telegram-bot's InlineKeyboardMarkupLimit, undocumented
			// by Telegram (§2.1).
			Message: channels.ActionSet{Max: 100, Rules: buttonRules()},
			// Reply keyboard (RENDERING §3): reply → KeyboardButton,
			// locationRequest → KeyboardButton with request_location
			// (T-JSON KeyboardButton; §2.2 ReplyKeyboardMarkup). Telegram
			// documents no row or button maximum; 100 as for inline
			// keyboards keeps the keyboard usable.
			Replies: channels.ActionSet{Max: 100, Rules: map[schema.ActionType]channels.ActionRule{
				schema.ActionReply:           {Mode: channels.Native},
				schema.ActionLocationRequest: {Mode: channels.Native},
			}},
			// An item's buttons are the inline keyboard of its own message.
			// Max is the canonical item maximum (schema.MaxItemActions);
			// Telegram would take 100. No Min: a card without buttons is a
			// photo or a text. No DefaultAction: Telegram has no tap
			// target on a message, so a default link is an ordinary button
			// (RENDERING §3 via the issue).
			CarouselItem: channels.ActionSet{Max: schema.MaxItemActions, Rules: buttonRules()},
			ListItem:     channels.ActionSet{Max: schema.MaxItemActions, Rules: buttonRules()},
			// A carousel's or list's own buttons: a final sendMessage with
			// them as an inline keyboard (RENDERING §3); its reply and
			// locationRequest actions follow Replies (a reply keyboard).
			ItemsMessage: channels.ActionSet{Max: 100, Rules: buttonRules()},
		},
		// Every text limit; Build fits and splits with the same values.
		Texts: texts(),
		Items: channels.Items{
			// The canonical maximum (schema.MaxItems): Telegram has no
			// carousel, every item is its own message (RENDERING §3).
			Max: schema.MaxItems,
			// One item per message.
			PerMessage: 1,
			// An item image is a sendPhoto by HTTP URL (T-JSON sendPhoto).
			ImageSchemes: []string{"http", "https"},
			// Cards are independent messages: no cross-item rules.
			UniformActions: false,
			UniformImages:  false,
		},
		// sendChatAction "typing" (RENDERING §3; T-JSON sendChatAction);
		// the Bot API has no call that stops the indicator (it ends after 5
		// seconds or with the next message), so typing:stop is reported.
		Typing: channels.Typing{Start: true, Stop: false},
		Delivery: channels.Delivery{
			// A bot's message notifies the user.
			Push: true,
			// Smooch's delivery guide lists only the SDKs and Messenger as
			// silent receivers; disable_notification still notifies
			// ("a notification with no sound", T-JSON sendMessage).
			SilentReceive: false,
		},
		// One Bot API call per payload.
		MessagesPerPayload: 1,
		// Smooch v1 has no Telegram override (its MessageOverride lists
		// whatsapp, line and messenger only), so there is no passthrough.
		Passthrough: channels.Passthrough{},
		Endpoints:   endpoints(),
		// A postback button sends its callback_data (the payload or its
		// token) in a callback_query; a reply keyboard button sends its
		// label as the user's message (T-JSON KeyboardButton: "its text
		// will be sent as a message when the button is pressed").
		Answers: channels.Answers{Postback: channels.AnswerPayload, Reply: channels.AnswerLabel, Typed: true},
	}
}

// texts holds the Telegram text limits, used by the table and by Build.
func texts() channels.Texts {
	return channels.Texts{
		// sendMessage.text "1-4096 characters after entities parsing"
		// (T-JSON); the unit is disputed, UTF-16 ≤ 4096 satisfies every
		// reading (§2.1).
		Text: channels.Limit{Max: 4096, Unit: channels.UTF16},
		// "text → sendMessage (4096 UTF-16 units; split beyond)"
		// (RENDERING §3).
		SplitText: true,
		// No separate limit: a message with an inline keyboard is an
		// ordinary sendMessage, split like any other, with the keyboard
		// on its last part.
		ButtonsText: channels.Limit{},
		// caption "0-1024 characters after entities parsing" (T-JSON
		// sendPhoto, sendDocument), counted in UTF-16 units as text
		// (§2.1); a longer text follows in a sendMessage (RENDERING §3).
		Caption: channels.Limit{Max: 1024, Unit: channels.UTF16},
		// No own limits: title and description are composed into one
		// caption or text, fitted by Build at the item's path.
		ItemTitle:       channels.Limit{},
		ItemDescription: channels.Limit{},
		// InlineKeyboardButton.text and KeyboardButton.text: "no
		// documented maximum length" (§2.2).
		ActionLabel: channels.Limit{},
		ReplyLabel:  channels.Limit{},
		// callback_data "1-64 bytes" (T-JSON InlineKeyboardButton; §2.1:
		// counted in bytes of UTF-8). A longer payload becomes
		// channels.Token; ResolveCallback maps it back.
		Payload: channels.Limit{Max: 64, Unit: channels.Bytes},
		// Reply keyboard buttons send their label, never a payload: reply
		// payloads are kept as they are (no token).
		ReplyPayload: channels.Limit{},
		// No documented URL length limit (T-JSON).
		URI: channels.Limit{},
		// Telegram messages have no alternative text.
		AltText: channels.Limit{},
	}
}

// uriSchemes are the schemes of an inline url button: "HTTP or tg:// URL"
// (T-JSON InlineKeyboardButton.url; §2.2 url button).
func uriSchemes() []string { return []string{"http", "https", "tg"} }

// buttonRules are the inline keyboard actions of a message or an item:
// link, webview and buy open a url button, postback sends callback_data.
// share is absent, so dropped and reported (RENDERING §3).
func buttonRules() map[schema.ActionType]channels.ActionRule {
	return map[schema.ActionType]channels.ActionRule{
		schema.ActionLink: {Mode: channels.Native, Schemes: uriSchemes()},
		// A url button, not web_app: web_app works in private chats only
		// and needs https (§2.2 web_app).
		schema.ActionWebview: {Mode: channels.Native, Schemes: uriSchemes()},
		// pay works in invoices only (§2.2), so a buy is a url button to
		// its checkout page, which it must have.
		schema.ActionBuy:      {Mode: channels.Native, Schemes: uriSchemes(), RequireURI: true},
		schema.ActionPostback: {Mode: channels.Native},
	}
}
