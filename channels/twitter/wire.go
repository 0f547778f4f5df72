package twitter

// Payload methods: each names the endpoint of its profile's table.
const (
	// MethodDM is a v2 direct message (*DM), the method the text-only
	// channel used.
	MethodDM = "dm"
	// MethodEventsNew is a v1.1 message_create event (*Event).
	MethodEventsNew = "events/new"
)

// DM is the body of a v2 "Create DM message by participant ID" request:
// the text. (An attachment is a media id from X's upload endpoint, which a
// render cannot have.)
type DM struct {
	Text string `json:"text"`
}

// Event is the body of a v1.1 direct_messages/events/new request minus
// event.message_create.target, which the request step adds (package
// send).
type Event struct {
	Event EventObject `json:"event"`
}

// EventObject is the event: type "message_create" and its object.
type EventObject struct {
	Type          string        `json:"type"`
	MessageCreate MessageCreate `json:"message_create"`
}

// MessageCreate is the message_create object: the target (the recipient,
// set by the request step) and the message data.
type MessageCreate struct {
	Target      *Target     `json:"target,omitempty"`
	MessageData MessageData `json:"message_data"`
}

// Target names the recipient's user id.
type Target struct {
	RecipientID string `json:"recipient_id"`
}

// MessageData is a DM's content: text (10,000), quick reply options (20)
// and call-to-action buttons (3).
type MessageData struct {
	Text       string      `json:"text"`
	QuickReply *QuickReply `json:"quick_reply,omitempty"`
	CTAs       []CTA       `json:"ctas,omitempty"`
}

// QuickReply is a quick reply of type "options".
type QuickReply struct {
	Type    string   `json:"type"`
	Options []Option `json:"options"`
}

// Option is one quick reply option: label (36, no URL), description (72,
// in every option or none) and metadata (1,000), which comes back in
// quick_reply_response.metadata.
type Option struct {
	Label       string `json:"label"`
	Description string `json:"description,omitempty"`
	Metadata    string `json:"metadata,omitempty"`
}

// CTA is a call-to-action button: type "web_url", label (36) and url.
type CTA struct {
	Type  string `json:"type"`
	Label string `json:"label"`
	URL   string `json:"url"`
}
