package channels

import (
	"net/url"
	"strings"

	"golang.org/x/net/idna"
)

// WireURL returns raw as it goes into a request body: the scheme in lower
// case (schemes are case-insensitive, RFC 3986 §3.1, but platforms document
// and match them in lower case), invalid UTF-8 as U+FFFD, and every byte
// that may not appear raw in a URI — non-ASCII bytes, controls, space and
// " < > \ ^ ` { | } — percent-encoded, as LINE requires of every URL ("About
// the encoding of a URL", https://developers.line.biz/en/reference/messaging-api/)
// and so that the platform fetches or opens exactly the address the message
// gave. Existing escapes are kept as they are. An internationalised host
// is written in its ASCII form (IDNA, "https://bücher.example/" →
// "https://xn--bcher-kva.example/"), which platforms that validate URLs
// accept, where a percent-encoded host is refused; a host IDNA refuses is
// percent-encoded like the rest. Every channel that sends URLs uses it, so
// they all send the same bytes for the same input.
func WireURL(raw string) string {
	raw = strings.ToValidUTF8(raw, "\uFFFD")
	if s := URLScheme(raw); s != "" && s != raw[:len(s)] {
		raw = s + raw[len(s):]
	}
	raw = asciiHost(raw)
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

// URLScheme returns the scheme of raw in lower case ("HTTPS://x" → "https"),
// or "" when raw does not start with one: a letter, then letters, digits,
// "+", "-" or ".", then ":".
func URLScheme(raw string) string {
	i := strings.IndexByte(raw, ':')
	if i <= 0 {
		return ""
	}
	for j := 0; j < i; j++ {
		c := raw[j]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		case j > 0 && ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.'):
		default:
			return ""
		}
	}
	return strings.ToLower(raw[:i])
}

// HasScheme reports whether raw's scheme is one of schemes (lower case).
func HasScheme(raw string, schemes []string) bool {
	s := URLScheme(raw)
	if s == "" {
		return false
	}
	for _, want := range schemes {
		if s == want {
			return true
		}
	}
	return false
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

// asciiHost returns raw with its host, when it has one (scheme://host) and
// it is not ASCII, in its IDNA ASCII form (golang.org/x/net/idna's Lookup
// profile: UTS #46 mapping, then Punycode). A host given percent-encoded
// ("b%C3%BCcher.example") is decoded first. raw is returned as it is when
// the host is ASCII or IDNA refuses it.
func asciiHost(raw string) string {
	i := strings.Index(raw, "://")
	if i < 0 {
		return raw
	}
	start := i + len("://")
	end := len(raw)
	if j := strings.IndexAny(raw[start:], "/?#"); j >= 0 {
		end = start + j
	}
	hostStart := start + strings.LastIndexByte(raw[start:end], '@') + 1
	host := raw[hostStart:end]
	if j := strings.LastIndexByte(host, ':'); j >= 0 && !strings.Contains(host[j:], "]") {
		host = host[:j] // the port
	}
	if strings.HasPrefix(host, "[") || !needsIDNA(host) {
		return raw
	}
	name := host
	if strings.Contains(name, "%") {
		u, err := url.PathUnescape(name)
		if err != nil {
			return raw
		}
		name = u
	}
	ascii, err := idna.Lookup.ToASCII(name)
	if err != nil || ascii == "" {
		return raw
	}
	return raw[:hostStart] + ascii + raw[hostStart+len(host):]
}

// needsIDNA reports whether host has a non-ASCII byte, or a percent escape
// (of one, most likely).
func needsIDNA(host string) bool {
	for i := 0; i < len(host); i++ {
		if host[i] >= 0x80 || host[i] == '%' {
			return true
		}
	}
	return false
}
