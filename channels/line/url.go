package line

import (
	"strconv"
	"strings"
)

// lineURL returns raw as LINE takes a URL: every URL in a request body must
// be percent-encoded UTF-8 (L-REF "About the encoding of a URL"), and the
// reference's patterns spell schemes in lower case. So the scheme is
// lower-cased (schemes are case-insensitive, RFC 3986 §3.1), invalid UTF-8
// becomes U+FFFD, and every byte that may not appear raw in a URI (non-ASCII
// bytes, controls, space and " < > \ ^ ` { | }) is percent-encoded.
// Existing escapes are kept as they are.
func lineURL(raw string) string {
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
	var sb strings.Builder
	sb.Grow(len(raw) + 2*n)
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if mustEscape(c) {
			sb.WriteByte('%')
			sb.WriteByte(hex[c>>4])
			sb.WriteByte(hex[c&15])
			continue
		}
		sb.WriteByte(c)
	}
	return sb.String()
}

// mustEscape reports whether byte c may not appear raw in a URI.
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
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		case i > 0 && ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.'):
		default:
			return false
		}
	}
	return s != ""
}

// hasScheme reports whether u (a lineURL result) has one of the lower-case
// schemes.
func hasScheme(u string, schemes []string) bool {
	i := strings.IndexByte(u, ':')
	if i <= 0 || !isScheme(u[:i]) {
		return false
	}
	for _, s := range schemes {
		if u[:i] == s {
			return true
		}
	}
	return false
}

func itoa(n int) string { return strconv.Itoa(n) }
