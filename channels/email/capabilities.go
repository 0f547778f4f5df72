package email

import (
	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// Name is the channel's registry name; Method its one payload method.
const (
	Name   = "email"
	Method = "messages"
)

// linkSchemes are the schemes a link may have in a mail: web pages, a mail
// address, a phone number. Any other scheme (javascript:, data:, sms:...)
// is dropped and reported.
var linkSchemes = []string{"http", "https", "mailto", "tel"}

// table is the email channel's capability table; answers says whether
// postbacks and replies can come back as links (an answer address or URL
// is configured).
func table(answers bool) channels.Capabilities {
	web := []string{"http", "https"}
	buttons := func() map[schema.ActionType]channels.ActionRule {
		r := map[schema.ActionType]channels.ActionRule{
			schema.ActionLink:    {Mode: channels.Native, Schemes: linkSchemes},
			schema.ActionWebview: {Mode: channels.Native, Schemes: web},
			// A buy without a uri is its "label (price)" line.
			schema.ActionBuy: {Mode: channels.Native, Schemes: web},
		}
		if answers {
			r[schema.ActionPostback] = channels.ActionRule{Mode: channels.Native}
		}
		return r
	}
	itemButtons := func() map[schema.ActionType]channels.ActionRule {
		r := buttons()
		// In an item, a buy without a uri has nothing to link to: as in
		// the fallback, it is left out.
		r[schema.ActionBuy] = channels.ActionRule{Mode: channels.Native, Schemes: web, RequireURI: true}
		return r
	}
	reply := channels.ActionRule{Mode: channels.AsText}
	if answers {
		reply = channels.ActionRule{Mode: channels.Native}
	}
	c := channels.Capabilities{
		Name:      Name,
		Platform:  "HTML email (multipart/alternative, RFC 5322 and RFC 2046), sent through Mailgun's messages API",
		Reference: "https://documentation.mailgun.com/docs/mailgun/api-reference/send/mailgun/messages",
		Types: channels.Types{
			Text:     channels.TypeRule{Mode: channels.Native},
			Image:    channels.TypeRule{Mode: channels.Native, MediaSchemes: web},
			File:     channels.TypeRule{Mode: channels.Native, MediaSchemes: web},
			Location: channels.TypeRule{Mode: channels.Native},
			Carousel: channels.TypeRule{Mode: channels.Native},
			List:     channels.TypeRule{Mode: channels.Native},
		},
		Actions: channels.Actions{
			Message: channels.ActionSet{Max: channels.Unlimited, Rules: buttons()},
			// Replies are numbered options (or answer links); a location
			// request is its sentence: a mail cannot ask for a location.
			Replies: channels.ActionSet{Max: channels.Unlimited, Rules: map[schema.ActionType]channels.ActionRule{
				schema.ActionReply:           reply,
				schema.ActionLocationRequest: {Mode: channels.AsText},
			}},
			// The schema's 3 actions per item.
			CarouselItem: channels.ActionSet{Max: 3, Rules: itemButtons()},
			ListItem:     channels.ActionSet{Max: 3, Rules: itemButtons()},
			ItemsMessage: channels.ActionSet{Max: channels.Unlimited, Rules: itemButtons()},
		},
		Texts: channels.Texts{
			// chanrender's own bound (docs/CHANNEL-LIMITS.md §4.6), well
			// inside mail systems' size limits; a longer text message is
			// split into several mails.
			Text:      channels.Limit{Max: 100000, Unit: channels.Bytes},
			SplitText: true,
		},
		// The schema's 10 items.
		Items:     channels.Items{Max: 10, ImageSchemes: web},
		Delivery:  channels.Delivery{Push: true},
		Endpoints: endpoints(),
		Answers:   channels.Answers{Typed: true},
	}
	if answers {
		c.Answers.Postback, c.Answers.Reply = channels.AnswerPayload, channels.AnswerPayload
	}
	return c
}

// endpoints is Mailgun's messages API: POST /v3/{domain}/messages, form
// encoded (from, to, subject, text, html), basic authentication "api" and
// the API key
// (https://documentation.mailgun.com/docs/mailgun/api-reference/send/mailgun/messages).
// The subject is the payload's own. Credentials: "domain", "token", "from".
func endpoints() []channels.Endpoint {
	return []channels.Endpoint{{
		Method: Method, HTTPMethod: "POST",
		URL:       "https://api.mailgun.net/v3/{domain}/messages",
		Encoding:  channels.Form,
		Recipient: "to",
		Fields:    []channels.Field{{Name: "from", Value: "{from}"}},
		BasicAuth: &[2]string{"api", "{token}"},
		Reference: "https://documentation.mailgun.com/docs/mailgun/api-reference/send/mailgun/messages",
	}}
}
