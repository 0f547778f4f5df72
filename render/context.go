package render

import "github.com/chanrender/chanrender/channels"

// newContext returns the Context of one render for ch: the options, and
// the channel's prepared fallback localisation when it has one
// (channels.Localized), so that the render does not build its own.
func newContext(ch channels.Channel, cfg config) *channels.Context {
	ctx := channels.NewContext(cfg.appName, cfg.lang, cfg.currency, channels.Paths{})
	if l, ok := ch.(channels.Localized); ok {
		ctx.Localizer = l.Localizer()
	}
	return ctx
}
