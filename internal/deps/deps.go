//go:build tools

// Package deps pins the module's dependencies while the packages that use
// them are being written. It is never built.
package deps

import (
	_ "github.com/google/go-cmp/cmp"
	_ "github.com/rivo/uniseg"
	_ "github.com/sebdah/goldie/v2"
	_ "golang.org/x/text/currency"
)
