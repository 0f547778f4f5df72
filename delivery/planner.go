package delivery

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// Planner plans deliveries with the channel facts of a registry. It holds
// no other state and is safe for concurrent use.
type Planner struct {
	reg *channels.Registry
}

// NewPlanner returns a planner that looks channels up in reg.
func NewPlanner(reg *channels.Registry) *Planner { return &Planner{reg: reg} }

// ranked is a client with the delivery facts of its channel.
type ranked struct {
	Client
	facts channels.Delivery
}

// Plan returns the delivery plan of a message to a user with the given
// clients: the automatic plan, or the targeted step when dest is not nil.
// An empty client list, a client without a channel or on a channel the
// registry does not know, and a destination matching no client are errors.
func (p *Planner) Plan(clients []Client, dest *schema.Destination) (Plan, error) {
	rs, err := p.rank(clients)
	if err != nil {
		return Plan{}, err
	}
	if dest != nil {
		s, err := target(rs, dest)
		if err != nil {
			return Plan{}, err
		}
		return Plan{Steps: []Step{s}}, nil
	}
	return automatic(rs), nil
}

// rank validates the clients, merges clients of one integration and sorts
// them, most recently used first (ties: channel, then integration ID).
func (p *Planner) rank(clients []Client) ([]ranked, error) {
	if len(clients) == 0 {
		return nil, errors.New("delivery: the user has no clients")
	}
	var errs []error
	type key struct{ channel, id string }
	seen := make(map[key]int, len(clients))
	var rs []ranked
	for i, c := range clients {
		if c.Channel == "" {
			errs = append(errs, fmt.Errorf("delivery: clients[%d]: no channel", i))
			continue
		}
		ch, ok := p.reg.Lookup(c.Channel)
		if !ok {
			errs = append(errs, fmt.Errorf("delivery: clients[%d]: channel %q is not registered", i, c.Channel))
			continue
		}
		k := key{c.Channel, c.IntegrationID}
		if j, dup := seen[k]; dup {
			if c.LastSeen.After(rs[j].LastSeen) {
				rs[j].LastSeen = c.LastSeen
			}
			continue
		}
		seen[k] = len(rs)
		rs = append(rs, ranked{Client: c, facts: ch.Capabilities().Delivery})
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	slices.SortFunc(rs, func(a, b ranked) int {
		if c := b.LastSeen.Compare(a.LastSeen); c != 0 {
			return c
		}
		if c := strings.Compare(a.Channel, b.Channel); c != 0 {
			return c
		}
		return strings.Compare(a.IntegrationID, b.IntegrationID)
	})
	return rs, nil
}

// automatic applies the three rules of the guide to ranked clients.
func automatic(rs []ranked) Plan {
	pref := rs[0]
	steps := []Step{{
		Kind:      KindPreferred,
		Client:    pref.Client,
		Condition: ConditionAlways,
		Reason:    fmt.Sprintf("%s is the preferred channel: the one the user used most recently", pref.Channel),
	}}
	used := map[int]bool{0: true}
	if !pref.facts.Push {
		for i, r := range rs[1:] {
			if r.facts.Push {
				used[i+1] = true
				steps = append(steps, Step{
					Kind:      KindSecondBest,
					Client:    r.Client,
					Delay:     UnreadDelay,
					Condition: ConditionUnread,
					Reason: fmt.Sprintf("%s cannot push, so if the message is still unread after %s it goes to %s, the most recently used channel that can",
						pref.Channel, UnreadDelay, r.Channel),
				})
				break
			}
		}
	}
	for i, r := range rs {
		if used[i] || !r.facts.SilentReceive {
			continue
		}
		steps = append(steps, Step{
			Kind:      KindSilent,
			Client:    r.Client,
			Condition: ConditionAlways,
			Silent:    true,
			Reason:    fmt.Sprintf("%s can receive without a notification, so it gets a silent copy", r.Channel),
		})
	}
	return Plan{Steps: steps}
}

// target returns the step to the most recently used client matching every
// field dest sets.
func target(rs []ranked, dest *schema.Destination) (Step, error) {
	id, typ := dest.IntegrationID, dest.IntegrationType
	if id == "" && typ == "" {
		return Step{}, errors.New("delivery: destination names neither integrationId nor integrationType")
	}
	byID := rs
	if id != "" {
		byID = nil
		for _, r := range rs {
			if r.IntegrationID == id {
				byID = append(byID, r)
			}
		}
		if len(byID) == 0 {
			return Step{}, fmt.Errorf("delivery: destination integrationId %q: the user has no client of that integration", id)
		}
	}
	for _, r := range byID {
		if typ != "" && r.Channel != typ {
			continue
		}
		return Step{
			Kind:      KindTargeted,
			Client:    r.Client,
			Condition: ConditionAlways,
			Reason:    fmt.Sprintf("the message's destination names %s, bypassing automatic delivery", describe(dest)),
		}, nil
	}
	if id != "" {
		return Step{}, fmt.Errorf("delivery: destination integrationId %q integrationType %q: the user's client of that integration is not a %s client", id, typ, typ)
	}
	return Step{}, fmt.Errorf("delivery: destination integrationType %q: the user has no %s client", typ, typ)
}

// describe names a destination in a sentence.
func describe(d *schema.Destination) string {
	switch {
	case d.IntegrationID != "" && d.IntegrationType != "":
		return fmt.Sprintf("integration %q of type %s", d.IntegrationID, d.IntegrationType)
	case d.IntegrationID != "":
		return fmt.Sprintf("integration %q", d.IntegrationID)
	}
	return fmt.Sprintf("the %s channel", d.IntegrationType)
}
