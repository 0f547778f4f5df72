package shorthand

import (
	"unicode"
	"unicode/utf8"

	"github.com/chanrender/chanrender/schema"
)

// family is the group of action types a message's buttons belong to:
// quick replies and the other buttons cannot be mixed.
type family int

const (
	noFamily family = iota
	quickReplies
	buttons
)

// familyOf returns the family of action type t.
func familyOf(t schema.ActionType) family {
	if t.IsQuickReply() {
		return quickReplies
	}
	return buttons
}

// scan returns the shorthand of s that will be expanded, in order. Tokens
// that are well formed but cannot join the message (a second image, a
// button of the other family than the first, or than the existing actions)
// are left out and so stay text.
func scan(s string, m money, existing []schema.Action) []token {
	fam := noFamily
	if len(existing) > 0 {
		fam = familyOf(existing[0].Type)
	}
	haveImage := false
	var toks []token
	for i := 0; i+1 < len(s); i++ {
		c := s[i]
		if (c != '%' && c != '$' && c != '!') || s[i+1] != '[' {
			continue
		}
		if i > 0 {
			if r, _ := utf8.DecodeLastRuneInString(s[:i]); !unicode.IsSpace(r) {
				continue
			}
		}
		t, ok := parseToken(s, i, m)
		if !ok {
			continue
		}
		if t.isImage() {
			if haveImage {
				continue
			}
			haveImage = true
		} else {
			f := familyOf(t.action.Type)
			if fam != noFamily && f != fam {
				continue
			}
			fam = f
		}
		toks = append(toks, t)
		i = t.end - 1
	}
	return toks
}
