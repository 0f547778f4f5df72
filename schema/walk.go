package schema

import (
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
)

// walker builds typed values from the generic JSON tree and collects every
// problem on the way. It visits known fields in struct order, then unknown
// fields in sorted order, so the list of problems is deterministic.
type walker struct {
	strict bool
	errs   problems
}

func (w *walker) add(path string, rule Rule, format string, args ...any) {
	w.errs.add(path, rule, format, args...)
}

// field returns the path of key inside the object at path. Keys that are
// not plain identifiers are quoted: metadata["a.b"].
func field(path, key string) string {
	if !plainKey(key) {
		return path + "[" + strconv.Quote(key) + "]"
	}
	if path == "" {
		return key
	}
	return path + "." + key
}

func plainKey(key string) bool {
	if key == "" {
		return false
	}
	for _, r := range key {
		if !(r == '_' || r == '$' || r == '-' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// index returns the path of element i of the array at path.
func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

func itoa(n int) string { return strconv.Itoa(n) }

// quoteByte describes one input byte for an error detail.
func quoteByte(b byte) string { return strconv.QuoteRune(rune(b)) }

// jsonType names the JSON type of a value of the generic tree.
func jsonType(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case map[string]any:
		return "an object"
	case []any:
		return "an array"
	case string:
		return "a string"
	case json.Number:
		return "a number"
	case bool:
		return "a boolean"
	default:
		return fmt.Sprintf("%T", v)
	}
}

func (w *walker) wrongType(path, want string, v any) {
	w.add(path, RuleType, "must be %s, not %s", want, jsonType(v))
}

func (w *walker) object(path string, v any) (map[string]any, bool) {
	o, ok := v.(map[string]any)
	if !ok {
		w.wrongType(path, "an object", v)
	}
	return o, ok
}

func (w *walker) array(path string, v any) ([]any, bool) {
	a, ok := v.([]any)
	if !ok {
		w.wrongType(path, "an array", v)
	}
	return a, ok
}

func (w *walker) str(path string, v any) (string, bool) {
	s, ok := v.(string)
	if !ok {
		w.wrongType(path, "a string", v)
	}
	return s, ok
}

func (w *walker) boolean(path string, v any) (bool, bool) {
	b, ok := v.(bool)
	if !ok {
		w.wrongType(path, "a boolean", v)
	}
	return b, ok
}

func (w *walker) number(path string, v any) (json.Number, bool) {
	n, ok := v.(json.Number)
	if !ok {
		w.wrongType(path, "a number", v)
	}
	return n, ok
}

// optString reads an optional string field.
func (w *walker) optString(obj map[string]any, path, key string) string {
	v, ok := obj[key]
	if !ok {
		return ""
	}
	s, _ := w.str(field(path, key), v)
	return s
}

// reqString reads a required string field that must not be blank.
func (w *walker) reqString(obj map[string]any, path, key string) string {
	p := field(path, key)
	v, ok := obj[key]
	if !ok {
		w.add(p, RuleRequired, "required")
		return ""
	}
	s, ok := w.str(p, v)
	if ok && strings.TrimSpace(s) == "" {
		w.add(p, RuleRequired, "must not be blank")
	}
	return s
}

// optBool reads an optional boolean field.
func (w *walker) optBool(obj map[string]any, path, key string) bool {
	v, ok := obj[key]
	if !ok {
		return false
	}
	b, _ := w.boolean(field(path, key), v)
	return b
}

// enum reads an optional string field that must be one of valid.
func enum[T ~string](w *walker, obj map[string]any, path, key string, valid ...T) T {
	v, ok := obj[key]
	if !ok {
		return ""
	}
	p := field(path, key)
	s, ok := w.str(p, v)
	if !ok {
		return ""
	}
	if !slices.Contains(valid, T(s)) {
		w.add(p, RuleEnum, "must be one of %s, not %q", list(valid), s)
		return ""
	}
	return T(s)
}

// reqEnum reads a required string field that must be one of valid.
func reqEnum[T ~string](w *walker, obj map[string]any, path, key string, valid ...T) T {
	if v, ok := obj[key]; !ok || v == "" {
		w.add(field(path, key), RuleRequired, "required: one of %s", list(valid))
		return ""
	}
	return enum(w, obj, path, key, valid...)
}

func list[T ~string](valid []T) string {
	s := make([]string, len(valid))
	for i, v := range valid {
		s[i] = string(v)
	}
	return strings.Join(s, ", ")
}

// httpURL reads an optional absolute http or https URL field.
func (w *walker) httpURL(obj map[string]any, path, key string) string {
	v, ok := obj[key]
	if !ok {
		return ""
	}
	p := field(path, key)
	s, ok := w.str(p, v)
	if !ok {
		return ""
	}
	if d := checkHTTPURL(s); d != "" {
		w.add(p, RuleURL, "%s", d)
	}
	return s
}

// checkHTTPURL returns why s is not an absolute http or https URL, or "".
func checkHTTPURL(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return fmt.Sprintf("%q is not a valid URL", s)
	}
	if u.Scheme == "" || u.Host == "" {
		return fmt.Sprintf("%q is not an absolute http or https URL", s)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Sprintf("%q must use http or https, not %s", s, u.Scheme)
	}
	return ""
}

// checkURI returns why s is not an absolute URI, or "". Any scheme is
// accepted (channels filter schemes); http and https URIs need a host.
func checkURI(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return fmt.Sprintf("%q is not a valid URI", s)
	}
	if u.Scheme == "" {
		return fmt.Sprintf("%q is not an absolute URI (no scheme)", s)
	}
	if (u.Scheme == "http" || u.Scheme == "https") && u.Host == "" {
		return fmt.Sprintf("%q has no host", s)
	}
	return ""
}

// unknown reports, in strict mode, the fields of obj that are not in known,
// in sorted order.
func (w *walker) unknown(obj map[string]any, path string, known []string) {
	if !w.strict {
		return
	}
	var extra []string
	for k := range obj {
		if !slices.Contains(known, k) {
			extra = append(extra, k)
		}
	}
	slices.Sort(extra)
	for _, k := range extra {
		w.add(field(path, k), RuleUnknown, "unknown field")
	}
}

// metadata reads a flat object of strings, numbers and booleans. An empty
// object becomes nil, which encodes the same way (absent).
func (w *walker) metadata(obj map[string]any, path, key string) Metadata {
	v, ok := obj[key]
	if !ok {
		return nil
	}
	p := field(path, key)
	o, ok := w.object(p, v)
	if !ok {
		return nil
	}
	keys := make([]string, 0, len(o))
	for k := range o {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	md := make(Metadata, len(o))
	for _, k := range keys {
		switch val := o[k].(type) {
		case string, json.Number, bool:
			md[k] = val
		default:
			w.add(field(p, k), RuleFlat, "metadata values must be strings, numbers or booleans, not %s", jsonType(val))
		}
	}
	if len(md) == 0 {
		return nil
	}
	return md
}

// canonicalJSON encodes a generic value compactly, keys sorted, without
// HTML escaping.
func canonicalJSON(v any) (json.RawMessage, error) {
	b, err := encodeJSON(v)
	if err != nil {
		return nil, err
	}
	return json.RawMessage(b), nil
}
