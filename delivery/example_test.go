package delivery

import (
	"encoding/json"
	"fmt"
	"log"
)

func ExamplePlanner_Plan() {
	// A registry of channels; the command line would use all.Registry().
	reg, err := newFakeRegistry()
	if err != nil {
		log.Fatal(err)
	}
	clients, err := DecodeClients([]byte(`[
		{"channel": "messenger", "integrationId": "fb", "lastSeen": "2024-05-01T09:00:00Z"},
		{"channel": "web", "integrationId": "web", "lastSeen": "2024-05-01T12:00:00Z"},
		{"channel": "line", "integrationId": "line", "lastSeen": "2024-04-01T08:00:00Z"}
	]`))
	if err != nil {
		log.Fatal(err)
	}
	plan, err := NewPlanner(reg).Plan(clients, nil)
	if err != nil {
		log.Fatal(err)
	}
	for _, s := range plan.Steps {
		fmt.Printf("%-10s %-9s after %-4s %-6s silent=%t\n", s.Kind, s.Client.Channel, s.Delay, s.Condition, s.Silent)
	}
	out, err := json.Marshal(plan.Steps[1])
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(out))
	// Output:
	// preferred  web       after 0s   always silent=false
	// secondBest messenger after 5m0s unread silent=false
	// {"kind":"secondBest","client":{"channel":"messenger","integrationId":"fb","lastSeen":"2024-05-01T09:00:00Z"},"delay":"5m0s","condition":"unread","silent":false,"reason":"web cannot push, so if the message is still unread after 5m0s it goes to messenger, the most recently used channel that can"}
}
