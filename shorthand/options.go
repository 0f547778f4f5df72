package shorthand

import (
	"fmt"
	"strings"

	"golang.org/x/text/currency"
)

// DefaultCurrency is the currency of buy buttons when Options.Currency is
// empty.
const DefaultCurrency = "usd"

// Options configure Parse and Apply.
type Options struct {
	// Currency is the ISO 4217 code of buy button amounts ("usd", "JPY"; the
	// case does not matter). Empty means DefaultCurrency. The shorthand has
	// no currency of its own: Smooch uses the account's default currency.
	Currency string
}

// money is a validated currency: its lowercase code, as written into buy
// actions, and its number of decimals.
type money struct {
	code  string
	scale int
}

// money validates o.Currency.
func (o Options) money() (money, error) {
	code := o.Currency
	if code == "" {
		code = DefaultCurrency
	}
	u, err := currency.ParseISO(code)
	if err != nil {
		return money{}, fmt.Errorf("shorthand: currency %q: %w", o.Currency, err)
	}
	if u == (currency.Unit{}) { // XXX: "no currency"
		return money{}, fmt.Errorf("shorthand: currency %q: not a currency one can pay in", o.Currency)
	}
	scale, _ := currency.Standard.Rounding(u)
	return money{code: strings.ToLower(u.String()), scale: scale}, nil
}
