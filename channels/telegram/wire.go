package telegram

// The Bot API methods this channel calls: the Method of each Payload.
const (
	// MethodSendMessage sends a text (https://core.telegram.org/bots/api#sendmessage).
	MethodSendMessage = "sendMessage"
	// MethodSendPhoto sends a photo by URL (https://core.telegram.org/bots/api#sendphoto).
	MethodSendPhoto = "sendPhoto"
	// MethodSendAnimation sends a GIF by URL (https://core.telegram.org/bots/api#sendanimation).
	MethodSendAnimation = "sendAnimation"
	// MethodSendDocument sends a GIF, PDF or ZIP file by URL (https://core.telegram.org/bots/api#senddocument).
	MethodSendDocument = "sendDocument"
	// MethodSendLocation sends a point on the map (https://core.telegram.org/bots/api#sendlocation).
	MethodSendLocation = "sendLocation"
	// MethodSendVenue sends a named place (https://core.telegram.org/bots/api#sendvenue).
	MethodSendVenue = "sendVenue"
	// MethodSendChatAction shows the typing indicator (https://core.telegram.org/bots/api#sendchataction).
	MethodSendChatAction = "sendChatAction"
)

// ChatActionTyping is the sendChatAction action for typing:start.
const ChatActionTyping = "typing"

// ReplyMarkup is the reply_markup parameter of a send method: an
// *InlineKeyboardMarkup or a *ReplyKeyboardMarkup
// (https://core.telegram.org/bots/api#sendmessage, reply_markup). A nil
// ReplyMarkup is left out of the request (null is not a valid markup).
type ReplyMarkup interface {
	replyMarkup()
}

// SendMessage is the body of sendMessage minus chat_id
// (https://core.telegram.org/bots/api#sendmessage). No parse_mode: the text
// is sent as plain text, so nothing needs escaping.
type SendMessage struct {
	// Text is 1 to 4096 UTF-16 units.
	Text string `json:"text"`
	// ReplyMarkup is the keyboard, if any.
	ReplyMarkup ReplyMarkup `json:"reply_markup,omitempty"`
}

// SendPhoto is the body of sendPhoto minus chat_id
// (https://core.telegram.org/bots/api#sendphoto).
type SendPhoto struct {
	// Photo is the image's HTTP URL; Telegram fetches it (5 MB at most).
	Photo string `json:"photo"`
	// Caption is 0 to 1024 UTF-16 units; empty when the text follows in its
	// own message.
	Caption string `json:"caption"`
	// ReplyMarkup is the keyboard, if any.
	ReplyMarkup ReplyMarkup `json:"reply_markup,omitempty"`
}

// SendAnimation is the body of sendAnimation minus chat_id
// (https://core.telegram.org/bots/api#sendanimation): an image/gif image,
// which sendPhoto would turn into a still picture.
type SendAnimation struct {
	// Animation is the GIF's HTTP URL.
	Animation string `json:"animation"`
	// Caption is 0 to 1024 UTF-16 units.
	Caption string `json:"caption"`
	// ReplyMarkup is the keyboard, if any.
	ReplyMarkup ReplyMarkup `json:"reply_markup,omitempty"`
}

// SendDocument is the body of sendDocument minus chat_id
// (https://core.telegram.org/bots/api#senddocument).
type SendDocument struct {
	// Document is the file's HTTP URL: by URL, only GIF, PDF and ZIP files
	// (20 MB at most).
	Document string `json:"document"`
	// Caption is 0 to 1024 UTF-16 units.
	Caption string `json:"caption"`
	// ReplyMarkup is the keyboard, if any.
	ReplyMarkup ReplyMarkup `json:"reply_markup,omitempty"`
}

// SendLocation is the body of sendLocation minus chat_id
// (https://core.telegram.org/bots/api#sendlocation).
type SendLocation struct {
	// Latitude and Longitude are the canonical coordinates, in degrees.
	Latitude  float64 `json:"latitude"`
	Longitude float64 `json:"longitude"`
	// ReplyMarkup is the keyboard, if any.
	ReplyMarkup ReplyMarkup `json:"reply_markup,omitempty"`
}

// SendVenue is the body of sendVenue minus chat_id
// (https://core.telegram.org/bots/api#sendvenue). Title and address are
// both required by the Bot API.
type SendVenue struct {
	// Latitude and Longitude are the canonical coordinates, in degrees.
	Latitude  float64 `json:"latitude"`
	Longitude float64 `json:"longitude"`
	// Title is the place's name.
	Title string `json:"title"`
	// Address is the place's address.
	Address string `json:"address"`
	// ReplyMarkup is the keyboard, if any.
	ReplyMarkup ReplyMarkup `json:"reply_markup,omitempty"`
}

// SendChatAction is the body of sendChatAction minus chat_id
// (https://core.telegram.org/bots/api#sendchataction).
type SendChatAction struct {
	// Action is ChatActionTyping.
	Action string `json:"action"`
}

// InlineKeyboardMarkup is an inline keyboard: buttons under the message
// (https://core.telegram.org/bots/api#inlinekeyboardmarkup). This channel
// puts one button per row.
type InlineKeyboardMarkup struct {
	// InlineKeyboard holds the rows of buttons.
	InlineKeyboard [][]InlineKeyboardButton `json:"inline_keyboard"`
}

func (*InlineKeyboardMarkup) replyMarkup() {}

// InlineKeyboardButton is one inline button
// (https://core.telegram.org/bots/api#inlinekeyboardbutton). Exactly one of
// URL and CallbackData is set: the other is absent, not empty, since the Bot
// API counts a present field as the button's kind.
type InlineKeyboardButton struct {
	// Text is the label.
	Text string `json:"text"`
	// URL is an http, https or tg URL (link, webview, buy).
	URL string `json:"url,omitempty"`
	// CallbackData is 1 to 64 bytes (postback payload or its token).
	CallbackData string `json:"callback_data,omitempty"`
}

// ReplyKeyboardMarkup is a custom keyboard that replaces the user's
// keyboard (https://core.telegram.org/bots/api#replykeyboardmarkup): a
// button press sends its label as a message. This channel puts one button
// per row.
type ReplyKeyboardMarkup struct {
	// Keyboard holds the rows of buttons.
	Keyboard [][]KeyboardButton `json:"keyboard"`
	// ResizeKeyboard makes the keyboard as small as its rows allow.
	ResizeKeyboard bool `json:"resize_keyboard"`
	// OneTimeKeyboard hides the keyboard once used.
	OneTimeKeyboard bool `json:"one_time_keyboard"`
}

func (*ReplyKeyboardMarkup) replyMarkup() {}

// KeyboardButton is one reply keyboard button
// (https://core.telegram.org/bots/api#keyboardbutton).
type KeyboardButton struct {
	// Text is the label, sent as the user's message when pressed.
	Text string `json:"text"`
	// RequestLocation sends the user's location instead (private chats
	// only). Absent rather than false on other buttons: the Bot API allows
	// at most one request_* field per button.
	RequestLocation bool `json:"request_location,omitempty"`
}

// markupSetter attaches a keyboard to a send body: every body this channel
// builds for a message implements it, so the keyboard can go on whichever
// message comes last.
type markupSetter interface {
	setMarkup(ReplyMarkup)
}

func (b *SendMessage) setMarkup(m ReplyMarkup)   { b.ReplyMarkup = m }
func (b *SendPhoto) setMarkup(m ReplyMarkup)     { b.ReplyMarkup = m }
func (b *SendAnimation) setMarkup(m ReplyMarkup) { b.ReplyMarkup = m }
func (b *SendDocument) setMarkup(m ReplyMarkup)  { b.ReplyMarkup = m }
func (b *SendLocation) setMarkup(m ReplyMarkup)  { b.ReplyMarkup = m }
func (b *SendVenue) setMarkup(m ReplyMarkup)     { b.ReplyMarkup = m }
