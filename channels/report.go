package channels

// Code classifies a Degradation. The set is closed and stable: tests and
// callers switch on it.
type Code string

// The report codes (docs/RENDERING.md §5).
const (
	// Truncated: a text or a list was shortened.
	Truncated Code = "Truncated"
	// Dropped: an action, an image or a field was removed.
	Dropped Code = "Dropped"
	// FellBack: the construct was rendered through the raw-text fallback.
	FellBack Code = "FellBack"
	// Converted: the construct was rendered as another native construct
	// (a list as a carousel).
	Converted Code = "Converted"
	// Split: one input became several messages.
	Split Code = "Split"
	// Shortened: a postback or reply payload was replaced by a short token.
	Shortened Code = "Shortened"
	// Overridden: the message's passthrough payload was sent as given.
	Overridden Code = "Overridden"
)

// Codes returns every Code in documentation order.
func Codes() []Code {
	return []Code{Truncated, Dropped, FellBack, Converted, Split, Shortened, Overridden}
}

// Valid reports whether c is one of the documented codes.
func (c Code) Valid() bool {
	for _, k := range Codes() {
		if k == c {
			return true
		}
	}
	return false
}

// String returns the code's name.
func (c Code) String() string { return string(c) }

// Degradation is one thing the rendering lost or changed.
type Degradation struct {
	// Code says what happened.
	Code Code `json:"code"`
	// Path is the JSON path, in the input message, of what it happened to
	// (items[2].actions[0], text). The empty path means the whole message.
	Path string `json:"path"`
	// Detail is a human sentence. Tests assert Code and Path, not Detail.
	Detail string `json:"detail"`
}

// String formats d as "Code path: detail" ("Code (message): detail" for
// the whole message), the form logs and the command line print.
func (d Degradation) String() string {
	p := d.Path
	if p == "" {
		p = "(message)"
	}
	return string(d.Code) + " " + p + ": " + d.Detail
}

// Report lists every Degradation of one render, in the order they happened.
// An empty report means the channel received the message as given.
type Report []Degradation

// Has reports whether r contains an entry with code c at path p.
func (r Report) Has(c Code, p string) bool {
	for _, d := range r {
		if d.Code == c && d.Path == p {
			return true
		}
	}
	return false
}
