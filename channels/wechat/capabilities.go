package wechat

import (
	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// Name is the channel's registry name.
const Name = "wechat"

// Sources of the limits below (docs/CHANNEL-LIMITS.md §4.5). Figures marked
// † are stated only by a third party; WeChat's own pages give no length for
// them.
//
//   - SCM: https://developers.weixin.qq.com/doc/offiaccount/en/Message_Management/Service_Center_messages.html
//     and its successor https://developers.weixin.qq.com/doc/service/en/api/customer/message/api_sendcustommessage.html
//     (sendCustomMessage: text, news with one article, msgmenu; 5
//     messages within 48 hours of a user's message).
//   - TYP: https://developers.weixin.qq.com/doc/subscription/en/api/customer/message/api_typing.html
//     (command Typing or CancelTyping).
//   - KF †: the WeCom customer service message comments of the
//     silenceper/wechat SDK (work/kf/sendmsgonevent/message.go, read at
//     git.gopher.ink): text content "at most 2048 bytes"; msgmenu
//     head_content and tail_content 1024 bytes, at most 10 list entries,
//     id 1 to 64 bytes, content 1 to 128 bytes.
//   - NEWS †: WeCom's news article figures as SDKs quote them, title 128
//     bytes, description 512 bytes.
const (
	textMax    = 2048 // KF † text.content; CHANNEL-LIMITS §4.5
	headMax    = 1024 // KF † msgmenu.head_content
	tailMax    = 1024 // KF † msgmenu.tail_content
	menuMax    = 10   // KF † msgmenu.list entries
	menuIDMax  = 64   // KF † msgmenu.list.id
	menuTxtMax = 128  // KF † msgmenu.list.content
	titleMax   = 128  // NEWS † article title
	descMax    = 512  // NEWS † article description
	articles   = 1    // SCM: one article per news message
	quota      = 5    // SCM: messages allowed within 48 hours of a user's message
	// uriMax is chanrender's own bound on a link's URL, so that an escaped
	// <a href> (at most 5 bytes per URL byte) leaves room in a text; the
	// article url and picurl share it.
	uriMax = 1000
)

// linkSchemes are the schemes of <a href> links, article urls and picurls.
func linkSchemes() []string { return []string{"http", "https"} }

// urlActions are the rules of an item: its first link, webview or buy is
// the article's url; a postback has nowhere to go in an article.
func urlActions() map[schema.ActionType]channels.ActionRule {
	return map[schema.ActionType]channels.ActionRule{
		schema.ActionLink:    {Mode: channels.Native, Schemes: linkSchemes()},
		schema.ActionWebview: {Mode: channels.Native, Schemes: linkSchemes()},
		schema.ActionBuy:     {Mode: channels.Native, Schemes: linkSchemes(), RequireURI: true},
	}
}

// choiceActions are the rules of a message's buttons: links as <a href>
// links of the text, postbacks as msgmenu choices. Share has no WeChat
// equivalent and is dropped.
func choiceActions() map[schema.ActionType]channels.ActionRule {
	r := urlActions()
	r[schema.ActionPostback] = channels.ActionRule{Mode: channels.Native}
	return r
}

// capabilities is the WeChat table: Official Account customer service
// messages (SCM). Every limit counts bytes, as the figures are given.
func capabilities() channels.Capabilities {
	b := func(n int) channels.Limit { return channels.Limit{Max: n, Unit: channels.Bytes} }
	asText := channels.TypeRule{Mode: channels.AsText}
	return channels.Capabilities{
		Name:      Name,
		Platform:  "WeChat Official Account customer service messages",
		Reference: refSend,
		Types: channels.Types{
			// text message, with <a href> links.
			Text: channels.TypeRule{Mode: channels.Native},
			// Images, voice and video go by media_id only (an upload to
			// WeChat's media API): a URL falls back to a link of the text.
			Image: asText,
			File:  asText,
			// No location message to send.
			Location: asText,
			// One news message per item.
			Carousel: channels.TypeRule{Mode: channels.Native},
			List:     channels.TypeRule{Mode: channels.Native},
		},
		Actions: channels.Actions{
			// Build chooses the construct by the number of choices (1-10:
			// a msgmenu, more: numbered text), so the engine keeps them all.
			Message: channels.ActionSet{Max: channels.Unlimited, Rules: choiceActions()},
			// A reply is a msgmenu choice like a postback; a location
			// request has no WeChat equivalent: its sentence in the text.
			Replies: channels.ActionSet{Max: channels.Unlimited, Rules: map[schema.ActionType]channels.ActionRule{
				schema.ActionReply:           {Mode: channels.Native},
				schema.ActionLocationRequest: {Mode: channels.AsText},
			}},
			// An article opens one URL.
			CarouselItem: channels.ActionSet{Max: 1, Rules: urlActions()},
			ListItem:     channels.ActionSet{Max: 1, Rules: urlActions()},
			// Message-level buttons of a carousel or list: a following
			// message, built like a text message's.
			ItemsMessage: channels.ActionSet{Max: channels.Unlimited, Rules: choiceActions()},
		},
		Texts: channels.Texts{
			Text:      b(textMax),
			SplitText: true,
			// ButtonsText: none here. Build splits a text over the
			// msgmenu head (1024) rather than cutting it.
			ItemTitle:       b(titleMax),
			ItemDescription: b(descMax),
			ActionLabel:     b(menuTxtMax),
			ReplyLabel:      b(menuTxtMax),
			Payload:         b(menuIDMax),
			ReplyPayload:    b(menuIDMax),
			URI:             b(uriMax),
		},
		Items: channels.Items{
			// Each item is a message and the 48-hour quota is 5.
			Max:          quota,
			PerMessage:   articles,
			ImageSchemes: linkSchemes(),
			ImageURL:     b(uriMax),
		},
		Typing:      channels.Typing{Start: true, Stop: true},
		Delivery:    channels.Delivery{Push: true},
		Passthrough: channels.Passthrough{Key: Name, Method: MethodSend},
		Endpoints:   endpoints(),
		// A msgmenu choice comes back as the user's message with
		// bizmsgmenuid = the id sent: the payload or its token. Users can
		// type answers to numbered text.
		Answers: channels.Answers{Postback: channels.AnswerPayload, Reply: channels.AnswerPayload, Typed: true},
	}
}

// References of the two calls.
const (
	refSend   = "https://developers.weixin.qq.com/doc/offiaccount/en/Message_Management/Service_Center_messages.html"
	refTyping = "https://developers.weixin.qq.com/doc/subscription/en/api/customer/message/api_typing.html"
)
