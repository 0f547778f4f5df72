package render

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/fallback"
	"github.com/chanrender/chanrender/schema"
)

// normaliser applies one channel's Capabilities to one message. It lives for
// one render.
type normaliser struct {
	caps channels.Capabilities
	fb   fallback.Options
	// ctx collects the report; ctx.Paths maps the message being normalised
	// back to the input as actions and items are removed.
	ctx *channels.Context
	// sh is what renders of the same message for other channels share
	// (RenderAll); nil for a single render.
	sh *shared
	// answers is what the normalised message sends back when the user
	// answers (answerTable), and the texts the render numbered.
	answers answers
}

// shared holds what the renders of one message for several channels
// compute once. Renders run one after the other, so it needs no lock.
type shared struct {
	// paths are the input's paths; each render works on a copy of the
	// slices (the strings are shared).
	paths channels.Paths
	// texts are the raw-text fallbacks of the whole message, by the set
	// of its quick replies a channel keeps native (fallBack).
	texts map[string]string
}

// startPaths returns the identity mapping of m's positions to input paths,
// computed once per message when renders share it.
func (n *normaliser) startPaths(m *schema.Message) channels.Paths {
	if n.sh == nil {
		return inputPaths(m)
	}
	p := n.sh.paths
	q := channels.Paths{
		Text:        p.Text,
		Actions:     slices.Clone(p.Actions),
		Items:       slices.Clone(p.Items),
		ItemActions: make([][]string, len(p.ItemActions)),
	}
	for i, a := range p.ItemActions {
		q.ItemActions[i] = slices.Clone(a)
	}
	return q
}

// wholeText returns the raw-text fallback of src, the input message with
// the actions a channel keeps native taken out (kept, by position), shared
// between the renders of one message.
func (n *normaliser) wholeText(src *schema.Message, kept []bool) string {
	if n.sh == nil {
		return fallback.Text(src, n.fb)
	}
	key := make([]byte, len(kept))
	for i, k := range kept {
		if k {
			key[i] = 1
		}
	}
	if t, ok := n.sh.texts[string(key)]; ok {
		return t
	}
	t := fallback.Text(src, n.fb)
	if n.sh.texts == nil {
		n.sh.texts = make(map[string]string)
	}
	n.sh.texts[string(key)] = t
	return t
}

// normalise returns a message that fits the channel's table, recording
// every change. in is a validated message, shared and never modified.
//
// The result starts as a shallow copy of in: its items, actions, maps and
// pointers are in's until a step replaces them. No step writes into what it
// was given: every step writes only into the copy's own fields and into
// slices it allocates itself (filter, items), never into a backing array it
// was given. So the work is proportional to what changes, not to the whole
// message; a channel whose payload is the message itself (sdk) clones what
// it returns. Last, the answers the message sends back are listed and kept
// apart (answerTable).
func (n *normaliser) normalise(in *schema.Message) *schema.Message {
	m := n.fit(in)
	n.answerTable(m, in)
	return m
}

// fit is normalise but for the answers: the message fitted to the table.
func (n *normaliser) fit(in *schema.Message) *schema.Message {
	cp := *in
	m := &cp
	// Passthrough payloads are for the channels they name (render); a
	// payload never carries them, so one channel's raw payload cannot
	// reach another's users (the SDK channels send the message itself).
	m.Override = nil
	n.ctx.Paths = n.startPaths(m)
	unsent(n.ctx, n.caps.Name, n.caps.Fields, m.Name, m.Email, m.AvatarURL, len(m.Metadata) > 0)
	n.sanitise(m)

	rule := n.caps.Types.For(m.Type)
	if rule.Mode == channels.Native {
		if why, blocked := mediaBlocked(rule, m); blocked {
			n.fallBack(m, "mediaUrl", why)
			n.messageActions(m)
			return n.finishText(m)
		}
	}
	switch rule.Mode {
	case channels.Convert:
		n.ctx.Add(channels.Converted, "type", fmt.Sprintf("%s has no native %s: rendered as a %s", n.caps.Name, m.Type, rule.To))
		m.Type = rule.To
	case channels.AsText:
		n.fallBack(m, "type", fmt.Sprintf("%s has no native %s: rendered as text", n.caps.Name, m.Type))
		n.messageActions(m)
		return n.finishText(m)
	}

	if m.Type.HasItems() && !n.tryItems(m) {
		// The trial left m and its paths as they were, but for a
		// conversion: fall back from the input's own type.
		m.Type = in.Type
		n.fallBack(m, "items", fmt.Sprintf("no item can be rendered natively on %s: rendered as text", n.caps.Name))
		n.messageActions(m)
		return n.finishText(m)
	}
	n.messageActions(m)
	return n.finishText(m)
}

// inputPaths returns the identity mapping of m's positions to input paths.
// The paths are substrings of one string written at once: a few
// allocations for all of them rather than one each.
func inputPaths(m *schema.Message) channels.Paths {
	p := channels.Paths{
		Actions:     make([]string, len(m.Actions)),
		Items:       make([]string, len(m.Items)),
		ItemActions: make([][]string, len(m.Items)),
	}
	if m.Text != "" {
		p.Text = "text"
	}
	count := len(m.Actions) + len(m.Items)
	for _, it := range m.Items {
		count += len(it.Actions)
	}
	// ends[k] is where path k ends in buf, in the order written.
	ends := make([]int, 0, count)
	buf := make([]byte, 0, count*len("items[0].actions[0]"))
	for j := range m.Actions {
		buf = appendIndexed(buf, "actions", j)
		ends = append(ends, len(buf))
	}
	for i, it := range m.Items {
		start := len(buf)
		buf = appendIndexed(buf, "items", i)
		end := len(buf)
		ends = append(ends, end)
		for j := range it.Actions {
			buf = append(buf, buf[start:end]...)
			buf = appendIndexed(buf, ".actions", j)
			ends = append(ends, len(buf))
		}
	}
	all := string(buf)
	k, from := 0, 0
	next := func() string {
		s := all[from:ends[k]]
		from = ends[k]
		k++
		return s
	}
	for j := range m.Actions {
		p.Actions[j] = next()
	}
	for i, it := range m.Items {
		p.Items[i] = next()
		p.ItemActions[i] = make([]string, len(it.Actions))
		for j := range it.Actions {
			p.ItemActions[i][j] = next()
		}
	}
	return p
}

// appendIndexed appends the path of element i of the array at path:
// "items[3]".
func appendIndexed(b []byte, path string, i int) []byte {
	b = append(b, path...)
	b = append(b, '[')
	b = strconv.AppendInt(b, int64(i), 10)
	return append(b, ']')
}

// mediaBlocked reports whether a natively supported media message cannot be
// sent natively because of its URL scheme or media type.
func mediaBlocked(r channels.TypeRule, m *schema.Message) (string, bool) {
	if m.MediaURL == "" {
		return "", false
	}
	if len(r.MediaSchemes) > 0 && !channels.HasScheme(m.MediaURL, r.MediaSchemes) {
		return fmt.Sprintf("media URL scheme %q is not one of %s: rendered as text", channels.URLScheme(m.MediaURL), strings.Join(r.MediaSchemes, ", ")), true
	}
	if len(r.MediaTypes) > 0 && !mediaTypeIn(m.MediaType, r.MediaTypes) {
		mt := m.MediaType
		if mt == "" {
			mt = "unknown"
		}
		return fmt.Sprintf("media type %s is not one of %s: rendered as text", mt, strings.Join(r.MediaTypes, ", ")), true
	}
	return "", false
}

// fallBack replaces m by its raw-text fallback, recording FellBack at path
// and a Dropped entry for everything the text leaves out. Quick replies the
// channel renders natively stay quick replies on the text message (fewer
// losses than numbered lines); the caller applies the action rules to them.
func (n *normaliser) fallBack(m *schema.Message, path, why string) {
	n.ctx.Add(channels.FellBack, path, why)
	var keep, rest []schema.Action
	var keepPaths, restPaths []string
	var kept []bool // by position in m.Actions; nil when none is kept
	for j, a := range m.Actions {
		if a.Type.IsQuickReply() && n.caps.Actions.Replies.Rule(a.Type).Mode == channels.Native {
			keep = append(keep, a)
			keepPaths = append(keepPaths, n.ctx.Paths.Actions[j])
			if kept == nil {
				kept = make([]bool, len(m.Actions))
			}
			kept[j] = true
			continue
		}
		rest = append(rest, a)
		restPaths = append(restPaths, n.ctx.Paths.Actions[j])
	}
	n.reportOmissions(m, kept)
	src := *m
	src.Actions = rest
	// Its numbers and labels are the typed answers.
	n.answers.typed = append(n.answers.typed, typedSource{msg: &src, paths: channels.Paths{
		Items: n.ctx.Paths.Items, ItemActions: n.ctx.Paths.ItemActions, Actions: restPaths,
	}})
	*m = *textOf(m, n.wholeText(&src, kept))
	m.Actions = keep
	n.ctx.Paths = channels.Paths{Actions: keepPaths}
}

// textOf returns a text message with m's author fields and the given text.
func textOf(m *schema.Message, txt string) *schema.Message {
	return &schema.Message{
		Role:        m.Role,
		Type:        schema.TypeText,
		Text:        txt,
		Name:        m.Name,
		Email:       m.Email,
		AvatarURL:   m.AvatarURL,
		Destination: m.Destination,
		Metadata:    m.Metadata,
		Payload:     m.Payload,
	}
}

// reportOmissions records what the raw-text fallback of m leaves out:
// postback and share actions, item images, and buy buttons without a URI
// in items. Replies are numbered and links listed, so they are not lost.
func (n *normaliser) reportOmissions(m *schema.Message, kept []bool) {
	ownText := m.Type.HasItems() && strings.TrimSpace(m.Text) != ""
	if ownText {
		n.ctx.Add(channels.Dropped, "items", "the message's own text stands for its items")
	}
	for i, it := range m.Items {
		if ownText {
			break
		}
		if it.MediaURL != "" {
			n.ctx.Add(channels.Dropped, n.ctx.Paths.Items[i]+".mediaUrl", "images are not part of the text fallback")
		}
		for j, a := range it.Actions {
			if omitted(a, true) {
				n.ctx.Add(channels.Dropped, n.ctx.Paths.ItemActions[i][j], string(a.Type)+" actions are not part of the text fallback")
			}
		}
	}
	for j, a := range m.Actions {
		if (kept == nil || !kept[j]) && omitted(a, m.Type.HasItems()) {
			n.ctx.Add(channels.Dropped, n.ctx.Paths.Actions[j], string(a.Type)+" actions are not part of the text fallback")
		}
	}
}

// omitted reports whether the text fallback leaves a out: postbacks and
// shares always; a buy without a uri in a carousel or list (inItems),
// where only lines a user can open are written (a text, image, file or
// location prints it as "label (price)").
func omitted(a schema.Action, inItems bool) bool {
	switch a.Type {
	case schema.ActionPostback, schema.ActionShare:
		return true
	case schema.ActionBuy:
		return inItems && a.URI == ""
	}
	return false
}

// tryItems applies the item rules on a trial; it commits the result and its
// report only when at least one item survives.
//
// The trial works on shallow copies of m and of the paths: items only
// re-slices what it is given and writes into slices it allocates, so a failed
// trial leaves both as they were.
func (n *normaliser) tryItems(m *schema.Message) bool {
	tctx := channels.NewContext(n.ctx.AppName, n.ctx.Language, n.ctx.Currency, n.ctx.Paths)
	tctx.Localizer = n.ctx.Localizer
	trial := &normaliser{caps: n.caps, fb: n.fb, ctx: tctx}
	work := *m
	trial.items(&work)
	if len(work.Items) == 0 {
		return false
	}
	for _, d := range trial.ctx.Report() {
		n.ctx.Add(d.Code, d.Path, d.Detail)
	}
	*m = work
	n.ctx.Paths = trial.ctx.Paths
	return true
}

// items applies the item rules: count, image schemes, actions, minimum
// actions, uniform columns, text limits.
func (n *normaliser) items(m *schema.Message) {
	set := n.caps.Actions.CarouselItem
	if m.Type == schema.TypeList {
		set = n.caps.Actions.ListItem
	}
	ir := n.caps.Items
	if ir.Max > 0 && len(m.Items) > ir.Max {
		for i := ir.Max; i < len(m.Items); i++ {
			n.ctx.Add(channels.Truncated, n.ctx.Paths.Items[i], fmt.Sprintf("%s takes at most %d items", n.caps.Name, ir.Max))
		}
		m.Items = m.Items[:ir.Max]
		n.ctx.Paths.Items = n.ctx.Paths.Items[:ir.Max]
		n.ctx.Paths.ItemActions = n.ctx.Paths.ItemActions[:ir.Max]
	}

	var items []schema.Item
	var itemPaths []string
	var actionPaths [][]string
	if len(m.Items) > 0 {
		items = make([]schema.Item, 0, len(m.Items))
		itemPaths = make([]string, 0, len(m.Items))
		actionPaths = make([][]string, 0, len(m.Items))
	}
	for i := range m.Items {
		it := m.Items[i]
		ip := n.ctx.Paths.Items[i]
		if why, bad := imageProblem(it, ir); bad {
			n.ctx.Add(channels.Dropped, ip+".mediaUrl", why)
			it.MediaURL, it.MediaType = "", ""
		}
		acts, aps, _, _ := n.filter(it.Actions, n.ctx.Paths.ItemActions[i], func(schema.ActionType) channels.ActionSet { return set }, scope{item: true})
		demoteDefaults(acts, set)
		if buttons(acts, set) < set.Min {
			n.ctx.Add(channels.Dropped, ip, fmt.Sprintf("an item needs at least %d action(s) %s can render", set.Min, n.caps.Name))
			continue
		}
		it.Actions = acts
		items = append(items, it)
		itemPaths = append(itemPaths, ip)
		actionPaths = append(actionPaths, aps)
	}
	m.Items = items
	n.ctx.Paths.Items = itemPaths
	n.ctx.Paths.ItemActions = actionPaths

	if ir.UniformActions {
		n.uniformActions(m, set)
	}
	if ir.UniformImages {
		n.uniformImages(m)
	}
	for i := range m.Items {
		it := &m.Items[i]
		ip := n.ctx.Paths.Items[i]
		it.Title = n.ctx.Fit(ip+".title", it.Title, n.caps.Texts.ItemTitle)
		it.Description = n.ctx.Fit(ip+".description", it.Description, n.caps.Texts.ItemDescription)
		n.fitActions(it.Actions, n.ctx.Paths.ItemActions[i], n.caps.Texts.ActionLabel)
	}
}

// imageProblem says why an item image cannot be sent: a refused scheme, a
// known media type the channel does not show, or a URL over its limit once
// encoded.
func imageProblem(it schema.Item, ir channels.Items) (string, bool) {
	switch {
	case it.MediaURL == "":
		return "", false
	case len(ir.ImageSchemes) > 0 && !channels.HasScheme(it.MediaURL, ir.ImageSchemes):
		return fmt.Sprintf("item images must use %s", strings.Join(ir.ImageSchemes, " or ")), true
	case len(ir.ImageTypes) > 0 && it.MediaType != "" && !mediaTypeIn(it.MediaType, ir.ImageTypes):
		return fmt.Sprintf("item images must be %s, not %s", strings.Join(ir.ImageTypes, " or "), it.MediaType), true
	}
	if u := channels.WireURL(it.MediaURL); !ir.ImageURL.Fits(u) {
		return fmt.Sprintf("item image URL is %d %s once percent-encoded, over %s", ir.ImageURL.Len(u), ir.ImageURL.Unit, ir.ImageURL), true
	}
	return "", false
}

// buttons counts the actions that take a button slot in set (a default link
// on a channel with default actions takes none).
func buttons(as []schema.Action, set channels.ActionSet) int {
	c := 0
	for _, a := range as {
		if !isDefault(a, set) {
			c++
		}
	}
	return c
}

func isDefault(a schema.Action, set channels.ActionSet) bool {
	return set.DefaultAction && a.Default && a.Type == schema.ActionLink
}

// demoteDefaults turns default links into ordinary buttons while the item
// has fewer buttons than the context's minimum: a card whose only action is
// its default link keeps the link as a button rather than losing the card.
func demoteDefaults(as []schema.Action, set channels.ActionSet) {
	for j := range as {
		if buttons(as, set) >= set.Min || buttons(as, set) >= set.Max {
			return
		}
		if isDefault(as[j], set) {
			as[j].Default = false
		}
	}
}

// uniformActions cuts every item to the smallest number of buttons any item
// has, keeping the first ones.
func (n *normaliser) uniformActions(m *schema.Message, set channels.ActionSet) {
	least := -1
	for _, it := range m.Items {
		if c := buttons(it.Actions, set); least < 0 || c < least {
			least = c
		}
	}
	for i := range m.Items {
		it := &m.Items[i]
		keep := make([]schema.Action, 0, len(it.Actions))
		keepPaths := make([]string, 0, len(it.Actions))
		c := 0
		for j, a := range it.Actions {
			if !isDefault(a, set) {
				c++
				if c > least {
					n.ctx.Add(channels.Dropped, n.ctx.Paths.ItemActions[i][j], fmt.Sprintf("every item must have the same number of actions on %s: kept %d", n.caps.Name, least))
					continue
				}
			}
			keep = append(keep, a)
			keepPaths = append(keepPaths, n.ctx.Paths.ItemActions[i][j])
		}
		if len(keep) == 0 {
			keep, keepPaths = nil, nil // as filter leaves them
		}
		it.Actions = keep
		n.ctx.Paths.ItemActions[i] = keepPaths
	}
}

// uniformImages drops every item image when some items have none.
func (n *normaliser) uniformImages(m *schema.Message) {
	with := 0
	for _, it := range m.Items {
		if it.MediaURL != "" {
			with++
		}
	}
	if with == 0 || with == len(m.Items) {
		return
	}
	for i := range m.Items {
		if m.Items[i].MediaURL != "" {
			n.ctx.Add(channels.Dropped, n.ctx.Paths.Items[i]+".mediaUrl", fmt.Sprintf("%d of %d items have no image, and on %s an image in one item means in all", len(m.Items)-with, len(m.Items), n.caps.Name))
			m.Items[i].MediaURL, m.Items[i].MediaType = "", ""
		}
	}
}

// messageActions applies the action rules to message-level actions; the
// ones that fall back become lines of the text.
func (n *normaliser) messageActions(m *schema.Message) {
	setFor := func(t schema.ActionType) channels.ActionSet {
		switch {
		case t.IsQuickReply():
			return n.caps.Actions.Replies
		case m.Type.HasItems():
			return n.caps.Actions.ItemsMessage
		default:
			return n.caps.Actions.Message
		}
	}
	kept, paths, lines, linePaths := n.filter(m.Actions, n.ctx.Paths.Actions, setFor, scope{lines: !m.Type.HasItems()})
	m.Actions, n.ctx.Paths.Actions = kept, paths
	if len(lines) > 0 {
		src := &schema.Message{Role: m.Role, Type: schema.TypeText, Text: m.Text, Actions: lines}
		n.answers.typed = append(n.answers.typed, typedSource{msg: src, paths: channels.Paths{Actions: linePaths}})
		m.Text = fallback.Text(src, n.fb)
	}
	for j, a := range m.Actions {
		l := n.caps.Texts.ActionLabel
		if a.Type.IsQuickReply() {
			l = n.caps.Texts.ReplyLabel
		}
		n.fitActions(m.Actions[j:j+1], n.ctx.Paths.Actions[j:j+1], l)
	}
	if hasButtons(m) {
		m.Text = n.ctx.Fit("text", m.Text, n.caps.Texts.ButtonsText)
	}
}

// hasButtons reports whether a non-item message kept native buttons (not
// quick replies).
func hasButtons(m *schema.Message) bool {
	if m.Type.HasItems() {
		return false
	}
	for _, a := range m.Actions {
		if !a.Type.IsQuickReply() {
			return true
		}
	}
	return false
}

// filter keeps the actions the context renders natively, drops the others,
// and truncates each context to its Max. Outside items, actions whose rule
// is AsText are returned apart for the caller to render as text lines.
func (n *normaliser) filter(as []schema.Action, paths []string, setFor func(schema.ActionType) channels.ActionSet, sc scope) (kept []schema.Action, keptPaths []string, lines []schema.Action, linePaths []string) {
	inItem := sc.item
	var used [2]int         // per setKey
	var truncated [2]string // per setKey: one set, so one detail, each
	// Sized for the common case; a context keeps at most its Max, so a
	// message with thousands of actions does not get thousands of slots.
	if len(as) > 0 {
		kept = make([]schema.Action, 0, min(len(as), 16))
		keptPaths = make([]string, 0, min(len(as), 16))
	}
	// One detail per action type and outcome, shared by its entries.
	type detailKey struct {
		t    schema.ActionType
		fell bool
	}
	var details map[detailKey]string
	detail := func(t schema.ActionType, fell bool) string {
		k := detailKey{t, fell}
		if d, ok := details[k]; ok {
			return d
		}
		if details == nil {
			details = make(map[detailKey]string)
		}
		d := n.caps.Name + " has no " + string(t) + " action here"
		if fell {
			d = n.caps.Name + " has no native " + string(t) + " action here: rendered as text"
		}
		details[k] = d
		return d
	}
	for j, a := range as {
		p := paths[j]
		set := setFor(a.Type)
		r := set.Rule(a.Type)
		switch r.Mode {
		case channels.Native:
		case channels.AsText:
			if sc.lines {
				if lines == nil {
					lines = make([]schema.Action, 0, len(as)-j)
				}
				lines = append(lines, a)
				linePaths = append(linePaths, p)
				n.ctx.AddNew(channels.FellBack, p, detail(a.Type, true))
				continue
			}
			fallthrough
		default:
			n.ctx.AddNew(channels.Dropped, p, detail(a.Type, false))
			continue
		}
		if why, bad := uriProblem(a, r, n.caps.Texts.URI); bad {
			n.ctx.AddNew(channels.Dropped, p, why)
			continue
		}
		if !inItem || !isDefault(a, set) {
			key := setKey(a.Type, inItem)
			if used[key] >= set.Max {
				if truncated[key] == "" {
					truncated[key] = n.caps.Name + " takes at most " + strconv.Itoa(set.Max) + " actions here"
				}
				n.ctx.AddNew(channels.Truncated, p, truncated[key])
				continue
			}
			used[key]++
		}
		if len(kept) == cap(kept) {
			// A context that takes them all (the SDKs): grow once.
			kept = slices.Grow(kept, len(as)-j)
			keptPaths = slices.Grow(keptPaths, len(as)-j)
		}
		kept = append(kept, a)
		keptPaths = append(keptPaths, p)
	}
	if len(kept) == 0 {
		// nil, as before any was kept: an item's empty actions encode
		// as null.
		kept, keptPaths = nil, nil
	}
	return kept, keptPaths, lines, linePaths
}

// scope says where filter's actions are: in an item (default actions,
// button counts), and whether AsText actions can become lines of the
// message's text (not in items, nor on a carousel or list, which have no
// text to carry them: there they are dropped).
type scope struct {
	item, lines bool
}

// setKey names the count an action belongs to: quick replies (1) and
// buttons (0) are counted apart.
func setKey(t schema.ActionType, inItem bool) int {
	if !inItem && t.IsQuickReply() {
		return 1
	}
	return 0
}

// uriProblem says why a native URI action cannot be kept: no URI where one is
// required, a scheme the channel refuses, or a URI over its limit.
func uriProblem(a schema.Action, r channels.ActionRule, l channels.Limit) (string, bool) {
	if !a.Type.HasURI() {
		return "", false
	}
	if a.URI == "" {
		if r.RequireURI {
			return fmt.Sprintf("a %s action needs a URI here", a.Type), true
		}
		return "", false
	}
	if len(r.Schemes) > 0 && !channels.HasScheme(a.URI, r.Schemes) {
		return fmt.Sprintf("URI scheme %q is not one of %s", channels.URLScheme(a.URI), strings.Join(r.Schemes, ", ")), true
	}
	// Measured as it goes on the wire: channels send channels.WireURL.
	if u := channels.WireURL(a.URI); !l.Fits(u) {
		return fmt.Sprintf("URI is %d %s once percent-encoded, over %s", l.Len(u), l.Unit, l), true
	}
	return "", false
}

// fitActions truncates labels to l and shortens payloads over the payload
// limit.
func (n *normaliser) fitActions(as []schema.Action, paths []string, l channels.Limit) {
	for j := range as {
		a := &as[j]
		if a.Text != "" {
			a.Text = n.ctx.Fit(paths[j]+".text", a.Text, l)
		}
		var pl channels.Limit
		switch a.Type {
		case schema.ActionPostback:
			pl = n.caps.Texts.Payload
		case schema.ActionReply:
			pl = n.caps.Texts.ReplyPayload
		default:
			continue
		}
		if !pl.Fits(a.Payload) {
			tok := channels.Token(a.Payload, pl)
			n.ctx.Add(channels.Shortened, paths[j]+".payload", fmt.Sprintf("payload of %d %s replaced by token %q; channels.ResolvePayload maps it back to %q", pl.Len(a.Payload), pl.Unit, tok, a.Payload))
			a.Payload = tok
		}
	}
}

// finishText applies the text limit when the channel truncates rather than
// splits (splitting is the channel's Build, through Context.Split).
func (n *normaliser) finishText(m *schema.Message) *schema.Message {
	t := n.caps.Texts
	if !t.SplitText && !hasButtons(m) && m.Type != schema.TypeImage && m.Type != schema.TypeFile {
		m.Text = n.ctx.Fit("text", m.Text, t.Text)
	}
	return m
}

func mediaTypeIn(mt string, types []string) bool {
	mt = strings.ToLower(mt)
	for _, t := range types {
		if fam, ok := strings.CutSuffix(t, "/*"); ok {
			if strings.HasPrefix(mt, fam+"/") {
				return true
			}
		} else if mt == t {
			return true
		}
	}
	return false
}
