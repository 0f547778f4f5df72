package channels_test

import (
	"testing"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/all"
	"github.com/chanrender/chanrender/schema"
)

// TestValidateFastPath checks that Validate's fast path agrees with its full
// check on every shipped table and on broken copies of them.
func TestValidateFastPath(t *testing.T) {
	breaks := map[string]func(c *channels.Capabilities){
		"no name":            func(c *channels.Capabilities) { c.Name = "" },
		"dropped type":       func(c *channels.Capabilities) { c.Types.Image.Mode = channels.Drop },
		"unknown mode":       func(c *channels.Capabilities) { c.Types.Text.Mode = channels.Mode(9) },
		"convert to nothing": func(c *channels.Capabilities) { c.Types.List = channels.TypeRule{Mode: channels.Convert} },
		"convert to itself": func(c *channels.Capabilities) {
			c.Types.List = channels.TypeRule{Mode: channels.Convert, To: schema.TypeList}
		},
		"convert to fallback": func(c *channels.Capabilities) {
			c.Types.Location = channels.TypeRule{Mode: channels.Convert, To: schema.TypeText}
			c.Types.Text.Mode = channels.AsText
		},
		"native with no max": func(c *channels.Capabilities) {
			c.Actions.ItemsMessage.Max = 0
			c.Actions.ItemsMessage.Rules = map[schema.ActionType]channels.ActionRule{schema.ActionLink: {Mode: channels.Native}}
		},
		"converted action": func(c *channels.Capabilities) {
			c.Actions.Message.Rules = map[schema.ActionType]channels.ActionRule{schema.ActionLink: {Mode: channels.Convert}}
		},
		"reply among buttons": func(c *channels.Capabilities) {
			c.Actions.Message.Rules = map[schema.ActionType]channels.ActionRule{schema.ActionReply: {Mode: channels.Drop}}
		},
		"button among replies": func(c *channels.Capabilities) {
			c.Actions.Replies.Rules = map[schema.ActionType]channels.ActionRule{schema.ActionLink: {Mode: channels.Drop}}
		},
		"item action as text": func(c *channels.Capabilities) {
			c.Actions.CarouselItem.Rules = map[schema.ActionType]channels.ActionRule{schema.ActionLink: {Mode: channels.AsText}}
		},
		"unknown action type": func(c *channels.Capabilities) {
			c.Actions.ListItem.Rules = map[schema.ActionType]channels.ActionRule{"dance": {Mode: channels.Drop}}
		},
		"negative limit":     func(c *channels.Capabilities) { c.Texts.AltText = channels.Limit{Max: -1} },
		"limit without unit": func(c *channels.Capabilities) { c.Items.ImageURL = channels.Limit{Max: 10, Unit: channels.Unit(99)} },
		"payload too short":  func(c *channels.Capabilities) { c.Texts.ReplyPayload = channels.Limit{Max: 3, Unit: channels.Bytes} },
		"negative items":     func(c *channels.Capabilities) { c.Items.MinPerMessage = -1 },
		"negative messages":  func(c *channels.Capabilities) { c.MessagesPerPayload = -2 },
		"unknown answer":     func(c *channels.Capabilities) { c.Answers.Reply = channels.Answer(7) },
	}
	for _, ch := range all.Channels() {
		base := ch.Capabilities()
		if err := base.Validate(); err != nil {
			t.Errorf("%s: %v", ch.Name(), err)
		}
		if err := base.Problems(); err != nil {
			t.Errorf("%s: full check: %v", ch.Name(), err)
		}
		for name, brk := range breaks {
			c := base.Clone()
			brk(&c)
			fast, full := c.Validate(), c.Problems()
			if fast == nil || full == nil || fast.Error() != full.Error() {
				t.Errorf("%s, %s: Validate() = %v, full check = %v", ch.Name(), name, fast, full)
			}
		}
	}
}

// BenchmarkValidate is the check the engine makes on every render.
func BenchmarkValidate(b *testing.B) {
	c := all.Channels()[0].Capabilities()
	b.ReportAllocs()
	for b.Loop() {
		if err := c.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}
