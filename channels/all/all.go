// Package all builds a registry of every channel this module ships, for
// callers (and the command line) that want them all.
package all

import (
	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/email"
	"github.com/chanrender/chanrender/channels/line"
	"github.com/chanrender/chanrender/channels/messenger"
	"github.com/chanrender/chanrender/channels/sdk"
	"github.com/chanrender/chanrender/channels/telegram"
	"github.com/chanrender/chanrender/channels/textonly"
	"github.com/chanrender/chanrender/channels/twitter"
	"github.com/chanrender/chanrender/channels/viber"
	"github.com/chanrender/chanrender/channels/wechat"
	"github.com/chanrender/chanrender/channels/whatsapp"
)

// Channels returns a new instance of every shipped channel, sorted by name
// (the order of Registry().Channels()).
func Channels() []channels.Channel {
	return []channels.Channel{
		sdk.Android(), email.New(), messenger.Instagram(), sdk.IOS(), line.New(), textonly.MessageBird(),
		messenger.New(), messenger.Legacy(), telegram.New(), textonly.Twilio(),
		twitter.New(), twitter.V1(), viber.New(), sdk.Web(), wechat.New(), whatsapp.New(),
	}
}

// Registry returns a new registry of every shipped channel.
func Registry() (*channels.Registry, error) {
	return channels.NewRegistry(Channels()...)
}
