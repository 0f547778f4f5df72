package telegram

import "strings"

// wireURL returns raw as it goes into a request: the scheme in lower case
// (schemes are case-insensitive, RFC 3986 §3.1, but Telegram documents url
// buttons as "HTTP or tg:// URL" and checkers match them literally), invalid
// UTF-8 as U+FFFD, and every byte that may not appear raw in a URI —
// non-ASCII bytes, controls, space and " < > \ ^ ` { | } — percent-encoded,
// so Telegram fetches or opens exactly the address the message gave.
// Existing escapes are kept as they are.
func wireURL(raw string) string {
	raw = strings.ToValidUTF8(raw, "\uFFFD")
	if i := strings.IndexByte(raw, ':'); i > 0 && isScheme(raw[:i]) {
		raw = strings.ToLower(raw[:i]) + raw[i:]
	}
	n := 0
	for i := 0; i < len(raw); i++ {
		if mustEscape(raw[i]) {
			n++
		}
	}
	if n == 0 {
		return raw
	}
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(raw) + 2*n)
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if mustEscape(c) {
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// mustEscape reports whether byte c may not appear raw in a URI (RFC 3986
// §2).
func mustEscape(c byte) bool {
	if c <= ' ' || c >= 0x7f {
		return true
	}
	switch c {
	case '"', '<', '>', '\\', '^', '`', '{', '|', '}':
		return true
	}
	return false
}

// isScheme reports whether s is a URI scheme: a letter, then letters,
// digits, "+", "-" or ".".
func isScheme(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		case i > 0 && ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.'):
		default:
			return false
		}
	}
	return true
}
