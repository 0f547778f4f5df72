package channels

import "testing"

func TestWireURL(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"https://example.org/a?b=c#d", "https://example.org/a?b=c#d"},
		{"HTTPS://Kyoto.Example.COM/Office", "https://Kyoto.Example.COM/Office"},
		{"Tg://resolve?domain=x", "tg://resolve?domain=x"},
		{"https://guide.example.com/京都?q=matcha latte", "https://guide.example.com/%E4%BA%AC%E9%83%BD?q=matcha%20latte"},
		{"https://x.org/already%20escaped", "https://x.org/already%20escaped"},
		{"https://x.org/{a}|\"b\"", "https://x.org/%7Ba%7D%7C%22b%22"},
		{"https://x.org/\xff", "https://x.org/%EF%BF%BD"},
		{"no-scheme here", "no-scheme%20here"},
		{"1http://x", "1http://x"},
	} {
		if got := WireURL(tc.in); got != tc.want {
			t.Errorf("WireURL(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestURLScheme(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"HTTPS://x", "https"}, {"tel:+1555", "tel"}, {"javascript:alert(1)", "javascript"},
		{"mailto:a@b.c", "mailto"}, {"line://ti/p", "line"}, {"/relative", ""}, {"1x:y", ""}, {"", ""}, {":x", ""},
	} {
		if got := URLScheme(tc.in); got != tc.want {
			t.Errorf("URLScheme(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if !HasScheme("HTTPS://x", []string{"http", "https"}) || HasScheme("ftp://x", []string{"http", "https"}) {
		t.Error("HasScheme")
	}
}

// Internationalised hosts are sent in their ASCII form; the rest of the URL
// is percent-encoded as before.
func TestWireURLInternationalHost(t *testing.T) {
	for in, want := range map[string]string{
		"https://bücher.example/a?q=é":         "https://xn--bcher-kva.example/a?q=%C3%A9",
		"https://b%C3%BCcher.example/":         "https://xn--bcher-kva.example/",
		"HTTPS://user@Bücher.example:8443/x#é": "https://user@xn--bcher-kva.example:8443/x#%C3%A9",
		"https://例え.テスト/パス":                    "https://xn--r8jz45g.xn--zckzah/%E3%83%91%E3%82%B9",
		"https://ascii.example/ü":              "https://ascii.example/%C3%BC",
		"https://[2001:db8::1]:443/":           "https://[2001:db8::1]:443/",
		"mailto:jürgen@bücher.example":         "mailto:j%C3%BCrgen@b%C3%BCcher.example",
		"https://a\u202Eb.example/":            "https://a%E2%80%AEb.example/",
	} {
		if got := WireURL(in); got != want {
			t.Errorf("WireURL(%q) = %q, want %q", in, got, want)
		}
	}
}
