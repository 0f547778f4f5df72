package channels_test

import (
	"fmt"
	"strings"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/line"
	"github.com/chanrender/chanrender/channels/sdk"
	"github.com/chanrender/chanrender/channels/telegram"
	"github.com/chanrender/chanrender/schema"
)

// A registry is a value the caller builds; two channels with one name are
// an error.
func ExampleNewRegistry() {
	reg, err := channels.NewRegistry(line.New(), telegram.New(), sdk.Web())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(reg.Names())
	ch, _ := reg.Lookup("telegram")
	fmt.Println(ch.Capabilities().Texts.Payload)

	_, err = channels.NewRegistry(line.New(), line.New())
	fmt.Println(err)
	// Output:
	// [line telegram web]
	// 64 bytes
	// channels: duplicate channel name "line"
}

// Token stands in for a payload over a channel's limit: the longest prefix
// that leaves room, "~", and 22 characters of the payload's SHA-256.
// ResolvePayload maps it back given the message that was sent.
func ExampleToken() {
	l := channels.Limit{Max: 64, Unit: channels.Bytes}
	payload := `{"action":"book","restaurant":"Lazy Bear","guests":7,"time":"19:00"}`
	tok := channels.Token(payload, l)
	prefix, hash, _ := strings.Cut(tok, "~")
	fmt.Println(len(payload), "bytes →", len(tok), "bytes")
	fmt.Println(prefix)
	fmt.Println(len(hash))

	sent := &schema.Message{Role: schema.RoleAppMaker, Type: schema.TypeText, Text: "Book?",
		Actions: []schema.Action{{Type: schema.ActionPostback, Text: "Book", Payload: payload}}}
	back, ok := channels.ResolvePayload(sent, tok, l)
	fmt.Println(ok, back == payload)
	// Output:
	// 68 bytes → 64 bytes
	// {"action":"book","restaurant":"Lazy Bear"
	// 22
	// true true
}
