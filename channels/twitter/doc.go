// Package twitter renders canonical messages as X (Twitter) direct
// messages, in two profiles, as X has two DM APIs (docs/RENDERING.md
// §3.11):
//
//   - "twitter" (New), the default: X API v2, POST
//     https://api.x.com/2/dm_conversations/with/{participant_id}/messages,
//     method "dm", a *DM body (text). A v2 DM is text and one media
//     attachment, so everything else goes through the numbered raw-text
//     fallback, reported.
//   - "twitter-v1" (V1): X API v1.1, POST
//     https://api.twitter.com/1.1/direct_messages/events/new.json, method
//     "events/new", an *Event body (a message_create event) minus
//     event.message_create.target.recipient_id, which package send adds.
//     Links, webviews and buys are call-to-action buttons (3 per DM, the
//     rest lines of the text); postbacks and replies quick reply options
//     (20 per DM, the overflow reported Truncated), whose metadata (the
//     payload or its token) comes back in quick_reply_response.metadata.
//     A carousel or list is one DM per item with its buttons and options.
//
// Neither profile sends media natively: X attaches media by the id its
// upload endpoint returns, which a pure render cannot have, so an image or
// file is its link in the text (FellBack) and item images are dropped.
// Texts are split at 10,000 code points. Credentials: "token".
package twitter
