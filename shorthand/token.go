package shorthand

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chanrender/chanrender/schema"
)

// The prefixes and the exact target that select a button type in
// %[label](target).
const (
	replyPrefix    = "reply:"
	postbackPrefix = "postback:"
	locationTarget = "location"
)

// token is one well-formed shorthand: its byte span in the text and what it
// stands for, an image URL or an action.
type token struct {
	start, end int
	image      string
	action     schema.Action
}

// isImage reports whether t is an image shorthand.
func (t token) isImage() bool { return t.image != "" }

// parseToken parses the shorthand starting at s[i], which must be a marker
// (%, $ or !) followed by "[". It reports false when the shorthand is
// malformed or does not end a word (see the package documentation).
func parseToken(s string, i int, m money) (token, bool) {
	marker := s[i]
	labelStart := i + 2
	labelEnd := -1
	for k := labelStart; k < len(s); k++ {
		c := s[k]
		if c == ']' {
			labelEnd = k
			break
		}
		if c == '[' || c == '\n' || c == '\r' {
			return token{}, false
		}
	}
	if labelEnd < 0 || labelEnd+1 >= len(s) || s[labelEnd+1] != '(' {
		return token{}, false
	}
	targetStart := labelEnd + 2
	targetEnd := -1
	for k, r := range s[targetStart:] {
		if r == ')' {
			targetEnd = targetStart + k
			break
		}
		if r == '(' || unicode.IsSpace(r) {
			return token{}, false
		}
	}
	if targetEnd < 0 {
		return token{}, false
	}
	end := targetEnd + 1
	if end < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[end:]); !unicode.IsSpace(r) {
			return token{}, false
		}
	}
	rawLabel, target := s[labelStart:labelEnd], s[targetStart:targetEnd]
	label := strings.TrimSpace(rawLabel)
	t := token{start: i, end: end}
	switch marker {
	case '!':
		if rawLabel != "" || !webURL(target) {
			return token{}, false
		}
		t.image = target
		return t, true
	case '$':
		amount, ok := minorUnits(target, m.scale)
		if label == "" || !ok {
			return token{}, false
		}
		t.action = schema.Action{Type: schema.ActionBuy, Text: label, Amount: amount, Currency: m.code}
		return t, true
	case '%':
		if label == "" {
			return token{}, false
		}
		a, ok := button(label, target)
		t.action = a
		return t, ok
	}
	return token{}, false
}

// button returns the action of %[label](target).
func button(label, target string) (schema.Action, bool) {
	switch {
	case strings.HasPrefix(target, replyPrefix):
		p := target[len(replyPrefix):]
		return schema.Action{Type: schema.ActionReply, Text: label, Payload: p}, p != ""
	case strings.HasPrefix(target, postbackPrefix):
		p := target[len(postbackPrefix):]
		return schema.Action{Type: schema.ActionPostback, Text: label, Payload: p}, p != ""
	case target == locationTarget:
		return schema.Action{Type: schema.ActionLocationRequest, Text: label}, true
	case webURL(target):
		return schema.Action{Type: schema.ActionLink, Text: label, URI: target}, true
	}
	return schema.Action{}, false
}

// webURL reports whether s is an absolute http or https URL with a host.
func webURL(s string) bool {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return false
	}
	scheme := strings.ToLower(u.Scheme)
	return scheme == "http" || scheme == "https"
}
