package text

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestUnitString(t *testing.T) {
	tests := []struct {
		u    Unit
		want string
	}{
		{Runes, "runes"},
		{UTF16, "UTF-16 units"},
		{Bytes, "bytes"},
		{Graphemes, "graphemes"},
		{0, "Unit(0)"},
		{5, "Unit(5)"},
		{-1, "Unit(-1)"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, tt.u.String()); diff != "" {
			t.Errorf("Unit(%d).String() mismatch (-want +got):\n%s", int(tt.u), diff)
		}
	}
}

func TestUnitValid(t *testing.T) {
	tests := []struct {
		u    Unit
		want bool
	}{
		{-1, false},
		{0, false},
		{Runes, true},
		{UTF16, true},
		{Bytes, true},
		{Graphemes, true},
		{5, false},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, tt.u.Valid()); diff != "" {
			t.Errorf("Unit(%d).Valid() mismatch (-want +got):\n%s", int(tt.u), diff)
		}
	}
}

func TestInvalidUnitPanics(t *testing.T) {
	calls := map[string]func(){
		"Len":      func() { Len("abc", 0) },
		"Fits":     func() { Fits("abc", 5, 0) },
		"Truncate": func() { Truncate("abc", 2, 7) },
		"Split":    func() { Split("abc", 2, -1) },
	}
	for name, call := range calls {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Errorf("%s with an invalid unit did not panic", name)
				}
			}()
			call()
		})
	}
}

func TestFuzzUnit(t *testing.T) {
	got := []Unit{fuzzUnit(-4), fuzzUnit(-1), fuzzUnit(0), fuzzUnit(1), fuzzUnit(2), fuzzUnit(3), fuzzUnit(4), fuzzUnit(5)}
	want := []Unit{Graphemes, Bytes, Graphemes, Runes, UTF16, Bytes, Graphemes, Runes}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("fuzzUnit mismatch (-want +got):\n%s", diff)
	}
}
