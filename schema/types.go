package schema

import "encoding/json"

// Role is the author role of a message: appUser or appMaker.
type Role string

// The roles a message may have.
const (
	RoleAppUser  Role = "appUser"
	RoleAppMaker Role = "appMaker"
)

// Valid reports whether r is one of the documented roles.
func (r Role) Valid() bool { return r == RoleAppUser || r == RoleAppMaker }

// String returns the wire form of r.
func (r Role) String() string { return string(r) }

// MessageType is the type of a message.
type MessageType string

// The message types of the v1 API (form messages are out of scope).
const (
	TypeText     MessageType = "text"
	TypeImage    MessageType = "image"
	TypeFile     MessageType = "file"
	TypeLocation MessageType = "location"
	TypeCarousel MessageType = "carousel"
	TypeList     MessageType = "list"
)

// MessageTypes returns every valid MessageType in documentation order.
func MessageTypes() []MessageType {
	return []MessageType{TypeText, TypeImage, TypeFile, TypeLocation, TypeCarousel, TypeList}
}

// Valid reports whether t is one of the documented message types.
func (t MessageType) Valid() bool { return contains(MessageTypes(), t) }

// String returns the wire form of t.
func (t MessageType) String() string { return string(t) }

// HasItems reports whether messages of type t carry items (carousel, list).
func (t MessageType) HasItems() bool { return t == TypeCarousel || t == TypeList }

// ActionType is the type of an action button.
type ActionType string

// The action types of the v1 API.
const (
	ActionLink            ActionType = "link"
	ActionWebview         ActionType = "webview"
	ActionBuy             ActionType = "buy"
	ActionPostback        ActionType = "postback"
	ActionReply           ActionType = "reply"
	ActionLocationRequest ActionType = "locationRequest"
	ActionShare           ActionType = "share"
)

// ActionTypes returns every valid ActionType in documentation order.
func ActionTypes() []ActionType {
	return []ActionType{ActionLink, ActionWebview, ActionBuy, ActionPostback, ActionReply, ActionLocationRequest, ActionShare}
}

// Valid reports whether t is one of the documented action types.
func (t ActionType) Valid() bool { return contains(ActionTypes(), t) }

// String returns the wire form of t.
func (t ActionType) String() string { return string(t) }

// IsQuickReply reports whether t is a reply or a locationRequest: the two
// action types that render as quick replies and may only be combined with
// each other.
func (t ActionType) IsQuickReply() bool { return t == ActionReply || t == ActionLocationRequest }

// HasURI reports whether actions of type t open a URI (link, webview, and buy
// when it carries one).
func (t ActionType) HasURI() bool { return t == ActionLink || t == ActionWebview || t == ActionBuy }

// WebviewSize is the height of a webview action: compact, tall or full.
type WebviewSize string

// The webview sizes.
const (
	WebviewCompact WebviewSize = "compact"
	WebviewTall    WebviewSize = "tall"
	WebviewFull    WebviewSize = "full"
)

// Valid reports whether s is a documented webview size.
func (s WebviewSize) Valid() bool { return s == WebviewCompact || s == WebviewTall || s == WebviewFull }

// String returns the wire form of s.
func (s WebviewSize) String() string { return string(s) }

// ItemSize is the image size of a message item: compact or large.
type ItemSize string

// The item sizes.
const (
	ItemCompact ItemSize = "compact"
	ItemLarge   ItemSize = "large"
)

// Valid reports whether s is a documented item size.
func (s ItemSize) Valid() bool { return s == ItemCompact || s == ItemLarge }

// String returns the wire form of s.
func (s ItemSize) String() string { return string(s) }

// AspectRatio is displaySettings.imageAspectRatio: horizontal or square.
type AspectRatio string

// The image aspect ratios.
const (
	AspectHorizontal AspectRatio = "horizontal"
	AspectSquare     AspectRatio = "square"
)

// Valid reports whether a is a documented aspect ratio.
func (a AspectRatio) Valid() bool { return a == AspectHorizontal || a == AspectSquare }

// String returns the wire form of a.
func (a AspectRatio) String() string { return string(a) }

// ActivityType is the type of a typing activity.
type ActivityType string

// The typing activity types.
const (
	TypingStart ActivityType = "typing:start"
	TypingStop  ActivityType = "typing:stop"
)

// Valid reports whether t is a documented activity type.
func (t ActivityType) Valid() bool { return t == TypingStart || t == TypingStop }

// String returns the wire form of t.
func (t ActivityType) String() string { return string(t) }

// Message is a canonical v1 message. Field order is the order of the
// canonical JSON encoding.
type Message struct {
	Role            Role                `json:"role"`
	Type            MessageType         `json:"type"`
	Text            string              `json:"text,omitempty"`
	Name            string              `json:"name,omitempty"`
	Email           string              `json:"email,omitempty"`
	AvatarURL       string              `json:"avatarUrl,omitempty"`
	Destination     *Destination        `json:"destination,omitempty"`
	Metadata        Metadata            `json:"metadata,omitempty"`
	Payload         string              `json:"payload,omitempty"`
	MediaURL        string              `json:"mediaUrl,omitempty"`
	MediaType       string              `json:"mediaType,omitempty"`
	Coordinates     *Coordinates        `json:"coordinates,omitempty"`
	Location        *Location           `json:"location,omitempty"`
	Items           []Item              `json:"items,omitempty"`
	Actions         []Action            `json:"actions,omitempty"`
	DisplaySettings *DisplaySettings    `json:"displaySettings,omitempty"`
	Override        map[string]Override `json:"override,omitempty"`
}

// Destination targets one channel, bypassing automatic delivery.
type Destination struct {
	IntegrationID   string `json:"integrationId,omitempty"`
	IntegrationType string `json:"integrationType,omitempty"`
}

// Coordinates of a location message, in decimal degrees.
type Coordinates struct {
	Lat  float64 `json:"lat"`
	Long float64 `json:"long"`
}

// Location is the optional description of a location message's place.
type Location struct {
	Name    string `json:"name,omitempty"`
	Address string `json:"address,omitempty"`
}

// DisplaySettings adjusts the layout of a carousel.
type DisplaySettings struct {
	ImageAspectRatio AspectRatio `json:"imageAspectRatio,omitempty"`
}

// Override is a passthrough payload for one channel: when present for the
// channel being rendered, Payload is sent as given.
type Override struct {
	Payload json.RawMessage `json:"payload"`
}

// Item is a carousel or list item.
type Item struct {
	Title       string   `json:"title"`
	Description string   `json:"description,omitempty"`
	MediaURL    string   `json:"mediaUrl,omitempty"`
	MediaType   string   `json:"mediaType,omitempty"`
	Size        ItemSize `json:"size,omitempty"`
	Actions     []Action `json:"actions"`
}

// Action is an action button of any type. Which fields are meaningful
// depends on Type; Decode enforces the required ones.
type Action struct {
	Type                ActionType           `json:"type"`
	Text                string               `json:"text,omitempty"`
	URI                 string               `json:"uri,omitempty"`
	Payload             string               `json:"payload,omitempty"`
	Amount              int64                `json:"amount,omitempty"`
	Currency            string               `json:"currency,omitempty"`
	IconURL             string               `json:"iconUrl,omitempty"`
	Default             bool                 `json:"default,omitempty"`
	Size                WebviewSize          `json:"size,omitempty"`
	Fallback            string               `json:"fallback,omitempty"`
	OpenOnReceive       bool                 `json:"openOnReceive,omitempty"`
	Metadata            Metadata             `json:"metadata,omitempty"`
	ExtraChannelOptions *ExtraChannelOptions `json:"extraChannelOptions,omitempty"`
}

// ExtraChannelOptions are options passed directly to one channel's API.
type ExtraChannelOptions struct {
	Messenger *MessengerOptions `json:"messenger,omitempty"`
}

// MessengerOptions are the Messenger URL button options a link or webview
// action may carry.
type MessengerOptions struct {
	WebviewHeightRatio  WebviewSize `json:"webview_height_ratio,omitempty"`
	MessengerExtensions *bool       `json:"messenger_extensions,omitempty"`
	FallbackURL         string      `json:"fallback_url,omitempty"`
}

// Metadata is a flat object of strings, numbers (json.Number) and booleans.
// encoding/json writes map keys sorted, so its encoding is deterministic.
type Metadata map[string]any

// Activity is a typing activity (POST .../conversation/activity).
type Activity struct {
	Role      Role         `json:"role"`
	Type      ActivityType `json:"type"`
	Name      string       `json:"name,omitempty"`
	AvatarURL string       `json:"avatarUrl,omitempty"`
}

func contains[T comparable](set []T, v T) bool {
	for _, s := range set {
		if s == v {
			return true
		}
	}
	return false
}
