package shorthand

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chanrender/chanrender/schema"
)

// textMessage returns the appMaker text message with text s and actions.
func textMessage(s string, actions ...schema.Action) *schema.Message {
	return &schema.Message{Role: schema.RoleAppMaker, Type: schema.TypeText, Text: s, Actions: actions}
}

func mustParse(t *testing.T, s string, o Options) *schema.Message {
	t.Helper()
	got, err := Parse(s, o)
	if err != nil {
		t.Fatalf("Parse(%q): %v", s, err)
	}
	return got
}

// TestParseForms covers every row of the guide's quick reference.
func TestParseForms(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want *schema.Message
	}{
		{
			name: "link",
			in:   "%[Button label](http://anyurl.com)",
			want: textMessage("", schema.Action{Type: schema.ActionLink, Text: "Button label", URI: "http://anyurl.com"}),
		},
		{
			name: "https link",
			in:   "%[Button Label](https://url.button.com/a?b=c#d)",
			want: textMessage("", schema.Action{Type: schema.ActionLink, Text: "Button Label", URI: "https://url.button.com/a?b=c#d"}),
		},
		{
			name: "reply",
			in:   "%[Button label](reply:PAYLOAD)",
			want: textMessage("", schema.Action{Type: schema.ActionReply, Text: "Button label", Payload: "PAYLOAD"}),
		},
		{
			// The guide's own example has a space before "]".
			name: "postback with a padded label",
			in:   "%[Button label ](postback:PAYLOAD)",
			want: textMessage("", schema.Action{Type: schema.ActionPostback, Text: "Button label", Payload: "PAYLOAD"}),
		},
		{
			name: "location request",
			in:   "%[Button label](location)",
			want: textMessage("", schema.Action{Type: schema.ActionLocationRequest, Text: "Button label"}),
		},
		{
			name: "buy",
			in:   "$[Button label here](25.00)",
			want: textMessage("", schema.Action{Type: schema.ActionBuy, Text: "Button label here", Amount: 2500, Currency: "usd"}),
		},
		{
			name: "buy without decimals",
			in:   "$[Buy](9)",
			want: textMessage("", schema.Action{Type: schema.ActionBuy, Text: "Buy", Amount: 900, Currency: "usd"}),
		},
		{
			name: "buy with one decimal",
			in:   "$[Buy](9.9)",
			want: textMessage("", schema.Action{Type: schema.ActionBuy, Text: "Buy", Amount: 990, Currency: "usd"}),
		},
		{
			name: "image",
			in:   "![](http://url-of.the/image.jpg)",
			want: &schema.Message{Role: schema.RoleAppMaker, Type: schema.TypeImage, MediaURL: "http://url-of.the/image.jpg"},
		},
		{
			name: "image with a caption",
			in:   "Look at this\n![](https://example.org/a.png)",
			want: &schema.Message{Role: schema.RoleAppMaker, Type: schema.TypeImage, Text: "Look at this", MediaURL: "https://example.org/a.png"},
		},
		{
			name: "text and a button",
			in:   "Just put some vinegar on it %[Button Label](http://url.button.com)",
			want: textMessage("Just put some vinegar on it", schema.Action{Type: schema.ActionLink, Text: "Button Label", URI: "http://url.button.com"}),
		},
		{
			name: "plain text is untouched",
			in:   "  Hello, world!\n\n",
			want: textMessage("  Hello, world!\n\n"),
		},
		{
			name: "empty text",
			in:   "",
			want: textMessage(""),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mustParse(t, tt.in, Options{})
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Parse(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestParseGuideExamples reproduces the guide's two composed examples. The
// expected messages are written by hand from the guide: the first "will be
// sent to end-users as a card" (text, image and a link button), the second
// is three quick replies with no other text.
func TestParseGuideExamples(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want *schema.Message
	}{
		{
			name: "card",
			in: "A wrapped cat\n" +
				"![](https://i.ytimg.com/vi/tntOCGkgt98/maxresdefault.jpg)\n" +
				"%[Purchase cat](https://i.ytimg.com/vi/tntOCGkgt98/maxresdefault.jpg)",
			want: &schema.Message{
				Role:     schema.RoleAppMaker,
				Type:     schema.TypeImage,
				Text:     "A wrapped cat",
				MediaURL: "https://i.ytimg.com/vi/tntOCGkgt98/maxresdefault.jpg",
				Actions: []schema.Action{{
					Type: schema.ActionLink,
					Text: "Purchase cat",
					URI:  "https://i.ytimg.com/vi/tntOCGkgt98/maxresdefault.jpg",
				}},
			},
		},
		{
			name: "three replies",
			in: "%[wrapped](reply:wrapped)\n" +
				"%[unwrapped](reply:unwrapped)\n" +
				"%[dog](reply:dog)",
			want: &schema.Message{
				Role: schema.RoleAppMaker,
				Type: schema.TypeText,
				Actions: []schema.Action{
					{Type: schema.ActionReply, Text: "wrapped", Payload: "wrapped"},
					{Type: schema.ActionReply, Text: "unwrapped", Payload: "unwrapped"},
					{Type: schema.ActionReply, Text: "dog", Payload: "dog"},
				},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mustParse(t, tt.in, Options{})
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestParseMalformedStaysText: malformed shorthand is never an error and is
// left as it was written.
func TestParseMalformedStaysText(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"empty label and target", "%[]()"},
		{"empty label", "%[](http://example.com)"},
		{"blank label", "%[   ](reply:X)"},
		{"empty target", "%[Label]()"},
		{"unclosed label", "%[Label(http://example.com)"},
		{"unclosed target", "%[Label](http://example.com"},
		{"space between label and target", "%[Label] (http://example.com)"},
		{"nested label brackets", "%[a [b] c](http://example.com)"},
		{"nested shorthand", "%[%[a](http://x.com)](http://y.com)"},
		{"label across lines", "%[Label\nmore](http://example.com)"},
		{"space in target", "%[Label](http://example.com/a b)"},
		{"parenthesis in target", "%[Label](http://example.com/a(b)"},
		{"unknown prefix", "%[Call us](tel:+15555550100)"},
		{"webview prefix", "%[Open](webview:http://example.com)"},
		{"relative URL", "%[Label](/path/only)"},
		{"no host", "%[Label](http:///path)"},
		{"ftp URL", "%[Label](ftp://example.com/file)"},
		{"javascript URL", "%[Label](javascript:alert(1))"},
		{"empty reply payload", "%[Label](reply:)"},
		{"empty postback payload", "%[Label](postback:)"},
		{"location with a suffix", "%[Label](location:here)"},
		{"uppercase prefix", "%[Label](REPLY:X)"},
		{"glued to a word before", "buy%[Label](http://example.com)"},
		{"glued to punctuation after", "%[Label](http://example.com)."},
		{"inside parentheses", "(%[Label](http://example.com))"},
		{"image with alt text", "![cat](http://example.com/cat.jpg)"},
		{"image with a bad URL", "![](not a url)"},
		{"image without scheme", "![](example.com/cat.jpg)"},
		{"buy without label", "$[](25.00)"},
		{"buy with a currency sign", "$[Buy]($25.00)"},
		{"buy with too many decimals", "$[Buy](25.001)"},
		{"buy with a trailing dot", "$[Buy](25.)"},
		{"buy with a leading dot", "$[Buy](.50)"},
		{"buy with a sign", "$[Buy](-5)"},
		{"buy with an exponent", "$[Buy](1e3)"},
		{"buy with a thousands separator", "$[Buy](1,000.00)"},
		{"buy of zero", "$[Free](0.00)"},
		{"buy overflowing int64", "$[Buy](99999999999999999999)"},
		{"unknown marker", "&[Label](http://example.com)"},
		{"escaped-looking marker", `\%[Label](http://example.com)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "Hello " + tt.in + " bye"
			got := mustParse(t, text, Options{})
			if diff := cmp.Diff(textMessage(text), got); diff != "" {
				t.Errorf("Parse(%q) mismatch (-want +got):\n%s", text, diff)
			}
			got = mustParse(t, tt.in, Options{})
			if diff := cmp.Diff(textMessage(tt.in), got); diff != "" {
				t.Errorf("Parse(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestParseCurrency: amounts use the decimals of the option's currency.
func TestParseCurrency(t *testing.T) {
	tests := []struct {
		currency string
		in       string
		want     *schema.Message
	}{
		{"", "$[Buy](25.00)", textMessage("", schema.Action{Type: schema.ActionBuy, Text: "Buy", Amount: 2500, Currency: "usd"})},
		{"USD", "$[Buy](9.99)", textMessage("", schema.Action{Type: schema.ActionBuy, Text: "Buy", Amount: 999, Currency: "usd"})},
		{"cad", "$[Buy](10)", textMessage("", schema.Action{Type: schema.ActionBuy, Text: "Buy", Amount: 1000, Currency: "cad"})},
		{"jpy", "$[Buy](2500)", textMessage("", schema.Action{Type: schema.ActionBuy, Text: "Buy", Amount: 2500, Currency: "jpy"})},
		{"jpy", "$[Buy](2500.00)", textMessage("$[Buy](2500.00)")},
		{"jpy", "$[Buy](2500.5)", textMessage("$[Buy](2500.5)")},
		{"kwd", "$[Buy](1.250)", textMessage("", schema.Action{Type: schema.ActionBuy, Text: "Buy", Amount: 1250, Currency: "kwd"})},
	}
	for _, tt := range tests {
		t.Run(tt.currency+" "+tt.in, func(t *testing.T) {
			got := mustParse(t, tt.in, Options{Currency: tt.currency})
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseInvalidOptions(t *testing.T) {
	for _, c := range []string{"dollars", "zzz", "XXX", "us"} {
		_, err := Parse("hi", Options{Currency: c})
		if err == nil || !strings.HasPrefix(err.Error(), "shorthand: ") {
			t.Errorf("Parse with currency %q: error %v, want one starting with \"shorthand: \"", c, err)
		}
	}
}

// TestParseCombining: quick replies and other buttons do not mix (the first
// button decides), and only the first image is used.
func TestParseCombining(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want *schema.Message
	}{
		{
			name: "reply then link",
			in:   "Pick\n%[Yes](reply:YES)\n%[Site](https://example.com)",
			want: textMessage("Pick\n%[Site](https://example.com)",
				schema.Action{Type: schema.ActionReply, Text: "Yes", Payload: "YES"}),
		},
		{
			name: "link then reply and location",
			in:   "%[Site](https://example.com) %[Yes](reply:YES) %[Where](location)",
			want: textMessage("%[Yes](reply:YES) %[Where](location)",
				schema.Action{Type: schema.ActionLink, Text: "Site", URI: "https://example.com"}),
		},
		{
			name: "replies with a location request",
			in:   "%[Yes](reply:YES) %[Where](location)",
			want: textMessage("",
				schema.Action{Type: schema.ActionReply, Text: "Yes", Payload: "YES"},
				schema.Action{Type: schema.ActionLocationRequest, Text: "Where"}),
		},
		{
			name: "link, postback and buy together",
			in:   "Deal\n%[More](https://example.com)\n%[Later](postback:LATER)\n$[Buy now](12.50)",
			want: textMessage("Deal",
				schema.Action{Type: schema.ActionLink, Text: "More", URI: "https://example.com"},
				schema.Action{Type: schema.ActionPostback, Text: "Later", Payload: "LATER"},
				schema.Action{Type: schema.ActionBuy, Text: "Buy now", Amount: 1250, Currency: "usd"}),
		},
		{
			name: "two images",
			in:   "![](https://example.com/a.jpg)\n![](https://example.com/b.jpg)",
			want: &schema.Message{Role: schema.RoleAppMaker, Type: schema.TypeImage,
				Text: "![](https://example.com/b.jpg)", MediaURL: "https://example.com/a.jpg"},
		},
		{
			name: "image with replies",
			in:   "Which?\n![](https://example.com/a.jpg)\n%[A](reply:A) %[B](reply:B)",
			want: &schema.Message{Role: schema.RoleAppMaker, Type: schema.TypeImage, Text: "Which?",
				MediaURL: "https://example.com/a.jpg", Actions: []schema.Action{
					{Type: schema.ActionReply, Text: "A", Payload: "A"},
					{Type: schema.ActionReply, Text: "B", Payload: "B"},
				}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mustParse(t, tt.in, Options{})
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestParseWhitespace pins what is left of the text around the shorthand.
func TestParseWhitespace(t *testing.T) {
	link := schema.Action{Type: schema.ActionLink, Text: "here", URI: "https://x.io"}
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"middle of a line", "Tap %[here](https://x.io) now", "Tap now"},
		{"start of a line", "%[here](https://x.io)   now", "now"},
		{"end of a line", "Tap\t%[here](https://x.io)", "Tap"},
		{"own line between lines", "one\n  %[here](https://x.io)  \ntwo", "one\ntwo"},
		{"blank lines around are trimmed at the ends", "\n\none\n\n%[here](https://x.io)\n\n", "one"},
		{"blank lines inside are kept", "one\n\ntwo\n%[here](https://x.io)", "one\n\ntwo"},
		{"indentation of other lines is kept", "one\n    two\n%[here](https://x.io)", "one\n    two"},
		{"CRLF line endings", "one\r\n%[here](https://x.io)\r\ntwo\r\n", "one\r\ntwo"},
		{"no-break space counts as whitespace", "Tap\u00a0%[here](https://x.io)\u00a0now", "Tap\u00a0now"},
		{"label with inner spaces", "%[  here  ](https://x.io)", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mustParse(t, tt.in, Options{})
			if diff := cmp.Diff(textMessage(tt.want, link), got); diff != "" {
				t.Errorf("Parse(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestParseInvalidUTF8(t *testing.T) {
	got := mustParse(t, "a\xffb %[x\xfe](reply:p\xfd)", Options{})
	want := textMessage("a\uFFFDb", schema.Action{Type: schema.ActionReply, Text: "x\uFFFD", Payload: "p\uFFFD"})
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

func TestParseDeterministic(t *testing.T) {
	in := "Deal ![](https://example.com/a.jpg) %[More](https://example.com) $[Buy](1.00) %[x](reply:y) %[bad]()"
	first := mustParse(t, in, Options{})
	for range 5 {
		if diff := cmp.Diff(first, mustParse(t, in, Options{})); diff != "" {
			t.Fatalf("second parse differs: mismatch (-want +got):\n%s", diff)
		}
	}
}
