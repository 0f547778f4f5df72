package twitter

import "github.com/chanrender/chanrender/channels"

// v1Endpoints is POST https://api.twitter.com/1.1/direct_messages/events/new.json
// (NEW), JSON, the recipient's user id at
// event.message_create.target.recipient_id, a user-context token.
// Credentials: "token" (sent as a bearer token; X's v1.1 pages sign these
// requests with OAuth 1.0a user context, which the caller must add).
func v1Endpoints() []channels.Endpoint {
	return []channels.Endpoint{{
		Method: MethodEventsNew, HTTPMethod: "POST", Encoding: channels.JSON,
		URL:        "https://api.twitter.com/1.1/direct_messages/events/new.json",
		Recipient:  "event.message_create.target.recipient_id",
		AuthHeader: "Authorization", AuthValue: "Bearer {token}",
		Reference: "https://developer.x.com/en/docs/twitter-api/v1/direct-messages/sending-and-receiving/api-reference/new-event",
	}}
}

// v2Endpoints is POST https://api.x.com/2/dm_conversations/with/{participant_id}/messages
// (V2), JSON, the recipient's user id in the path, a user-context OAuth
// 2.0 token as a bearer token. Credentials: "token".
func v2Endpoints() []channels.Endpoint {
	return []channels.Endpoint{{
		Method: MethodDM, HTTPMethod: "POST", Encoding: channels.JSON,
		URL:        "https://api.x.com/2/dm_conversations/with/{recipient}/messages",
		AuthHeader: "Authorization", AuthValue: "Bearer {token}",
		Reference: "https://docs.x.com/x-api/direct-messages/create-dm-message-by-participant-id",
	}}
}
