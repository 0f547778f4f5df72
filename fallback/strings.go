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
	// prompt is the neutral text of a message that must have one and
	// whose input has none (choices alone).
	prompt string
}

// translations returns the supported languages, English first (the default
// of the matcher). It is a function, not a variable, so the package has no
// mutable state.
func translations() []translation {
	return []translation{
		{language.English, "Location shared:", "%s has requested a location", "The app", "Choose an option:"},
		{language.French, "Position partagée :", "%s a demandé une position", "L'application", "Choisissez une option :"},
		{language.Spanish, "Ubicación compartida:", "%s ha solicitado una ubicación", "La aplicación", "Elige una opción:"},
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

// Localizer is the prepared localisation of the fallback: the
// language.Matcher over Languages, the message catalog of the fixed
// sentences and a printer for each of their languages. Building them costs
// far more than a render (tens of microseconds), so build one with
// NewLocalizer per long-lived value (every shipped channel holds one, and
// the engine hands it to each render through channels.Context) and pass it
// in Options.Localizer. It is immutable and safe for concurrent use. A nil
// Localizer is valid: Render, Action and Amount then build what they need
// on each call, with the same output.
type Localizer struct {
	tags    []language.Tag
	matcher language.Matcher
	// printers[i] prints the sentences of tags[i], and formats amounts
	// for exactly that tag.
	printers []*message.Printer
}

// NewLocalizer builds the matcher, the catalog and the printers.
func NewLocalizer() *Localizer {
	tags := Languages()
	cat, err := newCatalog()
	if err != nil {
		// SetString only fails on a malformed message, which a test rules
		// out. An empty catalog (never x/text's global DefaultCatalog) makes
		// the printer fall back to the keys: English.
		cat = catalog.NewBuilder()
	}
	l := &Localizer{tags: tags, matcher: language.NewMatcher(tags), printers: make([]*message.Printer, len(tags))}
	for i, t := range tags {
		l.printers[i] = message.NewPrinter(t, message.Catalog(cat))
	}
	return l
}

// Amount is the package's Amount, formatted with the Localizer's printer
// when lang is one of Languages exactly (or und, English).
func (l *Localizer) Amount(amount int64, code string, lang language.Tag) string {
	return l.amounts(lang).format(amount, code)
}

// amounts returns the amount formatter of lang: a prepared printer for a
// tag of Languages (the catalog does not change how Sprint formats a
// number), a new one for any other tag (the tag as given formats).
func (l *Localizer) amounts(lang language.Tag) amountFormatter {
	lang = orEnglish(lang)
	if l != nil {
		for i, t := range l.tags {
			if t == lang {
				return amountFormatter{p: l.printers[i]}
			}
		}
	}
	return newAmountFormatter(lang)
}

// sentences prints the fixed sentences in one matched language.
type sentences struct {
	p *message.Printer
}

// sentences matches lang against Languages and returns the printer of the
// best match; no match (or und) gives English. A nil Localizer builds the
// matcher and the catalog for this one call.
func (l *Localizer) sentences(lang language.Tag) sentences {
	if l == nil {
		l = NewLocalizer()
	}
	return sentences{p: l.printers[l.match(lang)]}
}

// Match returns the language of Languages that best matches lang, as the
// fixed sentences choose theirs: English when none does. A nil Localizer
// builds the matcher for this one call.
func (l *Localizer) Match(lang language.Tag) language.Tag {
	if l == nil {
		l = NewLocalizer()
	}
	return l.tags[l.match(lang)]
}

// Prompt returns the neutral text a channel gives a message that must have
// a text and whose input has none (a button template, choices alone):
// "Choose an option:", in the language l matches for lang (French and
// Spanish too; English otherwise). Every channel's prompt comes from here.
func (l *Localizer) Prompt(lang language.Tag) string {
	tag := l.Match(lang)
	for _, t := range translations() {
		if t.tag == tag {
			return t.prompt
		}
	}
	return translations()[0].prompt
}

// match returns the position in l.tags of the best match for lang; 0,
// English, when there is none.
func (l *Localizer) match(lang language.Tag) int {
	_, i, conf := l.matcher.Match(lang)
	if conf != language.No && i >= 0 && i < len(l.tags) {
		return i
	}
	return 0
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
