package delivery

import (
	"encoding/json"
	"fmt"
	"time"
)

// UnreadDelay is how long a message may stay unread on a preferred channel
// that cannot push before it is sent to the second-best channel.
const UnreadDelay = 5 * time.Minute

// Condition says when a step's message is sent, once its Delay has passed.
type Condition string

// The conditions.
const (
	// ConditionAlways: the step is sent unconditionally.
	ConditionAlways Condition = "always"
	// ConditionUnread: the step is sent only if the message is still unread
	// when its Delay has passed.
	ConditionUnread Condition = "unread"
)

// Valid reports whether c is one of the conditions.
func (c Condition) Valid() bool { return c == ConditionAlways || c == ConditionUnread }

// String returns the wire form of c.
func (c Condition) String() string { return string(c) }

// Kind says which rule of the delivery logic produced a step.
type Kind string

// The step kinds.
const (
	// KindPreferred: the most recently used client (automatic step 1).
	KindPreferred Kind = "preferred"
	// KindSecondBest: the most recently used other client that can push,
	// when the preferred one cannot (automatic step 2).
	KindSecondBest Kind = "secondBest"
	// KindSilent: a client whose channel receives without a notification
	// (automatic step 3).
	KindSilent Kind = "silent"
	// KindTargeted: the client the message's destination names.
	KindTargeted Kind = "targeted"
)

// Valid reports whether k is one of the kinds.
func (k Kind) Valid() bool {
	switch k {
	case KindPreferred, KindSecondBest, KindSilent, KindTargeted:
		return true
	}
	return false
}

// String returns the wire form of k.
func (k Kind) String() string { return string(k) }

// Step is one delivery of the message to one client.
type Step struct {
	// Kind is the rule that produced the step; tests and callers switch on
	// it.
	Kind Kind
	// Client is the client that receives the message.
	Client Client
	// Delay is how long after the message is sent the step runs.
	Delay time.Duration
	// Condition says whether the step runs when its Delay has passed.
	Condition Condition
	// Silent: send without notifying the user (Messenger NO_PUSH; the SDKs
	// just sync the conversation).
	Silent bool
	// Reason is a human sentence explaining the step. Tests assert the
	// other fields, not its wording.
	Reason string
}

// stepJSON is the JSON form of a Step: the delay is a Go duration string
// ("5m0s") rather than nanoseconds.
type stepJSON struct {
	Kind      Kind      `json:"kind"`
	Client    Client    `json:"client"`
	Delay     string    `json:"delay"`
	Condition Condition `json:"condition"`
	Silent    bool      `json:"silent"`
	Reason    string    `json:"reason"`
}

// MarshalJSON encodes s with its delay as a duration string.
func (s Step) MarshalJSON() ([]byte, error) {
	return json.Marshal(stepJSON{s.Kind, s.Client, s.Delay.String(), s.Condition, s.Silent, s.Reason})
}

// UnmarshalJSON decodes what MarshalJSON encodes.
func (s *Step) UnmarshalJSON(data []byte) error {
	var j stepJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	d, err := time.ParseDuration(j.Delay)
	if err != nil {
		return fmt.Errorf("delivery: step delay: %w", err)
	}
	if !j.Kind.Valid() {
		return fmt.Errorf("delivery: step kind %q: unknown", j.Kind)
	}
	if !j.Condition.Valid() {
		return fmt.Errorf("delivery: step condition %q: unknown", j.Condition)
	}
	*s = Step{Kind: j.Kind, Client: j.Client, Delay: d, Condition: j.Condition, Silent: j.Silent, Reason: j.Reason}
	return nil
}

// Plan is the delivery plan of one message: its steps in the order of the
// guide (preferred, second best, silent copies), or the single targeted
// step. It is never empty.
type Plan struct {
	Steps []Step `json:"steps"`
}
