package render

import (
	"errors"
	"fmt"
	"strings"

	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

// Option configures one render.
type Option func(*config)

type config struct {
	strict   bool
	appName  string
	lang     language.Tag
	currency string
}

func newConfig(opts []Option) config {
	c := config{lang: language.English}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	return c
}

// WithDegradationErrors makes every report entry an error: Render returns
// no payloads and a *StrictError listing what it would have lost or
// changed.
func WithDegradationErrors() Option { return func(c *config) { c.strict = true } }

// WithStrict is the old name of WithDegradationErrors.
//
// Deprecated: use WithDegradationErrors; schema.WithStrict meant something
// else (unknown fields as errors).
func WithStrict() Option { return WithDegradationErrors() }

// WithAppName sets the application name used by fallback sentences
// ("{AppName} has requested a location").
func WithAppName(name string) Option { return func(c *config) { c.appName = name } }

// WithLanguage sets the language of fallback sentences and of number and
// currency formats (English by default).
func WithLanguage(tag language.Tag) Option { return func(c *config) { c.lang = tag } }

// WithCurrency sets the lowercase ISO 4217 currency of buy actions that
// carry none (Smooch used the account's default; "usd" here by default).
func WithCurrency(code string) Option { return func(c *config) { c.currency = code } }

// ErrOption is wrapped by the error of a render given an invalid option
// (WithCurrency("USD")): a usage error in the calling code, never a
// problem of the message (those are *schema.Error values, found when the
// message is decoded or validated). Test with errors.Is.
var ErrOption = errors.New("render: invalid option")

// CheckOptions reports whether opts are valid, so a server can check its
// options once, when it starts, rather than on its first render. The error
// wraps ErrOption.
func CheckOptions(opts ...Option) error { return newConfig(opts).check() }

// check refuses options that would render wrongly: a currency that is not a
// lowercase ISO 4217 code (the rule schema.Decode applies to buy actions).
func (c config) check() error {
	if c.currency == "" {
		return nil
	}
	if _, err := currency.ParseISO(c.currency); err != nil || c.currency != strings.ToLower(c.currency) || c.currency == "xxx" {
		return fmt.Errorf("%w: WithCurrency(%q): want a lowercase ISO 4217 code such as \"usd\"", ErrOption, c.currency)
	}
	return nil
}
