// Package all builds a registry of every channel this module ships, for
// callers (and the command line) that want them all.
package all

import (
	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/line"
	"github.com/chanrender/chanrender/channels/messenger"
	"github.com/chanrender/chanrender/channels/sdk"
	"github.com/chanrender/chanrender/channels/telegram"
	"github.com/chanrender/chanrender/channels/textonly"
)

// Channels returns a new instance of every shipped channel, sorted by name
// by the registry.
func Channels() []channels.Channel {
	return []channels.Channel{
		messenger.New(), messenger.Legacy(), line.New(), telegram.New(),
		sdk.Web(), sdk.IOS(), sdk.Android(),
		textonly.Twilio(), textonly.MessageBird(), textonly.Email(),
		textonly.WeChat(), textonly.Viber(), textonly.Twitter(),
	}
}

// Registry returns a new registry of every shipped channel.
func Registry() (*channels.Registry, error) {
	return channels.NewRegistry(Channels()...)
}
