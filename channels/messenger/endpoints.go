package messenger

import "github.com/chanrender/chanrender/channels"

// endpoints is the Send API: POST /{page-id}/messages on the Graph API,
// v25.0 (docs/CHANNEL-LIMITS.md §3;
// https://developers.facebook.com/docs/messenger-platform/reference/send-api/).
// Messages and sender actions share it. The recipient is
// {"recipient":{"id": PSID}}; "messaging_type" is RESPONSE, a reply within
// the 24-hour standard messaging window (other types need message tags); the
// Page access token goes as a bearer token. Credentials: "page-id", "token".
func endpoints() []channels.Endpoint {
	return []channels.Endpoint{{
		Method:     Method,
		HTTPMethod: "POST",
		URL:        "https://graph.facebook.com/v25.0/{page-id}/messages",
		Encoding:   channels.JSON,
		Recipient:  "recipient.id",
		Fields:     []channels.Field{{Name: "messaging_type", Value: "RESPONSE"}},
		AuthHeader: "Authorization",
		AuthValue:  "Bearer {token}",
		Reference:  "https://developers.facebook.com/docs/messenger-platform/reference/send-api/",
	}}
}

// instagramEndpoints is Instagram's send endpoint with Instagram Login:
// POST https://graph.instagram.com/v25.0/{ig-user-id}/messages, the
// Instagram professional account's id in the path, {"recipient":{"id":
// IGSID}} in the body, the Instagram User access token as a bearer token
// (IG send-message, button-template and generic-template pages, "Host URL
// https://graph.instagram.com"). Apps that use Facebook Login send the same
// body to graph.facebook.com/{page-id}/messages with a Page token instead.
// Credentials: "ig-user-id", "token".
func instagramEndpoints() []channels.Endpoint {
	return []channels.Endpoint{{
		Method:     Method,
		HTTPMethod: "POST",
		URL:        "https://graph.instagram.com/v25.0/{ig-user-id}/messages",
		Encoding:   channels.JSON,
		Recipient:  "recipient.id",
		AuthHeader: "Authorization",
		AuthValue:  "Bearer {token}",
		Reference:  "https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/messaging-api",
	}}
}
