// Package fallback is the numbered raw-text rendering of any canonical
// message (docs/RENDERING.md §2), used by every channel that cannot render a
// construct natively, and the inverse mapping of a user's typed answer back
// to what it chose.
//
// Text produces the whole text; the caller fits it to a channel's limits.
// Output is deterministic, valid UTF-8 (invalid input bytes become U+FFFD),
// has no trailing newline, and Text never panics, on decoded or hand-built
// messages alike (nil message, nil Coordinates, unknown types: all render
// what they can). Text is copied as is: nothing is trimmed, escaped or
// re-wrapped, with one exception: a reply label, an item title and an
// action label are one line each, every line break in them (CR LF, LF, CR,
// VT, FF, NEL, U+2028, U+2029) written as a space, so that no label
// ("Yes\n2. No") can write a line that reads as another numbered option.
// "Present" below means "not empty after trimming white space".
//
// # Carousel and list
//
// The seed's documented format: one block per item, blocks separated by one
// blank line. For the seed's carousel request, Text returns (between the
// marker lines):
//
//	-- begin --
//	1. Tacos
//	Description
//	More info http://example.org
//
//	2. Ramen
//	Description
//	More info http://example.org
//	-- end --
//
// A block is "N. title", the description line when present, then one line per
// link or webview action ("label uri") and per buy action that has a uri
// ("label (price) uri"). Postback, reply and share actions, buy actions
// without a uri and images are omitted. The message-level actions follow
// after a blank line, one per line, in input order: link, webview and buy
// with a uri as above, locationRequest as its sentence, and reply actions
// numbered on from the items (N+1, N+2, …) so that every number in the text
// chooses exactly one thing. When the carousel or list has its own present
// text, that text stands for the item blocks as is (Smooch stores the
// generated fallback in text, so a message read back from Smooch renders the
// same); the message-level action lines still follow it, numbered as if the
// items were there.
// Smooch's own stored text for the spec's list used an older format
// ("Burritooo!: http://burritos.com", two blank lines between items); this
// package follows docs/RENDERING.md instead.
//
// # Text, image, file and location
//
// The message's body, a blank line, then one line per action in input order:
// link and webview "label uri", buy "label (price) uri" or "label (price)"
// without a uri, locationRequest "{AppName} has requested a location", and
// reply actions numbered among the replies only ("1. Tacos", "2. Burritos").
// Postback and share actions have no line. With no body, the lines alone;
// with no line, the body alone.
//
// The body of a text message is its text. The body of an image or file is
// its text when present, a newline, then its mediaUrl. The body of a
// location is its own text as is when present (again Smooch's stored
// fallback), otherwise
//
//	Location shared:
//	https://maps.google.com/maps?q=45.5261583,-73.595346
//
// with the coordinates written by strconv.FormatFloat(f, 'f', -1, 64). When
// the message has a location name or address, each present one gets its own
// line between the sentence and the link; a nil Coordinates drops the link.
//
// # Localisation
//
// The fixed sentences exist in English (the default), French and Spanish
// (see Languages), chosen by matching Options.Language with a
// language.Matcher and printed from an x/text message catalog. Both are
// built by NewLocalizer: pass one in Options.Localizer to build them once
// rather than on each call (the package has no mutable state and no init). An empty Options.AppName
// becomes a neutral localised name: "The app has requested a location",
// "L'application a demandé une position", "La aplicación ha solicitado una
// ubicación". French "Location shared:" is "Position partagée :", Spanish
// "Ubicación compartida:". Amounts are formatted by Amount for the
// Options.Language tag as given (x/text knows far more locales than the
// sentences do), in the action's currency or else Options.Currency (default
// "usd").
//
// # Resolve
//
// Resolve reads an answer against the options Text shows: numbered replies
// and items, and the labels of link, webview and buy lines (by the same
// rules: in a carousel or list only buy actions with a uri). The answer and
// each label are compared after NFKC normalisation, full Unicode case folding
// and white space trimming (inner runs of white space count as one space), so
// " burritos ", "BURRITOS" and "ｂｕｒｒｉｔｏｓ" all match "Burritos".
//
//   - An answer of ASCII digits (full-width digits fold to them), optionally
//     followed by ".", picks the option shown with that number. A number that
//     matches no option (0, out of range) is then tried as a label.
//   - Otherwise the answer must equal one label. Numbered options outrank
//     label-only lines, so an item titled "Tacos" wins over a link labelled
//     "Tacos". Two options of the same rank with the same label are
//     ambiguous: Resolve reports false rather than guess (the caller should
//     ask again).
//   - An item's Choice has the item and its first postback action (nil when
//     it has none); an item action's Choice has the action and its item.
//   - A carousel or list with its own text is resolved by its items, as
//     Smooch's generated text numbers them the same way.
//   - An empty or blank answer, a nil message, or no match: false.
//
// Resolve reads the message's own fallback text. For a message as a channel
// rendered it (its numbered lines, keyboard labels, postback data and
// tokens) use render.Resolve, which applies these rules to the texts the
// render numbered.
//
// # Cost
//
// Text of the seed carousel takes about 1.5 µs and 15 allocations. The
// x/text formatters are built only when needed: the sentences'
// language.Matcher and catalog (about 50 µs and 370 allocations, mostly
// language.NewMatcher) for a location or a locationRequest, the amount
// printer (about 0.3 µs) for a buy action. Without Options.Localizer they
// are built on each call; with one, the matcher and catalog never are (a
// French text with a price and a location request: about 65 µs without,
// 6 µs with). See BenchmarkRender, BenchmarkRenderLocalized and
// BenchmarkRenderLocalizedPrepared.
package fallback
