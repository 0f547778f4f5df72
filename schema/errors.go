package schema

import (
	"errors"
	"fmt"
	"strconv"
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
	// WithStrict).
	RuleUnknown Rule = "unknown"
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
