package viber

import (
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"strings"
	"unicode/utf8"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/fallback"
	"github.com/chanrender/chanrender/schema"
	"github.com/chanrender/chanrender/text"
)

// DefaultSenderName is the sender.name of a render with neither a sender
// name option (SenderName) nor an app name (render.WithAppName): Viber
// requires one.
const DefaultSenderName = "Bot"

// Channel is the Viber REST Bot API channel. Use New.
type Channel struct {
	caps   *channels.Capabilities
	sender string
	loc    *fallback.Localizer
}

var _ channels.Channel = (*Channel)(nil)

// Option configures a Channel value (New).
type Option func(*Channel)

// SenderName sets the sender.name of every message, in place of the
// render's app name (render.WithAppName, the default). It is cut to
// Viber's 28 characters. An empty name sets nothing.
func SenderName(name string) Option { return func(c *Channel) { c.sender = name } }

// New returns the Viber channel; its name is "viber" with or without
// options.
func New(opts ...Option) *Channel {
	c := &Channel{loc: fallback.NewLocalizer()}
	for _, o := range opts {
		if o != nil {
			o(c)
		}
	}
	caps := capabilities()
	c.caps = &caps
	return c
}

// Name returns the registry name, "viber".
func (*Channel) Name() string { return Name }

// Capabilities returns the table built by New: its maps and slices are
// shared, read-only. A zero Channel builds a new table on each call.
func (c *Channel) Capabilities() channels.Capabilities {
	if c == nil || c.caps == nil {
		return capabilities()
	}
	return *c.caps
}

// Localizer returns the channel's prepared fallback localisation (nil for a
// zero Channel).
func (c *Channel) Localizer() *fallback.Localizer {
	if c == nil {
		return nil
	}
	return c.loc
}

// BuildActivity always fails: Viber's bot API has no typing call, and the
// table says so (the engine reports the activity Dropped).
func (*Channel) BuildActivity(a *schema.Activity, _ *channels.Context) ([]channels.Payload, error) {
	if a == nil {
		return nil, errors.New("viber: nil activity")
	}
	return nil, fmt.Errorf("viber: type: no call for activity %q", a.Type)
}

// Build maps a message the engine has fitted to the table to send_message
// bodies, one payload per Viber message, in order.
func (c *Channel) Build(m *schema.Message, ctx *channels.Context) ([]channels.Payload, error) {
	if m == nil {
		return nil, errors.New("viber: nil message")
	}
	if c == nil || c.caps == nil {
		c = New()
	}
	ctx = channels.BuildContext(ctx, c.loc)
	b := &builder{m: m, ctx: ctx, loc: c.loc, sender: senderName(c.sender, ctx.AppName)}
	var msgs []*Message
	switch m.Type {
	case schema.TypeText:
		t := m.Text
		if !present(t) {
			t = b.prompt()
		}
		msgs = b.texts("text", t)
	case schema.TypeImage, schema.TypeFile:
		msgs = b.media()
	case schema.TypeLocation:
		msgs = b.location()
	case schema.TypeCarousel, schema.TypeList:
		msgs = b.items()
	default:
		return nil, fmt.Errorf("viber: type: unknown message type %q", m.Type)
	}
	if len(msgs) == 0 {
		return nil, errors.New("viber: the message has nothing to send")
	}
	b.keyboard(msgs[len(msgs)-1])
	out := make([]channels.Payload, len(msgs))
	for i, msg := range msgs {
		out[i] = channels.Payload{Method: MethodSendMessage, Body: msg}
	}
	return out, nil
}

// senderName is the option's name, else the app name, else
// DefaultSenderName, cut to 28 (the sender is not part of the message, so
// the cut is not reported).
func senderName(opt, app string) string {
	n := opt
	if !present(n) {
		n = app
	}
	if !present(n) {
		n = DefaultSenderName
	}
	n, _ = text.Truncate(strings.TrimSpace(n), senderNameMax, channels.UTF16)
	return n
}

// builder builds the messages of one render.
type builder struct {
	m      *schema.Message
	ctx    *channels.Context
	loc    *fallback.Localizer
	sender string
}

func (b *builder) message(typ string) *Message {
	return &Message{Sender: Sender{Name: b.sender}, Type: typ}
}

// prompt is the text of a message whose input has only actions (a keyboard
// goes with a message), in the render's language.
func (b *builder) prompt() string {
	return b.loc.Prompt(b.ctx.Language)
}

func present(s string) bool { return strings.TrimSpace(s) != "" }

func u16(n int) channels.Limit { return channels.Limit{Max: n, Unit: channels.UTF16} }

// receiverAllowance is the room left in messageBytes for the "receiver"
// member the request adds (a Viber user id is 24 characters).
const receiverAllowance = 64

// size is the length of msg's JSON as sent, receiver included.
func size(msg *Message) int {
	b, err := json.Marshal(msg)
	if err != nil {
		return 1 << 30
	}
	return len(b) + receiverAllowance
}

func (b *builder) textMessage(s string) *Message {
	msg := b.message("text")
	msg.Text = &s
	return msg
}

// texts returns text messages of s split at 7000, each split again until
// its JSON fits the 30 KB message (a text of characters JSON escapes, such
// as "<", grows up to six times); reported Split at path.
func (b *builder) texts(path, s string) []*Message {
	var out []*Message
	for _, p := range b.ctx.Split(path, s, u16(textMax)) {
		out = append(out, b.fitText(path, p, textMax)...)
	}
	return out
}

func (b *builder) fitText(path, s string, limit int) []*Message {
	msg := b.textMessage(s)
	// Most texts are far from 30 KB: a bound on the text's JSON (six bytes
	// for a byte JSON escapes, one for the others) plus the rest of a text
	// message answers without encoding it.
	if utf8.ValidString(s) && jsonBound(s)+textOverhead <= messageBytes {
		return []*Message{msg}
	}
	n := size(msg)
	if n <= messageBytes || limit <= 1 {
		return []*Message{msg}
	}
	l := limit * messageBytes / n
	if l >= limit {
		l = limit - 1
	}
	if l < 1 {
		l = 1
	}
	var out []*Message
	for _, p := range b.ctx.Split(path, s, u16(l)) {
		out = append(out, b.fitText(path, p, l)...)
	}
	return out
}

// media builds a picture (with its text when it fits the 512 caption) or,
// for a file, a url message: Viber's file message requires the file's size
// in bytes, which a canonical message does not carry. A text that does not
// go in the picture is sent after it; a file's text before it.
func (b *builder) media() []*Message {
	m := b.m
	media := channels.WireURL(m.MediaURL)
	if len(media) > uriMax {
		b.ctx.Add(channels.FellBack, "mediaUrl", "the media URL is over Viber's 2000 characters: sent as text")
		return b.texts("", fallback.Text(m, b.ctx.FallbackOptions()))
	}
	if m.Type == schema.TypeFile {
		b.ctx.Add(channels.Converted, "type", "a Viber file message needs the size in bytes, which the message does not give: sent as a url message")
		var out []*Message
		if present(m.Text) {
			out = b.texts("text", m.Text)
		}
		msg := b.message("url")
		msg.Media = media
		return append(out, msg)
	}
	msg := b.message("picture")
	msg.Media = media
	caption := ""
	var rest []*Message
	if present(m.Text) {
		if u16(captionMax).Fits(m.Text) {
			caption = m.Text
		} else {
			b.ctx.Add(channels.Split, "text", "the text is over Viber's 512-character picture text: sent as its own message")
			rest = b.texts("text", m.Text)
		}
	}
	msg.Text = &caption
	return append([]*Message{msg}, rest...)
}

// location builds the text (the message's own, then the place's name and
// address), then a location message. A text that is the location's own
// stored fallback (it holds the map link) is not repeated.
func (b *builder) location() []*Message {
	m := b.m
	var lines []string
	if present(m.Text) && !strings.Contains(m.Text, "https://maps.google.com/maps?q=") {
		lines = append(lines, m.Text)
	}
	if m.Location != nil {
		for _, s := range []string{m.Location.Name, m.Location.Address} {
			if present(s) {
				lines = append(lines, s)
			}
		}
	}
	var out []*Message
	if len(lines) > 0 {
		out = b.texts("text", strings.Join(lines, "\n"))
	}
	msg := b.message("location")
	msg.Location = &Location{}
	if m.Coordinates != nil {
		msg.Location.Lat, msg.Location.Lon = m.Coordinates.Lat, m.Coordinates.Long
	}
	return append(out, msg)
}

// esc escapes s for a button's HTML Text.
func esc(s string) string { return html.EscapeString(s) }

// fitEscaped returns s escaped, cut (Truncated at path) until the escaped
// form is at most max UTF-16 units.
func (b *builder) fitEscaped(path, s string, max int) string {
	if max < 1 {
		if s != "" {
			b.ctx.Add(channels.Truncated, path, "no room left in the 250-character button text")
		}
		return ""
	}
	k := max
	for {
		t := b.ctx.Fit(path, s, u16(k))
		e := esc(t)
		n := u16(0).Len(e)
		if n <= max || k <= 1 {
			return e
		}
		k -= n - max
		if k < 1 {
			k = 1
		}
	}
}

// textOverhead bounds the JSON of a text message but its text: type,
// sender (name at most 28 characters, six bytes each escaped), API version
// and the receiver the request adds.
const textOverhead = 1024

// jsonBound is at least the length of s, valid UTF-8, as a JSON string: a
// byte that encoding/json may escape (controls, quote, backslash, <, >, &,
// and the lead byte of U+2028 and U+2029) counts six, any other byte one.
func jsonBound(s string) int {
	n := 2
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20, c == '"', c == '\\', c == '<', c == '>', c == '&', c == 0xE2:
			n += 6
		default:
			n++
		}
	}
	return n
}
