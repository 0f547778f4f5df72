package channels

import (
	"fmt"
	"sort"
)

// Registry is a set of channels by name. It is a value the caller builds;
// there is no global registry. The zero Registry is empty and usable.
type Registry struct {
	byName map[string]Channel
}

// NewRegistry returns a registry of the given channels. Two channels with the
// same name, or a channel whose Capabilities are invalid, are an error.
func NewRegistry(chs ...Channel) (*Registry, error) {
	r := &Registry{byName: make(map[string]Channel, len(chs))}
	for _, ch := range chs {
		if err := r.add(ch); err != nil {
			return nil, err
		}
	}
	return r, nil
}

func (r *Registry) add(ch Channel) error {
	if err := Check(ch); err != nil {
		return err
	}
	name := ch.Name()
	if _, dup := r.byName[name]; dup {
		return fmt.Errorf("channels: duplicate channel name %q", name)
	}
	r.byName[name] = ch
	return nil
}

// Lookup returns the channel registered under name.
func (r *Registry) Lookup(name string) (Channel, bool) {
	if r == nil {
		return nil, false
	}
	ch, ok := r.byName[name]
	return ch, ok
}

// Names returns the registered names, sorted.
func (r *Registry) Names() []string {
	if r == nil {
		return nil
	}
	names := make([]string, 0, len(r.byName))
	for n := range r.byName {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Channels returns the registered channels sorted by name.
func (r *Registry) Channels() []Channel {
	out := make([]Channel, 0, len(r.Names()))
	for _, n := range r.Names() {
		out = append(out, r.byName[n])
	}
	return out
}
