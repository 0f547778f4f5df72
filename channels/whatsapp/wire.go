package whatsapp

// MethodMessages is the payload method of every WhatsApp request: the
// Cloud API's "Send Message" operation, POST
// /{version}/{phone-number-id}/messages (Meta's OpenAPI
// business-messaging-api_v23.0.yaml, operationId sendMessage). Messages and
// the typing indicator (a "status: read" call) both go there.
const MethodMessages = "messages"

// Message is the body of one Send Message request minus "to", which the
// request step adds (package send): messaging_product, type and the type's
// object, and context when the message replies to an inbound one
// (OpenAPI Message, MessageContext).
type Message struct {
	MessagingProduct string       `json:"messaging_product"`
	Context          *Context     `json:"context,omitempty"`
	Type             string       `json:"type"`
	Text             *Text        `json:"text,omitempty"`
	Image            *Media       `json:"image,omitempty"`
	Video            *Media       `json:"video,omitempty"`
	Audio            *Media       `json:"audio,omitempty"`
	Document         *Media       `json:"document,omitempty"`
	Location         *Location    `json:"location,omitempty"`
	Interactive      *Interactive `json:"interactive,omitempty"`
}

// Context names the inbound message this one replies to (OpenAPI
// MessageContext).
type Context struct {
	MessageID string `json:"message_id"`
}

// Text is a text message's object: body (4096) and preview_url (OpenAPI
// TextMessage_1).
type Text struct {
	Body       string `json:"body"`
	PreviewURL bool   `json:"preview_url,omitempty"`
}

// Media is an image, video, audio or document object sent by link (HTTP or
// HTTPS; OpenAPI MediaObject). Caption (1024) is for image, video and
// document; Filename for document.
type Media struct {
	Link     string `json:"link"`
	Caption  string `json:"caption,omitempty"`
	Filename string `json:"filename,omitempty"`
}

// Location is a location message's object. Meta's pages send the
// coordinates as JSON numbers.
type Location struct {
	Latitude  float64 `json:"latitude"`
	Longitude float64 `json:"longitude"`
	Name      string  `json:"name,omitempty"`
	Address   string  `json:"address,omitempty"`
}

// Interactive is an interactive message: reply buttons ("button"), a list
// ("list"), a call-to-action URL button ("cta_url"), a location request
// ("location_request_message") or a media carousel ("carousel") (OpenAPI
// InteractiveObject; Meta's pages for the last three).
type Interactive struct {
	Type   string  `json:"type"`
	Header *Header `json:"header,omitempty"`
	Body   *Body   `json:"body,omitempty"`
	Footer *Body   `json:"footer,omitempty"`
	Action *Action `json:"action"`
}

// Header is an interactive header: text (60) or media (OpenAPI
// HeaderObject).
type Header struct {
	Type  string `json:"type"`
	Text  string `json:"text,omitempty"`
	Image *Media `json:"image,omitempty"`
	Video *Media `json:"video,omitempty"`
}

// Body is an interactive body (1024) or footer (60) text.
type Body struct {
	Text string `json:"text"`
}

// Action is an interactive action: buttons (reply buttons), button and
// sections (a list), name and parameters (cta_url, send_location), or cards
// (a carousel).
type Action struct {
	Name       string      `json:"name,omitempty"`
	Button     string      `json:"button,omitempty"`
	Buttons    []Button    `json:"buttons,omitempty"`
	Sections   []Section   `json:"sections,omitempty"`
	Parameters *Parameters `json:"parameters,omitempty"`
	Cards      []Card      `json:"cards,omitempty"`
}

// Button is a reply button ("reply") or a carousel card's quick-reply button
// ("quick_reply").
type Button struct {
	Type       string `json:"type"`
	Reply      *Reply `json:"reply,omitempty"`
	QuickReply *Reply `json:"quick_reply,omitempty"`
}

// Reply is a button's id (256) and title (20).
type Reply struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

// Section is a list section (OpenAPI SectionObject).
type Section struct {
	Title string `json:"title,omitempty"`
	Rows  []Row  `json:"rows"`
}

// Row is a list row: id (200), title (24), description (72).
type Row struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Description string `json:"description,omitempty"`
}

// Parameters are a cta_url button's display_text (20) and url.
type Parameters struct {
	DisplayText string `json:"display_text"`
	URL         string `json:"url"`
}

// Card is a media carousel card: an image or video header, an optional body
// (160), and one cta_url or quick-reply buttons.
type Card struct {
	CardIndex int     `json:"card_index"`
	Type      string  `json:"type,omitempty"`
	Header    *Header `json:"header"`
	Body      *Body   `json:"body,omitempty"`
	Action    *Action `json:"action"`
}

// Status is the typing indicator: a "status: read" call naming the inbound
// message, with typing_indicator {type: "text"} (Meta's "Typing indicators"
// page; OpenAPI MarkMessageRequestPayload).
type Status struct {
	MessagingProduct string           `json:"messaging_product"`
	Status           string           `json:"status"`
	MessageID        string           `json:"message_id"`
	TypingIndicator  *TypingIndicator `json:"typing_indicator,omitempty"`
}

// TypingIndicator is the indicator a Status shows.
type TypingIndicator struct {
	Type string `json:"type"`
}
