package messenger

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/chanrender/chanrender/fallback"
	"github.com/chanrender/chanrender/schema"
)

func TestPhoneNumber(t *testing.T) {
	tests := []struct {
		uri  string
		want string
		ok   bool
	}{
		{"tel:+15145550199", "+15145550199", true},
		{"tel:+1-514-555-0199", "+15145550199", true},
		{"TEL:+1 (514) 555.0199", "+15145550199", true},
		{"tel:+1%20(514)%20555%200199", "+15145550199", true},
		{"tel:+33123456789;ext=12", "+33123456789", true},
		{"tel:+1234", "+1234", true},
		{"tel:+123", "", false},              // 3 digits: too short
		{"tel:+1234567890123456", "", false}, // 16 digits: too long
		{"tel:555-0142", "", false},          // local number
		{"tel:+1-800-FLOWERS", "", false},    // letters
		{"tel:1+2345", "", false},            // + not first
		{"tel:", "", false},
		{"https://example.com", "", false},
	}
	for _, tt := range tests {
		got, ok := phoneNumber(tt.uri)
		if got != tt.want || ok != tt.ok {
			t.Errorf("phoneNumber(%q) = %q, %v; want %q, %v", tt.uri, got, ok, tt.want, tt.ok)
		}
	}
}

func TestShares(t *testing.T) {
	tests := []struct {
		n, per int
		want   []int
	}{
		{2, 4, []int{2}}, {4, 4, []int{4}}, {5, 4, []int{3, 2}}, {6, 4, []int{3, 3}},
		{7, 4, []int{4, 3}}, {8, 4, []int{4, 4}}, {9, 4, []int{3, 3, 3}}, {10, 4, []int{4, 3, 3}},
		{10, 10, []int{10}},
	}
	for _, tt := range tests {
		got := shares(tt.n, tt.per)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("shares(%d, %d) mismatch (-want +got):\n%s", tt.n, tt.per, diff)
		}
		for _, s := range got {
			if s < 2 || s > tt.per {
				t.Errorf("shares(%d, %d): group of %d outside 2..%d", tt.n, tt.per, s, tt.per)
			}
		}
	}
}

func TestPrompt(t *testing.T) {
	for tag, want := range map[language.Tag]string{
		language.Und:                 "Choose an option:",
		language.English:             "Choose an option:",
		language.MustParse("fr-CA"):  "Choisissez une option :",
		language.Spanish:             "Elige una opción:",
		language.Japanese:            "Choose an option:",
		language.MustParse("es-419"): "Elige una opción:",
		language.MustParse("en-GB"):  "Choose an option:",
	} {
		for _, l := range []*fallback.Localizer{nil, fallback.NewLocalizer()} {
			if got := prompt(l, tag); got != want {
				t.Errorf("prompt(%v), prepared %v = %q, want %q", tag, l != nil, got, want)
			}
		}
	}
}

func TestAttachmentType(t *testing.T) {
	for _, tt := range []struct {
		typ       schema.MessageType
		mediaType string
		want      AttachmentType
	}{
		{schema.TypeImage, "image/png", AttachmentImage},
		{schema.TypeImage, "", AttachmentImage},
		{schema.TypeFile, "IMAGE/GIF", AttachmentImage},
		{schema.TypeFile, "video/mp4", AttachmentVideo},
		{schema.TypeFile, "audio/mpeg", AttachmentAudio},
		{schema.TypeFile, "application/pdf", AttachmentFile},
		{schema.TypeFile, "", AttachmentFile},
	} {
		if got := attachmentType(&schema.Message{Type: tt.typ, MediaType: tt.mediaType}); got != tt.want {
			t.Errorf("attachmentType(%s, %q) = %s, want %s", tt.typ, tt.mediaType, got, tt.want)
		}
	}
}

// TestTablesDiffer pins what separates the two profiles: only these
// fields (docs/RENDERING.md §3-4).
func TestTablesDiffer(t *testing.T) {
	d, l := defaultTable(), legacyTable()
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	if err := l.Validate(); err != nil {
		t.Fatal(err)
	}
	// Make the legacy table equal to the default on the fields that are
	// meant to differ; what remains must be identical.
	l.Name, l.Platform, l.Reference = d.Name, d.Platform, d.Reference
	l.Types.List = d.Types.List
	l.Actions.Replies = d.Actions.Replies
	l.Actions.CarouselItem = d.Actions.CarouselItem
	l.Actions.ListItem = d.Actions.ListItem
	l.Actions.ItemsMessage = d.Actions.ItemsMessage
	l.Items.PerMessage, l.Items.MinPerMessage = d.Items.PerMessage, d.Items.MinPerMessage
	if diff := cmp.Diff(d, l); diff != "" {
		t.Errorf("the profiles differ beyond list, replies, share and item counts (-default +legacy):\n%s", diff)
	}
}
