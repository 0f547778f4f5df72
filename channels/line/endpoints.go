package line

import "github.com/chanrender/chanrender/channels"

// endpoints are the Messaging API's send endpoints
// (https://developers.line.biz/en/reference/messaging-api/): push, to a user,
// group or room id ("to"); reply, with the reply token of a webhook event
// ("replyToken", usable once, within about a minute, and free of the
// monthly message quota: the cheaper path when answering); and the loading
// animation ("chatId"). The channel access token goes as a bearer token.
// Credentials: "token".
func endpoints() []channels.Endpoint {
	bearer := func(e channels.Endpoint) channels.Endpoint {
		e.HTTPMethod, e.Encoding = "POST", channels.JSON
		e.AuthHeader, e.AuthValue = "Authorization", "Bearer {token}"
		return e
	}
	return []channels.Endpoint{
		bearer(channels.Endpoint{Method: MethodPush, URL: "https://api.line.me/v2/bot/message/push", Recipient: "to",
			Reference: "https://developers.line.biz/en/reference/messaging-api/#send-push-message"}),
		bearer(channels.Endpoint{Method: MethodPush, Reply: true, URL: "https://api.line.me/v2/bot/message/reply", Recipient: "replyToken",
			Reference: "https://developers.line.biz/en/reference/messaging-api/#send-reply-message"}),
		bearer(channels.Endpoint{Method: MethodLoadingStart, URL: "https://api.line.me/v2/bot/chat/loading/start", Recipient: "chatId",
			Reference: "https://developers.line.biz/en/reference/messaging-api/#display-a-loading-indicator"}),
	}
}
