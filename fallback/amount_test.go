package fallback

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/chanrender/chanrender/schema"
)

// The expected values follow x/text/currency's rules: the CLDR symbol of the
// currency for the language, always before the number with one space, the
// currency's standard decimals (usd 2, jpy 0, kwd 3) and the language's
// decimal and grouping separators (fr groups with U+00A0).
func TestAmount(t *testing.T) {
	tests := []struct {
		amount int64
		code   string
		lang   language.Tag
		want   string
	}{
		{1000, "usd", language.English, "$ 10.00"},
		{1000, "", language.English, "$ 10.00"},
		{1000, "USD", language.English, "$ 10.00"},
		{1000, "usd", language.Tag{}, "$ 10.00"},
		{1000, "usd", language.Und, "$ 10.00"},
		{999, "usd", language.English, "$ 9.99"},
		{5, "usd", language.English, "$ 0.05"},
		{0, "usd", language.English, "$ 0.00"},
		{99999999, "usd", language.English, "$ 999,999.99"},
		{999999999999999, "usd", language.English, "$ 9,999,999,999,999.99"},
		{-1999, "usd", language.English, "$ -19.99"},
		{1000, "jpy", language.English, "¥ 1,000"},
		{1999, "eur", language.English, "€ 19.99"},
		{1999, "gbp", language.English, "£ 19.99"},
		{1999, "cad", language.English, "CA$ 19.99"},
		{1999, "usd", language.BritishEnglish, "US$ 19.99"},
		{1234, "kwd", language.English, "KWD 1.234"},
		{1000, "usd", language.French, "$US 10,00"},
		{1000, "eur", language.French, "€ 10,00"},
		{123456, "eur", language.French, "€ 1\u00a0234,56"},
		{1000, "jpy", language.French, "JPY 1\u00a0000"},
		{1000, "cad", language.French, "$CA 10,00"},
		{1000, "usd", language.CanadianFrench, "$\u00a0US 10,00"},
		{1000, "cad", language.CanadianFrench, "$ 10,00"},
		{1000, "usd", language.Spanish, "US$ 10,00"},
		{1000, "eur", language.Spanish, "€ 10,00"},
		{123456, "eur", language.Spanish, "€ 1.234,56"},
		{1000, "jpy", language.Spanish, "JPY 1.000"},
		{1000, "usd", language.MustParse("es-MX"), "USD 10.00"},
		{1000, "usd", language.German, "$ 10,00"},
		{1000, "xyz", language.English, "XYZ 10.00"},
		{1000, "x\ny!z", language.French, "XYZ 10,00"},
		{1000, "!!", language.English, "10.00"},
	}
	prepared := NewLocalizer()
	for _, tt := range tests {
		got := Amount(tt.amount, tt.code, tt.lang)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Amount(%d, %q, %v) mismatch (-want +got):\n%s", tt.amount, tt.code, tt.lang, diff)
		}
		for _, l := range []*Localizer{nil, prepared} {
			if got := l.Amount(tt.amount, tt.code, tt.lang); got != tt.want {
				t.Errorf("Localizer.Amount(%d, %q, %v), prepared %v = %q, want %q", tt.amount, tt.code, tt.lang, l != nil, got, tt.want)
			}
		}
	}
}

// Up to schema.MaxAmount every amount shows to the minor unit, whatever the
// currency's exponent.
func TestAmountExactUpToMax(t *testing.T) {
	for _, tc := range []struct {
		amount int64
		code   string
		digits string // the digits the result must hold, in order
	}{
		{schema.MaxAmount, "usd", "10000000000000.00"},
		{schema.MaxAmount - 1, "usd", "9999999999999.99"},
		{schema.MaxAmount - 1, "kwd", "999999999999.999"},
		{schema.MaxAmount - 1, "jpy", "999999999999999"},
		{schema.MaxAmount - 1, "clf", "99999999999.9999"},
		{987654321987653, "eur", "9876543219876.53"},
	} {
		got := Amount(tc.amount, tc.code, language.English)
		var digits strings.Builder
		for _, r := range got {
			if r >= '0' && r <= '9' || r == '.' {
				digits.WriteRune(r)
			}
		}
		if digits.String() != tc.digits {
			t.Errorf("Amount(%d, %s) = %q, want the digits %s", tc.amount, tc.code, got, tc.digits)
		}
	}
}
