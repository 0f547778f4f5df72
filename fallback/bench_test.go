package fallback

import (
	"testing"

	"golang.org/x/text/language"
)

// BenchmarkRender renders the seed carousel: no x/text formatter is built.
func BenchmarkRender(b *testing.B) {
	m := decode(b, seedCarousel)
	b.ReportAllocs()
	for b.Loop() {
		Render(m, Options{})
	}
}

// BenchmarkRenderLocalized renders a French text with a buy action and a
// locationRequest: the cost of the per-call matcher, catalog and printers.
func BenchmarkRenderLocalized(b *testing.B) {
	m := decode(b, `{"text":"Prix","role":"appMaker","type":"text","actions":[
		{"type":"buy","text":"Vinaigre","amount":1000},
		{"type":"locationRequest","text":"Envoyer"}]}`)
	o := Options{Language: language.French, AppName: "Acme"}
	b.ReportAllocs()
	for b.Loop() {
		Render(m, o)
	}
}

// BenchmarkRenderLocalizedPrepared is BenchmarkRenderLocalized with a
// Localizer built once, as a channel holds one.
func BenchmarkRenderLocalizedPrepared(b *testing.B) {
	m := decode(b, `{"text":"Prix","role":"appMaker","type":"text","actions":[
		{"type":"buy","text":"Vinaigre","amount":1000},
		{"type":"locationRequest","text":"Envoyer"}]}`)
	o := Options{Language: language.French, AppName: "Acme", Localizer: NewLocalizer()}
	b.ReportAllocs()
	for b.Loop() {
		Render(m, o)
	}
}

// BenchmarkResolve resolves a label on the seed list.
func BenchmarkResolve(b *testing.B) {
	m := decode(b, seedList)
	b.ReportAllocs()
	for b.Loop() {
		Resolve(m, " BURRITOOO! ")
	}
}
