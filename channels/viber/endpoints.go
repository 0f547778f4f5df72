package viber

import "github.com/chanrender/chanrender/channels"

// MethodSendMessage is the payload method of every Viber request: the REST
// Bot API's send_message.
const MethodSendMessage = "send_message"

// endpoints is POST https://chatapi.viber.com/pa/send_message, JSON, the
// subscriber's id in "receiver", the token in the X-Viber-Auth-Token
// header. The required sender.name is in every payload body (see New).
// Credentials: "token".
func endpoints() []channels.Endpoint {
	return []channels.Endpoint{{
		Method: MethodSendMessage, HTTPMethod: "POST", Encoding: channels.JSON,
		URL:        "https://chatapi.viber.com/pa/send_message",
		Recipient:  "receiver",
		AuthHeader: "X-Viber-Auth-Token", AuthValue: "{token}",
		Reference: "https://creators.viber.com/docs/bots-api/api-reference/send-message",
	}}
}
