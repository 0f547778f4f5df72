package line

// The method names of the payloads this package builds.
const (
	// MethodPush is the "Send push message" operation, POST
	// /v2/bot/message/push
	// (https://developers.line.biz/en/reference/messaging-api/#send-push-message).
	// Its body is a PushBody; the caller adds "to".
	MethodPush = "push"
	// MethodLoadingStart is the "Display a loading animation" operation,
	// POST /v2/bot/chat/loading/start
	// (https://developers.line.biz/en/reference/messaging-api/#display-a-loading-indicator).
	// Its body is a LoadingBody; the caller adds "chatId".
	MethodLoadingStart = "chat/loading/start"
)

// PushBody is the body of a push request minus "to": one to five messages
// (https://developers.line.biz/en/reference/messaging-api/#send-push-message-request-body).
type PushBody struct {
	Messages []Message `json:"messages"`
}

// LoadingBody is the body of a loading animation request minus "chatId"
// (https://developers.line.biz/en/reference/messaging-api/#display-a-loading-indicator-request-body).
type LoadingBody struct {
	// LoadingSeconds is 5 to 60, a multiple of 5.
	LoadingSeconds int `json:"loadingSeconds"`
}

// Message is one message object of a push request: a *TextMessage,
// *ImageMessage, *LocationMessage or *TemplateMessage
// (https://developers.line.biz/en/reference/messaging-api/#message-common-properties).
type Message interface {
	// setQuickReply attaches quick reply buttons (the common property
	// every message type has).
	setQuickReply(*QuickReply)
	// setSender sets the icon and display name the message shows (the
	// other common property).
	setSender(*Sender)
}

// Sender changes the icon and display name a message shows
// (https://developers.line.biz/en/reference/messaging-api/#icon-nickname-switch):
// a name of at most 20 characters without words such as "LINE", and an
// HTTPS icon URL of at most 2000 characters (a 1:1 PNG of at most 1 MB).
type Sender struct {
	Name    string `json:"name,omitempty"`
	IconURL string `json:"iconUrl,omitempty"`
}

// Message types (the "type" of a message object).
const (
	typeText     = "text"
	typeImage    = "image"
	typeLocation = "location"
	typeTemplate = "template"
)

// TextMessage is a text message
// (https://developers.line.biz/en/reference/messaging-api/#text-message).
type TextMessage struct {
	Type       string      `json:"type"`
	Text       string      `json:"text"`
	Sender     *Sender     `json:"sender,omitempty"`
	QuickReply *QuickReply `json:"quickReply,omitempty"`
}

func (m *TextMessage) setQuickReply(q *QuickReply) { m.QuickReply = q }
func (m *TextMessage) setSender(s *Sender)         { m.Sender = s }

// ImageMessage is an image message
// (https://developers.line.biz/en/reference/messaging-api/#image-message).
type ImageMessage struct {
	Type               string      `json:"type"`
	OriginalContentURL string      `json:"originalContentUrl"`
	PreviewImageURL    string      `json:"previewImageUrl"`
	Sender             *Sender     `json:"sender,omitempty"`
	QuickReply         *QuickReply `json:"quickReply,omitempty"`
}

func (m *ImageMessage) setQuickReply(q *QuickReply) { m.QuickReply = q }
func (m *ImageMessage) setSender(s *Sender)         { m.Sender = s }

// LocationMessage is a location message
// (https://developers.line.biz/en/reference/messaging-api/#location-message).
type LocationMessage struct {
	Type       string      `json:"type"`
	Title      string      `json:"title"`
	Address    string      `json:"address"`
	Latitude   float64     `json:"latitude"`
	Longitude  float64     `json:"longitude"`
	Sender     *Sender     `json:"sender,omitempty"`
	QuickReply *QuickReply `json:"quickReply,omitempty"`
}

func (m *LocationMessage) setQuickReply(q *QuickReply) { m.QuickReply = q }
func (m *LocationMessage) setSender(s *Sender)         { m.Sender = s }

// TemplateMessage is a template message: a *ButtonsTemplate or a
// *CarouselTemplate with its alternative text
// (https://developers.line.biz/en/reference/messaging-api/#template-messages).
type TemplateMessage struct {
	Type       string      `json:"type"`
	AltText    string      `json:"altText"`
	Template   Template    `json:"template"`
	Sender     *Sender     `json:"sender,omitempty"`
	QuickReply *QuickReply `json:"quickReply,omitempty"`
}

func (m *TemplateMessage) setQuickReply(q *QuickReply) { m.QuickReply = q }
func (m *TemplateMessage) setSender(s *Sender)         { m.Sender = s }

// Template is the template of a TemplateMessage: *ButtonsTemplate or
// *CarouselTemplate.
type Template interface {
	isTemplate()
}

// Template types.
const (
	templateButtons  = "buttons"
	templateCarousel = "carousel"
)

// ButtonsTemplate is a buttons template
// (https://developers.line.biz/en/reference/messaging-api/#buttons). This
// package never sets a title or an image on it, so its text may have 160
// graphemes.
type ButtonsTemplate struct {
	Type    string   `json:"type"`
	Text    string   `json:"text"`
	Actions []Action `json:"actions"`
}

func (*ButtonsTemplate) isTemplate() {}

// CarouselTemplate is a carousel template
// (https://developers.line.biz/en/reference/messaging-api/#carousel).
type CarouselTemplate struct {
	Type    string   `json:"type"`
	Columns []Column `json:"columns"`
	// ImageAspectRatio is "rectangle" or "square"; absent means rectangle.
	ImageAspectRatio string `json:"imageAspectRatio,omitempty"`
}

func (*CarouselTemplate) isTemplate() {}

// The image aspect ratios of a carousel.
const (
	aspectRectangle = "rectangle"
	aspectSquare    = "square"
)

// Column is one column of a carousel template
// (https://developers.line.biz/en/reference/messaging-api/#column-object-for-carousel).
// Title and ThumbnailImageURL are set in every column or in none.
type Column struct {
	ThumbnailImageURL string   `json:"thumbnailImageUrl,omitempty"`
	Title             string   `json:"title,omitempty"`
	Text              string   `json:"text"`
	DefaultAction     Action   `json:"defaultAction,omitempty"`
	Actions           []Action `json:"actions"`
}

// Action is an action object: *PostbackAction, *URIAction or
// *LocationAction
// (https://developers.line.biz/en/reference/messaging-api/#action-objects).
type Action interface {
	isAction()
}

// Action types.
const (
	actionPostback = "postback"
	actionURI      = "uri"
	actionLocation = "location"
)

// PostbackAction is a postback action
// (https://developers.line.biz/en/reference/messaging-api/#postback-action).
type PostbackAction struct {
	Type  string `json:"type"`
	Label string `json:"label"`
	Data  string `json:"data"`
	// DisplayText is shown in the chat as the user's message when the
	// action is tapped; absent means nothing is shown.
	DisplayText string `json:"displayText,omitempty"`
}

func (*PostbackAction) isAction() {}

// URIAction is a URI action
// (https://developers.line.biz/en/reference/messaging-api/#uri-action).
type URIAction struct {
	Type  string `json:"type"`
	Label string `json:"label"`
	URI   string `json:"uri"`
}

func (*URIAction) isAction() {}

// LocationAction opens LINE's location screen; quick replies only
// (https://developers.line.biz/en/reference/messaging-api/#location-action).
type LocationAction struct {
	Type  string `json:"type"`
	Label string `json:"label"`
}

func (*LocationAction) isAction() {}

// QuickReply holds the quick reply buttons of a message
// (https://developers.line.biz/en/reference/messaging-api/#quick-reply).
type QuickReply struct {
	Items []QuickReplyItem `json:"items"`
}

// QuickReplyItem is one quick reply button
// (https://developers.line.biz/en/reference/messaging-api/#items-object).
type QuickReplyItem struct {
	// Type is always "action".
	Type string `json:"type"`
	// ImageURL is the button's icon (HTTPS, PNG); absent means none.
	ImageURL string `json:"imageUrl,omitempty"`
	Action   Action `json:"action"`
}
