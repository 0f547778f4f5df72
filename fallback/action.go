package fallback

import (
	"strings"

	"github.com/chanrender/chanrender/schema"
)

// Action returns the one line action a contributes to the raw-text fallback:
//
//	link, webview    "label uri"
//	buy              "label (price) uri", or "label (price)" without a uri
//	locationRequest  "{AppName} has requested a location" (localised)
//
// The price is Amount of the action's amount in its currency (o.Currency when
// it has none) for o.Language. Empty parts are left out with their space. It
// returns false for actions that have no line of their own: postback, share
// and reply (Text numbers replies), an unknown type, and a link, webview or
// buy with neither label nor uri (nor, for buy, price). A link, webview or
// buy whose URI runs code when opened (schema.UnsafeScheme: javascript:,
// data: ...) has no line either: it never reaches the text.
func Action(a schema.Action, o Options) (string, bool) {
	r := newRenderer(o)
	line, ok := r.action(a)
	return strings.ToValidUTF8(line, "\uFFFD"), ok
}

// action is Action with the renderer's lazily built formatters.
func (r *renderer) action(a schema.Action) (string, bool) {
	if a.Type.HasURI() && schema.UnsafeScheme(a.URI) {
		return "", false
	}
	// A label is one line (oneLine): it cannot start a line of its own.
	label := oneLine(a.Text)
	switch a.Type {
	case schema.ActionLink, schema.ActionWebview:
		return join(" ", label, a.URI), a.Text != "" || a.URI != ""
	case schema.ActionBuy:
		code := a.Currency
		if code == "" {
			code = r.o.currency()
		}
		price := "(" + r.amounts().format(a.Amount, code) + ")"
		return join(" ", label, price, a.URI), true
	case schema.ActionLocationRequest:
		return r.sentences().locationRequested(r.o.AppName), true
	default:
		// postback, share, reply and anything unknown.
		return "", false
	}
}

// lined reports whether a is shown as a "label …" line that a user can answer
// with its label: link and webview everywhere; buy in text-like messages, but
// in carousels and lists only with a uri (inItems).
func lined(a schema.Action, inItems bool) bool {
	if a.Type.HasURI() && schema.UnsafeScheme(a.URI) {
		return false
	}
	switch a.Type {
	case schema.ActionLink, schema.ActionWebview:
		return true
	case schema.ActionBuy:
		return !inItems || a.URI != ""
	}
	return false
}

// join joins the non-empty parts with sep.
func join(sep string, parts ...string) string {
	n := 0
	for _, p := range parts {
		if p != "" {
			n += len(p) + len(sep)
		}
	}
	if n == 0 {
		return ""
	}
	var b strings.Builder
	b.Grow(n)
	for _, p := range parts {
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(p)
	}
	return b.String()
}
