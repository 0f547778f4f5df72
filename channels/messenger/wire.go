package messenger

// Method is the Method of every payload: the Send API call POST
// /{PAGE_ID}/messages (POST /me/messages with a Page access token),
// https://developers.facebook.com/documentation/business-messaging/messenger-platform/reference/send-api.
// Messages and sender actions (typing) go to the same endpoint; the body
// tells them apart. The caller adds "recipient" and, for messages,
// "messaging_type" (RESPONSE inside the 24-hour window, or MESSAGE_TAG with
// a "tag"): both depend on the conversation, not on the message.
const Method = "messages"

// MessageRequest is the body of a Send API request that sends a message,
// minus "recipient" (and "messaging_type", see Method),
// https://developers.facebook.com/documentation/business-messaging/messenger-platform/reference/send-api.
type MessageRequest struct {
	Message Message `json:"message"`
}

// SenderActionRequest is the body of a Send API request that sends a sender
// action (the typing indicator), minus "recipient",
// https://developers.facebook.com/documentation/business-messaging/messenger-platform/send-messages/sender-actions.
// It carries no "message" (the API refuses both together).
type SenderActionRequest struct {
	SenderAction SenderAction `json:"sender_action"`
}

// SenderAction is the "sender_action" of a SenderActionRequest.
type SenderAction string

// The sender actions this channel sends.
const (
	// TypingOn shows the typing indicator (typing:start).
	TypingOn SenderAction = "typing_on"
	// TypingOff hides it (typing:stop).
	TypingOff SenderAction = "typing_off"
)

// Message is the "message" object of the Send API: exactly one of Text (1 to
// 2000 characters) and Attachment, and optional quick replies,
// https://developers.facebook.com/documentation/business-messaging/messenger-platform/reference/send-api#message.
type Message struct {
	// Text is absent when the message is an attachment.
	Text string `json:"text,omitempty"`
	// Attachment is absent when the message is a text.
	Attachment *Attachment `json:"attachment,omitempty"`
	// QuickReplies are 1 to 13 quick replies; absent when there are none
	// (an empty array is refused).
	QuickReplies []QuickReply `json:"quick_replies,omitempty"`
}

// AttachmentType is the "type" of an Attachment.
type AttachmentType string

// The attachment types (Send API reference, "attachment").
const (
	AttachmentImage    AttachmentType = "image"
	AttachmentVideo    AttachmentType = "video"
	AttachmentAudio    AttachmentType = "audio"
	AttachmentFile     AttachmentType = "file"
	AttachmentTemplate AttachmentType = "template"
)

// Attachment is a message attachment: a media file by URL
// (https://developers.facebook.com/documentation/business-messaging/messenger-platform/send-messages/saving-assets)
// or a template (see GenericTemplate, ButtonTemplate, ListTemplate).
type Attachment struct {
	Type AttachmentType `json:"type"`
	// Payload is a *MediaPayload for image, video, audio and file, and a
	// *GenericTemplate, *ButtonTemplate or *ListTemplate for template.
	Payload AttachmentPayload `json:"payload"`
}

// AttachmentPayload is the "payload" of an Attachment: one of *MediaPayload,
// *GenericTemplate, *ButtonTemplate, *ListTemplate.
type AttachmentPayload interface {
	attachmentPayload()
}

// MediaPayload is the payload of a media attachment sent by URL,
// https://developers.facebook.com/documentation/business-messaging/messenger-platform/send-messages/saving-assets.
// Messenger fetches the file (25 MB at most, 8 MB for an image).
type MediaPayload struct {
	URL string `json:"url"`
}

// TemplateType is the "template_type" of a template payload.
type TemplateType string

// The template types this channel sends.
const (
	// TemplateGeneric is the generic template (carousel of cards).
	TemplateGeneric TemplateType = "generic"
	// TemplateButton is the button template (text and 1 to 3 buttons).
	TemplateButton TemplateType = "button"
	// TemplateList is the list template: deprecated in Graph API v4.0
	// (2019), sent only by the Legacy profile.
	TemplateList TemplateType = "list"
)

// GenericTemplate is the payload of a generic template: 1 to 10 elements,
// https://developers.facebook.com/documentation/business-messaging/messenger-platform/send-messages/template/generic.
type GenericTemplate struct {
	// TemplateType is always TemplateGeneric.
	TemplateType TemplateType `json:"template_type"`
	// ImageAspectRatio is "horizontal" (1.91:1, the default) or "square";
	// absent when the message sets none. It is documented in the older
	// generic template reference
	// (https://developers.facebook.com/docs/messenger-platform/reference/templates/generic)
	// and still accepted.
	ImageAspectRatio string `json:"image_aspect_ratio,omitempty"`
	// Elements are 1 to 10 cards.
	Elements []Element `json:"elements"`
}

// ButtonTemplate is the payload of a button template: a text of at most 640
// characters and 1 to 3 buttons,
// https://developers.facebook.com/documentation/business-messaging/messenger-platform/send-messages/template/button.
type ButtonTemplate struct {
	// TemplateType is always TemplateButton.
	TemplateType TemplateType `json:"template_type"`
	Text         string       `json:"text"`
	Buttons      []Button     `json:"buttons"`
}

// ListTemplate is the payload of a list template, as Messenger took it
// until Graph API v4.0 (deprecated 29 July 2019): 2 to 4 elements of at most
// one button each and at most one global button,
// https://developers.facebook.com/docs/messenger-platform/reference/templates/list.
// Only the Legacy profile sends it.
type ListTemplate struct {
	// TemplateType is always TemplateList.
	TemplateType TemplateType `json:"template_type"`
	// TopElementStyle is "large" (the first element as a cover image) or
	// "compact".
	TopElementStyle TopElementStyle `json:"top_element_style"`
	Elements        []Element       `json:"elements"`
	// Buttons is the global button under the list; absent when there is
	// none (an empty array is refused).
	Buttons []Button `json:"buttons,omitempty"`
}

// TopElementStyle is the "top_element_style" of a ListTemplate.
type TopElementStyle string

// The list template styles.
const (
	TopLarge   TopElementStyle = "large"
	TopCompact TopElementStyle = "compact"
)

func (*MediaPayload) attachmentPayload()    {}
func (*GenericTemplate) attachmentPayload() {}
func (*ButtonTemplate) attachmentPayload()  {}
func (*ListTemplate) attachmentPayload()    {}

// Element is one card of a generic template (or one row of a list
// template): a title and at least one of subtitle, image, default action and
// buttons,
// https://developers.facebook.com/documentation/business-messaging/messenger-platform/send-messages/template/generic#element.
// Optional fields are absent when unset: the API refuses empty strings and
// empty arrays there.
type Element struct {
	// Title is 1 to 80 characters.
	Title string `json:"title"`
	// Subtitle is at most 80 characters.
	Subtitle string `json:"subtitle,omitempty"`
	// ImageURL is the card's image (http or https).
	ImageURL string `json:"image_url,omitempty"`
	// DefaultAction opens a URL when the card is tapped.
	DefaultAction *DefaultAction `json:"default_action,omitempty"`
	// Buttons are 1 to 3 buttons (1 in a list template).
	Buttons []Button `json:"buttons,omitempty"`
}

// DefaultAction is an element's default action: a URL button without a
// title,
// https://developers.facebook.com/documentation/business-messaging/messenger-platform/send-messages/template/generic#default_action.
type DefaultAction struct {
	// Type is always ButtonURL.
	Type ButtonType `json:"type"`
	URLOptions
}

// ButtonType is the "type" of a button.
type ButtonType string

// The button types this channel sends.
const (
	// ButtonURL opens a web page (link, webview, buy).
	ButtonURL ButtonType = "web_url"
	// ButtonPostback sends a postback webhook event.
	ButtonPostback ButtonType = "postback"
	// ButtonCall dials a phone number (a tel: link).
	ButtonCall ButtonType = "phone_number"
	// ButtonShare is the share button: removed on 15 August 2019, sent only
	// by the Legacy profile.
	ButtonShare ButtonType = "element_share"
)

// Button is a button of a template: one of *URLButton, *PostbackButton,
// *CallButton, *ShareButton,
// https://developers.facebook.com/documentation/business-messaging/messenger-platform/send-messages/buttons.
type Button interface {
	buttonType() ButtonType
}

// URLOptions are the fields a URL button shares with a default action,
// https://developers.facebook.com/documentation/business-messaging/messenger-platform/send-messages/buttons/url.
type URLOptions struct {
	// URL is the page to open (http or https; https with
	// messenger_extensions).
	URL string `json:"url"`
	// WebviewHeightRatio is "compact", "tall" or "full"; absent means the
	// API's default, full.
	WebviewHeightRatio string `json:"webview_height_ratio,omitempty"`
	// MessengerExtensions is passed through from the action's
	// extraChannelOptions.messenger, true or false as given; absent when the
	// action sets none (the API's default, false).
	MessengerExtensions *bool `json:"messenger_extensions,omitempty"`
	// FallbackURL is the page for clients without Messenger Extensions; the
	// API accepts it only when MessengerExtensions is true.
	FallbackURL string `json:"fallback_url,omitempty"`
}

// URLButton is a URL button,
// https://developers.facebook.com/documentation/business-messaging/messenger-platform/send-messages/buttons/url.
type URLButton struct {
	// Type is always ButtonURL.
	Type ButtonType `json:"type"`
	// Title is 1 to 20 characters.
	Title string `json:"title"`
	URLOptions
}

// PostbackButton is a postback button,
// https://developers.facebook.com/documentation/business-messaging/messenger-platform/send-messages/buttons/postback.
type PostbackButton struct {
	// Type is always ButtonPostback.
	Type ButtonType `json:"type"`
	// Title is 1 to 20 characters.
	Title string `json:"title"`
	// Payload is 1 to 1000 characters.
	Payload string `json:"payload"`
}

// CallButton is a call button: Payload is the number to dial, "+" then the
// country code and the number,
// https://developers.facebook.com/docs/messenger-platform/reference/buttons/call.
type CallButton struct {
	// Type is always ButtonCall.
	Type ButtonType `json:"type"`
	// Title is 1 to 20 characters.
	Title   string `json:"title"`
	Payload string `json:"payload"`
}

// ShareButton is the share button of a generic or list template element,
// as Messenger took it until 15 August 2019,
// https://developers.facebook.com/docs/messenger-platform/reference/buttons/share.
// It has no title: Messenger labels it.
type ShareButton struct {
	// Type is always ButtonShare.
	Type ButtonType `json:"type"`
}

func (b *URLButton) buttonType() ButtonType      { return b.Type }
func (b *PostbackButton) buttonType() ButtonType { return b.Type }
func (b *CallButton) buttonType() ButtonType     { return b.Type }
func (b *ShareButton) buttonType() ButtonType    { return b.Type }

// QuickReplyType is the "content_type" of a QuickReply.
type QuickReplyType string

// The quick reply content types this channel sends.
const (
	// QuickReplyText is a text quick reply (a reply action).
	QuickReplyText QuickReplyType = "text"
	// QuickReplyLocation asks for the user's location: removed in 2019,
	// sent only by the Legacy profile.
	QuickReplyLocation QuickReplyType = "location"
)

// QuickReply is one quick reply of a message,
// https://developers.facebook.com/documentation/business-messaging/messenger-platform/send-messages/quick-replies.
// A location quick reply has no title, payload or image.
type QuickReply struct {
	ContentType QuickReplyType `json:"content_type"`
	// Title is 1 to 20 characters (text quick replies).
	Title string `json:"title,omitempty"`
	// Payload is 1 to 1000 characters (text quick replies).
	Payload string `json:"payload,omitempty"`
	// ImageURL is the reply's icon, from the action's iconUrl.
	ImageURL string `json:"image_url,omitempty"`
}
