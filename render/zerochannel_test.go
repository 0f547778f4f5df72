package render_test

import (
	"testing"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/line"
	"github.com/chanrender/chanrender/channels/messenger"
	"github.com/chanrender/chanrender/channels/sdk"
	"github.com/chanrender/chanrender/channels/telegram"
	"github.com/chanrender/chanrender/channels/textonly"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

// Zero and nil channel values render or fail with an error, never panic,
// for messages and activities, alone, in RenderAll and in a registry.
func TestZeroAndNilChannels(t *testing.T) {
	chs := []channels.Channel{
		&messenger.Channel{}, (*messenger.Channel)(nil),
		&line.Channel{}, (*line.Channel)(nil),
		&telegram.Channel{}, (*telegram.Channel)(nil),
		&sdk.Channel{}, (*sdk.Channel)(nil),
		&textonly.Channel{}, (*textonly.Channel)(nil),
	}
	v := decode(t, `{"role":"appMaker","type":"text","text":"hi","actions":[{"type":"reply","text":"Yes","payload":"Y"}]}`)
	a := &schema.Activity{Role: schema.RoleAppMaker, Type: schema.TypingStart}
	for _, ch := range chs {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%T (nil: %v): panic: %v", ch, ch == nil, r)
				}
			}()
			res, err := render.Render(v, ch)
			if err == nil && len(res.Payloads) == 0 {
				t.Errorf("%T: no error and no payload", ch)
			}
			if isNil(ch) && err == nil {
				t.Errorf("a nil %T rendered", ch)
			}
			_, _ = render.Activity(a, ch)
			_, _ = render.RenderAll(v, []channels.Channel{ch})
			_, _ = channels.NewRegistry(ch)
		}()
	}
}

func isNil(ch channels.Channel) bool {
	switch c := ch.(type) {
	case *messenger.Channel:
		return c == nil
	case *line.Channel:
		return c == nil
	case *telegram.Channel:
		return c == nil
	case *sdk.Channel:
		return c == nil
	case *textonly.Channel:
		return c == nil
	}
	return ch == nil
}
