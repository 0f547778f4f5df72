package viber

import (
	"encoding/json"
	"strings"
	"testing"
)

// jsonBound is never below the JSON length encoding/json writes.
func TestJSONBound(t *testing.T) {
	for _, s := range []string{"", "plain", `<>&"\`, "\u2028\u2029", "é😀", strings.Repeat("<", 100), "\x01\n\t"} {
		b, _ := json.Marshal(s)
		if jsonBound(s) < len(b) {
			t.Errorf("jsonBound(%q) = %d < %d", s, jsonBound(s), len(b))
		}
	}
}
