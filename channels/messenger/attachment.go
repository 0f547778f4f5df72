package messenger

import (
	"errors"
	"strings"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
	"github.com/chanrender/chanrender/text"
)

// attachmentType types an image or file message's attachment by its media
// type: image/* image, video/* video, audio/* audio, anything else file. An
// image message whose media type is unknown is an image.
func attachmentType(m *schema.Message) AttachmentType {
	mt := strings.ToLower(m.MediaType)
	switch {
	case strings.HasPrefix(mt, "image/"):
		return AttachmentImage
	case strings.HasPrefix(mt, "video/"):
		return AttachmentVideo
	case strings.HasPrefix(mt, "audio/"):
		return AttachmentAudio
	case mt == "" && m.Type == schema.TypeImage:
		return AttachmentImage
	default:
		return AttachmentFile
	}
}

// media builds an image or file message. An image with buttons is a
// one-element generic template (the card's title from the text). Otherwise
// the attachment comes first, then a button template of the text and the
// buttons (a file has no card to carry them), or the text as its own
// message(s): Messenger has no captions.
func (b *builder) media(m *schema.Message) ([]Message, error) {
	if m.MediaURL == "" {
		return nil, errors.New("messenger: mediaUrl: required in image and file messages")
	}
	kind := attachmentType(m)
	btns := b.buttons(-1, m.Actions)
	if len(btns) > 0 && kind == AttachmentImage {
		return []Message{b.imageCard(m, btns)}, nil
	}
	msgs := []Message{{Attachment: &Attachment{Type: kind, Payload: &MediaPayload{URL: channels.WireURL(m.MediaURL)}}}}
	switch {
	case len(btns) > 0:
		msgs = append(msgs, b.buttonTemplate("text", m.Text, btns))
	case !blank(m.Text):
		msgs = append(msgs, b.textMessages("text", m.Text)...)
	}
	return msgs, nil
}

// imageCard is the one-element generic template of an image with buttons.
func (b *builder) imageCard(m *schema.Message, btns []Button) Message {
	title, subtitle := b.cardText(m.Text)
	el := Element{Title: title, Subtitle: subtitle, ImageURL: channels.WireURL(m.MediaURL), Buttons: btns}
	return template(&GenericTemplate{TemplateType: TemplateGeneric, Elements: []Element{el}})
}

// cardText places an image's text on its card: the title when it fits the
// element title limit; otherwise the title takes the words that fit and the
// subtitle the rest, cut to the subtitle limit (reported Truncated at
// "text"). A blank text gives the neutral prompt: the title is required.
func (b *builder) cardText(s string) (title, subtitle string) {
	if blank(s) {
		return prompt(b.ctx.Localizer, b.ctx.Language), ""
	}
	tl := b.caps.Texts.ItemTitle
	if tl.Fits(s) {
		return s, ""
	}
	parts := text.Split(s, tl.Max, tl.Unit)
	if len(parts) < 2 {
		return b.ctx.Fit("text", s, tl), ""
	}
	rest := strings.Join(parts[1:], " ")
	return parts[0], b.ctx.Fit("text", rest, b.caps.Texts.ItemDescription)
}
