// Package email renders for email as real HTML mail: every payload is one
// message, a multipart/alternative description a sender hands to a
// provider (*Message: subject, the plain-text part and the HTML part), and
// its endpoint maps it onto Mailgun's messages API (POST
// https://api.mailgun.net/v3/{domain}/messages, form fields from, to,
// subject, text, html, HTTP basic authentication api:{token}). An SMTP
// sender writes the same message as RFC 5322 with WriteMessage.
//
// # Parts
//
//   - subject: the constructor's WithSubject, else the first non-blank
//     line of the text part, cut to 78 characters (RFC 5322's recommended
//     line length).
//   - text: the numbered raw-text fallback (package fallback) of text,
//     image, file and location messages, with link, webview and buy lines
//     and numbered replies; a carousel or list writes its items as
//     unnumbered blocks (title, description, link lines), since an item is
//     not an answer the user can type back.
//   - html: built with html/template (contextual escaping, no HTML
//     concatenated by hand), inline CSS only, no <style>, no script, no
//     external font, in a 600px max-width container: text paragraphs,
//     images inline by URL with alt text, links, webviews and buys as
//     styled links (http, https, mailto and tel only; any other scheme is
//     dropped by the table), carousels and lists as a card grid (each
//     item's image, title, description and links), a location as a map
//     link.
//
// # Answers
//
// Without an answer address, postbacks are dropped (a user cannot send one
// from a mail) and replies are the fallback's numbered options, written in
// both parts: the user answers by typing the number or the label
// (render.ResolveText). With WithReplyAddress or WithAnswerURL, postbacks
// and replies are links that carry their payload back: a mailto: link to
// the address with the payload as its subject, or the answer URL with the
// payload as its "payload" query parameter (render.ResolveData).
//
// # Payloads and requests
//
// Method "messages", body *Message. Request: Mailgun's messages API, form
// encoded, "to" the recipient, "from" the caller's value, basic
// authentication "api" and the API key. Credentials: "domain", "token",
// "from".
package email
