package telegram

import (
	"fmt"
	"strings"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// image renders an image message: sendPhoto (sendAnimation for a GIF) with
// the text as caption. A text over the 1024 UTF-16 caption limit is not cut:
// the image goes without caption and the text follows in sendMessage
// payloads (Split at "text"). The keyboard goes on the last payload, under
// the text it belongs to.
func image(m *schema.Message, ctx *channels.Context) []channels.Payload {
	mk, _ := markup(ctx, -1, m.Actions)
	caption, follow := captioned(ctx, m.Text)
	out := append([]channels.Payload{picture(m.MediaURL, m.MediaType, caption)}, follow...)
	attach(out, mk)
	return out
}

// picture is the payload of an image by URL: sendAnimation for image/gif,
// which sendPhoto would turn into a still, else sendPhoto.
func picture(url, mediaType, caption string) channels.Payload {
	url = channels.WireURL(url)
	if strings.EqualFold(mediaType, "image/gif") {
		return channels.Payload{Method: MethodSendAnimation, Body: &SendAnimation{Animation: url, Caption: caption}}
	}
	return channels.Payload{Method: MethodSendPhoto, Body: &SendPhoto{Photo: url, Caption: caption}}
}

// captioned returns the caption of a media message and the messages that
// follow it: the text itself when it fits the caption limit, else no
// caption and the text in its own sendMessage payloads, reported Split at
// "text".
func captioned(ctx *channels.Context, s string) (string, []channels.Payload) {
	l := texts().Caption
	if l.Fits(s) {
		return s, nil
	}
	ctx.Add(channels.Split, "text", fmt.Sprintf("%d %s are over the %s caption limit: the media is sent without caption and the text follows as its own message", l.Len(s), l.Unit, l))
	return "", textMessages(ctx, "text", s)
}
