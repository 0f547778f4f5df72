package fallback

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func TestCatalogBuilds(t *testing.T) {
	if _, err := newCatalog(); err != nil {
		t.Fatal(err)
	}
}

func TestSentences(t *testing.T) {
	prepared := NewLocalizer()
	type out struct{ Shared, Requested, Default string }
	tests := []struct {
		lang language.Tag
		want out
	}{
		{language.Tag{}, out{"Location shared:", "Acme has requested a location", "The app has requested a location"}},
		{language.English, out{"Location shared:", "Acme has requested a location", "The app has requested a location"}},
		{language.AmericanEnglish, out{"Location shared:", "Acme has requested a location", "The app has requested a location"}},
		{language.French, out{"Position partagée :", "Acme a demandé une position", "L'application a demandé une position"}},
		{language.MustParse("fr-BE"), out{"Position partagée :", "Acme a demandé une position", "L'application a demandé une position"}},
		{language.Spanish, out{"Ubicación compartida:", "Acme ha solicitado una ubicación", "La aplicación ha solicitado una ubicación"}},
		{language.MustParse("es-AR"), out{"Ubicación compartida:", "Acme ha solicitado una ubicación", "La aplicación ha solicitado una ubicación"}},
		{language.Japanese, out{"Location shared:", "Acme has requested a location", "The app has requested a location"}},
	}
	for _, tt := range tests {
		for _, l := range []*Localizer{nil, prepared} {
			s := l.sentences(tt.lang)
			got := out{s.locationShared(), s.locationRequested("Acme"), s.locationRequested("")}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%v, prepared %v: mismatch (-want +got):\n%s", tt.lang, l != nil, diff)
			}
		}
	}
}

func TestLanguages(t *testing.T) {
	want := []language.Tag{language.English, language.French, language.Spanish}
	if diff := cmp.Diff(want, Languages(), cmp.Comparer(func(a, b language.Tag) bool { return a == b })); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}
