package line

import (
	"strings"
	"testing"

	"github.com/chanrender/chanrender/channels"
)

func TestSplitTail(t *testing.T) {
	l := lineLimit(20)
	tests := []struct {
		in, head, tail string
	}{
		{"Short enough.", "", "Short enough."},
		// The last sentence that fits.
		{"One two three four. Five six seven.", "One two three four.", "Five six seven."},
		// After a line break.
		{"One two three four five\nsix seven eight", "One two three four five", "six seven eight"},
		// No sentence boundary in reach: the longest run of words.
		{"one two three four five six seven eight", "one two three four", "five six seven eight"},
		// CJK full stops take no space.
		{"今日はいい天気ですね。明日も晴れるでしょう。散歩に行きましょうか。", "今日はいい天気ですね。明日も晴れるでしょう。", "散歩に行きましょうか。"},
		// One word longer than the limit: no tail.
		{strings.Repeat("x", 30), "", ""},
		// Code points, not bytes: two family emoji (7 code points and 25
		// bytes each) and "ok" fit in 20; with "intro " they do not.
		{"intro " + strings.Repeat("👨‍👩‍👧‍👦", 2) + " ok", "intro", strings.Repeat("👨‍👩‍👧‍👦", 2) + " ok"},
	}
	for _, tc := range tests {
		head, tail := splitTail(tc.in, l)
		if head != tc.head || tail != tc.tail {
			t.Errorf("splitTail(%q) = %q, %q; want %q, %q", tc.in, head, tail, tc.head, tc.tail)
		}
	}
}

func TestLineURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.com/a?b=c#d", "https://example.com/a?b=c#d"},
		{"HTTPS://Example.com/A", "https://Example.com/A"},
		{"https://example.com/café", "https://example.com/caf%C3%A9"},
		{"https://example.com/a b|c", "https://example.com/a%20b%7Cc"},
		{"https://example.com/%E2%82%AC", "https://example.com/%E2%82%AC"},
		{"tel:+1 514 555", "tel:+1%20514%20555"},
		{"https://example.com/\xff", "https://example.com/%EF%BF%BD"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := channels.WireURL(tc.in); got != tc.want {
			t.Errorf("channels.WireURL(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
