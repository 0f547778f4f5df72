// Package viber renders canonical messages for the Viber REST Bot API
// (POST https://chatapi.viber.com/pa/send_message), as described in
// docs/RENDERING.md §3.10.
//
// Every payload has the method "send_message" and a *Message body minus
// "receiver", which package send adds with the X-Viber-Auth-Token header
// (credential "token"). The required sender.name is in every body: the
// SenderName option, else the render's app name (render.WithAppName), else
// DefaultSenderName, cut to 28.
//
// A text is a text message (7000, split beyond; split again when its JSON
// would pass the 30 KB message limit). An image is a picture message whose
// text is the message's when it fits 512, else the text follows. A file is
// a url message (Converted at "type"): Viber's file message requires the
// size in bytes, which a canonical message does not carry. A location is
// its text (and place name and address), then a location message.
//
// Message-level actions are a keyboard on the last message, one 6-column
// button per row, at most 24: a reply or postback is ActionType "reply"
// whose ActionBody (the payload or its token) comes back as the text of
// the user's message; link, webview and buy are "open-url"; a
// locationRequest is "location-picker" (min_api_version 3). A carousel or
// list is one rich_media message (min_api_version 2) of up to 6 blocks of
// 6 × 7 cells: image, title and description, and up to 3 buttons. Button
// texts are HTML to Viber, so chanrender escapes them. Share is Dropped;
// Viber has no typing call.
package viber
