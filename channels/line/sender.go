package line

import (
	"strings"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// sender maps the message's author to the sender every message of the
// render shows (L-REF "Change icon and display name"), or nil when there
// is none. LINE refuses a display name with certain words "such as LINE"
// and publishes no list, so a name containing "line" in any case is not
// sent (an "Online shop" loses its name: reported, rather than a request
// LINE refuses); the icon must be an HTTPS URL of at most 2000 characters
// and a PNG, so a URL of another known media type is not sent either.
func (b *builder) sender() *Sender {
	m := b.m
	var s Sender
	if m.Name != "" {
		if strings.Contains(strings.ToLower(m.Name), "line") {
			b.ctx.Add(channels.Dropped, "name", `LINE refuses sender names with words such as "LINE"`)
		} else {
			s.Name = b.ctx.Fit("name", m.Name, b.texts.SenderName)
		}
	}
	if m.AvatarURL != "" {
		u := channels.WireURL(m.AvatarURL)
		switch mt := schema.MediaTypeOf(m.AvatarURL); {
		case channels.URLScheme(u) != "https":
			b.ctx.Add(channels.Dropped, "avatarUrl", "LINE sender icons must be https URLs")
		case len(u) > maxSenderIconURL:
			b.ctx.Add(channels.Dropped, "avatarUrl", "LINE sender icon URLs take at most 2000 characters")
		case mt != "" && mt != "image/png":
			b.ctx.Add(channels.Dropped, "avatarUrl", "LINE sender icons must be PNG images, not "+mt)
		default:
			s.IconURL = u
		}
	}
	if s == (Sender{}) {
		return nil
	}
	return &s
}

// maxSenderIconURL is sender.iconUrl's limit (L-OAS Sender maxLength): the
// percent-encoded URL is ASCII, so bytes are characters.
const maxSenderIconURL = 2000
