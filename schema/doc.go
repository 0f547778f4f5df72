// Package schema is the canonical Smooch v1 message model: the body of
// POST /v1/appusers/{id}/messages and of the typing activity endpoint.
//
// Decode turns bytes into a *Valid message (DecodeActivity into an
// *Activity, DecodeInput into either), reporting every problem at once with
// its JSON path; Validate checks a message built in code with the same
// rules, paths and errors, directly on the typed value, and also returns a
// *Valid. A Valid was checked once and cannot change, so the engine
// (render.Render) renders it without checking it again; Valid.Message reads
// it. Encode turns a message back into normalised canonical JSON. The types
// here are plain data; Message.Clone gives a deep copy to change.
//
// # Decoding
//
// Decoding runs in this order; the first three steps stop at their first
// problem:
//
//  1. size: input longer than WithMaxBytes (default 1 MiB) is refused
//     before it is read (RuleSize);
//  2. an empty or whitespace-only body is refused (RuleEmpty);
//  3. one pass of the package's own JSON parser checks the syntax (a
//     syntax error, truncated input or data after the value is a
//     RuleSyntax error whose Offset counts the bytes read up to the
//     problem, as json.SyntaxError does) and refuses objects and arrays
//     nested deeper than WithMaxDepth, default 64 (RuleDepth, Offset just
//     after the bracket too deep). Numbers are kept as written; strings
//     are decoded as encoding/json decodes them (an invalid UTF-8 byte or
//     an unpaired surrogate becomes U+FFFD);
//  4. the parsed tree is read into the typed model, with the rules only
//     JSON can break: JSON types, a key repeated in one object
//     (RuleDuplicate, in every mode: parsers disagree on which value wins),
//     unknown fields under WithUnknownFieldErrors, fields present where their type or
//     role forbids them, empty strings where a URL, a currency or an
//     enumerated value is expected, numbers that do not fit;
//  5. every other rule is applied to the typed value, by the same code
//     Validate runs on a message built in code.
//
// Every step is linear in the input: the work of one Decode is bounded by
// the size limit.
//
// The error is an errors.Join of *Error values (Path, Rule, Detail, Offset),
// in the order of the canonical encoding (fields in struct order, elements
// by index, free-form keys and unknown fields sorted); Errors flattens it. Callers and tests compare Path and Rule, never Detail.
// Paths look like "items[2].actions[0].uri", "coordinates.lat",
// "metadata.lang" or "override.line.payload"; keys that are not plain
// identifiers are quoted: metadata["a.b"].
//
// # Validation rules
//
// Messages:
//   - The message is a JSON object. role is required: appUser or appMaker.
//     type is required: text, image, file, location, carousel or list.
//   - text: text is required and not blank unless actions are given.
//     image, file: mediaUrl is required, an absolute http or https URL.
//     location: coordinates is required, with lat in [-90, 90] and long in
//     [-180, 180], both required JSON numbers; location {name, address} is
//     optional. carousel, list: items is required, 1 to 10 of them.
//   - Fields outside the types that use them are errors (RuleForbidden):
//     items and displaySettings outside carousel and list, mediaUrl and
//     mediaType outside image and file, coordinates and location outside
//     location. actions, destination and items need role appMaker.
//     A forbidden field is reported once and its content is not examined.
//     When role or type is missing or invalid, the checks that depend on it
//     are skipped and the fields are only checked for their own shape.
//   - name, email and payload are strings; avatarUrl is an absolute http or
//     https URL. destination has a non-empty integrationId or
//     integrationType (or both). override maps a channel name to an object
//     whose payload is a JSON object; the payload is kept as compact JSON
//     with sorted keys. displaySettings.imageAspectRatio is horizontal or
//     square.
//
// Message-level actions: if any action is reply or locationRequest, all must
// be (RuleCombination on the first other action); share is not allowed
// (RuleForbidden: share actions only exist in message items); default: true
// is not allowed (RuleDefault).
//
// Each action: type is required (link, webview, buy, postback, reply,
// locationRequest, share); text is required and not blank except for share.
//   - link: uri is required, an absolute URI with any scheme (tel:, mailto:,
//     even javascript: decode; channels filter schemes when rendering).
//   - webview: uri is required, absolute http or https; fallback is an
//     optional absolute http or https URL; size is compact, tall or full;
//     openOnReceive is a boolean.
//   - buy: amount is required, a positive integer JSON number in the
//     currency's minor units, written without fraction or exponent and
//     fitting in 64 bits (RuleInteger, RuleRange); currency is an optional
//     lowercase ISO 4217 code known to golang.org/x/text/currency ("USD" is
//     a RuleCurrency error saying to write "usd"); at most MaxAmount (10^15
//     minor units, so that every reader holds it and every price shows it
//     exactly: RuleRange); uri is an optional
//     absolute http or https URL.
//   - postback, reply: payload is required and not empty; a reply may have
//     an iconUrl (absolute http or https).
//   - locationRequest: text only. share: nothing is required.
//   - extraChannelOptions is only allowed on link and webview: an object
//     with an optional messenger object {webview_height_ratio compact, tall
//     or full; messenger_extensions boolean; fallback_url absolute http or
//     https}.
//   - Fields that belong to another action type (a uri on a postback) are
//     treated like unknown fields: dropped, and reported under WithUnknownFieldErrors.
//
// Items: title is required and not blank; actions is required, 1 to 3 of
// type link, webview, postback, buy or share (reply and locationRequest are
// RuleForbidden); size is compact or large; mediaUrl is an optional absolute
// http or https URL; description is a string. At most one action may have
// default: true, and it must be a link (RuleDefault).
//
// metadata, on messages and actions (v1 items have none), is a flat object of strings,
// numbers and booleans; any other value is a RuleFlat error at
// metadata.key. Numbers are kept as written (json.Number).
//
// Activities: role is required and must be appMaker; type is typing:start or
// typing:stop; name is a string and avatarUrl an absolute http or https URL.
//
// Everywhere: a value of the wrong JSON type is a RuleType error naming the
// expected type. null is never accepted in place of a value: omit the field
// instead. A key may appear only once in an object (RuleDuplicate). Unknown fields are ignored, or RuleUnknown errors under
// WithUnknownFieldErrors (metadata keys and override payloads are free-form).
//
// # Normalisation
//
// Decode resolves mediaType from the mediaUrl of image and file messages and
// of items when it is absent, with MediaTypeOf's built-in extension table;
// when the extension is not in the table, mediaType stays absent. Empty
// metadata objects, empty action arrays and empty override objects decode as
// absent. Encoding a decoded message and decoding it again is a fixed point:
// the same struct and the same bytes.
//
// Validate gives a message built in code the normalisation Decode would
// give its JSON: media types resolved, empty containers nil, fields of
// other action types cleared, strings made valid UTF-8, metadata numbers of
// any Go type as json.Number, override payloads as compact JSON with sorted
// keys. What JSON cannot carry is an error with its path: a NaN or infinite
// coordinate (RuleRange), a json.Number that is not a number (RuleType), a
// metadata value that is not a string, number or boolean (RuleFlat), an
// override payload that is not a JSON object (RuleType).
package schema
