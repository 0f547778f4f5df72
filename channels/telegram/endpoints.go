package telegram

import "github.com/chanrender/chanrender/channels"

// endpoints are the Bot API methods the channel calls: POST
// https://api.telegram.org/bot{token}/{method} with a JSON body, the chat in
// "chat_id" (https://core.telegram.org/bots/api#making-requests). The bot
// token is in the URL. Credentials: "token".
func endpoints() []channels.Endpoint {
	methods := []string{MethodSendMessage, MethodSendPhoto, MethodSendAnimation, MethodSendDocument,
		MethodSendLocation, MethodSendVenue, MethodSendChatAction}
	out := make([]channels.Endpoint, len(methods))
	for i, m := range methods {
		out[i] = channels.Endpoint{
			Method:     m,
			HTTPMethod: "POST",
			URL:        "https://api.telegram.org/bot{token}/" + m,
			Encoding:   channels.JSON,
			Recipient:  "chat_id",
			Reference:  "https://core.telegram.org/bots/api#" + lower(m),
		}
	}
	return out
}

// lower is m with its letters in lower case: the anchor of a method in the
// Bot API page.
func lower(m string) string {
	b := []byte(m)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
