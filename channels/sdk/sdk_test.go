package sdk_test

import (
	"testing"

	"github.com/chanrender/chanrender/channels/channeltest"
	"github.com/chanrender/chanrender/channels/sdk"
)

// The SDK payload is the canonical message: the kit checks the canonical
// item and action counts.
var limits = channeltest.Limits{
	Counts:   map[string]int{"items": 10, "items.*.actions": 3},
	Payloads: 1,
}

func TestWeb(t *testing.T)     { channeltest.Run(t, sdk.Web(), limits) }
func TestIOS(t *testing.T)     { channeltest.Run(t, sdk.IOS(), limits) }
func TestAndroid(t *testing.T) { channeltest.Run(t, sdk.Android(), limits) }

func FuzzRender(f *testing.F) { channeltest.Fuzz(f, sdk.Web(), limits) }
