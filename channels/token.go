package channels

import (
	"crypto/sha256"
	"encoding/base64"

	"github.com/chanrender/chanrender/schema"
	"github.com/chanrender/chanrender/text"
)

// tokenHashLen is the number of base64url characters of the SHA-256 of the
// payload a token carries: 22 characters are 132 bits, so two distinct
// payloads sharing a token is not a practical concern.
const tokenHashLen = 22

// tokenSep separates a token's readable prefix from its hash.
const tokenSep = "~"

// MinTokenLimit is the smallest payload limit (in unit u) that can hold a
// token: the separator and the hash, all ASCII.
//
// Deprecated: the length does not depend on the unit (the token's tail is
// ASCII, one unit per byte in every unit); use MinTokenLen.
func MinTokenLimit(u Unit) int { return MinTokenLen }

// MinTokenLen is the smallest payload limit that can hold a token (Token):
// its separator and hash, in any unit.
const MinTokenLen = len(tokenSep) + tokenHashLen

// Token returns the short stand-in for a payload that exceeds l: the
// longest prefix of the payload that leaves room (cut on a grapheme
// boundary), "~", and 22 base64url characters of the payload's SHA-256.
// It is a pure function of the payload and the limit, so a server can
// recompute it (see ResolvePayload); distinct payloads get distinct tokens.
func Token(payload string, l Limit) string {
	sum := sha256.Sum256([]byte(payload))
	hash := base64.RawURLEncoding.EncodeToString(sum[:])[:tokenHashLen]
	room := l.Max - MinTokenLen
	prefix := ""
	if room > 0 {
		prefix = cutNoEllipsis(payload, room, l.Unit)
	}
	return prefix + tokenSep + hash
}

// cutNoEllipsis returns the longest grapheme-bounded prefix of s within max
// units, without an ellipsis.
func cutNoEllipsis(s string, max int, u Unit) string {
	if text.Fits(s, max, u) {
		return s
	}
	// Truncate reserves room for the ellipsis; give it that room back and
	// strip the ellipsis it adds.
	out, _ := text.Truncate(s, max+text.Len(text.Ellipsis, u), u)
	if n := len(out) - len(text.Ellipsis); n >= 0 && out[n:] == text.Ellipsis {
		out = out[:n]
	}
	return out
}

// ResolvePayload maps data received from a channel (a callback_data, a
// postback data) back to the payload of the action in the sent message it
// stands for: data is either a payload as sent or the Token of one under
// limit l. A payload that fits but equals the token of another payload
// of m is sent as its own token (the engine keeps the data of two
// buttons apart), so data equal to it stands for the longer payload. It
// reports false when no action of m matches.
func ResolvePayload(m *schema.Message, data string, l Limit) (string, bool) {
	if m == nil || data == "" {
		return "", false
	}
	all := func(yield func(string) bool) {
		for _, a := range m.Actions {
			if a.Payload != "" && !yield(a.Payload) {
				return
			}
		}
		for _, it := range m.Items {
			for _, a := range it.Actions {
				if a.Payload != "" && !yield(a.Payload) {
					return
				}
			}
		}
	}
	// tokens are the tokens of the payloads over the limit.
	tokens := map[string]string{}
	for p := range all {
		if !l.Fits(p) {
			tokens[Token(p, l)] = p
		}
	}
	if p, ok := tokens[data]; ok {
		return p, true
	}
	for p := range all {
		if l.Fits(p) && p == data {
			return p, true
		}
	}
	// A fitting payload equal to another's token went as its own token.
	for p := range all {
		if _, clash := tokens[p]; clash && l.Fits(p) && Token(p, l) == data {
			return p, true
		}
	}
	return "", false
}
