package messenger

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
	"github.com/chanrender/chanrender/text"
)

// buttons converts the actions of one context to buttons: the message's
// (i < 0) or item i's. Quick reply actions are skipped (see quickReplies);
// actions that cannot be a button are reported and skipped.
func (b *builder) buttons(i int, as []schema.Action) []Button {
	var out []Button
	for j, a := range as {
		if btn, ok := b.button(a, b.ctx.ActionPath(i, j)); ok {
			out = append(out, btn)
		}
	}
	return out
}

// button converts one action kept by the engine; path is its input path.
func (b *builder) button(a schema.Action, path string) (Button, bool) {
	switch a.Type {
	case schema.ActionLink:
		if isTel(a.URI) {
			return b.callButton(a, path)
		}
		o, ok := b.urlOptions(a, path)
		if !ok {
			return nil, false
		}
		return &URLButton{Type: ButtonURL, Title: a.Text, URLOptions: o}, true
	case schema.ActionWebview:
		o, ok := b.urlOptions(a, path)
		if !ok {
			return nil, false
		}
		return &URLButton{Type: ButtonURL, Title: a.Text, URLOptions: o}, true
	case schema.ActionBuy:
		o, ok := b.urlOptions(a, path)
		if !ok {
			return nil, false
		}
		return &URLButton{Type: ButtonURL, Title: b.buyTitle(a, path), URLOptions: o}, true
	case schema.ActionPostback:
		return &PostbackButton{Type: ButtonPostback, Title: a.Text, Payload: a.Payload}, true
	case schema.ActionShare:
		// Reaches Build only when the table renders share natively.
		return &ShareButton{Type: ButtonShare}, true
	case schema.ActionReply, schema.ActionLocationRequest:
		// Quick replies, not buttons.
		return nil, false
	default:
		// The engine drops unknown types before Build.
		return nil, false
	}
}

// urlOptions returns the URL fields of a link, webview or buy button (or a
// default action): the URL; the webview's size as webview_height_ratio; and
// the action's extraChannelOptions.messenger passed through, its
// webview_height_ratio taking precedence over the size. It reports and
// removes what the API would refuse: messenger_extensions true on a URL
// that is not https, and a fallback_url without messenger_extensions true.
// A webview's own fallback URL becomes fallback_url only when
// messenger_extensions is true (a plain Messenger webview needs none).
func (b *builder) urlOptions(a schema.Action, path string) (URLOptions, bool) {
	u := channels.WireURL(a.URI)
	if !isHTTP(u) {
		b.ctx.Add(channels.Dropped, path, fmt.Sprintf("a URL button needs an http or https URL, not %q", a.URI))
		return URLOptions{}, false
	}
	o := URLOptions{URL: u}
	if !b.wire.webviewOptions {
		if a.Type == schema.ActionWebview && a.Size != "" {
			b.ctx.Add(channels.Dropped, path+".size", b.caps.Name+"'s URL buttons have no webview_height_ratio")
		}
		if a.ExtraChannelOptions != nil && a.ExtraChannelOptions.Messenger != nil {
			b.ctx.Add(channels.Dropped, path+".extraChannelOptions.messenger", b.caps.Name+"'s URL buttons have no Messenger webview options")
		}
		return o, true
	}
	if a.Type == schema.ActionWebview && a.Size != "" {
		o.WebviewHeightRatio = string(a.Size)
	}
	extPath := path + ".extraChannelOptions.messenger"
	if a.ExtraChannelOptions != nil && a.ExtraChannelOptions.Messenger != nil {
		ext := a.ExtraChannelOptions.Messenger
		if ext.WebviewHeightRatio != "" {
			o.WebviewHeightRatio = string(ext.WebviewHeightRatio)
		}
		if ext.MessengerExtensions != nil {
			v := *ext.MessengerExtensions
			o.MessengerExtensions = &v
		}
		o.FallbackURL = channels.WireURL(ext.FallbackURL)
	}
	if o.MessengerExtensions != nil && *o.MessengerExtensions && !isHTTPS(o.URL) {
		b.ctx.Add(channels.Dropped, extPath+".messenger_extensions", "messenger_extensions needs an https URL")
		o.MessengerExtensions = nil
	}
	extensions := o.MessengerExtensions != nil && *o.MessengerExtensions
	if o.FallbackURL != "" && !extensions {
		b.ctx.Add(channels.Dropped, extPath+".fallback_url", "fallback_url is only allowed with messenger_extensions true")
		o.FallbackURL = ""
	}
	if extensions && o.FallbackURL == "" && a.Type == schema.ActionWebview && a.Fallback != "" {
		o.FallbackURL = channels.WireURL(a.Fallback)
	}
	return o, true
}

// callButton converts a tel: link to a call button whose payload is the
// number, or reports it dropped when the number is not international.
func (b *builder) callButton(a schema.Action, path string) (Button, bool) {
	num, ok := phoneNumber(a.URI)
	if !ok {
		b.ctx.Add(channels.Dropped, path, fmt.Sprintf("a call button needs an international number (+ then 4 to 15 digits), not %q", a.URI))
		return nil, false
	}
	return &CallButton{Type: ButtonCall, Title: a.Text, Payload: num}, true
}

// phoneNumber returns the number of a tel: URI as a call button takes it:
// "+" then 4 to 15 digits. RFC 3966 visual separators (- . ( )) and spaces
// are removed; parameters (";ext=12") are left out; a local number (no "+")
// or any other character gives false.
func phoneNumber(uri string) (string, bool) {
	if !isTel(uri) {
		return "", false
	}
	rest := uri[len("tel:"):]
	if i := strings.IndexAny(rest, ";?#"); i >= 0 {
		rest = rest[:i]
	}
	if u, err := url.PathUnescape(rest); err == nil {
		rest = u
	}
	rest = strings.TrimSpace(rest)
	var num strings.Builder
	for i, r := range rest {
		switch {
		case r == '+' && i == 0:
			num.WriteRune(r)
		case '0' <= r && r <= '9':
			num.WriteRune(r)
		case strings.ContainsRune(" -.()\u00a0", r):
		default:
			return "", false
		}
	}
	n := num.String()
	if !strings.HasPrefix(n, "+") || len(n)-1 < 4 || len(n)-1 > 15 {
		return "", false
	}
	return n, true
}

// buyTitle is a buy button's title: its label and its price, "Buy vinegar
// ($ 10.00)", within the button title limit. The label is cut to leave the
// price whole (reported Truncated at the label); a price that alone leaves
// no room for a label is cut with the rest.
func (b *builder) buyTitle(a schema.Action, path string) string {
	suffix := " (" + b.ctx.Price(a) + ")"
	l := b.caps.Texts.ActionLabel
	full := a.Text + suffix
	if l.Fits(full) {
		return full
	}
	var title string
	if room := l.Max - l.Len(suffix); room >= 2 {
		label, _ := text.Truncate(a.Text, room, l.Unit)
		title = label + suffix
	} else {
		title, _ = text.Truncate(full, l.Max, l.Unit)
	}
	b.ctx.Add(channels.Truncated, path+".text", fmt.Sprintf("the label and its price %q are %d %s, cut to %s", suffix, l.Len(full), l.Unit, l))
	return title
}

// isHTTP reports whether u is an http or https URL.
func isHTTP(u string) bool {
	return hasPrefixFold(u, "http://") || hasPrefixFold(u, "https://")
}

// isHTTPS reports whether u is an https URL.
func isHTTPS(u string) bool { return hasPrefixFold(u, "https://") }

// isTel reports whether u is a tel: URI.
func isTel(u string) bool { return hasPrefixFold(u, "tel:") }

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
