package whatsapp

import "github.com/chanrender/chanrender/channels"

// endpoints is the Cloud API's Send Message endpoint, POST
// https://graph.facebook.com/v23.0/{phone-number-id}/messages (OAS
// /{Version}/{Phone-Number-ID}/messages, server https://graph.facebook.com),
// JSON, with the access token as a bearer token (OAS bearerAuth). The
// recipient's phone number (or group id) is "to". The typing indicator goes
// to the same endpoint. Credentials: "phone-number-id", "token".
func endpoints() []channels.Endpoint {
	return []channels.Endpoint{{
		Method: MethodMessages, HTTPMethod: "POST", Encoding: channels.JSON,
		URL:        "https://graph.facebook.com/v23.0/{phone-number-id}/messages",
		Recipient:  "to",
		AuthHeader: "Authorization", AuthValue: "Bearer {token}",
		Reference: "https://github.com/facebook/openapi", // business-messaging-api_v23.0.yaml, operationId sendMessage
	}}
}
