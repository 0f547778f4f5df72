package text

import "strconv"

// Unit says what a length counts.
type Unit int

// The units a length can be counted in. The zero Unit is not valid.
const (
	// Runes counts Unicode code points.
	Runes Unit = iota + 1
	// UTF16 counts UTF-16 code units: a code point outside the Basic
	// Multilingual Plane, such as most emoji, counts 2.
	UTF16
	// Bytes counts UTF-8 bytes.
	Bytes
	// Graphemes counts extended grapheme clusters (Unicode Standard Annex
	// #29), what a reader perceives as one character.
	Graphemes
)

// String returns the unit's name: "runes", "UTF-16 units", "bytes" or
// "graphemes"; an invalid unit is shown as "Unit(n)".
func (u Unit) String() string {
	switch u {
	case Runes:
		return "runes"
	case UTF16:
		return "UTF-16 units"
	case Bytes:
		return "bytes"
	case Graphemes:
		return "graphemes"
	}
	return "Unit(" + strconv.Itoa(int(u)) + ")"
}

// MarshalText returns the unit's String ("UTF-16 units"), so that limits
// encode as JSON with readable units; the zero Unit, which a zero (no)
// limit carries, is the empty string.
func (u Unit) MarshalText() ([]byte, error) {
	if u == 0 {
		return []byte{}, nil
	}
	return []byte(u.String()), nil
}

// Valid reports whether u is one of [Runes], [UTF16], [Bytes] or
// [Graphemes].
func (u Unit) Valid() bool {
	return u >= Runes && u <= Graphemes
}

// mustBeValid panics if u is not a valid unit.
func (u Unit) mustBeValid() {
	if !u.Valid() {
		panic("text: invalid Unit " + strconv.Itoa(int(u)))
	}
}
