package sdk

import "github.com/chanrender/chanrender/channels"

// endpoints are Smooch's v1 API, which delivers a message (or a typing
// activity) to the SDK clients of an app user: POST
// /v1/appusers/{appUserId}/messages and .../conversation/activity on
// https://api.smooch.io (https://docs.smooch.io/rest/#post-message), the
// recipient in the path, an app-scoped JWT as a bearer token. The body is
// the canonical message itself. Credentials: "token".
func endpoints() []channels.Endpoint {
	e := func(method, path, ref string) channels.Endpoint {
		return channels.Endpoint{Method: method, HTTPMethod: "POST", URL: "https://api.smooch.io/v1/appusers/{recipient}/" + path,
			Encoding: channels.JSON, AuthHeader: "Authorization", AuthValue: "Bearer {token}", Reference: ref}
	}
	return []channels.Endpoint{
		e(Method, "messages", "https://docs.smooch.io/rest/#post-message"),
		e(ActivityMethod, "conversation/activity", "https://docs.smooch.io/rest/#conversation-activity"),
	}
}
