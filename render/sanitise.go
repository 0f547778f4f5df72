package render

import (
	"strings"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// sanitise is the first step of every render, whatever the channel: message
// content is hostile, so
//
//   - a link, webview or buy action whose URI runs code or embeds content
//     when opened (schema.UnsafeScheme: javascript:, vbscript:, data:,
//     file:) is dropped: it never becomes a button, nor a line of a text
//     fallback;
//   - the explicit bidirectional formatting characters (U+202A to U+202E,
//     U+2066 to U+2069), which reorder what follows them and so can make a
//     link or an option read as another (CVE-2021-42574, "Trojan Source"),
//     are removed from every text the user reads.
//
// Each change is reported with its input path. m is the render's shallow
// copy: what changes is copied first, never written in place.
func (n *normaliser) sanitise(m *schema.Message) {
	if why := "bidirectional control characters removed"; hasBidi(m.Text) {
		m.Text = stripBidi(m.Text)
		n.ctx.Add(channels.Dropped, "text", why)
	}
	if l := m.Location; l != nil && (hasBidi(l.Name) || hasBidi(l.Address)) {
		c := *l
		for _, f := range []struct {
			s    *string
			path string
		}{{&c.Name, "location.name"}, {&c.Address, "location.address"}} {
			if hasBidi(*f.s) {
				*f.s = stripBidi(*f.s)
				n.ctx.Add(channels.Dropped, f.path, "bidirectional control characters removed")
			}
		}
		m.Location = &c
	}
	if acts, paths, ok := n.safeActions(m.Actions, n.ctx.Paths.Actions); ok {
		m.Actions, n.ctx.Paths.Actions = acts, paths
	}
	copied := false
	for i := range m.Items {
		it := m.Items[i]
		ip := n.ctx.Paths.Items[i]
		changed := false
		if hasBidi(it.Title) {
			it.Title, changed = stripBidi(it.Title), true
			n.ctx.Add(channels.Dropped, ip+".title", "bidirectional control characters removed")
		}
		if hasBidi(it.Description) {
			it.Description, changed = stripBidi(it.Description), true
			n.ctx.Add(channels.Dropped, ip+".description", "bidirectional control characters removed")
		}
		if acts, paths, ok := n.safeActions(it.Actions, n.ctx.Paths.ItemActions[i]); ok {
			it.Actions, changed = acts, true
			n.ctx.Paths.ItemActions[i] = paths
		}
		if !changed {
			continue
		}
		if !copied {
			m.Items = append([]schema.Item(nil), m.Items...)
			copied = true
		}
		m.Items[i] = it
	}
}

// safeActions returns a copy of as without the actions whose URI scheme is
// unsafe, and with labels without bidirectional controls, with the
// matching paths; ok is false, and nothing is copied, when nothing changes.
func (n *normaliser) safeActions(as []schema.Action, paths []string) (_ []schema.Action, _ []string, ok bool) {
	clean := true
	for _, a := range as {
		if (a.Type.HasURI() && schema.UnsafeScheme(a.URI)) || hasBidi(a.Text) {
			clean = false
			break
		}
	}
	if clean {
		return nil, nil, false
	}
	var out []schema.Action
	var outPaths []string
	for j, a := range as {
		p := paths[j]
		if a.Type.HasURI() && schema.UnsafeScheme(a.URI) {
			n.ctx.Add(channels.Dropped, p, "a "+channels.URLScheme(a.URI)+": URI runs code or embeds content when opened: never sent as a link")
			continue
		}
		if hasBidi(a.Text) {
			a.Text = stripBidi(a.Text)
			n.ctx.Add(channels.Dropped, p+".text", "bidirectional control characters removed")
		}
		out = append(out, a)
		outPaths = append(outPaths, p)
	}
	return out, outPaths, true
}

// isBidi reports whether r is an explicit bidirectional embedding,
// override or isolate character, or their terminator.
func isBidi(r rune) bool { return r >= '\u202A' && r <= '\u202E' || r >= '\u2066' && r <= '\u2069' }

// hasBidi reports whether s holds a bidirectional control character. They
// all encode as E2 80 AA–AE or E2 81 A6–A9, so a string without 0xE2 is
// answered at once.
func hasBidi(s string) bool {
	if strings.IndexByte(s, 0xE2) < 0 {
		return false
	}
	return strings.ContainsFunc(s, isBidi)
}

func stripBidi(s string) string {
	return strings.Map(func(r rune) rune {
		if isBidi(r) {
			return -1
		}
		return r
	}, s)
}

// unsent reports the fields beyond the content that the channel does not
// send (Capabilities.Fields): the author's name, email and avatar, and the
// metadata, when the message (or activity) has them.
func unsent(ctx *channels.Context, name string, fields channels.Fields, author, email, avatar string, metadata bool) {
	for _, f := range []struct {
		present, sent bool
		path, what    string
	}{
		{author != "", fields.Name, "name", "the author's name"},
		{email != "", fields.Email, "email", "the author's email"},
		{avatar != "", fields.AvatarURL, "avatarUrl", "the author's avatar"},
		{metadata, fields.Metadata, "metadata", "the message's metadata"},
	} {
		if f.present && !f.sent {
			ctx.Add(channels.Dropped, f.path, name+" does not send "+f.what)
		}
	}
}
