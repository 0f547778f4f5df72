// Package messenger renders for Facebook Messenger through the Send API
// (https://developers.facebook.com/documentation/business-messaging/messenger-platform/reference/send-api).
//
// Two profiles of the same channel differ only in their capability tables
// (capabilities.go) and in what Build does with what the tables let
// through:
//
//   - New ("messenger"): the platform as documented today. No list
//     template (lists are generic templates), no share button, no location
//     quick reply (a location request becomes the sentence "{AppName} has
//     requested a location" in the text), 13 quick replies.
//   - Legacy ("messenger-legacy"): Smooch's 2017 rendering. List template
//     (2 to 4 elements, one button each, one global button), element_share
//     buttons, content_type location quick replies, 11 quick replies. Meta
//     refuses these features today.
//   - Instagram ("instagram"): Instagram messaging on the same builders,
//     with its own table (text 1000 bytes, 13 plain-text quick replies,
//     URL and postback buttons only, no list template) and without the
//     fields Instagram lacks (image_aspect_ratio, quick reply icons,
//     webview options), each reported Dropped. Request: POST
//     https://graph.instagram.com/v25.0/{ig-user-id}/messages with
//     "recipient": {"id": IGSID} and "Authorization: Bearer {token}".
//     Credentials: "ig-user-id", "token".
//
// Every payload has Method "messages" (POST /{PAGE_ID}/messages) and a body
// that is the Send API request minus "recipient": a MessageRequest
// {"message": {...}} or, for typing, a SenderActionRequest
// {"sender_action": "typing_on" | "typing_off"}. The caller adds
// "recipient" and "messaging_type" (and "tag"), which depend on the
// conversation.
//
// # What each message becomes
//
//   - text: {"message": {"text"}}, split on word boundaries over 2000
//     UTF-16 units (Split). With link, webview, postback or buy actions: a
//     button template (text cut to 640, 1 to 3 buttons).
//   - reply actions: quick replies (title 20, payload 1000, image_url from
//     iconUrl) on the last message sent.
//   - link: a web_url button; a tel: link is a phone_number button whose
//     payload is the number, "+" and 4 to 15 digits once separators are
//     removed (another number is dropped, reported). webview: a web_url
//     button with webview_height_ratio from its size. Both pass
//     extraChannelOptions.messenger through (its webview_height_ratio wins
//     over the size); messenger_extensions true on a URL that is not https
//     and fallback_url without messenger_extensions true are refused by the
//     API, so they are dropped (reported). A webview's own fallback becomes
//     fallback_url only with messenger_extensions true (Messenger opens
//     webviews itself). messenger_extensions is never turned on by this
//     package: it needs the domain on the Page's whitelist.
//   - buy: a web_url button to its checkout URI titled "label (price)",
//     the price formatted by Context.Price (the render's default currency
//     when the action names none); the label is cut to keep the price
//     whole within 20 units (Truncated). Without a URI the table drops it.
//   - image: an image attachment, then its text as its own message(s).
//     With buttons: a one-element generic template whose title is the text
//     (when the text is longer than a title, the title takes the words that
//     fit and the subtitle the rest, cut to 80, Truncated at "text").
//   - file: an attachment typed by media type: image/* image, video/*
//     video, audio/* audio, anything else file; then its text as its own
//     message(s), or a button template of its text and buttons (only an
//     image can be a card).
//   - location: the text fallback (a Page cannot send a location).
//   - carousel: a generic template of up to 10 elements (title and
//     subtitle 80, image_url, up to 3 buttons, default_action from the
//     default link, image_aspect_ratio from displaySettings); message-level
//     buttons follow in a button template.
//   - list: default profile, a generic template as for a carousel (the
//     engine reports Converted). Legacy: list templates of 2 to 4 elements
//     with one button each, a longer list shared out over several (10
//     items: 4, 3, 3; reported Split at "items"), a single item as a
//     generic template (reported Converted); the message-level button is
//     the last template's global button; top_element_style is compact when
//     the first item's size is compact or the template's first element has
//     no image (a large top element is a cover image), large otherwise.
//   - message-level quick replies of a carousel or list go on its last
//     message; the engine counts them with the other quick replies (13,
//     Legacy 11), apart from the message-level buttons (3, Legacy 1).
//   - typing:start, typing:stop: sender_action typing_on, typing_off.
//
// # Decisions
//
//   - The button template that carries a carousel's or list's
//     message-level buttons, and the template of a text message with
//     buttons and no text, take the message's text, or when it has none the
//     neutral prompt "Choose an option:" (French and Spanish too, after
//     the render's language). A message of quick replies alone without
//     text, and an image card without text, use the same prompt.
//   - A template element must have a subtitle, an image, a default action
//     or a button besides its title. An item left with a title alone (a
//     share dropped, an invalid call button) is dropped (Dropped at
//     items[i]); when no item is left the items go through the text
//     fallback (FellBack at items), the message-level buttons staying
//     native.
//   - The messages that accompany another (an image's text, the button
//     template after a carousel) are not reported: nothing is lost. Several
//     list templates for one list are reported Split at "items"; a
//     single-item list sent as a generic template is reported Converted at
//     "type".
//   - URL schemes are written in lower case (the Send API's URL fields
//     want http:// or https://).
//
// # Payloads and requests
//
// Every payload's Method is "messages"; its Body is a *MessageRequest (a
// message) or a *SenderActionRequest (typing), and a passthrough override's
// body is its json.RawMessage as given. Package send makes the request:
// POST https://graph.facebook.com/v25.0/{page-id}/messages, JSON, with
// "recipient": {"id": PSID} and "messaging_type": "RESPONSE" added, and the
// Page access token as "Authorization: Bearer {token}". Credentials:
// "page-id", "token".
package messenger
