package shorthand

import (
	"strconv"
	"strings"
)

// minorUnits converts a decimal amount written in a buy shorthand ("25.00")
// to the currency's minor units (2500 for a currency with two decimals). It
// reports false for anything but digits with an optional "." followed by 1
// to scale digits, and for amounts that are zero or overflow an int64.
func minorUnits(s string, scale int) (int64, bool) {
	whole, frac, dotted := strings.Cut(s, ".")
	if !digits(whole) || (dotted && !digits(frac)) || len(frac) > scale {
		return 0, false
	}
	n, err := strconv.ParseInt(whole+frac+strings.Repeat("0", scale-len(frac)), 10, 64)
	if err != nil || n <= 0 {
		return 0, false
	}
	return n, true
}

// digits reports whether s is a non-empty run of ASCII digits.
func digits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
