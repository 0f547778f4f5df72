// Package text measures, truncates and splits message text in the unit a
// channel counts its limits in.
//
// A channel limit is expressed in one [Unit]: Unicode code points ([Runes]),
// UTF-16 code units ([UTF16], what JavaScript and Java based platforms
// count), UTF-8 bytes ([Bytes]) or user-perceived characters ([Graphemes],
// extended grapheme clusters as defined by Unicode Standard Annex #29).
//
// Every cut made by this package falls on a grapheme-cluster boundary: an
// emoji ZWJ sequence, a flag, an emoji with a skin-tone modifier or a letter
// with combining marks is never split, even when the limit is counted in
// bytes or code units. Grapheme clusters are found with
// github.com/rivo/uniseg.
//
// # Invalid UTF-8
//
// Each byte that is not part of a valid UTF-8 sequence is treated as one
// U+FFFD REPLACEMENT CHARACTER, exactly as a Go range loop decodes it: [Len]
// counts it as U+FFFD would (1 rune, 1 UTF-16 unit, 3 bytes, and as U+FFFD
// in grapheme segmentation), [ToValid] replaces it by U+FFFD, and [Truncate]
// and [Split] work on ToValid(s), so their results are always valid UTF-8.
// Consequently Len(s, u) == Len(ToValid(s), u) for every s and u.
//
// # Units
//
// Every function taking a [Unit] panics if the unit is not one of the four
// defined constants (see [Unit.Valid]); the zero Unit is invalid.
//
// The functions are pure and safe for concurrent use.
package text
