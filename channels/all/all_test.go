package all_test

import (
	"slices"
	"testing"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/all"
)

// TestLocalized checks that every shipped channel that can render fallback
// text holds a prepared fallback.Localizer; the SDK channels render every
// construct natively and need none.
func TestLocalized(t *testing.T) {
	for _, ch := range all.Channels() {
		l, ok := ch.(channels.Localized)
		switch ch.Name() {
		case "web", "ios", "android":
			if ok {
				t.Errorf("%s: unexpected Localizer", ch.Name())
			}
		default:
			if !ok || l.Localizer() == nil {
				t.Errorf("%s: no prepared Localizer", ch.Name())
			}
		}
	}
}

// Channels is sorted by name, as its documentation says, and holds exactly
// the registry's channels.
func TestChannelsSorted(t *testing.T) {
	reg, err := all.Registry()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, ch := range all.Channels() {
		names = append(names, ch.Name())
	}
	if !slices.IsSorted(names) || !slices.Equal(names, reg.Names()) {
		t.Errorf("Channels() names %v, want sorted and equal to %v", names, reg.Names())
	}
}
