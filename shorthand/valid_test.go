package shorthand

import (
	"encoding/json"
	"testing"

	"github.com/chanrender/chanrender/schema"
)

// TestParseOutputIsValid: what Parse expands decodes as a valid canonical
// message.
func TestParseOutputIsValid(t *testing.T) {
	for _, in := range []string{
		"A wrapped cat\n![](https://i.ytimg.com/vi/tntOCGkgt98/maxresdefault.jpg)\n%[Purchase cat](https://i.ytimg.com/vi/tntOCGkgt98/maxresdefault.jpg)",
		"%[wrapped](reply:wrapped)\n%[unwrapped](reply:unwrapped)\n%[dog](reply:dog)",
		"Where are you? %[Send location](location) %[Skip](reply:SKIP)",
		"Deal\n%[More](https://example.com)\n%[Later](postback:LATER)\n$[Buy now](12.50)",
		"![](http://url-of.the/image.jpg)",
		"Pick\n%[Yes](reply:YES)\n%[Site](https://example.com)",
	} {
		m, err := Parse(in, Options{})
		if err != nil {
			t.Fatal(err)
		}
		data, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := schema.Decode(data); err != nil {
			t.Errorf("Parse(%q) gives an invalid message %s: %v", in, data, err)
		}
	}
}
