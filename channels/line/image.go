package line

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// imageLimit is the limit of an image URL: originalContentUrl,
// previewImageUrl and thumbnailImageUrl (docs/CHANNEL-LIMITS.md §1.2 "Image
// originalContentUrl", "Column thumbnailImageUrl").
func imageLimit() channels.Limit { return channels.Limit{Max: 2000, Unit: channels.UTF16} }

// imageTypes are the image formats LINE displays (docs/CHANNEL-LIMITS.md §1.2:
// "JPEG/PNG" for images and thumbnails).
func imageTypes() []string { return []string{"image/jpeg", "image/png"} }

// image builds an image message: the image (preview = original, LINE
// scales it), then the text as its own message, or the buttons template
// when the message kept buttons. The engine has already sent http images
// and images of other types as the text fallback.
func (b *builder) image() ([]Message, error) {
	m := b.m
	if m.MediaURL == "" {
		return nil, errors.New("line: mediaUrl: an image message needs a media URL")
	}
	var msgs []Message
	if u, why := b.imageURL(m.MediaURL, m.MediaType, imageLimit(), imageTypes()...); why == "" {
		msgs = append(msgs, &ImageMessage{Type: typeImage, OriginalContentURL: u, PreviewImageURL: u})
	} else {
		// Reached only for a URL over 2000 units once encoded (the
		// engine checks schemes and types): its link goes as text.
		b.ctx.Add(channels.FellBack, "mediaUrl", why+": the link is sent as text")
		msgs = append(msgs, b.textMessages("mediaUrl", b.fallbackText(&schema.Message{Role: m.Role, Type: schema.TypeImage, MediaURL: m.MediaURL}))...)
	}
	if ms := b.buttons(true); ms != nil {
		return append(msgs, ms...), nil
	}
	if m.Text != "" {
		msgs = append(msgs, b.textMessages("text", m.Text)...)
	}
	return msgs, nil
}

// imageURL returns raw as an image URL LINE takes (see channels.WireURL), or why it
// cannot: not https, a known media type not in types (an unknown one is
// given the benefit of the doubt), or over l once encoded. mediaType is the
// message's or item's resolved type, if any.
func (b *builder) imageURL(raw, mediaType string, l channels.Limit, types ...string) (string, string) {
	u := channels.WireURL(raw)
	if !channels.HasScheme(u, []string{"https"}) {
		return "", "LINE images must use https"
	}
	mt := strings.ToLower(mediaType)
	if mt == "" {
		mt = schema.MediaTypeOf(raw)
	}
	if mt != "" && !slices.Contains(types, mt) {
		return "", mt + " is not one of " + strings.Join(types, ", ")
	}
	if !l.Fits(u) {
		return "", "the percent-encoded URL is " + strconv.Itoa(l.Len(u)) + " " + l.Unit.String() + ", over " + l.String()
	}
	return u, ""
}
