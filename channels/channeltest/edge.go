package channeltest

import (
	"strings"

	"github.com/chanrender/chanrender/schema"
)

// edgeMessages are hand-built messages that schema.Decode would refuse or
// never produce: rendering them may return an error but must not panic.
func edgeMessages() []*schema.Message {
	long := strings.Repeat("😀a ", 3000)
	act := func(t schema.ActionType) schema.Action {
		return schema.Action{Type: t, Text: long, URI: "javascript:alert(1)", Payload: long, Amount: 1}
	}
	var all []schema.Action
	for _, t := range schema.ActionTypes() {
		all = append(all, act(t))
	}
	items := func(n int) []schema.Item {
		var out []schema.Item
		for i := 0; i < n; i++ {
			out = append(out, schema.Item{Title: long, Description: long, MediaURL: "ftp://x/y.png", Actions: all})
		}
		return out
	}
	var out []*schema.Message
	for _, t := range schema.MessageTypes() {
		out = append(out,
			&schema.Message{Role: schema.RoleAppMaker, Type: t},
			&schema.Message{Role: schema.RoleAppMaker, Type: t, Text: long, Actions: all, Items: items(12), MediaURL: "%%%"},
			&schema.Message{Role: schema.RoleAppMaker, Type: t, Items: []schema.Item{{}}, Actions: []schema.Action{{}}},
			&schema.Message{Role: schema.RoleAppMaker, Type: t, Text: "\xff\xfe", Coordinates: &schema.Coordinates{Lat: 1e300, Long: -1e300}},
		)
	}
	return append(out, &schema.Message{Type: "nonsense"})
}
