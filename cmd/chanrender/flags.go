package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"golang.org/x/text/currency"
	"golang.org/x/text/language"

	"github.com/chanrender/chanrender/schema"
)

// newFlagSet returns an empty flag set that prints nothing itself:
// parseFlags writes the help and the errors in one format.
func newFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parseFlags parses args into fs. With -h or -help it prints the command's
// help on stdout and returns exitOK; on a bad flag or flag value it prints
// "chanrender CMD: problem" and the usage line on stderr and returns
// exitUsage. ok is true when the command should go on.
func parseFlags(c *command, fs *flag.FlagSet, args []string, stdout, stderr io.Writer) (code int, ok bool) {
	err := fs.Parse(args)
	switch {
	case err == nil:
		return exitOK, true
	case errors.Is(err, flag.ErrHelp):
		fprint(stdout, commandHelp(c, fs))
		return exitOK, false
	default:
		return usageError(c, stderr, "%v", err), false
	}
}

// usageError prints "chanrender CMD: message" and the command's usage line
// on stderr and returns exitUsage.
func usageError(c *command, stderr io.Writer, format string, args ...any) int {
	fprintf(stderr, "chanrender %s: %s\n%s(chanrender %s -h for help)\n", c.name, fmt.Sprintf(format, args...), usageLine(c), c.name)
	return exitUsage
}

// usageLine is "usage: chanrender CMD SYNOPSIS".
func usageLine(c *command) string {
	if c.synopsis == "" {
		return "usage: chanrender " + c.name + "\n"
	}
	return "usage: chanrender " + c.name + " " + c.synopsis + "\n"
}

// commandHelp is a command's help: the usage line, then one line per flag.
func commandHelp(c *command, fs *flag.FlagSet) string {
	return usageLine(c) + flagLines(fs, "  ")
}

// flagLines gives one line per flag of fs, in name order: the flag, its
// argument name, its usage and its default when it is not the zero value.
func flagLines(fs *flag.FlagSet, indent string) string {
	type line struct{ left, right string }
	var lines []line
	width := 0
	fs.VisitAll(func(f *flag.Flag) {
		arg, usage := flag.UnquoteUsage(f)
		left := "-" + f.Name
		if arg != "" {
			left += " " + arg
		}
		if d := f.DefValue; d != "" && d != "false" && d != "0" {
			usage += " (default " + d + ")"
		}
		width = max(width, len(left))
		lines = append(lines, line{left, usage})
	})
	var b strings.Builder
	for _, l := range lines {
		fmt.Fprintf(&b, "%s%-*s  %s\n", indent, width, l.left, l.right)
	}
	return b.String()
}

// langValue is a -lang flag: a BCP 47 tag, checked when flags are parsed.
type langValue struct {
	tag language.Tag
	s   string
}

// newLang returns a -lang value holding s, which must parse.
func newLang(s string) *langValue { return &langValue{tag: language.MustParse(s), s: s} }

// String returns the tag as given.
func (v *langValue) String() string {
	if v == nil {
		return ""
	}
	return v.s
}

// Set parses a BCP 47 language tag.
func (v *langValue) Set(s string) error {
	tag, err := language.Parse(s)
	if err != nil {
		return fmt.Errorf("want a BCP 47 language tag such as \"en\" or \"pt-BR\": %v", err)
	}
	v.tag, v.s = tag, s
	return nil
}

// currencyValue is a -currency flag: empty, or a lowercase ISO 4217 code,
// checked when flags are parsed (render.WithCurrency's rule).
type currencyValue string

// String returns the code.
func (v *currencyValue) String() string {
	if v == nil {
		return ""
	}
	return string(*v)
}

// Set accepts a lowercase ISO 4217 code such as "usd", or "" for none.
func (v *currencyValue) Set(s string) error {
	if s != "" {
		if _, err := currency.ParseISO(s); err != nil || s != strings.ToLower(s) {
			return errors.New("want a lowercase ISO 4217 code such as \"usd\"")
		}
	}
	*v = currencyValue(s)
	return nil
}

// maxBytesValue is a -max-bytes flag: a positive byte count.
type maxBytesValue int64

// String returns the count in decimal.
func (v *maxBytesValue) String() string {
	if v == nil {
		return "0"
	}
	return strconv.FormatInt(int64(*v), 10)
}

// Set parses a positive decimal byte count.
func (v *maxBytesValue) Set(s string) error {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 1 {
		return errors.New("want a positive number of bytes")
	}
	*v = maxBytesValue(n)
	return nil
}

// maxBytesFlag defines -max-bytes on fs, defaulting to schema.DefaultMaxBytes.
func maxBytesFlag(fs *flag.FlagSet) *maxBytesValue {
	v := maxBytesValue(schema.DefaultMaxBytes)
	fs.Var(&v, "max-bytes", "refuse an input larger than `N` bytes, checked while reading")
	return &v
}

// renderOptionFlags are the flags that set render options, shared by
// render and check.
type renderOptionFlags struct {
	appName  *string
	lang     *langValue
	currency *currencyValue
}

// defineRenderOptionFlags defines -app-name, -lang and -currency on fs.
func defineRenderOptionFlags(fs *flag.FlagSet) renderOptionFlags {
	o := renderOptionFlags{lang: newLang("en"), currency: new(currencyValue)}
	o.appName = fs.String("app-name", "", "application `NAME` used by fallback sentences")
	fs.Var(o.lang, "lang", "BCP 47 `TAG`: the language of fallback strings and formats")
	fs.Var(o.currency, "currency", "lowercase ISO 4217 `CODE` for buy actions and shorthand prices without one (empty: usd)")
	return o
}
