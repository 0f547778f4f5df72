package all_test

import (
	"fmt"

	"github.com/chanrender/chanrender/channels/all"
)

// Registry builds a new registry of every shipped channel.
func ExampleRegistry() {
	reg, err := all.Registry()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(reg.Names())
	// Output:
	// [android email instagram ios line messagebird messenger messenger-legacy telegram twilio twitter twitter-v1 viber web wechat whatsapp]
}
