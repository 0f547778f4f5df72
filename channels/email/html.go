package email

import (
	"bytes"
	"html/template"
	"strconv"
	"strings"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// webSchemes are the schemes of images, webviews, buys and file links.
var webSchemes = []string{"http", "https"}

// safe is a URL whose scheme safeURL checked against an allow-list: the
// only way a string becomes a template.URL in this package.
type safe = template.URL

// safeURL returns u as a template URL when its scheme is one of schemes
// (and not one schema.UnsafeScheme names): html/template itself would
// refuse tel:, which a mail may carry.
func safeURL(u string, schemes []string) (safe, bool) {
	if u == "" || schema.UnsafeScheme(u) || !channels.HasScheme(u, schemes) {
		return "", false
	}
	return template.URL(u), true
}

// view is what the HTML template shows for one mail, and its text part.
type view struct {
	Lang       string
	Subject    string
	Paragraphs [][]string
	Image      *image
	File       *button
	Place      *location
	Cards      []card
	Buttons    []button
	// Text is the text/plain part.
	Text string
}

type image struct {
	Src safe
	Alt string
}

type button struct {
	Label string
	// URL is empty for a buy without a uri: its label and price as text.
	URL safe
	// Answer marks a postback's or reply's answer link.
	Answer bool
}

// line is the button as a line of the text part: "label uri".
func (b button) line() string {
	if b.URL == "" {
		return b.Label
	}
	return b.Label + " " + string(b.URL)
}

type card struct {
	Image              *image
	Title, Description string
	Buttons            []button
}

// location is a location: name, address and the map link.
type location struct {
	Name, Address, Coordinates string
	Map                        safe
}

// mapsURL is the map link of the fallback (docs/RENDERING.md §2.2).
const mapsURL = "https://maps.google.com/maps?q="

// place is the location of m.
func place(m *schema.Message) *location {
	if m.Coordinates == nil {
		return nil
	}
	c := strconv.FormatFloat(m.Coordinates.Lat, 'f', -1, 64) + "," + strconv.FormatFloat(m.Coordinates.Long, 'f', -1, 64)
	p := &location{Coordinates: c, Map: template.URL(mapsURL + c)}
	if m.Location != nil {
		p.Name, p.Address = m.Location.Name, m.Location.Address
	}
	return p
}

// mapsText reports whether a location's text is its stored fallback (it
// holds the map link).
func mapsText(s string) bool { return strings.Contains(s, mapsURL) }

// page is the whole HTML document. Inline CSS only; a 600px max-width
// container; no <style>, no script, no external resource but the
// message's own images.
var page = template.Must(template.New("mail").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Subject}}</title>
</head>
<body style="margin:0;padding:0;background-color:#f4f4f5;">
<div style="max-width:600px;margin:0 auto;padding:16px;background-color:#ffffff;color:#18181b;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;">
{{- range .Paragraphs}}
<p style="margin:0 0 12px 0;">{{range $i, $l := .}}{{if $i}}<br>{{end}}{{$l}}{{end}}</p>
{{- end}}
{{- with .Image}}
<p style="margin:0 0 12px 0;"><img src="{{.Src}}" alt="{{.Alt}}" style="display:block;max-width:100%;height:auto;border:0;"></p>
{{- end}}
{{- with .File}}
<p style="margin:0 0 12px 0;"><a href="{{.URL}}" style="color:#2563eb;">{{.Label}}</a></p>
{{- end}}
{{- with .Place}}
<p style="margin:0 0 12px 0;">{{with .Name}}<strong>{{.}}</strong><br>{{end}}{{with .Address}}{{.}}<br>{{end}}<a href="{{.Map}}" style="color:#2563eb;">{{.Coordinates}}</a></p>
{{- end}}
{{- if .Cards}}
<div style="font-size:0;">
{{- range .Cards}}
<div style="display:inline-block;vertical-align:top;width:100%;max-width:280px;margin:0 8px 12px 0;font-size:16px;border:1px solid #e4e4e7;border-radius:8px;overflow:hidden;">
{{- with .Image}}
<img src="{{.Src}}" alt="{{.Alt}}" style="display:block;width:100%;height:auto;border:0;">
{{- end}}
<div style="padding:12px;">
<p style="margin:0 0 4px 0;font-weight:bold;">{{.Title}}</p>
{{- with .Description}}
<p style="margin:0 0 8px 0;color:#52525b;">{{.}}</p>
{{- end}}
{{- range .Buttons}}{{template "button" .}}{{end}}
</div>
</div>
{{- end}}
</div>
{{- end}}
{{- if .Buttons}}
<p style="margin:0 0 12px 0;">
{{- range .Buttons}}{{template "button" .}}{{end}}
</p>
{{- end}}
</div>
</body>
</html>
{{define "button"}}
{{- if .URL}}<a href="{{.URL}}" style="display:inline-block;margin:0 8px 8px 0;padding:10px 16px;background-color:#2563eb;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:bold;">{{.Label}}</a>
{{- else}}<span style="display:inline-block;margin:0 8px 8px 0;padding:10px 0;font-weight:bold;">{{.Label}}</span>
{{- end}}
{{- end}}`))

// message executes the template: the mail of the view, with the subject
// given or the text part's first line.
func (v *view) message(subject string) (*Message, error) {
	if subject == "" {
		subject = subjectOf(v.Text)
	}
	v.Subject = subject
	var b bytes.Buffer
	if err := page.Execute(&b, v); err != nil {
		return nil, err
	}
	return &Message{Subject: subject, Text: v.Text, HTML: b.String()}, nil
}
