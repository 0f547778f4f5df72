package preview

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/email"
	"github.com/chanrender/chanrender/channels/line"
	"github.com/chanrender/chanrender/channels/messenger"
	"github.com/chanrender/chanrender/channels/telegram"
	"github.com/chanrender/chanrender/channels/textonly"
	"github.com/chanrender/chanrender/channels/twitter"
	"github.com/chanrender/chanrender/channels/viber"
	"github.com/chanrender/chanrender/channels/wechat"
	"github.com/chanrender/chanrender/channels/whatsapp"
	"github.com/chanrender/chanrender/schema"
	"github.com/chanrender/chanrender/text"
)

// node is one drawn part of a payload. Kind chooses how the template draws
// it; every string is message content, escaped by html/template.
type node struct {
	// Kind is one of the kinds the "node" template knows: bubble, image,
	// media, cards, card, buttons, button, chips, chip, keyboard, row,
	// location, email, phone, json, note.
	Kind string
	// Text is the main text: a bubble's text, a card's or button's title.
	Text string
	// Sub is the secondary text: a subtitle, an address, the email's HTML.
	Sub string
	// Img is an image URL, always http or https ("" otherwise).
	Img string
	// Note is small print: where a button goes, a media URL, coordinates.
	Note string
	// Cut reports that Text ends with the ellipsis of a truncation the
	// channel's report lists.
	Cut bool
	// Children are the parts inside.
	Children []node
}

// imageURL returns u when it is an absolute http or https URL, "" otherwise:
// the only remote resources a preview loads are the message's own images.
func imageURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || p.Host == "" || (p.Scheme != "http" && p.Scheme != "https") {
		return ""
	}
	return u
}

// image draws a picture: the image itself when its URL is http(s), else a
// note naming the URL.
func image(u, caption string) node {
	n := node{Kind: "image", Img: imageURL(u), Note: u}
	if caption != "" {
		n.Children = []node{bubble(caption)}
	}
	return n
}

func bubble(s string) node           { return node{Kind: "bubble", Text: s} }
func button(label, note string) node { return node{Kind: "button", Text: label, Note: note} }
func chip(label, note string) node   { return node{Kind: "chip", Text: label, Note: note} }
func media(kind, u, caption string) node {
	n := node{Kind: "media", Text: kind, Note: u}
	if caption != "" {
		n.Children = []node{bubble(caption)}
	}
	return n
}

// draw turns one payload body into the nodes a user of its channel would
// see. A body of a type it does not know is drawn as its JSON.
func draw(p channels.Payload) []node {
	switch b := p.Body.(type) {
	case *messenger.MessageRequest:
		return drawMessenger(b.Message)
	case *line.PushBody:
		var out []node
		for _, m := range b.Messages {
			out = append(out, drawLine(m)...)
		}
		return out
	case *telegram.SendMessage:
		return withMarkup([]node{bubble(b.Text)}, b.ReplyMarkup)
	case *telegram.SendPhoto:
		return withMarkup([]node{image(b.Photo, b.Caption)}, b.ReplyMarkup)
	case *telegram.SendAnimation:
		return withMarkup([]node{image(b.Animation, b.Caption)}, b.ReplyMarkup)
	case *telegram.SendDocument:
		return withMarkup([]node{media("document", b.Document, b.Caption)}, b.ReplyMarkup)
	case *telegram.SendLocation:
		return withMarkup([]node{location("", "", b.Latitude, b.Longitude)}, b.ReplyMarkup)
	case *telegram.SendVenue:
		return withMarkup([]node{location(b.Title, b.Address, b.Latitude, b.Longitude)}, b.ReplyMarkup)
	case *whatsapp.Message:
		return drawWhatsApp(b)
	case *viber.Message:
		return drawViber(b)
	case *twitter.DM:
		return []node{bubble(b.Text)}
	case *twitter.Event:
		return drawTwitter(b.Event.MessageCreate.MessageData)
	case *wechat.Message:
		return drawWeChat(b)
	case *schema.Message:
		return drawSDK(b)
	case *textonly.SMSBody:
		return []node{phone(b.Body, b.MediaURL)}
	case *textonly.MessageBirdSMS:
		return []node{phone(b.Body, nil)}
	case *textonly.MessageBirdMMS:
		return []node{phone(b.Body, b.MediaURLs)}
	case *email.Message:
		return []node{{Kind: "email", Text: b.Subject, Sub: b.HTML, Note: b.Text}}
	}
	return []node{rawJSON(p.Body)}
}

// rawJSON is the generic drawing: the body's indented JSON.
func rawJSON(v any) node {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return node{Kind: "json", Text: fmt.Sprintf("%#v", v)}
	}
	return node{Kind: "json", Text: string(b)}
}

// phone draws an SMS or MMS: its media, then its text in a phone bubble.
func phone(body string, mediaURLs []string) node {
	n := node{Kind: "phone"}
	for _, u := range mediaURLs {
		n.Children = append(n.Children, image(u, ""))
	}
	if body != "" {
		n.Children = append(n.Children, bubble(body))
	}
	return n
}

func location(title, address string, lat, lon float64) node {
	return node{Kind: "location", Text: title, Sub: address,
		Note: strconv.FormatFloat(lat, 'f', -1, 64) + ", " + strconv.FormatFloat(lon, 'f', -1, 64)}
}

func drawMessenger(m messenger.Message) []node {
	var out []node
	if m.Text != "" {
		out = append(out, bubble(m.Text))
	}
	if a := m.Attachment; a != nil {
		switch p := a.Payload.(type) {
		case *messenger.MediaPayload:
			if a.Type == messenger.AttachmentImage {
				out = append(out, image(p.URL, ""))
			} else {
				out = append(out, media(string(a.Type), p.URL, ""))
			}
		case *messenger.GenericTemplate:
			cards := node{Kind: "cards"}
			for _, e := range p.Elements {
				cards.Children = append(cards.Children, messengerElement(e))
			}
			out = append(out, cards)
		case *messenger.ButtonTemplate:
			out = append(out, node{Kind: "card", Text: p.Text, Children: []node{messengerButtons(p.Buttons)}})
		case *messenger.ListTemplate:
			list := node{Kind: "card", Note: "list (" + string(p.TopElementStyle) + ")"}
			for _, e := range p.Elements {
				list.Children = append(list.Children, messengerElement(e))
			}
			if len(p.Buttons) > 0 {
				list.Children = append(list.Children, messengerButtons(p.Buttons))
			}
			out = append(out, list)
		default:
			out = append(out, rawJSON(a))
		}
	}
	if len(m.QuickReplies) > 0 {
		chips := node{Kind: "chips"}
		for _, q := range m.QuickReplies {
			if q.ContentType == messenger.QuickReplyLocation {
				chips.Children = append(chips.Children, chip("📍 Send location", "location"))
				continue
			}
			c := chip(q.Title, q.Payload)
			c.Img = imageURL(q.ImageURL)
			chips.Children = append(chips.Children, c)
		}
		out = append(out, chips)
	}
	return out
}

func messengerElement(e messenger.Element) node {
	n := node{Kind: "card", Text: e.Title, Sub: e.Subtitle, Img: imageURL(e.ImageURL)}
	if e.DefaultAction != nil {
		n.Note = "tap: " + e.DefaultAction.URL
	}
	if len(e.Buttons) > 0 {
		n.Children = []node{messengerButtons(e.Buttons)}
	}
	return n
}

func messengerButtons(bs []messenger.Button) node {
	n := node{Kind: "buttons"}
	for _, b := range bs {
		switch b := b.(type) {
		case *messenger.URLButton:
			n.Children = append(n.Children, button(b.Title, b.URL))
		case *messenger.PostbackButton:
			n.Children = append(n.Children, button(b.Title, "postback: "+b.Payload))
		case *messenger.CallButton:
			n.Children = append(n.Children, button(b.Title, "call: "+b.Payload))
		case *messenger.ShareButton:
			n.Children = append(n.Children, button("Share", "element_share"))
		}
	}
	return n
}

func drawLine(m line.Message) []node {
	var out []node
	var qr *line.QuickReply
	switch m := m.(type) {
	case *line.TextMessage:
		out, qr = []node{bubble(m.Text)}, m.QuickReply
	case *line.ImageMessage:
		out, qr = []node{image(m.PreviewImageURL, "")}, m.QuickReply
	case *line.LocationMessage:
		out, qr = []node{location(m.Title, m.Address, m.Latitude, m.Longitude)}, m.QuickReply
	case *line.TemplateMessage:
		qr = m.QuickReply
		switch t := m.Template.(type) {
		case *line.ButtonsTemplate:
			out = []node{{Kind: "card", Text: t.Text, Note: "alt: " + m.AltText, Children: []node{lineActions(t.Actions)}}}
		case *line.CarouselTemplate:
			cards := node{Kind: "cards", Note: "alt: " + m.AltText}
			for _, c := range t.Columns {
				card := node{Kind: "card", Text: c.Title, Sub: c.Text, Img: imageURL(c.ThumbnailImageURL), Children: []node{lineActions(c.Actions)}}
				if c.DefaultAction != nil {
					card.Note = "tap: " + lineAction(c.DefaultAction).Note
				}
				cards.Children = append(cards.Children, card)
			}
			out = []node{cards}
		default:
			out = []node{rawJSON(m)}
		}
	default:
		out = []node{rawJSON(m)}
	}
	if qr != nil && len(qr.Items) > 0 {
		chips := node{Kind: "chips"}
		for _, it := range qr.Items {
			b := lineAction(it.Action)
			c := chip(b.Text, b.Note)
			c.Img = imageURL(it.ImageURL)
			chips.Children = append(chips.Children, c)
		}
		out = append(out, chips)
	}
	return out
}

func lineActions(as []line.Action) node {
	n := node{Kind: "buttons"}
	for _, a := range as {
		n.Children = append(n.Children, lineAction(a))
	}
	return n
}

func lineAction(a line.Action) node {
	switch a := a.(type) {
	case *line.PostbackAction:
		return button(a.Label, "postback: "+a.Data)
	case *line.URIAction:
		return button(a.Label, a.URI)
	case *line.LocationAction:
		return button("📍 "+a.Label, "location")
	}
	return button("?", fmt.Sprintf("%T", a))
}

// withMarkup adds a Telegram keyboard: inline buttons under the message, a
// reply keyboard in place of the phone's keyboard.
func withMarkup(out []node, m telegram.ReplyMarkup) []node {
	switch m := m.(type) {
	case *telegram.InlineKeyboardMarkup:
		kb := node{Kind: "keyboard", Note: "inline keyboard"}
		for _, row := range m.InlineKeyboard {
			r := node{Kind: "row"}
			for _, b := range row {
				note := b.URL
				if note == "" {
					note = "callback: " + b.CallbackData
				}
				r.Children = append(r.Children, button(b.Text, note))
			}
			kb.Children = append(kb.Children, r)
		}
		out = append(out, kb)
	case *telegram.ReplyKeyboardMarkup:
		kb := node{Kind: "keyboard", Note: "reply keyboard"}
		for _, row := range m.Keyboard {
			r := node{Kind: "row"}
			for _, b := range row {
				note := "sends its label"
				if b.RequestLocation {
					note = "sends the location"
				}
				r.Children = append(r.Children, button(b.Text, note))
			}
			kb.Children = append(kb.Children, r)
		}
		out = append(out, kb)
	}
	return out
}

func drawWhatsApp(m *whatsapp.Message) []node {
	switch {
	case m.Text != nil:
		return []node{bubble(m.Text.Body)}
	case m.Image != nil:
		return []node{image(m.Image.Link, m.Image.Caption)}
	case m.Video != nil:
		return []node{media("video", m.Video.Link, m.Video.Caption)}
	case m.Audio != nil:
		return []node{media("audio", m.Audio.Link, "")}
	case m.Document != nil:
		return []node{media("document "+m.Document.Filename, m.Document.Link, m.Document.Caption)}
	case m.Location != nil:
		return []node{location(m.Location.Name, m.Location.Address, m.Location.Latitude, m.Location.Longitude)}
	case m.Interactive != nil:
		return []node{whatsappInteractive(m.Interactive.Type, m.Interactive.Header, m.Interactive.Body, m.Interactive.Footer, m.Interactive.Action)}
	}
	return []node{rawJSON(m)}
}

func whatsappInteractive(kind string, h *whatsapp.Header, body, footer *whatsapp.Body, a *whatsapp.Action) node {
	n := node{Kind: "card", Note: kind}
	if h != nil {
		switch {
		case h.Image != nil:
			n.Img = imageURL(h.Image.Link)
		case h.Video != nil:
			n.Children = append(n.Children, media("video", h.Video.Link, ""))
		}
		n.Text = h.Text
	}
	if body != nil {
		n.Sub = body.Text
	}
	if footer != nil {
		n.Children = append(n.Children, node{Kind: "note", Note: footer.Text})
	}
	if a == nil {
		return n
	}
	bs := node{Kind: "buttons"}
	for _, b := range a.Buttons {
		r := b.Reply
		if r == nil {
			r = b.QuickReply
		}
		if r != nil {
			bs.Children = append(bs.Children, button(r.Title, "reply: "+r.ID))
		}
	}
	if a.Parameters != nil {
		bs.Children = append(bs.Children, button(a.Parameters.DisplayText, a.Parameters.URL))
	}
	if len(a.Sections) > 0 {
		bs.Children = append(bs.Children, button("☰ "+a.Button, "opens the list"))
		list := node{Kind: "card", Note: "list"}
		for _, s := range a.Sections {
			sec := node{Kind: "buttons", Note: s.Title}
			for _, r := range s.Rows {
				b := button(r.Title, "reply: "+r.ID)
				b.Sub = r.Description
				sec.Children = append(sec.Children, b)
			}
			list.Children = append(list.Children, sec)
		}
		n.Children = append(n.Children, bs, list)
		bs = node{}
	}
	if len(bs.Children) > 0 {
		n.Children = append(n.Children, bs)
	}
	if len(a.Cards) > 0 {
		cards := node{Kind: "cards"}
		for _, c := range a.Cards {
			cards.Children = append(cards.Children, whatsappInteractive(c.Type, c.Header, c.Body, nil, c.Action))
		}
		n.Children = append(n.Children, cards)
	}
	return n
}

func drawViber(m *viber.Message) []node {
	var out []node
	switch {
	case m.RichMedia != nil:
		rm := node{Kind: "cards", Note: fmt.Sprintf("rich media %d×%d", m.RichMedia.ButtonsGroupColumns, m.RichMedia.ButtonsGroupRows)}
		card := node{Kind: "card"}
		for _, b := range m.RichMedia.Buttons {
			if b.Image != "" && b.Text == "" && b.ActionType == "none" {
				if len(card.Children) > 0 || card.Img != "" {
					rm.Children = append(rm.Children, card)
					card = node{Kind: "card"}
				}
				card.Img = imageURL(b.Image)
				continue
			}
			card.Children = append(card.Children, viberButton(b))
		}
		if len(card.Children) > 0 || card.Img != "" {
			rm.Children = append(rm.Children, card)
		}
		out = append(out, rm)
	case m.Type == "picture":
		out = append(out, image(m.Media, deref(m.Text)))
	case m.Type == "location" && m.Location != nil:
		out = append(out, location("", "", m.Location.Lat, m.Location.Lon))
	case m.Type == "url":
		out = append(out, media("url", m.Media, ""))
	case m.Type == "file" || m.Type == "video":
		out = append(out, media(m.Type+" "+m.FileName, m.Media, ""))
	case m.Text != nil:
		out = append(out, bubble(*m.Text))
	default:
		out = append(out, rawJSON(m))
	}
	if m.Sender.Name != "" && len(out) > 0 {
		out[0].Note = strings.TrimSpace(out[0].Note + " from " + m.Sender.Name)
	}
	if m.Keyboard != nil {
		kb := node{Kind: "keyboard", Note: "keyboard"}
		for _, b := range m.Keyboard.Buttons {
			kb.Children = append(kb.Children, node{Kind: "row", Children: []node{viberButton(b)}})
		}
		out = append(out, kb)
	}
	return out
}

func viberButton(b viber.Button) node {
	n := button(b.Text, b.ActionType+": "+b.ActionBody)
	n.Img = imageURL(b.Image)
	return n
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func drawTwitter(d twitter.MessageData) []node {
	out := []node{bubble(d.Text)}
	if len(d.CTAs) > 0 {
		bs := node{Kind: "buttons"}
		for _, c := range d.CTAs {
			bs.Children = append(bs.Children, button(c.Label, c.URL))
		}
		out = append(out, bs)
	}
	if d.QuickReply != nil && len(d.QuickReply.Options) > 0 {
		chips := node{Kind: "chips"}
		for _, o := range d.QuickReply.Options {
			c := chip(o.Label, "metadata: "+o.Metadata)
			c.Sub = o.Description
			chips.Children = append(chips.Children, c)
		}
		out = append(out, chips)
	}
	return out
}

func drawWeChat(m *wechat.Message) []node {
	switch {
	case m.Text != nil:
		return []node{bubble(m.Text.Content)}
	case m.News != nil:
		cards := node{Kind: "cards", Note: "news"}
		for _, a := range m.News.Articles {
			cards.Children = append(cards.Children, node{Kind: "card", Text: a.Title, Sub: a.Description, Img: imageURL(a.PicURL), Note: a.URL})
		}
		return []node{cards}
	case m.MsgMenu != nil:
		n := node{Kind: "card", Sub: m.MsgMenu.HeadContent, Note: "msgmenu"}
		bs := node{Kind: "buttons"}
		for _, it := range m.MsgMenu.List {
			bs.Children = append(bs.Children, button(it.Content, "menu id: "+it.ID))
		}
		n.Children = append(n.Children, bs, node{Kind: "note", Note: m.MsgMenu.TailContent})
		return []node{n}
	}
	return []node{rawJSON(m)}
}

// drawSDK draws a canonical message as the Web, iOS and Android SDKs show it.
func drawSDK(m *schema.Message) []node {
	var out []node
	switch {
	case m.Type == schema.TypeImage:
		out = append(out, image(m.MediaURL, m.Text))
	case m.Type == schema.TypeFile:
		out = append(out, media("file "+m.MediaType, m.MediaURL, m.Text))
	case m.Type == schema.TypeLocation && m.Coordinates != nil:
		n := location("", "", m.Coordinates.Lat, m.Coordinates.Long)
		if m.Location != nil {
			n.Text, n.Sub = m.Location.Name, m.Location.Address
		}
		out = append(out, n)
	case m.Type.HasItems():
		cards := node{Kind: "cards", Note: string(m.Type)}
		for _, it := range m.Items {
			cards.Children = append(cards.Children, node{Kind: "card", Text: it.Title, Sub: it.Description,
				Img: imageURL(it.MediaURL), Children: []node{sdkActions(it.Actions, false)}})
		}
		if m.Text != "" {
			out = append(out, bubble(m.Text))
		}
		out = append(out, cards)
	case m.Text != "":
		out = append(out, bubble(m.Text))
	}
	if len(m.Actions) > 0 {
		if bs := sdkActions(m.Actions, false); len(bs.Children) > 0 {
			out = append(out, bs)
		}
		if chips := sdkActions(m.Actions, true); len(chips.Children) > 0 {
			out = append(out, chips)
		}
	}
	if len(out) == 0 {
		out = append(out, rawJSON(m))
	}
	return out
}

// sdkActions draws the quick replies among as as chips (replies true), or
// the other actions as buttons.
func sdkActions(as []schema.Action, replies bool) node {
	n := node{Kind: "buttons"}
	if replies {
		n.Kind = "chips"
	}
	for _, a := range as {
		if a.Type.IsQuickReply() != replies {
			continue
		}
		note := string(a.Type)
		switch {
		case a.URI != "":
			note = a.URI
		case a.Payload != "":
			note += ": " + a.Payload
		}
		b := node{Kind: "button", Text: a.Text, Note: note, Img: imageURL(a.IconURL)}
		if replies {
			b.Kind = "chip"
		}
		n.Children = append(n.Children, b)
	}
	return n
}

// markCut sets Cut on every node whose text ends with the ellipsis of a
// truncation.
func markCut(ns []node) {
	for i := range ns {
		if strings.HasSuffix(ns[i].Text, text.Ellipsis) {
			ns[i].Cut = true
		}
		markCut(ns[i].Children)
	}
}
