package render

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

func TestInputPaths(t *testing.T) {
	acts := func(n int) []schema.Action { return make([]schema.Action, n) }
	m := &schema.Message{
		Text:    "x",
		Actions: acts(11),
		Items:   []schema.Item{{Actions: acts(2)}, {}, {Actions: acts(1)}},
	}
	want := channels.Paths{
		Text: "text",
		Actions: []string{"actions[0]", "actions[1]", "actions[2]", "actions[3]", "actions[4]", "actions[5]",
			"actions[6]", "actions[7]", "actions[8]", "actions[9]", "actions[10]"},
		Items:       []string{"items[0]", "items[1]", "items[2]"},
		ItemActions: [][]string{{"items[0].actions[0]", "items[0].actions[1]"}, {}, {"items[2].actions[0]"}},
	}
	if diff := cmp.Diff(want, inputPaths(m)); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(channels.Paths{Actions: []string{}, Items: []string{}, ItemActions: [][]string{}}, inputPaths(&schema.Message{})); diff != "" {
		t.Errorf("empty message: mismatch (-want +got):\n%s", diff)
	}
}
