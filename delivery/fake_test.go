package delivery

import (
	"testing"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// fakeChannel is a channel with a minimal valid table and the given
// delivery facts; it builds nothing.
type fakeChannel struct {
	name  string
	facts channels.Delivery
}

var _ channels.Channel = fakeChannel{}

func (f fakeChannel) Name() string { return f.name }

func (f fakeChannel) Capabilities() channels.Capabilities {
	text := channels.TypeRule{Mode: channels.AsText}
	return channels.Capabilities{
		Name:     f.name,
		Types:    channels.Types{Text: channels.TypeRule{Mode: channels.Native}, Image: text, File: text, Location: text, Carousel: text, List: text},
		Delivery: f.facts,
	}
}

func (fakeChannel) Build(*schema.Message, *channels.Context) ([]channels.Payload, error) {
	return nil, nil
}

func (fakeChannel) BuildActivity(*schema.Activity, *channels.Context) ([]channels.Payload, error) {
	return nil, nil
}

// fakeRegistry registers the channels of the tests.
func fakeRegistry(t testing.TB) *channels.Registry {
	t.Helper()
	reg, err := newFakeRegistry()
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

// newFakeRegistry registers web, ios, android, messenger, line, telegram
// and twilio with realistic delivery facts: the web messenger cannot push,
// the SDKs and Messenger can push and receive silently, LINE, Telegram and
// Twilio (SMS) always notify.
func newFakeRegistry() (*channels.Registry, error) {
	pushSilent := channels.Delivery{Push: true, SilentReceive: true}
	pushOnly := channels.Delivery{Push: true}
	return channels.NewRegistry(
		fakeChannel{"web", channels.Delivery{SilentReceive: true}},
		fakeChannel{"ios", pushSilent},
		fakeChannel{"android", pushSilent},
		fakeChannel{"messenger", pushSilent},
		fakeChannel{"line", pushOnly},
		fakeChannel{"telegram", pushOnly},
		fakeChannel{"twilio", pushOnly},
	)
}
