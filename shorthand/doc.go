// Package shorthand expands Smooch's messaging shorthand: the inline syntax
// business systems use to send images and buttons inside plain text.
//
//	%[Label](https://example.com)   link button
//	%[Label](reply:PAYLOAD)         reply button (quick reply)
//	%[Label](postback:PAYLOAD)      postback button
//	%[Label](location)              location request
//	$[Label](25.00)                 buy button (amount in the currency's units)
//	![](https://example.com/a.jpg)  image
//
// Parse turns such a text into a structured *schema.Message; Apply does the
// same for the text of an existing text message.
//
// # Rules
//
// The guide only shows the forms and two composed examples, so the
// remaining rules are decisions, written down here:
//
//   - Where: a shorthand is recognised anywhere in the text (the guide: when
//     "message text contains shorthand"), but only as a whole word: it starts
//     at the beginning of the text or after whitespace, and ends at the end
//     of the text or before whitespace. "see%[a](https://x)" and
//     "(%[a](https://x))" stay text. This also keeps nested shorthand
//     ("%[%[a](https://x)](https://y)") entirely literal.
//   - Syntax: a marker (%, $ or !), "[", a label without "[", "]" or line
//     breaks, "]" directly followed by "(", a target without "(", whitespace
//     or line breaks, then ")". The label is trimmed of surrounding
//     whitespace (the guide writes "%[Button label ](postback:PAYLOAD)") and
//     must then be non-empty; an image's brackets must be empty (a message
//     has nowhere to keep alt text).
//   - Targets: "reply:" and "postback:" need a non-empty payload;
//     "location" is exact; any other target of % must be an absolute http or
//     https URL with a host, as must an image URL. Anything else (unknown
//     prefixes such as "tel:", "webview:", relative URLs) stays text.
//   - Amounts: digits, optionally "." and at most as many decimals as the
//     currency has (golang.org/x/text/currency standard rounding: usd 2,
//     jpy 0), converted to minor units (usd 25.00 → 2500, jpy 2500 → 2500).
//     Zero, signs, exponents, thousands separators and overflowing amounts
//     stay text.
//   - Combining: a text becomes at most one message. Reply and location
//     request buttons (quick replies) cannot be combined with link,
//     postback or buy buttons, so the first button decides: shorthand of the
//     other family is left as literal text. Only the first image is used; a
//     later image shorthand stays text.
//   - Shape: with an image the message is an image message (a card when it
//     also has text and buttons, as the guide shows); without one it is a
//     text message whose text may be empty when it has buttons (the API
//     allows that; the guide's three-replies example has no other text).
//   - Whitespace: each recognised shorthand is removed with the spaces and
//     tabs before it on its line (or, at the start of a line, the spaces and
//     tabs after it), so "Tap %[here](https://x) now" leaves "Tap now". A
//     line left blank by the removal is dropped, and the resulting text is
//     trimmed of leading and trailing whitespace. A text in which no
//     shorthand is recognised is returned byte for byte (only invalid UTF-8,
//     which is always replaced by U+FFFD, changes).
//   - Malformed shorthand is never an error: it stays literal text. Parse
//     and Apply fail only on invalid Options.
package shorthand
