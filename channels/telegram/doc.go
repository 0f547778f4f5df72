// Package telegram renders canonical messages for Telegram bots through the
// Bot API 10.1 (https://core.telegram.org/bots/api). Each payload is one
// Bot API call: Payload.Method is the method name ("sendMessage",
// "sendPhoto" …) and Payload.Body its parameters minus chat_id, which the
// sender adds. Payloads are sent in order.
//
// The engine (package render) first applies the capability table
// (capabilities.go, every value with its source); Build then maps the
// normalised message:
//
//   - text: sendMessage, plain text (no parse_mode, so nothing is escaped),
//     split beyond 4096 UTF-16 units on word boundaries (Split at "text").
//     A message with actions but no text gets its button labels, one per
//     line, as its text: sendMessage needs one (and "…" when every action
//     was dropped, which the report lists).
//   - reply and locationRequest actions: a ReplyKeyboardMarkup, one button
//     per row, one_time_keyboard and resize_keyboard set; a locationRequest
//     is a KeyboardButton with request_location (private chats only). A
//     reply keyboard button sends its label as the user's message, not the
//     action's payload: map it back with render.ResolveText (or
//     render.Resolve), which matches the label as sent (a label "3" is that
//     button, not a third option). Two labels equal once case and spaces
//     are folded cannot be told apart, so the engine drops the later button
//     (reported). A reply's iconUrl has no Telegram equivalent and is not
//     sent (Smooch documents it for Messenger and the web only). The table sets no reply payload limit,
//     since no reply payload goes on the wire: long ones are not shortened.
//   - link, webview and buy actions: inline url buttons, one per row, for
//     http, https and tg URIs only (others are dropped by the table); a
//     buy's label carries its formatted price ("Pay now (CA$ 59.98)"), and
//     a buy without a URI is dropped. A webview's size and fallback have no
//     Telegram equivalent. A default link is an ordinary button.
//   - postback actions: inline callback_data buttons. callback_data holds 1
//     to 64 bytes: the engine replaces a longer payload by channels.Token
//     (a readable prefix, "~", 22 base64url characters of its SHA-256) and
//     reports it Shortened with the token and the payload; ResolveCallback
//     maps callback data back to the payload given the sent message (render.ResolveData to the
//     action and its path). A payload that fits but equals another's token
//     goes as a token of its own (Shortened), so no two buttons share
//     callback_data.
//   - share actions: dropped (reported).
//   - keyboards always go on the last payload of a message: the last part
//     of a split text, or the text that follows a media message.
//   - URLs (buttons and media) are sent with a lower-case scheme and with
//     every byte that may not appear raw in a URI percent-encoded.
//   - image: sendPhoto with the text as caption, or sendAnimation for an
//     image/gif (sendPhoto would send a still). A text over the 1024 UTF-16
//     caption limit is not cut: the image goes without caption and the text
//     follows in its own sendMessage (Split at "text"), with the keyboard.
//   - file: sendDocument, the same way, for GIF, PDF and ZIP files only —
//     the only types Telegram fetches by URL; the engine renders any other
//     file as the raw-text fallback with its link (FellBack at "mediaUrl").
//   - location: sendVenue when the message has a location name or address
//     (title: the name, else the address; address: the address, else the
//     formatted coordinates), else sendLocation. Neither has a caption: a
//     text follows in its own sendMessage (Split at "text").
//   - carousel and list: one message per item, in order ("cards arranged
//     vertically", as Smooch rendered them): sendPhoto (sendAnimation for a
//     GIF) captioned "title\ndescription" fitted to 1024 UTF-16 units
//     (Truncated at the item's description, or its title without one), or sendMessage for an item without
//     image (fitted to 4096), with the item's buttons as inline keyboard.
//     The message-level actions then go in a final sendMessage (inline or
//     reply keyboard) whose text is the message's own text when the author
//     wrote one, else the buttons' labels, one per line. An own text that
//     is the message's generated raw-text fallback (Smooch stores it there,
//     docs/RENDERING.md §2) is not used: it would repeat every item. Without
//     message-level actions the own text is not sent, as on the other
//     channels that render items. A list is native, not converted: it
//     renders exactly as a carousel, vertically, which is a list's own
//     layout. Item sizes and displaySettings have no Telegram equivalent.
//   - typing:start: sendChatAction "typing". typing:stop has no Bot API
//     call (the indicator stops by itself): the engine reports it Dropped.
//   - Smooch v1 has no Telegram override, so there is no passthrough.
//
// # Payloads and requests
//
// A payload's Method is the Bot API method: "sendMessage" (*SendMessage),
// "sendPhoto" (*SendPhoto), "sendAnimation" (*SendAnimation),
// "sendDocument" (*SendDocument), "sendLocation" (*SendLocation),
// "sendVenue" (*SendVenue) or "sendChatAction" (*SendChatAction). Package
// send makes the request: POST https://api.telegram.org/bot{token}/METHOD,
// JSON, with "chat_id" added. Credentials: "token".
package telegram
