package channels

// Payload is one request to a channel's API, minus the recipient and the
// credentials.
type Payload struct {
	// Method is the API operation: "message" (Messenger Send API), "push"
	// (LINE), "sendMessage" (Telegram), "chat/loading/start" ...
	Method string `json:"method"`
	// Body is the typed wire struct; json.Marshal gives the exact request
	// body.
	Body any `json:"body"`
}
