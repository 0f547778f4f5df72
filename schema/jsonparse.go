package schema

import (
	"bytes"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// This file is the decoder's JSON parser: one pass over the input that checks
// the syntax, bounds the nesting depth as it goes, and builds a small tree
// the walker reads into the typed model. It replaces encoding/json's generic
// map[string]any tree, which cost more than the rest of Decode together:
// here objects keep their members in input order (so duplicate keys are
// seen), strings without escapes are substrings of one copy of the input
// (no allocation per string), and children live in one shared arena.
//
// Strings follow encoding/json exactly: escapes are decoded, an invalid
// UTF-8 byte or an unpaired surrogate escape becomes U+FFFD, and a raw
// control character is a syntax error. Syntax errors carry the offset of
// json.SyntaxError: the bytes read, the offending one included.

// jkind is the JSON type of a jvalue.
type jkind uint8

const (
	jNull jkind = iota
	jBool
	jNumber
	jString
	jObject
	jArray
)

// jvalue is one parsed JSON value. Objects and arrays refer to their
// children in the tree's arena: members [lo, lo+n).
type jvalue struct {
	// s is a string's decoded contents or a number's text.
	s string
	// lo and n locate an object's members or an array's elements.
	lo, n int32
	// dup is, for an object with a repeated key, 1 + the index of the
	// first member whose key appeared before; 0 when keys are unique.
	dup  int32
	kind jkind
	b    bool
}

// jmember is an object member (or an array element, with an empty key).
type jmember struct {
	key string
	val jvalue
}

// jtree is a parsed document.
type jtree struct {
	arena []jmember
	// dups counts the objects with a repeated key, so that code looking
	// for them (with paths) can skip a document that has none.
	dups int
}

// members returns the members of an object or the elements of an array.
func (t *jtree) members(v jvalue) []jmember { return t.arena[v.lo : v.lo+v.n] }

// get returns the first member of object v named key.
func (t *jtree) get(v jvalue, key string) (jvalue, bool) {
	for _, m := range t.members(v) {
		if m.key == key {
			return m.val, true
		}
	}
	return jvalue{}, false
}

// has reports whether object v has a member named key.
func (t *jtree) has(v jvalue, key string) bool {
	_, ok := t.get(v, key)
	return ok
}

// countMembers returns how many object members and array elements data
// holds, so the arena is allocated once at its final size. It skips strings
// and tracks whether each open bracket is an object or an array; on input
// nested deeper than maxDepth (which the parse refuses) it stops counting.
func countMembers(data []byte, maxDepth int) int {
	n := 0
	var inArray []bool // per open bracket: an array?
	fresh := false     // just after '[': the next value is an element
	for i := 0; i < len(data); i++ {
		c := data[i]
		switch c {
		case ' ', '\t', '\r', '\n':
			continue
		case '"':
			i = stringEnd(data, i)
			if fresh {
				n++
			}
		case ':':
			n++
		case ',':
			if len(inArray) > 0 && inArray[len(inArray)-1] {
				n++
			}
		case '{', '[':
			if fresh {
				n++
			}
			if len(inArray) >= maxDepth {
				return n
			}
			inArray = append(inArray, c == '[')
			fresh = c == '['
			continue
		case '}', ']':
			if len(inArray) > 0 {
				inArray = inArray[:len(inArray)-1]
			}
		default:
			if fresh {
				n++
			}
		}
		fresh = false
	}
	return n
}

// stringEnd returns the index of the quote that closes the string opened
// at data[start] (len(data) when there is none), finding quotes with
// bytes.IndexByte and skipping the escaped ones (an odd run of backslashes
// before them).
func stringEnd(data []byte, start int) int {
	j := start + 1
	for {
		k := bytes.IndexByte(data[j:], '"')
		if k < 0 {
			return len(data)
		}
		j += k
		backslashes := 0
		for q := j - 1; q > start && data[q] == '\\'; q-- {
			backslashes++
		}
		if backslashes%2 == 0 {
			return j
		}
		j++
	}
}

// parser is the state of one parse.
type parser struct {
	src      string
	pos      int
	depth    int
	maxDepth int
	tree     jtree
	stack    []jmember
	err      *Error
}

// parseJSON parses data as one JSON value followed only by whitespace.
func parseJSON(data []byte, maxDepth int) (*jtree, jvalue, *Error) {
	p := &parser{src: string(data), maxDepth: maxDepth}
	// The arena is allocated once, at its final size; the stack of open
	// objects' members starts small (it holds one path's worth).
	n := countMembers(data, maxDepth)
	p.tree.arena = make([]jmember, 0, n)
	p.stack = make([]jmember, 0, min(n, 48))
	p.skipSpace()
	v := p.value()
	if p.err != nil {
		return nil, jvalue{}, p.err
	}
	p.skipSpace()
	if p.pos < len(p.src) {
		return nil, jvalue{}, &Error{Rule: RuleSyntax, Offset: int64(p.pos) + 1,
			Detail: "unexpected data after the top-level value: " + quoteByte(p.src[p.pos])}
	}
	return &p.tree, v, nil
}

func (p *parser) fail(detail string) {
	if p.err == nil {
		p.err = &Error{Rule: RuleSyntax, Offset: int64(p.pos) + 1, Detail: detail}
	}
}

// eof records the error of input that ends inside a value.
func (p *parser) eof() {
	if p.err == nil {
		p.err = &Error{Rule: RuleSyntax, Offset: int64(len(p.src)), Detail: "unexpected end of input"}
	}
}

func (p *parser) skipSpace() {
	for p.pos < len(p.src) {
		switch p.src[p.pos] {
		case ' ', '\t', '\r', '\n':
			p.pos++
		default:
			return
		}
	}
}

func (p *parser) invalid(context string) {
	p.fail("invalid character " + quoteByte(p.src[p.pos]) + " " + context)
}

// value parses one value at p.pos (whitespace already skipped).
func (p *parser) value() jvalue {
	if p.pos >= len(p.src) {
		p.eof()
		return jvalue{}
	}
	switch c := p.src[p.pos]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		s := p.str()
		return jvalue{kind: jString, s: s}
	case c == '-' || c >= '0' && c <= '9':
		return jvalue{kind: jNumber, s: p.number()}
	case c == 't':
		p.literal("true")
		return jvalue{kind: jBool, b: true}
	case c == 'f':
		p.literal("false")
		return jvalue{kind: jBool}
	case c == 'n':
		p.literal("null")
		return jvalue{kind: jNull}
	default:
		p.invalid("looking for beginning of value")
		return jvalue{}
	}
}

func (p *parser) literal(word string) {
	for i := 0; i < len(word); i++ {
		if p.pos >= len(p.src) {
			p.eof()
			return
		}
		if p.src[p.pos] != word[i] {
			p.invalid("in literal " + word + " (expecting " + quoteByte(word[i]) + ")")
			return
		}
		p.pos++
	}
}

// open enters an object or array, refusing one nested too deep. The depth
// error has the offset of the pre-scan it replaces: just after the bracket.
func (p *parser) open() bool {
	p.depth++
	if p.depth > p.maxDepth {
		if p.err == nil {
			p.err = &Error{Rule: RuleDepth, Offset: int64(p.pos) + 1,
				Detail: "objects and arrays are nested more than " + itoa(p.maxDepth) + " deep"}
		}
		return false
	}
	p.pos++
	return true
}

// close moves the members pushed since start from the stack to the arena.
func (p *parser) close(start int) (lo, n int32) {
	p.depth--
	lo = int32(len(p.tree.arena))
	p.tree.arena = append(p.tree.arena, p.stack[start:]...)
	n = int32(len(p.stack) - start)
	clear(p.stack[start:])
	p.stack = p.stack[:start]
	return lo, n
}

func (p *parser) object() jvalue {
	start, ok := p.container('}', "after object key:value pair", func() bool {
		if p.pos >= len(p.src) {
			p.eof()
			return false
		}
		if p.src[p.pos] != '"' {
			p.invalid("looking for beginning of object key string")
			return false
		}
		key := p.str()
		p.skipSpace()
		if p.pos >= len(p.src) {
			p.eof()
			return false
		}
		if p.src[p.pos] != ':' {
			p.invalid("after object key")
			return false
		}
		p.pos++
		p.skipSpace()
		v := p.value()
		if p.err != nil {
			return false
		}
		p.stack = append(p.stack, jmember{key: key, val: v})
		return true
	})
	if !ok {
		return jvalue{}
	}
	dup := duplicateKey(p.stack[start:])
	if dup > 0 {
		p.tree.dups++
	}
	lo, n := p.close(start)
	return jvalue{kind: jObject, lo: lo, n: n, dup: dup}
}

// container parses an object's or an array's members after its opening
// bracket: member parses one, pushing it on the stack, and reports false
// on an error. ok is true when the closer was reached, the members then
// being p.stack[start:]; after names the place in a syntax error between
// members.
func (p *parser) container(closer byte, after string, member func() bool) (start int, ok bool) {
	if !p.open() {
		return 0, false
	}
	start = len(p.stack)
	p.skipSpace()
	if p.pos < len(p.src) && p.src[p.pos] == closer {
		p.pos++
		return start, true
	}
	for p.err == nil && member() {
		p.skipSpace()
		if p.pos >= len(p.src) {
			p.eof()
			break
		}
		switch p.src[p.pos] {
		case ',':
			p.pos++
			p.skipSpace()
			continue
		case closer:
			p.pos++
			return start, true
		}
		p.invalid(after)
	}
	p.stack = p.stack[:start]
	return start, false
}

// duplicateKey returns 1 + the index of the first member whose key an
// earlier member has, or 0. Small objects compare pairwise; large ones
// (metadata, passthrough payloads) use a set, so the check stays linear.
func duplicateKey(ms []jmember) int32 {
	if len(ms) <= 16 {
		for i := 1; i < len(ms); i++ {
			for j := 0; j < i; j++ {
				if ms[i].key == ms[j].key {
					return int32(i) + 1
				}
			}
		}
		return 0
	}
	seen := make(map[string]struct{}, len(ms))
	for i, m := range ms {
		if _, ok := seen[m.key]; ok {
			return int32(i) + 1
		}
		seen[m.key] = struct{}{}
	}
	return 0
}

func (p *parser) array() jvalue {
	start, ok := p.container(']', "after array element", func() bool {
		v := p.value()
		if p.err != nil {
			return false
		}
		p.stack = append(p.stack, jmember{val: v})
		return true
	})
	if !ok {
		return jvalue{}
	}
	lo, n := p.close(start)
	return jvalue{kind: jArray, lo: lo, n: n}
}

// number scans a JSON number and returns its text.
func (p *parser) number() string {
	start := p.pos
	s := p.src
	if s[p.pos] == '-' {
		p.pos++
	}
	if p.pos >= len(s) {
		p.eof()
		return ""
	}
	switch c := s[p.pos]; {
	case c == '0':
		p.pos++
	case c >= '1' && c <= '9':
		for p.pos < len(s) && s[p.pos] >= '0' && s[p.pos] <= '9' {
			p.pos++
		}
	default:
		p.invalid("in numeric literal")
		return ""
	}
	if p.pos < len(s) && s[p.pos] == '.' {
		p.pos++
		if !p.digits() {
			return ""
		}
	}
	if p.pos < len(s) && (s[p.pos] == 'e' || s[p.pos] == 'E') {
		p.pos++
		if p.pos < len(s) && (s[p.pos] == '+' || s[p.pos] == '-') {
			p.pos++
		}
		if !p.digits() {
			return ""
		}
	}
	return s[start:p.pos]
}

// digits scans one or more decimal digits.
func (p *parser) digits() bool {
	if p.pos >= len(p.src) {
		p.eof()
		return false
	}
	if c := p.src[p.pos]; c < '0' || c > '9' {
		p.invalid("in numeric literal")
		return false
	}
	for p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
		p.pos++
	}
	return true
}

// str scans a string at p.pos (on the opening quote) and returns its
// decoded contents: a substring of the input when it has no escape and is
// valid UTF-8, else a new string.
func (p *parser) str() string {
	p.pos++
	start := p.pos
	s := p.src
	for p.pos < len(s) {
		c := s[p.pos]
		switch {
		case c == '"':
			out := s[start:p.pos]
			p.pos++
			return out
		case c == '\\':
			return p.slowString(start)
		case c < 0x20:
			p.invalid("in string literal")
			return ""
		case c < utf8.RuneSelf:
			p.pos++
		default:
			r, size := utf8.DecodeRuneInString(s[p.pos:])
			if r == utf8.RuneError && size == 1 {
				return p.slowString(start)
			}
			p.pos += size
		}
	}
	p.eof()
	return ""
}

// slowString decodes a string with escapes or invalid UTF-8, from start
// (just after the opening quote); p.pos is anywhere before the first byte
// that needs work. The result is built once, at the raw string's length.
func (p *parser) slowString(start int) string {
	s := p.src
	var b strings.Builder
	end := p.pos
	for end < len(s) && s[end] != '"' {
		if s[end] == '\\' {
			end++
		}
		end++
	}
	b.Grow(end - start)
	b.WriteString(s[start:p.pos])
	for p.pos < len(s) {
		c := s[p.pos]
		switch {
		case c == '"':
			p.pos++
			return b.String()
		case c == '\\':
			p.pos++
			if p.pos >= len(s) {
				p.eof()
				return ""
			}
			e := s[p.pos]
			p.pos++
			switch e {
			case '"', '\\', '/':
				b.WriteByte(e)
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			case 'u':
				r, ok := p.hex4()
				if !ok {
					return ""
				}
				if utf16.IsSurrogate(r) {
					// A high surrogate followed by an escaped low one is
					// one character; anything else is U+FFFD, as
					// encoding/json decodes it.
					if p.pos+1 < len(s) && s[p.pos] == '\\' && s[p.pos+1] == 'u' {
						save := p.pos
						p.pos += 2
						r2, ok := p.hex4()
						if !ok {
							return ""
						}
						if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
							r = dec
						} else {
							p.pos = save
							r = utf8.RuneError
						}
					} else {
						r = utf8.RuneError
					}
				}
				b.WriteRune(r)
			default:
				p.pos--
				p.invalid("in string escape code")
				return ""
			}
		case c < 0x20:
			p.invalid("in string literal")
			return ""
		case c < utf8.RuneSelf:
			b.WriteByte(c)
			p.pos++
		default:
			r, size := utf8.DecodeRuneInString(s[p.pos:])
			if r == utf8.RuneError && size == 1 {
				b.WriteRune(utf8.RuneError)
			} else {
				b.WriteString(s[p.pos : p.pos+size])
			}
			p.pos += size
		}
	}
	p.eof()
	return ""
}

// hex4 reads the four hex digits of a \u escape.
func (p *parser) hex4() (rune, bool) {
	var r rune
	for i := 0; i < 4; i++ {
		if p.pos >= len(p.src) {
			p.eof()
			return 0, false
		}
		c := p.src[p.pos]
		var d byte
		switch {
		case c >= '0' && c <= '9':
			d = c - '0'
		case c >= 'a' && c <= 'f':
			d = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			d = c - 'A' + 10
		default:
			p.invalid("in \\u hexadecimal character escape")
			return 0, false
		}
		r = r<<4 | rune(d)
		p.pos++
	}
	return r, true
}
