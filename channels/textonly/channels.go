package textonly

import (
	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/email"
	"github.com/chanrender/chanrender/channels/twitter"
	"github.com/chanrender/chanrender/channels/viber"
	"github.com/chanrender/chanrender/channels/wechat"
	"github.com/chanrender/chanrender/fallback"
)

// Payload methods of the text-only channels: each names one endpoint of the
// channel's table (Capabilities.Endpoints), which package send turns into
// the request.
const (
	// MethodTwilio: a Twilio Message resource (*SMSBody).
	MethodTwilio = "messages"
	// MethodMessageBirdSMS: a MessageBird SMS (*MessageBirdSMS).
	MethodMessageBirdSMS = "sms"
	// MethodMessageBirdMMS: a MessageBird MMS, the part with media
	// (*MessageBirdMMS).
	MethodMessageBirdMMS = "mms"
	// MethodWeChat: a WeChat customer service message (*WeChatBody).
	MethodWeChat = "custom_send"
	// MethodViber: a Viber send_message call (*ViberBody).
	MethodViber = "send_message"
	// MethodTwitter: an X API v2 direct message (*TwitterBody).
	MethodTwitter = "dm"
)

// Twilio returns the Twilio SMS/MMS channel. Body: the Create Message
// parameters Body and MediaUrl
// (https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource).
// A body is at most 1600 characters (error 21617,
// https://www.twilio.com/docs/api/errors/21617); Twilio counts characters
// that need UCS-2 pairs twice, so the limit is counted in UTF-16 units.
//
// Request: POST /2010-04-01/Accounts/{account-sid}/Messages.json, form
// encoded, with To (the recipient), From and HTTP basic authentication.
// Credentials: "account-sid", "auth-token", "from" (a Twilio number or
// messaging service sender).
func Twilio() *Channel {
	return &Channel{
		name: "twilio",
		caps: table("twilio", "Twilio Programmable Messaging (2026)",
			"https://www.twilio.com/docs/messaging/api/message-resource",
			channels.Limit{Max: 1600, Unit: channels.UTF16}, true,
			channels.Endpoint{
				Method: MethodTwilio, HTTPMethod: "POST",
				URL:       "https://api.twilio.com/2010-04-01/Accounts/{account-sid}/Messages.json",
				Encoding:  channels.Form,
				Recipient: "To",
				Fields:    []channels.Field{{Name: "From", Value: "{from}"}},
				FormNames: map[string]string{"body": "Body", "mediaUrl": "MediaUrl"},
				BasicAuth: &[2]string{"{account-sid}", "{auth-token}"},
				Reference: "https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource",
			}),
		loc: fallback.NewLocalizer(),
		body: func(t string, media []string) (string, any) {
			return MethodTwilio, &SMSBody{Body: t, MediaURL: media}
		},
	}
}

// MessageBird returns the MessageBird SMS/MMS channel. MessageBird
// concatenates at most 9 SMS parts of 153 GSM characters (1377); counted in
// UTF-16 units as for Twilio.
//
// Requests: MessageBird's SMS API takes no media, so a part with a media URL
// goes to the MMS API instead, whose body has mediaUrls (an array, at most
// 10): POST https://rest.messagebird.com/messages
// (https://developers.messagebird.com/api/sms-messaging/#send-outbound-sms)
// and POST https://rest.messagebird.com/mms
// (https://developers.messagebird.com/api/mms-messaging/#send-outbound-mms),
// JSON, the recipient in "recipients" (an array of one), the sender in
// "originator", the key in "Authorization: AccessKey". Credentials: "token",
// "originator".
func MessageBird() *Channel {
	e := func(method, url, ref string) channels.Endpoint {
		return channels.Endpoint{Method: method, HTTPMethod: "POST", URL: url, Encoding: channels.JSON,
			Recipient: "recipients[]", Fields: []channels.Field{{Name: "originator", Value: "{originator}"}},
			AuthHeader: "Authorization", AuthValue: "AccessKey {token}", Reference: ref}
	}
	return &Channel{
		name: "messagebird",
		caps: table("messagebird", "MessageBird SMS and MMS API",
			"https://developers.messagebird.com/api/sms-messaging/",
			channels.Limit{Max: 1377, Unit: channels.UTF16}, true,
			e(MethodMessageBirdSMS, "https://rest.messagebird.com/messages", "https://developers.messagebird.com/api/sms-messaging/#send-outbound-sms"),
			e(MethodMessageBirdMMS, "https://rest.messagebird.com/mms", "https://developers.messagebird.com/api/mms-messaging/#send-outbound-mms")),
		loc: fallback.NewLocalizer(),
		body: func(t string, media []string) (string, any) {
			if len(media) > 0 {
				return MethodMessageBirdMMS, &MessageBirdMMS{Body: t, MediaURLs: media}
			}
			return MethodMessageBirdSMS, &MessageBirdSMS{Body: t}
		},
	}
}

// Email returns the email channel, which is now its own package: HTML
// mail with a plain-text part (package email).
//
// Deprecated: use email.New.
func Email() *email.Channel { return email.New() }

// WeChat returns the WeChat Official Account channel, which is now its own
// package: text with links, menus, news and typing (package wechat).
//
// Deprecated: use wechat.New.
func WeChat() *wechat.Channel { return wechat.New() }

// Viber returns the native Viber channel, viber.New().
//
// Deprecated: use viber.New (package channels/viber): Viber is no longer
// text-only (keyboards, rich media, pictures, locations; docs/RENDERING.md
// §3.10). The ViberBody type and MethodViber stay for callers that built
// the old text-only bodies.
func Viber() *viber.Channel { return viber.New() }

// Twitter returns the X direct message channel "twitter" as a text-only
// channel value: the capability table of twitter.New (X API v2, POST
// https://api.x.com/2/dm_conversations/with/{participant_id}/messages), the
// same payloads (method "dm", {text}) and the same renders.
//
// Deprecated: use twitter.New (package channels/twitter), the default X
// profile, or twitter.V1 for quick replies and buttons.
func Twitter() *Channel {
	return &Channel{
		name: twitter.Name,
		caps: twitter.New().Capabilities(),
		loc:  fallback.NewLocalizer(),
		body: func(t string, _ []string) (string, any) { return MethodTwitter, &TwitterBody{Text: t} },
	}
}
