package viber

// Message is the body of one send_message request minus "receiver", which
// the request step adds (package send): the sender, min_api_version, the
// message type and its fields, and an optional keyboard (MSG, KBD).
type Message struct {
	Sender        Sender `json:"sender"`
	MinAPIVersion int    `json:"min_api_version,omitempty"`
	// TrackingData is returned with the user's reply (at most 4000);
	// chanrender sets none.
	TrackingData string     `json:"tracking_data,omitempty"`
	Type         string     `json:"type"`
	Text         *string    `json:"text,omitempty"`
	Media        string     `json:"media,omitempty"`
	Size         int64      `json:"size,omitempty"`
	FileName     string     `json:"file_name,omitempty"`
	Location     *Location  `json:"location,omitempty"`
	RichMedia    *RichMedia `json:"rich_media,omitempty"`
	Keyboard     *Keyboard  `json:"keyboard,omitempty"`
}

// Sender is the bot as the message shows it: name (required, at most 28).
type Sender struct {
	Name string `json:"name"`
}

// Location is a location message's coordinates.
type Location struct {
	Lat float64 `json:"lat"`
	Lon float64 `json:"lon"`
}

// Keyboard is a custom keyboard (KBD): buttons in order on a 6-column grid.
type Keyboard struct {
	Type          string   `json:"Type"`
	DefaultHeight bool     `json:"DefaultHeight"`
	Buttons       []Button `json:"Buttons"`
}

// RichMedia is a rich_media message's grid (RM): blocks of
// ButtonsGroupColumns × ButtonsGroupRows cells, filled by Buttons in order.
type RichMedia struct {
	Type                string   `json:"Type"`
	ButtonsGroupColumns int      `json:"ButtonsGroupColumns"`
	ButtonsGroupRows    int      `json:"ButtonsGroupRows"`
	BgColor             string   `json:"BgColor,omitempty"`
	Buttons             []Button `json:"Buttons"`
}

// Button is a keyboard or rich media button. Text is HTML (Viber renders
// some tags), so chanrender escapes what it takes from the message.
// ActionType is "reply" (ActionBody comes back as the user's message
// text), "open-url" (ActionBody is the URL), "location-picker" or "none".
type Button struct {
	Columns    int    `json:"Columns"`
	Rows       int    `json:"Rows"`
	ActionType string `json:"ActionType"`
	ActionBody string `json:"ActionBody"`
	Image      string `json:"Image,omitempty"`
	Text       string `json:"Text,omitempty"`
	TextSize   string `json:"TextSize,omitempty"`
	TextVAlign string `json:"TextVAlign,omitempty"`
	TextHAlign string `json:"TextHAlign,omitempty"`
}
