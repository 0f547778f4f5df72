package telegram

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
		if got := wireURL(tc.in); got != tc.want {
			t.Errorf("wireURL(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
