// Package whatsapp renders canonical messages for the WhatsApp Cloud API
// (Graph API v23.0, POST /{version}/{phone-number-id}/messages), as
// described in docs/RENDERING.md §3.9.
//
// Every payload has the method "messages" and a *Message body
// (messaging_product, type and the type's object) minus "to", which package
// send adds; a typing indicator is a *Status ("status: read" on the inbound
// message). Credentials: "phone-number-id", "token" (bearer).
//
// Actions: 1 to 3 choices (postback, reply) with distinct titles are reply
// buttons; 4 to 10, or repeated titles, a list; more than 10, the text with
// numbered options (FellBack per choice). One link, webview or buy with no
// choice is a cta_url button; other links are "label uri" lines of the
// body (FellBack). A locationRequest is a location_request_message, sent
// after the choices when there are any (Split at the action). A carousel
// is a media carousel when it has 2 to 10 items, all with images, and
// every item has a postback (quick-reply cards, at most 2 buttons) or a
// URL action (cta_url cards); otherwise each item is its own interactive
// message (Converted at "type"). Texts over the interactive body's 1024
// units are split, the beginning sent as text messages.
//
// Per-conversation options: ReplyTo sets context.message_id on the first
// payload; TypingFor names the inbound message a typing indicator needs
// (without it typing is reported Dropped at "type").
package whatsapp
