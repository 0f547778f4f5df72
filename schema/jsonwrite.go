package schema

import (
	"bytes"
	"encoding/json"
	"slices"
	"strconv"
	"unicode/utf8"
)

// appendString appends s as a JSON string, escaped exactly as encoding/json
// escapes it with HTML escaping off.
func appendString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			if b >= 0x20 && b != '"' && b != '\\' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case c == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case c == '\u2028' || c == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[c&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// canonical appends the compact JSON of v with object keys sorted, the form
// Decode keeps passthrough payloads in (what encoding/json writes for the
// generic value, without HTML escaping). dupAt reports a repeated key with
// its path; paths are only built when the document has one.
func (t *jtree) canonical(dst []byte, v jvalue, path string, dupAt func(string)) []byte {
	if t.dups == 0 {
		dupAt = nil
	}
	switch v.kind {
	case jNull:
		return append(dst, "null"...)
	case jBool:
		return strconv.AppendBool(dst, v.b)
	case jNumber:
		return append(dst, v.s...)
	case jString:
		return appendString(dst, v.s)
	case jArray:
		dst = append(dst, '[')
		for i, m := range t.members(v) {
			if i > 0 {
				dst = append(dst, ',')
			}
			var p string
			if dupAt != nil {
				p = index(path, i)
			}
			dst = t.canonical(dst, m.val, p, dupAt)
		}
		return append(dst, ']')
	default:
		ms := t.members(v)
		if v.dup > 0 && dupAt != nil {
			dupAt(field(path, ms[v.dup-1].key))
		}
		order := make([]int32, len(ms))
		for i := range order {
			order[i] = int32(i)
		}
		slices.SortStableFunc(order, func(a, b int32) int {
			switch ka, kb := ms[a].key, ms[b].key; {
			case ka < kb:
				return -1
			case ka > kb:
				return 1
			}
			return 0
		})
		dst = append(dst, '{')
		for i, j := range order {
			if i > 0 && ms[j].key == ms[order[i-1]].key {
				continue // a repeated key, reported: keep the first
			}
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendString(dst, ms[j].key)
			dst = append(dst, ':')
			var p string
			if dupAt != nil {
				p = field(path, ms[j].key)
			}
			dst = t.canonical(dst, ms[j].val, p, dupAt)
		}
		return append(dst, '}')
	}
}

// MarshalJSON writes md with keys sorted, as encoding/json writes a map,
// without going through reflection for the flat values Decode and Validate
// leave in it (strings, json.Number, booleans); any other value is
// marshalled by encoding/json.
func (md Metadata) MarshalJSON() ([]byte, error) {
	if md == nil {
		return []byte("null"), nil
	}
	keys := make([]string, 0, len(md))
	for k := range md {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	buf := make([]byte, 0, 16*len(md)+2)
	buf = append(buf, '{')
	for i, k := range keys {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = appendString(buf, k)
		buf = append(buf, ':')
		switch v := md[k].(type) {
		case string:
			buf = appendString(buf, v)
		case bool:
			buf = strconv.AppendBool(buf, v)
		case json.Number:
			if !isJSONNumber(string(v)) {
				return nil, &json.UnsupportedValueError{Str: strconv.Quote(string(v))}
			}
			buf = append(buf, v...)
		default:
			b, err := json.Marshal(v)
			if err != nil {
				return nil, err
			}
			buf = append(buf, bytes.TrimSpace(b)...)
		}
	}
	return append(buf, '}'), nil
}
