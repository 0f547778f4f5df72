package preview

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
)

// seg is one piece of an input's JSON as the page shows it: text, or the
// opening or closing of the span holding the value at a JSON path (the
// paths the reports name: "items[0].actions[1]", "metadata[\"a.b\"]").
type seg struct {
	Text  string
	Open  bool
	Close bool
	Path  string
}

// sourceSegments indents the input's JSON with a span around every value,
// carrying its path, so that hovering a report entry highlights what it
// concerns (the page's CSS, per path). Input that is not JSON is one text
// segment.
func sourceSegments(raw []byte) []seg {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var out []seg
	text := func(s string) { out = append(out, seg{Text: s}) }
	var value func(path, indent string) bool
	value = func(path, indent string) bool {
		out = append(out, seg{Open: true, Path: path})
		defer func() { out = append(out, seg{Close: true}) }()
		tok, err := dec.Token()
		if err != nil {
			return false
		}
		d, ok := tok.(json.Delim)
		if !ok {
			b, err := json.Marshal(tok)
			if err != nil {
				return false
			}
			text(string(b))
			return true
		}
		open, end := string(d), "}"
		if d == '[' {
			end = "]"
		}
		text(open)
		n := 0
		for dec.More() {
			if n > 0 {
				text(",")
			}
			text("\n" + indent + "  ")
			p := index(path, n)
			if d == '{' {
				k, err := dec.Token()
				if err != nil {
					return false
				}
				key, _ := k.(string)
				b, _ := json.Marshal(key)
				text(string(b) + ": ")
				p = field(path, key)
			}
			if !value(p, indent+"  ") {
				return false
			}
			n++
		}
		if _, err := dec.Token(); err != nil {
			return false
		}
		if n > 0 {
			text("\n" + indent)
		}
		text(end)
		return true
	}
	if !value("", "") {
		return []seg{{Text: string(raw)}}
	}
	return out
}

// field and index write paths as package schema writes them.
func field(path, key string) string {
	if !plainKey(key) {
		return path + "[" + strconv.Quote(key) + "]"
	}
	if path == "" {
		return key
	}
	return path + "." + key
}

func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

func plainKey(key string) bool {
	return key != "" && strings.Trim(key, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$-") == ""
}
