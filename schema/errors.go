package schema

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Rule identifies which validation rule an Error breaks. Rules are stable
// identifiers: tests and callers compare them, never the Detail wording.
type Rule string

// The rules Decode enforces.
const (
	// RuleSize: the input is larger than the WithMaxBytes bound. It is
	// refused before parsing.
	RuleSize Rule = "size"
	// RuleEmpty: the input is empty or only JSON whitespace.
	RuleEmpty Rule = "empty"
	// RuleDepth: objects and arrays are nested deeper than the WithMaxDepth
	// bound. Checked by a pre-scan before parsing.
	RuleDepth Rule = "depth"
	// RuleSyntax: the input is not one well-formed JSON value (including
	// truncated input and trailing data). Error.Offset holds the byte offset.
	RuleSyntax Rule = "syntax"
	// RuleType: a value has the wrong JSON type (a number where a string is
	// expected, null anywhere a field is expected, ...).
	RuleType Rule = "type"
	// RuleRequired: a required field is missing or blank.
	RuleRequired Rule = "required"
	// RuleEnum: a string is not one of the documented values.
	RuleEnum Rule = "enum"
	// RuleRange: a number is outside its allowed range.
	RuleRange Rule = "range"
	// RuleCount: an array has too few or too many elements.
	RuleCount Rule = "count"
	// RuleURL: a URL is not absolute, or has a scheme that is not allowed.
	RuleURL Rule = "url"
	// RuleForbidden: a field or an action is not allowed where it appears.
	RuleForbidden Rule = "forbidden"
	// RuleCombination: reply or locationRequest actions are mixed with
	// actions of other types.
	RuleCombination Rule = "combination"
	// RuleFlat: a metadata value is not a string, a number or a boolean.
	RuleFlat Rule = "flat"
	// RuleInteger: a number that must be an integer has a fraction, an
	// exponent, or does not fit in 64 bits.
	RuleInteger Rule = "integer"
	// RuleCurrency: a currency is not a lowercase ISO 4217 code.
	RuleCurrency Rule = "currency"
	// RuleDefault: a default action is not allowed here, is not a link, or
	// is not the only one in its item.
	RuleDefault Rule = "default"
	// RuleUnknown: a field the schema does not know (reported only with
	// WithUnknownFieldErrors).
	RuleUnknown Rule = "unknown"
	// RuleDuplicate: a key appears twice in one JSON object. JSON parsers
	// disagree on which value wins, so a repeated key is refused in every
	// mode rather than silently resolved (the path names the key).
	RuleDuplicate Rule = "duplicate"
)

// String returns the identifier of r.
func (r Rule) String() string { return string(r) }

// Error is one problem found while decoding. Decode joins every Error it
// finds with errors.Join; use errors.As or Errors to get them back.
type Error struct {
	// Path is the JSON path of the offending value, such as
	// "items[2].actions[0].uri"; empty for the document itself.
	Path string
	// Rule is the rule the value breaks.
	Rule Rule
	// Detail is a human sentence describing the problem.
	Detail string
	// Offset is set for RuleSyntax and RuleDepth errors: the number of input
	// bytes read when the problem was found, the offending byte included (the
	// convention of json.SyntaxError); for truncated input, the input length.
	// Zero for other rules.
	Offset int64
}

// Error formats e as "schema: <path>: <detail>", or
// "schema: invalid JSON at byte N: <detail>" for syntax errors.
func (e *Error) Error() string {
	switch {
	case e.Rule == RuleSyntax:
		return "schema: invalid JSON at byte " + strconv.FormatInt(e.Offset, 10) + ": " + e.Detail
	case e.Path == "":
		return "schema: " + e.Detail
	default:
		return "schema: " + e.Path + ": " + e.Detail
	}
}

// Errors returns every *Error in err, in order, looking through errors.Join
// trees and wrapped errors. It returns nil when err holds none.
func Errors(err error) []*Error {
	var out []*Error
	var walk func(error)
	walk = func(err error) {
		switch e := err.(type) {
		case nil:
		case *Error:
			out = append(out, e)
		case interface{ Unwrap() []error }:
			for _, c := range e.Unwrap() {
				walk(c)
			}
		case interface{ Unwrap() error }:
			walk(e.Unwrap())
		}
	}
	walk(err)
	return out
}

// problems collects errors during one decode.
type problems []*Error

func (p *problems) add(path string, rule Rule, format string, args ...any) {
	*p = append(*p, &Error{Path: path, Rule: rule, Detail: fmt.Sprintf(format, args...)})
}

// join turns the collected problems into one error, nil when there are none.
func (p problems) join() error {
	if len(p) == 0 {
		return nil
	}
	errs := make([]error, len(p))
	for i, e := range p {
		errs[i] = e
	}
	return errors.Join(errs...)
}

func itoa64(n int64) string { return strconv.FormatInt(n, 10) }

// sortProblems puts the problems of one document in the order of its
// canonical encoding, so the list is deterministic whichever step found
// them: fields in struct order, array elements by index, the keys of
// free-form objects (metadata, override) sorted, and fields the schema
// does not know after the known ones of their object, sorted. Problems at
// one path keep the order they were found in.
func sortProblems(p problems) {
	if len(p) < 2 {
		return
	}
	keys := make(map[*Error][]pathSeg, len(p))
	for _, e := range p {
		keys[e] = orderKey(e.Path)
	}
	slices.SortStableFunc(p, func(a, b *Error) int { return comparePathKeys(keys[a], keys[b]) })
}

// pathSeg is one step of a path's order key: an array index, or an object
// key with its rank among its object's known fields (len of the list for
// free-form and unknown keys, which then sort by name).
type pathSeg struct {
	rank int
	name string
}

func orderKey(path string) []pathSeg {
	var segs []pathSeg
	var names []string // the key of each segment ("" for indices)
	free := false
	for i := 0; i < len(path); {
		var name string
		isIndex := false
		switch {
		case path[i] == '.':
			i++
			continue
		case strings.HasPrefix(path[i:], `["`):
			// A quoted key: metadata["a.b"].
			end := i + 2
			for end < len(path) && (path[end] != '"' || path[end-1] == '\\') {
				end++
			}
			if s, err := strconv.Unquote(path[i+1 : min(end+1, len(path))]); err == nil {
				name = s
			}
			i = min(end+2, len(path))
		case path[i] == '[':
			end := strings.IndexByte(path[i:], ']')
			if end < 0 {
				end = len(path) - i
			}
			n, _ := strconv.Atoi(path[i+1 : i+end])
			segs = append(segs, pathSeg{rank: n})
			names = append(names, "")
			i += end + 1
			isIndex = true
		default:
			end := i
			for end < len(path) && path[end] != '.' && path[end] != '[' {
				end++
			}
			name = path[i:end]
			i = end
		}
		if isIndex {
			continue
		}
		known := contextFields(names)
		if free {
			known = nil
		}
		rank := slices.Index(known, name)
		if rank < 0 {
			rank = len(known) + 1
		}
		segs = append(segs, pathSeg{rank: rank, name: name})
		names = append(names, name)
		if name == "metadata" || name == "override" {
			free = true
		}
	}
	return segs
}

// contextFields returns the known fields, in struct order, of the object
// the next key of a path lies in, given the keys before it.
func contextFields(names []string) []string {
	n := len(names)
	switch {
	case n == 0:
		return messageFields()
	case n >= 2 && names[n-1] == "" && names[n-2] == "items":
		return itemFields()
	case n >= 2 && names[n-1] == "" && names[n-2] == "actions":
		return actionFields("")
	}
	switch names[n-1] {
	case "coordinates":
		return []string{"lat", "long"}
	case "location":
		return []string{"name", "address"}
	case "destination":
		return []string{"integrationId", "integrationType"}
	case "displaySettings":
		return []string{"imageAspectRatio"}
	case "extraChannelOptions":
		return []string{"messenger"}
	case "messenger":
		return []string{"webview_height_ratio", "messenger_extensions", "fallback_url"}
	}
	return nil
}

func comparePathKeys(a, b []pathSeg) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if c := a[i].rank - b[i].rank; c != 0 {
			return c
		}
		if c := strings.Compare(a[i].name, b[i].name); c != 0 {
			return c
		}
	}
	return len(a) - len(b)
}
