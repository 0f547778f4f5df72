package textonly

import (
	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/fallback"
)

// Twilio returns the Twilio SMS/MMS channel. Body: the Create Message
// parameters Body and MediaUrl
// (https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource).
// A body is at most 1600 characters (error 21617,
// https://www.twilio.com/docs/api/errors/21617); Twilio counts characters
// that need UCS-2 pairs twice, so the limit is counted in UTF-16 units.
func Twilio() *Channel {
	return &Channel{
		name: "twilio",
		caps: table("twilio", "Twilio Programmable Messaging (2026)",
			"https://www.twilio.com/docs/messaging/api/message-resource",
			channels.Limit{Max: 1600, Unit: channels.UTF16}, true),
		loc:    fallback.NewLocalizer(),
		method: "messages",
		body:   func(t string, media []string) any { return SMSBody{Body: t, MediaURL: media} },
	}
}

// MessageBird returns the MessageBird SMS/MMS channel. MessageBird
// concatenates at most 9 SMS parts of 153 GSM characters (1377); counted in
// UTF-16 units as for Twilio.
func MessageBird() *Channel {
	return &Channel{
		name: "messagebird",
		caps: table("messagebird", "MessageBird SMS and MMS API",
			"https://developers.messagebird.com/api/sms-messaging/",
			channels.Limit{Max: 1377, Unit: channels.UTF16}, true),
		loc:    fallback.NewLocalizer(),
		method: "messages",
		body:   func(t string, media []string) any { return SMSBody{Body: t, MediaURL: media} },
	}
}

// Email returns the email channel (Smooch's frontendEmail). The body is a
// plain-text part; 100 000 bytes keeps a message well inside every mail
// system's line and size limits.
func Email() *Channel {
	return &Channel{
		name: "email",
		caps: table("email", "Plain-text email",
			"https://www.rfc-editor.org/rfc/rfc5322",
			channels.Limit{Max: 100000, Unit: channels.Bytes}, false),
		loc:    fallback.NewLocalizer(),
		method: "send",
		body:   func(t string, _ []string) any { return EmailBody{Text: t} },
	}
}

// WeChat returns the WeChat official account channel: a customer service
// text message, whose content is limited to 2048 bytes.
func WeChat() *Channel {
	return &Channel{
		name: "wechat",
		caps: table("wechat", "WeChat Official Account customer service messages",
			"https://developers.weixin.qq.com/doc/offiaccount/en/Message_Management/Service_Center_messages.html",
			channels.Limit{Max: 2048, Unit: channels.Bytes}, false),
		loc:    fallback.NewLocalizer(),
		method: "message/custom/send",
		body:   func(t string, _ []string) any { return WeChatBody{MsgType: "text", Text: WeChatText{Content: t}} },
	}
}

// Viber returns the Viber channel in text-only form (native rich media
// comes later as its own channel): text up to 7000 characters
// (https://creators.viber.com/docs/bots-api/data-models/message), counted
// in UTF-16 units.
func Viber() *Channel {
	return &Channel{
		name: "viber",
		caps: table("viber", "Viber REST Bot API (text only)",
			"https://creators.viber.com/docs/bots-api/data-models/message",
			channels.Limit{Max: 7000, Unit: channels.UTF16}, false),
		loc:    fallback.NewLocalizer(),
		method: "send_message",
		body:   func(t string, _ []string) any { return ViberBody{Type: "text", Text: t} },
	}
}

// Twitter returns the Twitter (X) direct message channel: text up to 10 000
// characters (code points).
func Twitter() *Channel {
	return &Channel{
		name: "twitter",
		caps: table("twitter", "X API v2 direct messages",
			"https://docs.x.com/x-api/direct-messages/create-dm-message-by-participant-id",
			channels.Limit{Max: 10000, Unit: channels.Runes}, false),
		loc:    fallback.NewLocalizer(),
		method: "dm_conversations/messages",
		body:   func(t string, _ []string) any { return TwitterBody{Text: t} },
	}
}
