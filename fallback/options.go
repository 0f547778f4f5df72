package fallback

import "golang.org/x/text/language"

// Options configure the fallback strings. The zero value renders English with
// the neutral application name and US dollars as the default currency.
type Options struct {
	// AppName fills "{AppName} has requested a location". When empty, a
	// neutral localised default is used: "The app" (English), "L'application"
	// (French), "La aplicación" (Spanish).
	AppName string
	// Language selects the fixed sentences (matched against English, French
	// and Spanish with a language.Matcher; anything else gets English) and the
	// number and currency formats (the tag as given, so "fr-CA" formats the
	// Canadian French way). The zero value (und) means English.
	Language language.Tag
	// Currency is the lowercase ISO 4217 code used for buy actions that carry
	// no currency of their own; "" means "usd".
	Currency string
	// Localizer, when set, is the prepared matcher, catalog and printers
	// the fixed sentences and amounts are printed with; nil builds them
	// on each call. The output is the same either way.
	Localizer *Localizer
}

// defaultCurrency is the currency of a buy action when neither the action nor
// Options name one.
const defaultCurrency = "usd"

// lang returns the language to format with: the zero Tag (und) is English.
func (o Options) lang() language.Tag { return orEnglish(o.Language) }

// currency returns the default currency code for buy actions.
func (o Options) currency() string {
	if o.Currency == "" {
		return defaultCurrency
	}
	return o.Currency
}

func orEnglish(t language.Tag) language.Tag {
	if t.IsRoot() {
		return language.English
	}
	return t
}
