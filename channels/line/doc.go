// Package line renders canonical messages for LINE, through the Messaging
// API (https://developers.line.biz/en/reference/messaging-api/).
//
// The capability table (capabilities.go) holds every limit and rule the
// engine applies first; each value cites docs/CHANNEL-LIMITS.md §1 or the LINE
// reference. Build then maps the fitted message to wire structs (wire.go).
//
// # Payloads
//
// Every message payload has the method "push" (POST /v2/bot/message/push)
// and a PushBody: the push request minus "to", {"messages": [...]}, with at
// most five messages. A message may become several LINE messages (an image
// and its text, a text split at 5000 UTF-16 units); beyond five they are
// sent as several payloads, in order. Quick replies go on the very last message of the last payload:
// LINE shows only the last message's quick replies. The passthrough
// (override.line.payload) is sent as given with the method "push".
//
// A typing:start activity becomes the method "chat/loading/start" with
// {"loadingSeconds": 20} (LINE's default); the caller adds chatId, the
// recipient. LINE cannot stop the animation (it ends when a message
// arrives), so typing:stop is unsupported and reported by the engine.
//
// # Messages
//
//   - text: text messages of at most 5000 UTF-16 units, split on word
//     boundaries beyond (reported Split).
//   - reply and locationRequest actions: quick replies (13 at most, labels of
//     20 code points): a reply is a postback action with data = payload
//     (payloads over 300 UTF-16 units become tokens, see
//     channels.ResolvePayload) and displayText = label; its iconUrl is the
//     item's imageUrl when it is https and PNG (or of unknown type); a
//     locationRequest is a location action. A message of quick replies and
//     no text gets its raw-text fallback as text (the numbered options),
//     which also serves LINE for PC, where quick replies are not shown.
//   - link, webview, postback and buy actions: a buttons template (1 to 4
//     actions) with the message text and altText = the raw-text fallback of
//     the text and the buttons (1500 UTF-16 units). Link and webview become
//     URI actions (http, https, line and tel only; other schemes are
//     dropped), buy a URI action to its checkout page with the price in the
//     label, "Buy ($ 139.00)" (the text is cut first so the price stays
//     whole; a buy without URI is dropped), postback a postback action
//     without displayText (tapping it posts nothing in the chat, like a
//     Smooch postback). The template's text holds 160 code points: a longer
//     text is not cut but split (reported Split): its last sentences that
//     fit (or its last words, when no sentence boundary leaves a tail that
//     fits) go in the template, the rest in text messages before it. A
//     template needs a text: without one, it is the button labels joined
//     with " · ".
//   - image: an image message when the URL is https and the image JPEG or
//     PNG (LINE shows no other format), with previewImageUrl =
//     originalContentUrl; otherwise the text fallback with the link
//     (reported FellBack). LINE images have no caption, so the text follows
//     as its own message. With buttons, the image is followed by a buttons
//     template carrying the text, rather than a buttons template with the
//     image as thumbnail: the image is shown whole and can be opened, and
//     the text keeps 160 code points instead of 60.
//   - file: the text fallback (LINE has no file message).
//   - location: a location message. Its title is location.name, else the
//     message text when it is one line within 100 UTF-16 units, else
//     "Location" (localised); its address is location.address, else the
//     coordinates "lat, long". A text not used as the title is sent before
//     the location (or in the buttons template after it), unless it is the
//     location's own raw-text fallback, which Smooch stores in text.
//   - carousel: a carousel template, then a buttons template with the
//     message-level buttons if any. altText is the raw-text fallback.
//   - reply and locationRequest actions on a carousel or list: quick
//     replies too, counted with the other quick replies (13).
//   - list: converted to a carousel (Smooch's documented LINE fallback); its
//     message-level actions go in a buttons template after it, whose text is
//     the list's text, or else the button labels.
//
// Every URL is sent as LINE requires: the scheme in lower case and every
// byte that may not appear raw in a URI percent-encoded as UTF-8; an action
// whose encoded URI is over 1000 UTF-16 units is dropped, an image over
// 2000 is dropped (a column image, an icon) or sent as a link (an image
// message).
//
// # Carousel columns
//
// LINE rejects a carousel whose columns differ: every column has the same
// number of actions (1 to 3), and an image or a title in one column means
// in all. The table lets the engine enforce the first two (UniformActions,
// UniformImages, ImageSchemes https, CarouselItem.Min 1) and report every
// removal; Build also drops column images LINE cannot show (a known type
// other than JPEG or PNG, such as WebP; an unknown type is kept) and, if
// that leaves some columns without one, the others' too.
//
// The title half of the rule is the column shape, chosen for the whole
// carousel. A canonical item always has a title and may have a
// description; a LINE column must have a text (120 code points, 60 with an
// image or a title) and may have a title (40). Two shapes are possible:
//
//   - plain: no column title; text = the item title, then its description
//     on the next line (the description is cut first, and dropped when the
//     title leaves it no room);
//   - titled: title = the item title; text = the description, or the title
//     again for an item without one (LINE needs a text).
//
// When no item has a description the carousel is plain: a title would add
// nothing and cost the text half its room. Otherwise Build counts, for each
// shape, the code points the limits would cut, and takes the shape that cuts
// fewer; on a tie, titled when every item has a description (the usual
// card look), plain when some lack one (no repeated title). So the seed's
// "Tacos / Description" cards are titled, and Smooch's Postman list, whose
// descriptions run past 100 code points, is plain and keeps almost all of
// them. Every cut goes through Context.Fit at the item's title or
// description path.
//
// A link with default: true becomes the column's defaultAction (a tap on
// the card) and does not count toward the three actions. Share actions
// have no LINE equivalent and are dropped. displaySettings.imageAspectRatio
// horizontal becomes "rectangle", square "square" (when the columns have
// images).
//
// # Counting
//
// LINE counts labels and template titles and texts in grapheme clusters
// (https://developers.line.biz/en/docs/messaging-api/text-character-count/)
// and other texts in UTF-16 units. This package counts the grapheme fields
// in code points instead: never fewer than grapheme clusters, so every text
// LINE would accept by its own count is still accepted, and the payload
// also passes validators that apply the derived JSON Schema's maxLength,
// which counts code points. Labels of emoji sequences or combining marks are
// cut earlier than LINE requires; the cut still falls on a grapheme
// boundary.
//
// # Payloads and requests
//
// A payload's Method is MethodPush ("push"; Body *PushBody, at most five
// messages) or MethodLoadingStart ("chat/loading/start"; Body
// *LoadingBody); a passthrough override's body is its json.RawMessage as
// given. Package send makes the request: POST
// https://api.line.me/v2/bot/message/push with "to", or, for a reply token
// (send.ReplyToken, the free path when answering a webhook event),
// .../message/reply with "replyToken"; .../chat/loading/start with "chatId";
// JSON, "Authorization: Bearer {token}". Credentials: "token".
package line
