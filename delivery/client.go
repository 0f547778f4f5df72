package delivery

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"
)

// Client is one of the user's linked clients (an appUser's clients entry).
type Client struct {
	// Channel is the name of the client's channel in the registry, which is
	// also its integration type: "web", "ios", "messenger", "line" …
	Channel string `json:"channel"`
	// IntegrationID identifies the integration the client belongs to; it
	// is what a destination's integrationId names.
	IntegrationID string `json:"integrationId"`
	// LastSeen is when the user last used the client. It is input data,
	// never a clock read; the zero time means never and ranks last.
	LastSeen time.Time `json:"lastSeen"`
}

// DecodeClients decodes a JSON array of clients, refusing unknown fields
// and trailing data, as the command line reads them from a file.
func DecodeClients(data []byte) ([]Client, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var cs []Client
	if err := dec.Decode(&cs); err != nil {
		return nil, fmt.Errorf("delivery: clients: %w", err)
	}
	if dec.More() {
		return nil, fmt.Errorf("delivery: clients: unexpected data after the array")
	}
	return cs, nil
}
