package fallback

import (
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// Message keys of the fixed sentences. Each key is also the English text, so
// a lookup that finds no translation prints English.
const (
	keyLocationShared    = "Location shared:"
	keyLocationRequested = "%s has requested a location"
	keyDefaultAppName    = "The app"
)

// translation is one supported language's fixed sentences.
type translation struct {
	tag             language.Tag
	locationShared  string
	locationRequest string // a fmt format with one %s: the application name
	defaultAppName  string
}

// translations returns the supported languages, English first (the default
// of the matcher). It is a function, not a variable, so the package has no
// mutable state.
func translations() []translation {
	return []translation{
		{language.English, "Location shared:", "%s has requested a location", "The app"},
		{language.French, "Position partagée :", "%s a demandé une position", "L'application"},
		{language.Spanish, "Ubicación compartida:", "%s ha solicitado una ubicación", "La aplicación"},
	}
}

// Languages returns the languages the fixed sentences are translated into,
// English (the default) first.
func Languages() []language.Tag {
	ts := translations()
	tags := make([]language.Tag, len(ts))
	for i, t := range ts {
		tags[i] = t.tag
	}
	return tags
}

// newCatalog builds the message catalog of the fixed sentences.
func newCatalog() (*catalog.Builder, error) {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	for _, t := range translations() {
		for _, kv := range [...][2]string{
			{keyLocationShared, t.locationShared},
			{keyLocationRequested, t.locationRequest},
			{keyDefaultAppName, t.defaultAppName},
		} {
			if err := b.SetString(t.tag, kv[0], kv[1]); err != nil {
				return nil, err
			}
		}
	}
	return b, nil
}

// sentences prints the fixed sentences in one matched language.
type sentences struct {
	p *message.Printer
}

// newSentences matches lang against Languages and returns a printer for the
// best match; no match (or und) gives English.
func newSentences(lang language.Tag) sentences {
	tags := Languages()
	_, i, conf := language.NewMatcher(tags).Match(lang)
	tag := language.English
	if conf != language.No && i >= 0 && i < len(tags) {
		tag = tags[i]
	}
	cat, err := newCatalog()
	if err != nil {
		// SetString only fails on a malformed message, which a test rules
		// out. An empty catalog (never x/text's global DefaultCatalog) makes
		// the printer fall back to the keys: English.
		cat = catalog.NewBuilder()
	}
	return sentences{p: message.NewPrinter(tag, message.Catalog(cat))}
}

// locationShared returns "Location shared:".
func (s sentences) locationShared() string { return s.p.Sprintf(keyLocationShared) }

// locationRequested returns "{app} has requested a location", app defaulting
// to the language's neutral name.
func (s sentences) locationRequested(app string) string {
	if app == "" {
		app = s.p.Sprintf(keyDefaultAppName)
	}
	return s.p.Sprintf(keyLocationRequested, app)
}
