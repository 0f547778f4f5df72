package channels

import (
	"errors"
	"fmt"
	"slices"

	"github.com/chanrender/chanrender/schema"
	"github.com/chanrender/chanrender/text"
)

// Unit says what a Limit counts. It is text.Unit, re-exported so capability
// tables read as one vocabulary.
type Unit = text.Unit

// The units a Limit can count in.
const (
	Runes     = text.Runes
	UTF16     = text.UTF16
	Bytes     = text.Bytes
	Graphemes = text.Graphemes
)

// Limit is a maximum length and the unit it is counted in. The zero Limit
// means "no limit".
type Limit struct {
	Max  int
	Unit Unit
}

// IsZero reports whether l sets no limit.
func (l Limit) IsZero() bool { return l.Max == 0 }

// Fits reports whether s is within l.
func (l Limit) Fits(s string) bool { return l.IsZero() || text.Fits(s, l.Max, l.Unit) }

// Len measures s in l's unit.
func (l Limit) Len(s string) int { return text.Len(s, l.Unit) }

// String gives "2000 UTF-16 units", or "none".
func (l Limit) String() string {
	if l.IsZero() {
		return "none"
	}
	return fmt.Sprintf("%d %s", l.Max, l.Unit)
}

// Mode says how a channel renders a message type or an action type.
type Mode int

const (
	// Drop (the zero value) removes the construct and reports it (Dropped).
	Drop Mode = iota
	// Native renders the construct with the channel's own API.
	Native
	// AsText renders the construct through the raw-text fallback
	// (FellBack): a whole message becomes text, an action becomes a line of
	// the message's text.
	AsText
	// Convert renders a message type as another native type (TypeRule.To),
	// reported as Converted.
	Convert
)

// FallBack is the old name of AsText.
//
// Deprecated: use AsText; FallBack read one letter away from the report
// code FellBack.
const FallBack = AsText

// String returns the mode's name as the capability matrix shows it.
func (m Mode) String() string {
	switch m {
	case Drop:
		return "dropped"
	case Native:
		return "native"
	case AsText:
		return "text fallback"
	case Convert:
		return "converted"
	default:
		return fmt.Sprintf("Mode(%d)", int(m))
	}
}

// MarshalText returns the mode's String, so that a capability table
// encodes as JSON with readable modes ("native", "text fallback").
func (m Mode) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// TypeRule says how a channel renders one message type.
type TypeRule struct {
	// Mode is Native, AsText or Convert (never Drop: every message reaches
	// the user somehow).
	Mode Mode
	// To is the type a Convert rule renders as (list → carousel).
	To schema.MessageType
	// MediaSchemes, when set, restricts Native rendering to media URLs with
	// one of these (lowercase) schemes; other URLs fall back to text (LINE
	// images need https).
	MediaSchemes []string
	// MediaTypes, when set, restricts Native rendering to these media types;
	// others fall back to text (Telegram fetches only GIF, PDF and ZIP
	// documents by URL). An entry ending in "/*" matches a whole family.
	MediaTypes []string
}

// Types holds one TypeRule per message type.
type Types struct {
	Text, Image, File, Location, Carousel, List TypeRule
}

// For returns the rule for message type t.
func (ts Types) For(t schema.MessageType) TypeRule {
	switch t {
	case schema.TypeText:
		return ts.Text
	case schema.TypeImage:
		return ts.Image
	case schema.TypeFile:
		return ts.File
	case schema.TypeLocation:
		return ts.Location
	case schema.TypeCarousel:
		return ts.Carousel
	case schema.TypeList:
		return ts.List
	}
	return TypeRule{}
}

// ActionRule says how a channel renders one action type in one context.
type ActionRule struct {
	// Mode is Native, AsText (a "label uri" line appended to the message
	// text, or the location request sentence) or Drop.
	Mode Mode
	// Schemes, when set, lists the URI schemes (lowercase) a link, webview
	// or buy URI may have; an action with another scheme is dropped.
	Schemes []string
	// RequireURI drops actions of this type that carry no URI (a buy button
	// without a checkout URI on Messenger).
	RequireURI bool
}

// Unlimited is the Max a capability table gives a context that takes any
// number of actions (the SDK channels), for channel authors.
const Unlimited = 1 << 30

// ActionSet says which actions a context renders and how many.
type ActionSet struct {
	// Max is the most actions kept natively in this context; the rest are
	// truncated (Truncated). Zero means the context takes no native action.
	Max int
	// Rules gives the rule per action type. A type that is absent is
	// dropped.
	Rules map[schema.ActionType]ActionRule
	// Min is the fewest native actions an item needs (LINE columns need 1);
	// an item left with fewer is dropped. Only item contexts use it.
	Min int
	// DefaultAction: a link with default: true becomes the item's default
	// action (tap on the card) and does not count toward Max. Without it,
	// the default link is an ordinary button.
	DefaultAction bool
}

// Rule returns the rule for action type t (the zero rule, Drop, when absent).
func (s ActionSet) Rule(t schema.ActionType) ActionRule { return s.Rules[t] }

// Actions holds the ActionSet of every context an action can appear in.
type Actions struct {
	// Message: link, webview, postback and buy actions of a text, image,
	// file or location message (buttons).
	Message ActionSet
	// Replies: reply and locationRequest actions (quick replies), on any
	// message type; they are counted apart from buttons.
	Replies ActionSet
	// CarouselItem: the actions of a carousel item.
	CarouselItem ActionSet
	// ListItem: the actions of a list item.
	ListItem ActionSet
	// ItemsMessage: message-level buttons (not quick replies) of a carousel
	// or list.
	ItemsMessage ActionSet
}

// Texts holds the limit of every text field the channel renders.
type Texts struct {
	// Text is the limit of a text message.
	Text Limit
	// SplitText: a text over Text is split into several messages on word
	// boundaries (Split) rather than truncated (Truncated).
	SplitText bool
	// ButtonsText is the limit of the text of a message that carries native
	// buttons (a template); it is truncated.
	ButtonsText Limit
	// Caption is the limit of a media caption; a longer text goes in a
	// following text message (Split). Zero: the channel has no captions and
	// sends the text as its own message.
	Caption Limit
	// ItemTitle and ItemDescription are the limits of a carousel or list
	// item's title and description; they are truncated.
	ItemTitle, ItemDescription Limit
	// ActionLabel is the limit of a button label; ReplyLabel of a quick
	// reply label. Both are truncated.
	ActionLabel, ReplyLabel Limit
	// Payload is the limit of a postback payload; a longer payload is
	// replaced by a deterministic token (Shortened, see Token).
	Payload Limit
	// ReplyPayload is the same for reply payloads. Zero means the channel
	// never sends reply payloads (Telegram's reply keyboard sends the
	// label), so they are kept as they are.
	ReplyPayload Limit
	// URI is the limit of an action URI; an action with a longer URI is
	// dropped (a cut URI would lead somewhere else).
	URI Limit
	// AltText is the limit of the alternative text of a rich message (LINE
	// altText); it is truncated.
	AltText Limit
	// SenderName is the limit of the author's name where the channel
	// shows it with the message (LINE sender.name); it is truncated.
	SenderName Limit
}

// Items says how many items a channel takes and the rules across items.
type Items struct {
	// Max is the most items of a carousel or list; the rest are truncated.
	Max int
	// PerMessage is the most items one native message holds; longer lists
	// become several messages. Zero means Max.
	PerMessage int
	// MinPerMessage is the fewest items a native list message holds (the
	// Messenger 2017 list template needs 2); a shorter one is built another
	// way by the channel. Zero means 1.
	MinPerMessage int
	// ImageSchemes, when set, lists the schemes an item image may have;
	// other images are dropped (Dropped).
	ImageSchemes []string
	// ImageTypes, when set, lists the media types an item image may have
	// ("image/*" matches a family); an image of another known type is
	// dropped. An image whose type the URL does not tell is kept: the
	// platform may still take it.
	ImageTypes []string
	// ImageURL is the limit of an item image URL, measured percent-encoded
	// as sent (WireURL); a longer one drops the image.
	ImageURL Limit
	// UniformActions: every item must have the same number of actions; the
	// engine cuts every item to the smallest count (Dropped per action).
	UniformActions bool
	// UniformImages: an image in one item means an image in all; when some
	// items lack one, the engine drops the others' images (Dropped).
	UniformImages bool
}

// Typing says which typing activities the channel renders.
type Typing struct {
	Start, Stop bool
}

// Delivery holds the channel facts automatic delivery planning needs.
type Delivery struct {
	// Push: the channel notifies the user when a message arrives.
	Push bool
	// SilentReceive: the channel can receive a message without notifying
	// the user (the SDKs and Messenger).
	SilentReceive bool
}

// Capabilities is one channel's table at one platform version: plain data
// the engine applies before the channel's Build. Each channel package
// declares it as a single Go literal.
type Capabilities struct {
	// Name is the channel's registry name.
	Name string
	// Platform names the platform version the table describes.
	Platform string
	// Reference is the URL of the channel's API reference.
	Reference string
	// Types says how each message type is rendered.
	Types Types
	// Actions says which actions each context renders, and how many.
	Actions Actions
	// Texts holds every text limit.
	Texts Texts
	// Items holds the item count and the rules across items.
	Items Items
	// Typing says which typing activities are rendered.
	Typing Typing
	// Delivery holds the facts delivery planning uses.
	Delivery Delivery
	// MessagesPerPayload is the most messages one request carries (LINE: 5);
	// zero means one.
	MessagesPerPayload int
	// Passthrough says whether and how the channel sends a message's
	// override payload as given.
	Passthrough Passthrough
	// Fields says which of the message's fields beyond its content the
	// channel sends; the engine reports every present one it does not.
	Fields Fields
	// Endpoints says how each payload method goes over HTTP (package send
	// reads it): one entry per Payload.Method the channel's Build and
	// BuildActivity produce, and its reply-token variant where the
	// platform has one.
	Endpoints []Endpoint
	// Answers says how the user's answer to a postback, a reply or a line
	// of the text fallback comes back from the channel (a payload or its
	// token, the button's label, typed text): what render.Resolve reads to
	// map an answer back to the canonical action.
	Answers Answers
}

// Fields lists the fields of a message (and of a typing activity) that
// are not its content: the author's name, email and avatar, and the
// message's metadata. A channel that sends one says so here (LINE shows
// the name and avatar as the message's sender; the SDK channels send the
// message itself); for every other channel the engine reports a present
// field as Dropped at its path, so that nothing is lost silently.
type Fields struct {
	Name, Email, AvatarURL, Metadata bool
	// Activity: the channel's typing payloads carry the name and avatar
	// too (the SDKs send the activity itself); without it, a typing
	// activity's name and avatar are reported.
	Activity bool
}

// Passthrough describes the Smooch passthrough API for one channel: when the
// message carries override.{Key}.payload, that payload is the request body.
type Passthrough struct {
	// Key is the key under the message's "override"; empty means the
	// channel has no passthrough.
	Key string
	// Method is the API operation the override body is sent with.
	Method string
}

// Clone returns a deep copy of c: changing the copy's maps and slices leaves
// c as it was. A channel builds its table once and returns a Clone from
// Capabilities, so that no caller can change what another render sees.
func (c Capabilities) Clone() Capabilities {
	c.Types = Types{
		Text: c.Types.Text.clone(), Image: c.Types.Image.clone(), File: c.Types.File.clone(),
		Location: c.Types.Location.clone(), Carousel: c.Types.Carousel.clone(), List: c.Types.List.clone(),
	}
	c.Actions = Actions{
		Message: c.Actions.Message.clone(), Replies: c.Actions.Replies.clone(),
		CarouselItem: c.Actions.CarouselItem.clone(), ListItem: c.Actions.ListItem.clone(),
		ItemsMessage: c.Actions.ItemsMessage.clone(),
	}
	c.Items.ImageSchemes = slices.Clone(c.Items.ImageSchemes)
	c.Items.ImageTypes = slices.Clone(c.Items.ImageTypes)
	return c
}

func (r TypeRule) clone() TypeRule {
	r.MediaSchemes = slices.Clone(r.MediaSchemes)
	r.MediaTypes = slices.Clone(r.MediaTypes)
	return r
}

func (s ActionSet) clone() ActionSet {
	if s.Rules == nil {
		return s
	}
	rules := make(map[schema.ActionType]ActionRule, len(s.Rules))
	for t, r := range s.Rules {
		r.Schemes = slices.Clone(r.Schemes)
		rules[t] = r
	}
	s.Rules = rules
	return s
}

// Validate checks that the table is coherent: every message type has a
// rule, conversions lead to a native type, limits have units, native action
// contexts allow at least one action. Registry refuses invalid tables.
//
// A valid table costs a few hundred nanoseconds and no allocation (the
// engine checks the table on every render); only an invalid one pays for
// the errors that say why.
func (c Capabilities) Validate() error {
	if c.coherent() {
		return nil
	}
	return c.problems()
}

// coherent reports whether Validate finds nothing: the same checks as
// problems, without building errors.
func (c *Capabilities) coherent() bool {
	if c.Name == "" {
		return false
	}
	for _, r := range [...]struct {
		t schema.MessageType
		r TypeRule
	}{
		{schema.TypeText, c.Types.Text}, {schema.TypeImage, c.Types.Image}, {schema.TypeFile, c.Types.File},
		{schema.TypeLocation, c.Types.Location}, {schema.TypeCarousel, c.Types.Carousel}, {schema.TypeList, c.Types.List},
	} {
		switch r.r.Mode {
		case Native, AsText:
		case Convert:
			if !r.r.To.Valid() || r.r.To == r.t || c.Types.For(r.r.To).Mode != Native {
				return false
			}
		default:
			return false
		}
	}
	for _, s := range [...]struct {
		set              ActionSet
		replies, canText bool
	}{
		{c.Actions.Message, false, true}, {c.Actions.Replies, true, true},
		{c.Actions.CarouselItem, false, false}, {c.Actions.ListItem, false, false},
		{c.Actions.ItemsMessage, false, false},
	} {
		for t, r := range s.set.Rules {
			switch {
			case !knownAction(t),
				r.Mode == Native && s.set.Max <= 0,
				r.Mode == Convert,
				t.IsQuickReply() != s.replies,
				r.Mode == AsText && !s.canText:
				return false
			}
		}
	}
	for _, l := range [...]Limit{
		c.Texts.Text, c.Texts.ButtonsText, c.Texts.Caption, c.Texts.ItemTitle, c.Texts.ItemDescription,
		c.Texts.ActionLabel, c.Texts.ReplyLabel, c.Texts.Payload, c.Texts.ReplyPayload,
		c.Texts.URI, c.Texts.AltText, c.Texts.SenderName, c.Items.ImageURL,
	} {
		if l.Max < 0 || (l.Max > 0 && !l.Unit.Valid()) {
			return false
		}
	}
	for _, l := range [...]Limit{c.Texts.Payload, c.Texts.ReplyPayload} {
		if l.Max > 0 && l.Max < MinTokenLen {
			return false
		}
	}
	return c.Items.Max >= 0 && c.Items.PerMessage >= 0 && c.Items.MinPerMessage >= 0 && c.MessagesPerPayload >= 0 &&
		c.Answers.Postback.valid() && c.Answers.Reply.valid()
}

// knownAction is schema.ActionType.Valid as one switch.
func knownAction(t schema.ActionType) bool {
	switch t {
	case schema.ActionLink, schema.ActionWebview, schema.ActionBuy, schema.ActionPostback,
		schema.ActionReply, schema.ActionLocationRequest, schema.ActionShare:
		return true
	}
	return false
}

// problems is Validate's full check: every problem, in a stable order.
func (c Capabilities) problems() error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if c.Name == "" {
		bad("capabilities: empty name")
	}
	for _, t := range schema.MessageTypes() {
		r := c.Types.For(t)
		switch r.Mode {
		case Native, AsText:
		case Convert:
			if !r.To.Valid() || r.To == t {
				bad("capabilities: types.%s: converts to invalid type %q", t, r.To)
			} else if c.Types.For(r.To).Mode != Native {
				bad("capabilities: types.%s: converts to %s, which is not native", t, r.To)
			}
		default:
			bad("capabilities: types.%s: mode %s is not allowed for a message type", t, r.Mode)
		}
	}
	sets := []struct {
		name string
		set  ActionSet
	}{
		{"message", c.Actions.Message}, {"replies", c.Actions.Replies},
		{"carouselItem", c.Actions.CarouselItem}, {"listItem", c.Actions.ListItem},
		{"itemsMessage", c.Actions.ItemsMessage},
	}
	for _, s := range sets {
		for _, t := range schema.ActionTypes() {
			r, ok := s.set.Rules[t]
			if ok && r.Mode == Native && s.set.Max <= 0 {
				bad("capabilities: actions.%s: %s is native but max is %d", s.name, t, s.set.Max)
			}
			if ok && r.Mode == Convert {
				bad("capabilities: actions.%s: %s cannot be converted", s.name, t)
			}
			if ok && t.IsQuickReply() != (s.name == "replies") {
				bad("capabilities: actions.%s: %s: reply and locationRequest belong in replies, and only they", s.name, t)
			}
			if ok && r.Mode == AsText && s.name != "message" && s.name != "replies" {
				bad("capabilities: actions.%s: %s: only message and reply actions can fall back to text", s.name, t)
			}
		}
		known := 0
		for _, t := range schema.ActionTypes() {
			if _, ok := s.set.Rules[t]; ok {
				known++
			}
		}
		if known != len(s.set.Rules) {
			bad("capabilities: actions.%s: rules for unknown action types", s.name)
		}
	}
	limits := []struct {
		name string
		l    Limit
	}{
		{"text", c.Texts.Text}, {"buttonsText", c.Texts.ButtonsText}, {"caption", c.Texts.Caption},
		{"itemTitle", c.Texts.ItemTitle}, {"itemDescription", c.Texts.ItemDescription},
		{"actionLabel", c.Texts.ActionLabel}, {"replyLabel", c.Texts.ReplyLabel},
		{"payload", c.Texts.Payload}, {"replyPayload", c.Texts.ReplyPayload},
		{"uri", c.Texts.URI}, {"altText", c.Texts.AltText}, {"senderName", c.Texts.SenderName}, {"items.imageURL", c.Items.ImageURL},
	}
	for _, l := range limits {
		if l.l.Max < 0 || (l.l.Max > 0 && !l.l.Unit.Valid()) {
			bad("capabilities: texts.%s: invalid limit %d with unit %d", l.name, l.l.Max, int(l.l.Unit))
		}
	}
	for _, l := range []Limit{c.Texts.Payload, c.Texts.ReplyPayload} {
		if l.Max > 0 && l.Max < MinTokenLen {
			bad("capabilities: texts: payload limit %s cannot hold a token", l)
		}
	}
	if c.Items.Max < 0 || c.Items.PerMessage < 0 || c.Items.MinPerMessage < 0 || c.MessagesPerPayload < 0 {
		bad("capabilities: negative count")
	}
	if !c.Answers.Postback.valid() || !c.Answers.Reply.valid() {
		bad("capabilities: answers: unknown answer %s or %s", c.Answers.Postback, c.Answers.Reply)
	}
	return errors.Join(errs...)
}
