package channels

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/language"

	"github.com/chanrender/chanrender/fallback"
	"github.com/chanrender/chanrender/schema"
	"github.com/chanrender/chanrender/text"
)

// Paths maps positions in the normalised message back to JSON paths in the
// input, so that what Build reports names the input the user wrote. The
// engine fills it; channel authors read it through Context.ItemPath and
// Context.ActionPath.
type Paths struct {
	// Items[i] is the input path of normalised item i ("items[3]").
	Items []string
	// ItemActions[i][j] is the input path of action j of normalised item i.
	ItemActions [][]string
	// Actions[j] is the input path of normalised message-level action j.
	Actions []string
	// Text is the input path the normalised text stands for: "text" when it
	// is the input's text (possibly with fallback lines appended), "" (the
	// whole message) when the engine generated it, as for a message that
	// fell back to text.
	Text string
}

// Context is what a channel's Build gets from the engine, for channel
// authors: the render options, the map from the normalised message back to
// the input (ItemPath, ActionPath), and the report of what Build still has
// to lose (Add, and Fit and Split, which cut and record in one call). Users
// of the library never make one: render does.
//
// Context carries the render options to Build and collects what Build still
// has to lose. The engine creates one per render; it is not shared between
// goroutines. Its methods accept a nil *Context (nothing is recorded), so a
// Build called directly without one does not panic.
type Context struct {
	// AppName is used by fallback sentences ("{AppName} has requested a
	// location").
	AppName string
	// Language selects the language of fallback strings and number formats.
	Language language.Tag
	// Currency is the lowercase ISO 4217 code of buy actions that carry
	// none ("" means the fallback package's default, usd).
	Currency string
	// Paths maps the normalised message back to the input.
	Paths Paths
	// Localizer is the prepared localisation of fallback sentences and
	// prices; the engine sets the channel's (see Localized). Nil builds
	// what a render needs when it needs it, with the same output.
	Localizer *fallback.Localizer

	report Report
	// numbered are the texts Build numbered itself (Numbered).
	numbered []NumberedText
	// index maps an entry's code and path to its position in report, so
	// that Add finds a repeated entry in constant time. It is built lazily,
	// once the report outgrows a short linear scan.
	index map[reportKey]int
}

// reportKey identifies a report entry for de-duplication.
type reportKey struct {
	code Code
	path string
}

// scanMax is the report length up to which Add scans the report instead of
// building its index: most renders report a handful of entries.
const scanMax = 32

// NewContext returns a context for one render. The engine makes one per
// render; channel authors call it in tests that run Build directly.
func NewContext(appName string, lang language.Tag, currency string, paths Paths) *Context {
	return &Context{AppName: appName, Language: lang, Currency: currency, Paths: paths}
}

// BuildContext returns ctx, or, for a Build called directly without one
// (nil), a new context in English with the channel's localisation l: what
// every channel's Build starts with, so that it never needs a nil check of
// its own.
func BuildContext(ctx *Context, l *fallback.Localizer) *Context {
	if ctx != nil {
		return ctx
	}
	c := NewContext("", language.English, "", Paths{})
	c.Localizer = l
	return c
}

// ItemPath returns the input path of normalised item i.
func (c *Context) ItemPath(i int) string {
	if c == nil {
		return fmt.Sprintf("items[%d]", i)
	}
	if i >= 0 && i < len(c.Paths.Items) {
		return c.Paths.Items[i]
	}
	return fmt.Sprintf("items[%d]", i)
}

// ActionPath returns the input path of action j of normalised item i, or of
// message-level action j when i < 0.
func (c *Context) ActionPath(i, j int) string {
	if c == nil {
		c = &Context{}
	}
	if i < 0 {
		if j >= 0 && j < len(c.Paths.Actions) {
			return c.Paths.Actions[j]
		}
		return fmt.Sprintf("actions[%d]", j)
	}
	if i < len(c.Paths.ItemActions) && j >= 0 && j < len(c.Paths.ItemActions[i]) {
		return c.Paths.ItemActions[i][j]
	}
	return fmt.Sprintf("%s.actions[%d]", c.ItemPath(i), j)
}

// Add records a degradation. The path "text" is recorded as Paths.Text, so a
// channel that cuts or splits the normalised text names what the text came
// from in the input. A second entry with the same code and path replaces the
// first one's detail instead of repeating it.
func (c *Context) Add(code Code, path, detail string) {
	if c == nil {
		return
	}
	if path == "text" {
		path = c.Paths.Text
	}
	// The same loss at the same place again (a text cut by the engine,
	// then cut shorter for a field on the wire): one entry, with the latest
	// detail, which describes the result.
	if i, ok := c.find(code, path); ok {
		c.report[i].Detail = detail
		return
	}
	if c.index != nil {
		c.index[reportKey{code, path}] = len(c.report)
	}
	c.report = append(c.report, Degradation{Code: code, Path: path, Detail: detail})
}

// AddNew is Add for an entry the caller knows is the first with its code
// and path in this render (the engine's action filter reports each action
// once): it skips the look-up that keeps entries unique, which matters when
// a message has thousands of actions. Channel authors use Add.
func (c *Context) AddNew(code Code, path, detail string) {
	if c == nil {
		return
	}
	if path == "text" {
		path = c.Paths.Text
	}
	if c.index != nil {
		c.index[reportKey{code, path}] = len(c.report)
	}
	c.report = append(c.report, Degradation{Code: code, Path: path, Detail: detail})
}

// find returns the position of the entry with code and path, if any: a scan
// of a short report, else a look-up in the index (built on first need).
func (c *Context) find(code Code, path string) (int, bool) {
	if c.index == nil {
		if len(c.report) < scanMax {
			for i := range c.report {
				if c.report[i].Code == code && c.report[i].Path == path {
					return i, true
				}
			}
			return 0, false
		}
		c.index = make(map[reportKey]int, 2*len(c.report))
		for i, d := range c.report {
			c.index[reportKey{d.Code, d.Path}] = i
		}
	}
	i, ok := c.index[reportKey{code, path}]
	return i, ok
}

// Report returns what has been recorded so far.
func (c *Context) Report() Report {
	if c == nil {
		return nil
	}
	return c.report
}

// NumberedText is a text a channel's Build wrote with numbered options of
// its own (see Context.Numbered): the message it gave to fallback.Text,
// and the input path of each of that message's positions.
type NumberedText struct {
	// Message is the message whose fallback.Text the user reads: its
	// numbered replies and items, and its labelled lines, are what the
	// user may type back.
	Message *schema.Message
	// Paths maps Message's positions to the input: Paths.Actions[j] is
	// the input path of Message.Actions[j], Paths.Items[i] and
	// Paths.ItemActions[i][j] those of its items and their actions.
	Paths Paths
}

// Numbered records that Build wrote the raw-text fallback of src
// (fallback.Text(src, c.FallbackOptions())) into a text the user reads,
// numbering options the engine did not (WhatsApp's more than 10 choices
// as numbered lines): a typed answer to it ("2", a label) is then
// resolved by render.ResolveText exactly as the engine's own numbered
// texts, by fallback.Resolve's rules, after the labels a keyboard sends
// back. paths maps src's positions to the input (see NumberedText.Paths);
// use ActionPath and ItemPath. Record only text that is sent, and the
// same on every render of the message: render.Resolve renders it again.
// The context keeps src and paths (not copies): do not change them after.
func (c *Context) Numbered(src *schema.Message, paths Paths) {
	if c == nil || src == nil {
		return
	}
	c.numbered = append(c.numbered, NumberedText{Message: src, Paths: paths})
}

// NumberedTexts returns the texts Build recorded with Numbered, in order;
// the engine reads them to resolve typed answers.
func (c *Context) NumberedTexts() []NumberedText {
	if c == nil {
		return nil
	}
	return c.numbered
}

// Fit returns s truncated to l, recording Truncated at path when it had to
// cut.
func (c *Context) Fit(path, s string, l Limit) string {
	if l.Fits(s) {
		return s
	}
	out, _ := text.Truncate(s, l.Max, l.Unit)
	c.Add(Truncated, path, fmt.Sprintf("%d %s cut to %s", l.Len(s), l.Unit, l))
	return out
}

// Split cuts s into parts that fit l on word boundaries, recording Split at
// path when there is more than one part. A part that still does not fit
// (a single grapheme cluster longer than l: text.Split never cuts one) is
// truncated, recording Truncated; empty parts are left out.
func (c *Context) Split(path, s string, l Limit) []string {
	// Every unit takes at least one byte, so a string no longer in bytes
	// than the limit fits; otherwise it is measured once, here.
	if l.IsZero() || len(s) <= l.Max {
		return []string{s}
	}
	n := l.Len(s)
	if n <= l.Max {
		return []string{s}
	}
	// A part of only white space (no-break spaces included, which Split
	// never breaks at) would be an empty-looking message: it is left out.
	parts := text.Split(s, l.Max, l.Unit)
	out := parts[:0]
	for _, p := range parts {
		if strings.TrimFunc(p, unicode.IsSpace) != "" {
			out = append(out, p)
		}
	}
	if len(out) > 1 {
		c.Add(Split, path, strconv.Itoa(n)+" "+l.Unit.String()+" split into "+strconv.Itoa(len(out))+" messages of at most "+l.String())
	}
	for i, p := range out {
		if !l.Fits(p) {
			out[i] = c.Fit(path, p, l)
		}
	}
	return out
}

// Price formats a buy action's amount in its currency, or in the render's
// default currency when it names none, for the render's language: "$ 10.00".
// Every channel's price label goes through it, as the raw-text fallback's
// does.
func (c *Context) Price(a schema.Action) string {
	if c == nil {
		c = &Context{}
	}
	code := a.Currency
	if code == "" {
		code = c.Currency
	}
	return c.Localizer.Amount(a.Amount, code, c.Language)
}

// FallbackOptions returns the options of the render's raw-text fallback:
// the same app name, language and default currency the engine used.
func (c *Context) FallbackOptions() fallback.Options {
	if c == nil {
		return fallback.Options{}
	}
	return fallback.Options{AppName: c.AppName, Language: c.Language, Currency: c.Currency, Localizer: c.Localizer}
}
