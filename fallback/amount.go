package fallback

import (
	"math"
	"strings"

	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// Amount formats amount, in the minor units of currency code ("usd" 1000 is
// ten dollars, "jpy" 1000 is a thousand yen), for lang, with
// golang.org/x/text/currency: the currency's standard number of decimals, the
// language's symbol for it and the language's digits, separators and
// grouping. x/text always writes the symbol first, then a space, then the
// number: "$ 10.00" (en), "$US 10,00" (fr), "US$ 10,00" (es), "¥ 1,000" (en,
// jpy), "€ 1.234,50" (es, eur).
//
// An empty code means "usd"; the zero lang (und) means English. A code x/text
// does not know is written in upper case (ASCII letters and digits only)
// followed by the amount with two decimals, the most common ISO 4217
// exponent: "XYZ 10.00".
//
// The amount goes through a float64, as x/text rounds there: the result is
// exact for amounts up to 10^15 minor units (schema.MaxAmount, which
// decoding enforces), far beyond what payment providers accept.
//
// Localizer.Amount gives the same result with a prepared printer.
func Amount(amount int64, code string, lang language.Tag) string {
	return newAmountFormatter(orEnglish(lang)).format(amount, code)
}

// amountFormatter formats amounts for one language.
type amountFormatter struct {
	p *message.Printer
}

// newAmountFormatter returns a formatter for lang, which is not und.
func newAmountFormatter(lang language.Tag) amountFormatter {
	return amountFormatter{p: message.NewPrinter(lang)}
}

func (f amountFormatter) format(amount int64, code string) string {
	if code == "" {
		code = defaultCurrency
	}
	unit, err := currency.ParseISO(code)
	if err != nil {
		v := number.Decimal(major(amount, 2), number.Scale(2))
		if c := sanitizeCode(code); c != "" {
			return f.p.Sprint(c, " ", v)
		}
		return f.p.Sprint(v)
	}
	scale, _ := currency.Standard.Rounding(unit)
	return f.p.Sprint(currency.Symbol(unit.Amount(major(amount, scale))))
}

// major converts minor units to major units.
func major(amount int64, scale int) float64 {
	return float64(amount) / math.Pow10(scale)
}

// sanitizeCode upper-cases an unrecognised currency code keeping only ASCII
// letters and digits, so that it cannot break the line structure.
func sanitizeCode(code string) string {
	var b strings.Builder
	for _, r := range code {
		switch {
		case 'a' <= r && r <= 'z':
			b.WriteRune(r - 'a' + 'A')
		case 'A' <= r && r <= 'Z', '0' <= r && r <= '9':
			b.WriteRune(r)
		}
	}
	return b.String()
}
