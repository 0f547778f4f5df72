package messenger

// template wraps a template payload in a message.
func template(p AttachmentPayload) Message {
	return Message{Attachment: &Attachment{Type: AttachmentTemplate, Payload: p}}
}

// buttonTemplate is a button template of s (fitted to the button template
// text limit, reported at path) and btns. A blank s is replaced by the
// neutral prompt: the template's text is required.
func (b *builder) buttonTemplate(path, s string, btns []Button) Message {
	if blank(s) {
		s = prompt(b.ctx.Localizer, b.ctx.Language)
	} else {
		s = b.ctx.Fit(path, s, b.caps.Texts.ButtonsText)
	}
	return template(&ButtonTemplate{TemplateType: TemplateButton, Text: s, Buttons: btns})
}
