package email

import (
	"errors"
	"fmt"
	"net/mail"
	"net/url"
	"strings"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/fallback"
	"github.com/chanrender/chanrender/schema"
	"github.com/chanrender/chanrender/text"
)

// Channel renders for email. Use New or NewWith; the zero value is not
// usable.
type Channel struct {
	caps channels.Capabilities
	loc  *fallback.Localizer
	cfg  config
}

var _ channels.Channel = (*Channel)(nil)

// config is what the options set.
type config struct {
	subject     string
	replyTo     string   // a bare address: answers go to mailto:replyTo
	answerURL   *url.URL // answers go to this URL with ?payload=
	answerLinks bool
}

// Option configures NewWith.
type Option func(*config) error

// WithSubject sets every mail's subject (one line: line breaks become
// spaces). Without it the subject is the first line of the text part.
func WithSubject(s string) Option {
	return func(c *config) error {
		c.subject = oneLine(s)
		if c.subject == "" {
			return errors.New("email: WithSubject: empty subject")
		}
		return nil
	}
}

// WithReplyAddress makes postbacks and replies links to
// mailto:addr?subject=PAYLOAD: the user's answer comes back as a mail whose
// subject is the payload (render.ResolveData).
func WithReplyAddress(addr string) Option {
	return func(c *config) error {
		a, err := mail.ParseAddress(addr)
		if err != nil {
			return fmt.Errorf("email: WithReplyAddress: %w", err)
		}
		c.replyTo, c.answerURL, c.answerLinks = a.Address, nil, true
		return nil
	}
}

// WithAnswerURL makes postbacks and replies links to an http or https
// page, the payload in its "payload" query parameter (a webview that
// records the answer; render.ResolveData maps it back).
func WithAnswerURL(u string) Option {
	return func(c *config) error {
		p, err := url.Parse(u)
		if err != nil || (p.Scheme != "https" && p.Scheme != "http") || p.Host == "" {
			return fmt.Errorf("email: WithAnswerURL: %q is not an absolute http or https URL", u)
		}
		c.replyTo, c.answerURL, c.answerLinks = "", p, true
		return nil
	}
}

// New returns the email channel without answer links: postbacks are
// dropped, replies are numbered options the user types back; the subject
// is the first line of the text.
func New() *Channel { return &Channel{caps: table(false), loc: fallback.NewLocalizer()} }

// NewWith returns the email channel configured by opts, or the first
// option's error.
func NewWith(opts ...Option) (*Channel, error) {
	var cfg config
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	return &Channel{caps: table(cfg.answerLinks), loc: fallback.NewLocalizer(), cfg: cfg}, nil
}

// Name returns "email".
func (c *Channel) Name() string { return Name }

// Capabilities returns the channel's table, built once by its constructor:
// its maps and slices are shared, read-only (see channels.Channel).
func (c *Channel) Capabilities() channels.Capabilities { return c.caps }

// Localizer returns the channel's prepared fallback localisation.
func (c *Channel) Localizer() *fallback.Localizer { return c.loc }

// BuildActivity is never called: a mail has no typing indicator, and the
// engine reports the activity dropped.
func (c *Channel) BuildActivity(*schema.Activity, *channels.Context) ([]channels.Payload, error) {
	return nil, nil
}

// Build maps a normalised message to mails: one, or one per part of a text
// message over the text limit (Split), the actions on the last.
func (c *Channel) Build(m *schema.Message, ctx *channels.Context) ([]channels.Payload, error) {
	if m == nil {
		return nil, errors.New("email: nil message")
	}
	ctx = channels.BuildContext(ctx, c.Localizer())
	b := &builder{c: c, ctx: ctx, m: m}
	var views []*view
	switch m.Type {
	case schema.TypeText:
		parts := []string{m.Text}
		if m.Text != "" {
			parts = ctx.Split("text", m.Text, c.caps.Texts.Text)
		}
		for i, p := range parts {
			views = append(views, b.flat(p, i == len(parts)-1))
		}
	case schema.TypeImage, schema.TypeFile, schema.TypeLocation:
		views = append(views, b.flat(ctx.Fit("text", m.Text, c.caps.Texts.Text), true))
	case schema.TypeCarousel, schema.TypeList:
		views = append(views, b.items())
	default:
		return nil, fmt.Errorf("email: type: unknown message type %q", m.Type)
	}
	out := make([]channels.Payload, 0, len(views))
	for _, v := range views {
		msg, err := v.message(c.cfg.subject)
		if err != nil {
			return nil, err
		}
		out = append(out, channels.Payload{Method: Method, Body: msg})
	}
	return out, nil
}

// builder builds the views of one render.
type builder struct {
	c   *Channel
	ctx *channels.Context
	m   *schema.Message
}

// flat is the view of a text, image, file or location message whose text
// (or text part) is body; last carries the media and the actions.
func (b *builder) flat(body string, last bool) *view {
	m := b.m
	v := &view{Lang: b.ctx.Language.String(), Paragraphs: paragraphs(body)}
	src := &schema.Message{Role: m.Role, Type: schema.TypeText, Text: body}
	if last {
		src.Type, src.MediaURL, src.Coordinates, src.Location = m.Type, m.MediaURL, m.Coordinates, m.Location
		switch m.Type {
		case schema.TypeImage:
			if u, ok := safeURL(m.MediaURL, webSchemes); ok {
				v.Image = &image{Src: u, Alt: altText(body, m.MediaURL)}
			}
		case schema.TypeFile:
			if u, ok := safeURL(m.MediaURL, webSchemes); ok {
				v.File = &button{Label: fileName(m.MediaURL), URL: u}
			}
		case schema.TypeLocation:
			v.Place = place(m)
			if mapsText(body) {
				v.Paragraphs = nil // the stored fallback: the place says it
			}
		}
		var answers []string
		for j, a := range m.Actions {
			path := b.ctx.ActionPath(-1, j)
			switch a.Type {
			case schema.ActionLink, schema.ActionWebview, schema.ActionBuy:
				src.Actions = append(src.Actions, a)
				if btn, ok := b.button(a, path); ok {
					v.Buttons = append(v.Buttons, btn)
				}
			case schema.ActionPostback, schema.ActionReply:
				if btn, ok := b.button(a, path); ok {
					v.Buttons = append(v.Buttons, btn)
					answers = append(answers, oneLine(a.Text)+" "+string(btn.URL))
				}
			}
		}
		v.Text = fallback.Text(src, b.ctx.FallbackOptions())
		if len(answers) > 0 {
			v.Text = joinBlocks(v.Text, strings.Join(answers, "\n"))
		}
		return v
	}
	v.Text = body
	return v
}

// items is the view of a carousel or list: the own text, the card grid,
// the message-level buttons. The text part writes each item as a block
// (title, description, link lines) without numbers.
func (b *builder) items() *view {
	m := b.m
	v := &view{Lang: b.ctx.Language.String(), Paragraphs: paragraphs(m.Text)}
	var blocks []string
	if strings.TrimSpace(m.Text) != "" {
		blocks = append(blocks, m.Text)
	}
	for i, it := range m.Items {
		cd := card{Title: it.Title, Description: it.Description}
		if u, ok := safeURL(it.MediaURL, webSchemes); ok && it.MediaURL != "" {
			cd.Image = &image{Src: u, Alt: oneLine(it.Title)}
		}
		lines := []string{oneLine(it.Title)}
		if strings.TrimSpace(it.Description) != "" {
			lines = append(lines, it.Description)
		}
		for j, a := range it.Actions {
			if btn, ok := b.button(a, b.ctx.ActionPath(i, j)); ok {
				cd.Buttons = append(cd.Buttons, btn)
				lines = append(lines, btn.line())
			}
		}
		v.Cards = append(v.Cards, cd)
		blocks = append(blocks, strings.Join(lines, "\n"))
	}
	var lines []string
	for j, a := range m.Actions {
		if btn, ok := b.button(a, b.ctx.ActionPath(-1, j)); ok {
			v.Buttons = append(v.Buttons, btn)
			lines = append(lines, btn.line())
		}
	}
	if len(lines) > 0 {
		blocks = append(blocks, strings.Join(lines, "\n"))
	}
	v.Text = strings.Join(blocks, "\n\n")
	return v
}

// button is the link of one kept action: a link, webview or buy to its
// URI, a postback or reply to its answer link (when configured). A buy
// without a uri is its label and price, without a link. An action whose
// URI the mail cannot carry is reported and left out.
func (b *builder) button(a schema.Action, path string) (button, bool) {
	label := oneLine(a.Text)
	switch a.Type {
	case schema.ActionLink, schema.ActionWebview, schema.ActionBuy:
		if a.Type == schema.ActionBuy {
			label += " (" + b.ctx.Price(a) + ")"
			if a.URI == "" {
				return button{Label: label}, true
			}
		}
		schemes := webSchemes
		if a.Type == schema.ActionLink {
			schemes = linkSchemes
		}
		u, ok := safeURL(channels.WireURL(a.URI), schemes)
		if !ok {
			b.ctx.Add(channels.Dropped, path, fmt.Sprintf("a mail link needs one of %s, not %q", strings.Join(schemes, ", "), a.URI))
			return button{}, false
		}
		return button{Label: label, URL: u}, true
	case schema.ActionPostback, schema.ActionReply:
		u, ok := b.answerLink(a.Payload)
		if !ok {
			return button{}, false
		}
		return button{Label: label, URL: u, Answer: true}, true
	}
	return button{}, false
}

// answerLink is the link that sends payload back: mailto: the reply
// address with the payload as subject, or the answer URL with it as the
// "payload" query parameter.
func (b *builder) answerLink(payload string) (safe, bool) {
	cfg := b.c.cfg
	switch {
	case cfg.replyTo != "":
		q := strings.ReplaceAll(url.QueryEscape(payload), "+", "%20")
		return safeURL("mailto:"+cfg.replyTo+"?subject="+q, linkSchemes)
	case cfg.answerURL != nil:
		u := *cfg.answerURL
		q := u.Query()
		q.Set("payload", payload)
		u.RawQuery = q.Encode()
		return safeURL(u.String(), webSchemes)
	}
	return "", false
}

// subjectOf is the subject of a mail whose text part is t: its first
// non-blank line, one line, cut to 78 characters; "…" when t is blank.
func subjectOf(t string) string {
	for _, l := range strings.Split(t, "\n") {
		if l = oneLine(l); l != "" {
			s, _ := text.Truncate(l, 78, text.Runes)
			return s
		}
	}
	return "…"
}

// oneLine flattens s to one trimmed line: every line break and control
// character a space, so that a subject can never add a header.
func oneLine(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r == 0x85 || r == 0x2028 || r == 0x2029 {
			return ' '
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

// joinBlocks joins two texts with a blank line, leaving out an empty one.
func joinBlocks(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "\n\n" + b
}

// paragraphs splits a text into paragraphs (blank lines) of lines.
func paragraphs(s string) [][]string {
	var out [][]string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		if strings.TrimSpace(p) == "" {
			continue
		}
		out = append(out, strings.Split(p, "\n"))
	}
	return out
}

// altText is an image's alternative text: the first line of its text, or
// its file name.
func altText(body, u string) string {
	for _, l := range strings.Split(body, "\n") {
		if l = oneLine(l); l != "" {
			return l
		}
	}
	return fileName(u)
}

// fileName is the last path segment of a URL, or the URL.
func fileName(u string) string {
	p, err := url.Parse(u)
	if err == nil {
		if i := strings.LastIndexByte(p.Path, '/'); i >= 0 && i < len(p.Path)-1 {
			if n, err := url.PathUnescape(p.Path[i+1:]); err == nil {
				return n
			}
		}
	}
	return u
}
