package whatsapp

import (
	"net/url"
	"path"
	"strings"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// mediaKind is the WhatsApp message type of a media URL of type mt: image
// for JPEG and PNG (the image types WhatsApp takes), video and audio by
// family, document for everything else. An image message of unknown type
// is sent as an image.
func mediaKind(t schema.MessageType, mt string) string {
	switch {
	case mt == "image/jpeg" || mt == "image/png":
		return "image"
	case t == schema.TypeImage && mt == "":
		return "image"
	case strings.HasPrefix(mt, "video/"):
		return "video"
	case strings.HasPrefix(mt, "audio/"):
		return "audio"
	default:
		return "document"
	}
}

// media builds an image or file message: the media by link, with the text
// as its caption when the type takes one, it fits 1024 and there are no
// actions; otherwise the text (and the actions) follow.
func (b *builder) media() []*Message {
	m := b.m
	kind := mediaKind(m.Type, m.MediaType)
	if m.Type == schema.TypeImage && kind != "image" {
		b.ctx.Add(channels.Converted, "type", "WhatsApp images are JPEG or PNG: "+m.MediaType+" is sent as a "+kind)
	}
	md := &Media{Link: channels.WireURL(m.MediaURL)}
	if kind == "document" {
		md.Filename = fileName(m.MediaURL)
	}
	msg := &Message{MessagingProduct: product, Type: kind}
	switch kind {
	case "image":
		msg.Image = md
	case "video":
		msg.Video = md
	case "audio":
		msg.Audio = md
	default:
		msg.Document = md
	}
	text := m.Text
	if len(m.Actions) == 0 && kind != "audio" && present(text) {
		if u16(captionMax).Fits(text) {
			md.Caption, text = text, ""
		} else {
			b.ctx.Add(channels.Split, "text", "the text is over WhatsApp's 1024-unit caption: sent as its own message")
		}
	}
	return append([]*Message{msg}, b.actions(text, "text", nil, m.Actions, -1)...)
}

// fileName is the last segment of a URL's path, for a document's filename.
func fileName(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	n := path.Base(u.Path)
	if n == "." || n == "/" {
		return ""
	}
	return n
}

// location builds a location message, then the text and the actions. A
// text that is the location's own stored fallback (it holds the map link)
// is not repeated.
func (b *builder) location() []*Message {
	m := b.m
	loc := &Location{}
	if m.Coordinates != nil {
		loc.Latitude, loc.Longitude = m.Coordinates.Lat, m.Coordinates.Long
	}
	if m.Location != nil {
		loc.Name, loc.Address = m.Location.Name, m.Location.Address
	}
	text := m.Text
	if strings.Contains(text, "https://maps.google.com/maps?q=") {
		text = ""
	}
	out := []*Message{{MessagingProduct: product, Type: "location", Location: loc}}
	return append(out, b.actions(text, "text", nil, m.Actions, -1)...)
}
