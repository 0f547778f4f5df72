package schema

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestClone(t *testing.T) {
	for _, name := range []string{"own-carousel-square.json", "own-webview-messenger.json", "own-override-messenger.json",
		"own-reply-icons-location.json", "own-destination-integration.json", "own-location-named.json", "postman-passthrough-line.json"} {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(corpusDir, name))
			if err != nil {
				t.Fatal(err)
			}
			v, err := Decode(data)
			if err != nil {
				t.Fatal(err)
			}
			orig := v.Message()
			pv, _ := Decode(data)
			pristine := pv.Message()
			c := orig.Clone()
			if diff := cmp.Diff(orig, c); diff != "" {
				t.Fatalf("clone differs (-want +got):\n%s", diff)
			}
			mutate(c)
			if diff := cmp.Diff(pristine, orig); diff != "" {
				t.Errorf("changing the clone changed the original (-want +got):\n%s", diff)
			}
		})
	}
	if (*Message)(nil).Clone() != nil {
		t.Error("nil Clone is not nil")
	}
}

// mutate changes every reachable part of m in place.
func mutate(m *Message) {
	m.Text += "!"
	if m.Destination != nil {
		m.Destination.IntegrationType = "changed"
	}
	for k := range m.Metadata {
		m.Metadata[k] = "changed"
	}
	if m.Metadata != nil {
		m.Metadata["added"] = true
	}
	if m.Coordinates != nil {
		m.Coordinates.Lat = 0
	}
	if m.Location != nil {
		m.Location.Name = "changed"
	}
	if m.DisplaySettings != nil {
		m.DisplaySettings.ImageAspectRatio = AspectHorizontal + "x"
	}
	for k, o := range m.Override {
		for i := range o.Payload {
			o.Payload[i] = ' '
		}
		m.Override[k+"-added"] = o
	}
	mutateActions(m.Actions)
	for i := range m.Items {
		it := &m.Items[i]
		it.Title = "changed"
		mutateActions(it.Actions)
	}
	if len(m.Items) > 0 {
		m.Items[0].Actions = append(m.Items[0].Actions[:0], Action{Type: ActionShare})
	}
	if len(m.Actions) > 0 {
		m.Actions = append(m.Actions[:0], Action{Type: ActionShare})
	}
}

func mutateActions(as []Action) {
	for i := range as {
		a := &as[i]
		a.Text = "changed"
		for k := range a.Metadata {
			a.Metadata[k] = "changed"
		}
		if e := a.ExtraChannelOptions; e != nil && e.Messenger != nil {
			e.Messenger.FallbackURL = "changed"
			if e.Messenger.MessengerExtensions != nil {
				*e.Messenger.MessengerExtensions = !*e.Messenger.MessengerExtensions
			}
		}
	}
}

func TestActivityClone(t *testing.T) {
	a := &Activity{Role: RoleAppMaker, Type: TypingStart, Name: "Bot"}
	c := a.Clone()
	c.Name = "changed"
	if a.Name != "Bot" {
		t.Error("changing the clone changed the original")
	}
	if (*Activity)(nil).Clone() != nil {
		t.Error("nil Clone is not nil")
	}
}
