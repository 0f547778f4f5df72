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
