package schema

import (
	"encoding/json"
	"fmt"
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/currency"
)

// Limits of the message structure.
const (
	// MaxItems is the most items a carousel or list may have.
	MaxItems = 10
	// MaxItemActions is the most actions a message item may have.
	MaxItemActions = 3
	// MaxAmount is the largest buy amount, in minor units: 10^15 (ten
	// trillion dollars), far beyond what payment providers take. Up to it
	// every JSON reader holds the amount exactly (it is below 2^53) and
	// every price is formatted exactly (golang.org/x/text formats through a
	// float64, exact to the minor unit up to 10^15 for every ISO 4217
	// exponent, 0 to 4).
	MaxAmount = 1_000_000_000_000_000
)

// checker applies the rules of the v1 schema to a typed message, collecting
// every problem with its JSON path, and normalises it in place (media types
// resolved, empty containers nil). Decode runs it after the walker, skipping
// the paths the walker reported; Validate runs it on a copy of a message
// built in code, where it also does what a JSON round trip would: fields of
// other action types cleared, strings made valid UTF-8, metadata numbers as
// json.Number, override payloads checked and made canonical.
type checker struct {
	errs  problems
	bad   map[string]bool
	typed bool
}

func (c *checker) add(path string, rule Rule, format string, args ...any) {
	c.errs.add(path, rule, format, args...)
}

// skip reports whether the walker already reported path.
func (c *checker) skip(path string) bool { return c.bad != nil && c.bad[path] }

// skipField is skip for the field key of the object at path; the path is
// only built when the walker reported something.
func (c *checker) skipField(path, key string) bool {
	return c.bad != nil && c.bad[field(path, key)]
}

// utf8 makes *s valid UTF-8 the way encoding/json does (each invalid byte
// becomes U+FFFD), for messages built in code.
func (c *checker) utf8(ss ...*string) {
	if !c.typed {
		return
	}
	for _, s := range ss {
		*s = validUTF8(*s)
	}
}

func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

func list[T ~string](valid []T) string {
	s := make([]string, len(valid))
	for i, v := range valid {
		s[i] = string(v)
	}
	return strings.Join(s, ", ")
}

// enum checks an enumerated value; "" is an error only when required.
func enum[T ~string](c *checker, path string, v T, valid []T, required bool) {
	switch {
	case v == "" && required:
		c.add(path, RuleRequired, "required: one of %s", list(valid))
	case v != "" && !slices.Contains(valid, v):
		c.add(path, RuleEnum, "must be one of %s, not %q", list(valid), string(v))
	}
}

// checkHTTPURL returns why s is not an absolute http or https URL, or "".
func checkHTTPURL(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return fmt.Sprintf("%q is not a valid URL", s)
	}
	if u.Scheme == "" || u.Host == "" {
		return fmt.Sprintf("%q is not an absolute http or https URL", s)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Sprintf("%q must use http or https, not %s", s, u.Scheme)
	}
	return ""
}

// checkURI returns why s is not an absolute URI, or "". Any scheme is
// accepted (channels filter schemes); http and https URIs need a host.
func checkURI(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return fmt.Sprintf("%q is not a valid URI", s)
	}
	if u.Scheme == "" {
		return fmt.Sprintf("%q is not an absolute URI (no scheme)", s)
	}
	if (u.Scheme == "http" || u.Scheme == "https") && u.Host == "" {
		return fmt.Sprintf("%q has no host", s)
	}
	return ""
}

// UnsafeScheme reports whether uri's scheme runs code or embeds content
// when the link is opened: javascript:, vbscript:, data: or file: (in any
// case). Such a link is valid input (a link takes any scheme), but no
// channel ever sends it as a link nor prints it in a text: the engine drops
// it and reports it.
func UnsafeScheme(uri string) bool {
	// Browsers strip leading C0 controls and spaces, and tabs and line
	// breaks anywhere (WHATWG URL), so "\tjava\nscript:" is javascript:.
	// The scheme is compared byte by byte, without allocating.
	var b [len("javascript")]byte
	n := 0
	for i := 0; i < len(uri); i++ {
		c := uri[i]
		switch {
		case c == ':':
			switch string(b[:n]) {
			case "javascript", "vbscript", "data", "file":
				return true
			}
			return false
		case c == '\t' || c == '\n' || c == '\r', n == 0 && c <= ' ':
			continue
		case n == len(b):
			return false // longer than any unsafe scheme
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		b[n] = c
		n++
	}
	return false
}

// httpURL checks an optional http or https URL field.
func (c *checker) httpURL(path, key, s string) {
	if s == "" || c.skipField(path, key) {
		return
	}
	if d := checkHTTPURL(s); d != "" {
		c.add(field(path, key), RuleURL, "%s", d)
	}
}

// checkCurrency returns why s is not a known lowercase ISO 4217 code, or "".
func checkCurrency(s string) string {
	if len(s) != 3 || strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		return strconv.Quote(s) + " is not a 3-letter ISO 4217 currency code"
	}
	lower := strings.ToLower(s)
	if _, err := currency.ParseISO(lower); err != nil || lower == "xxx" {
		return strconv.Quote(s) + " is not a known ISO 4217 currency code"
	}
	if s != lower {
		return strconv.Quote(s) + " must be lowercase: " + strconv.Quote(lower)
	}
	return ""
}

// required reports a required text that is missing or blank.
func (c *checker) required(path, key, s, unless string) {
	if strings.TrimSpace(s) != "" || c.skipField(path, key) {
		return
	}
	d := "required"
	if s != "" {
		d = "must not be blank"
	}
	c.add(field(path, key), RuleRequired, "%s%s", d, unless)
}

// message checks and normalises m.
func (c *checker) message(m *Message) {
	c.utf8(&m.Text, &m.Name, &m.Email, &m.AvatarURL, &m.Payload, &m.MediaURL, &m.MediaType)
	if !c.skip("role") {
		enum(c, "role", m.Role, []Role{RoleAppUser, RoleAppMaker}, true)
	}
	if !c.skip("type") {
		if strings.HasPrefix(string(m.Type), "typing:") {
			c.add("type", RuleEnum, "%q is an activity type, not a message type (decode it as an activity)", string(m.Type))
		} else {
			enum(c, "type", m.Type, MessageTypes(), true)
		}
	}
	kt, kr := m.Type, m.Role
	if !kt.Valid() {
		kt = ""
	}
	if !kr.Valid() {
		kr = ""
	}
	// forbidden reports a non-empty field its type or role does not allow.
	// Decode never gets here with one: the walker reported it and left it
	// empty.
	forbidden := func(key string) bool {
		if why := forbiddenField(key, kt, kr); why != "" {
			c.add(key, RuleForbidden, "%s", why)
			return true
		}
		return false
	}

	if kt == TypeText && (len(m.Actions) == 0 || kr == RoleAppUser) {
		c.required("", "text", m.Text, " unless actions are given")
	}
	c.httpURL("", "avatarUrl", m.AvatarURL)
	if d := m.Destination; d != nil && !forbidden("destination") {
		c.utf8(&d.IntegrationID, &d.IntegrationType)
		if d.IntegrationID == "" && d.IntegrationType == "" && !c.skip("destination") &&
			!c.skipField("destination", "integrationId") && !c.skipField("destination", "integrationType") {
			c.add("destination", RuleRequired, "needs a non-empty integrationId or integrationType")
		}
	}
	m.Metadata = c.metadata("", "metadata", m.Metadata)

	switch {
	case m.MediaURL != "":
		if !forbidden("mediaUrl") {
			c.httpURL("", "mediaUrl", m.MediaURL)
		}
	case kt == TypeImage || kt == TypeFile:
		if !c.skip("mediaUrl") {
			c.add("mediaUrl", RuleRequired, "required in %s messages", kt)
		}
	}
	if m.MediaType != "" {
		forbidden("mediaType")
	}
	if m.MediaType == "" && m.MediaURL != "" {
		m.MediaType = MediaTypeOf(m.MediaURL)
	}

	switch {
	case m.Coordinates != nil:
		if !forbidden("coordinates") {
			c.degrees("coordinates", "lat", m.Coordinates.Lat, 90)
			c.degrees("coordinates", "long", m.Coordinates.Long, 180)
		}
	case kt == TypeLocation:
		if !c.skip("coordinates") {
			c.add("coordinates", RuleRequired, "required in location messages")
		}
	}
	if l := m.Location; l != nil && !forbidden("location") {
		c.utf8(&l.Name, &l.Address)
	}

	switch {
	case len(m.Items) > 0:
		if !forbidden("items") {
			c.items(m)
		}
	case kt.HasItems():
		if !c.skip("items") {
			c.add("items", RuleRequired, "required in %s messages", kt)
		}
		m.Items = nil
	default:
		m.Items = nil
	}
	if len(m.Actions) > 0 {
		if !forbidden("actions") {
			c.messageActions(m.Actions)
		}
	} else {
		m.Actions = nil
	}
	if d := m.DisplaySettings; d != nil && !forbidden("displaySettings") {
		if !c.skipField("displaySettings", "imageAspectRatio") {
			enum(c, "displaySettings.imageAspectRatio", d.ImageAspectRatio, []AspectRatio{AspectHorizontal, AspectSquare}, false)
		}
	}
	if c.typed {
		m.Override = c.override(m.Override)
	}
}

// degrees checks a coordinate in [-limit, limit] (NaN and infinities are
// out of range).
func (c *checker) degrees(path, key string, f, limit float64) {
	if c.skipField(path, key) {
		return
	}
	if math.IsNaN(f) || f < -limit || f > limit {
		c.add(field(path, key), RuleRange, "must be between %g and %g, not %s", -limit, limit, strconv.FormatFloat(f, 'g', -1, 64))
	}
}

// metadata checks a flat object of strings, numbers and booleans. Decoded
// metadata is flat already; a message built in code may hold any Go value:
// numbers of any Go type become the json.Number JSON would carry, anything
// else is an error. An empty object becomes nil.
func (c *checker) metadata(path, key string, md Metadata) Metadata {
	if len(md) == 0 {
		return nil
	}
	if !c.typed {
		return md
	}
	p := field(path, key)
	keys := make([]string, 0, len(md))
	for k := range md {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out := make(Metadata, len(md))
	for _, k := range keys {
		kp := field(p, validUTF8(k))
		switch v := md[k].(type) {
		case string:
			out[validUTF8(k)] = validUTF8(v)
		case bool:
			out[validUTF8(k)] = v
		case json.Number:
			if !isJSONNumber(string(v)) {
				c.add(kp, RuleType, "%q is not a JSON number", string(v))
				continue
			}
			out[validUTF8(k)] = v
		case int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64, float32, float64:
			b, err := json.Marshal(v)
			if err != nil {
				c.add(kp, RuleFlat, "metadata numbers must be finite, not %v", v)
				continue
			}
			out[validUTF8(k)] = json.Number(b)
		case nil:
			c.add(kp, RuleFlat, "metadata values must be strings, numbers or booleans, not null")
		default:
			c.add(kp, RuleFlat, "metadata values must be strings, numbers or booleans, not %T", v)
		}
	}
	return out
}

// isJSONNumber reports whether s is a number as JSON writes it.
func isJSONNumber(s string) bool {
	if s == "" {
		return false
	}
	p := parser{src: s}
	p.number()
	return p.err == nil && p.pos == len(s)
}

// override checks the passthrough payloads of a message built in code:
// each must be a JSON object; it is kept as compact JSON with sorted keys,
// as Decode keeps it.
func (c *checker) override(o map[string]Override) map[string]Override {
	if len(o) == 0 {
		return nil
	}
	keys := make([]string, 0, len(o))
	for k := range o {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out := make(map[string]Override, len(o))
	for _, k := range keys {
		pp := field(field("override", k), "payload")
		raw := o[k].Payload
		if len(raw) == 0 {
			c.add(pp, RuleType, "must be an object, not null")
			continue
		}
		t, v, err := parseJSON(raw, DefaultMaxDepth)
		if err != nil {
			c.add(pp, RuleType, "is not valid JSON: %s", err.Detail)
			continue
		}
		if v.kind != jObject {
			c.add(pp, RuleType, "must be an object, not %s", kindName(v.kind))
			continue
		}
		b := t.canonical(nil, v, pp, func(at string) {
			c.add(at, RuleDuplicate, "the key appears more than once in the object")
		})
		out[validUTF8(k)] = Override{Payload: b}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// items checks a carousel's or list's items.
func (c *checker) items(m *Message) {
	if len(m.Items) > MaxItems && !c.skip("items") {
		c.add("items", RuleCount, "must have 1 to %d items, not %d", MaxItems, len(m.Items))
	}
	for i := range m.Items {
		ip := index("items", i)
		if c.skip(ip) {
			continue
		}
		it := &m.Items[i]
		c.utf8(&it.Title, &it.Description, &it.MediaURL, &it.MediaType)
		c.required(ip, "title", it.Title, "")
		c.httpURL(ip, "mediaUrl", it.MediaURL)
		if it.MediaType == "" && it.MediaURL != "" {
			it.MediaType = MediaTypeOf(it.MediaURL)
		}
		if !c.skipField(ip, "size") {
			enum(c, field(ip, "size"), it.Size, []ItemSize{ItemCompact, ItemLarge}, false)
		}
		ap := field(ip, "actions")
		switch n := len(it.Actions); {
		case c.skip(ap):
		case it.Actions == nil:
			c.add(ap, RuleRequired, "an item needs 1 to %d actions", MaxItemActions)
		case n == 0 || n > MaxItemActions:
			c.add(ap, RuleCount, "must have 1 to %d actions, not %d", MaxItemActions, n)
		}
		seenDefault := false
		for j := range it.Actions {
			p := index(ap, j)
			a := &it.Actions[j]
			if !c.action(p, a, false) {
				continue
			}
			if a.Default && a.Type == ActionLink {
				if seenDefault && !c.skipField(p, "default") {
					c.add(field(p, "default"), RuleDefault, "only one action of an item may be the default")
				}
				seenDefault = true
			}
		}
		if len(it.Actions) == 0 {
			it.Actions = nil
		}
	}
}

// messageActions checks the message-level actions: reply and
// locationRequest only together, no share, no default.
func (c *checker) messageActions(as []Action) {
	quick, firstOther := false, -1
	for j := range as {
		p := index("actions", j)
		if !c.action(p, &as[j], true) {
			continue
		}
		if t := as[j].Type; t.IsQuickReply() {
			quick = true
		} else if t.Valid() && firstOther < 0 {
			firstOther = j
		}
	}
	if quick && firstOther >= 0 {
		c.add(index("actions", firstOther), RuleCombination, "reply and locationRequest actions can only be combined with each other")
	}
}

// action checks one action at path p; it returns false when the action is
// not examined (the walker reported it, or its type is not allowed here).
func (c *checker) action(p string, a *Action, inMessage bool) bool {
	if c.skip(p) {
		return false
	}
	c.utf8(&a.Text, &a.URI, &a.Payload, &a.Currency, &a.IconURL, &a.Fallback)
	if !c.skipField(p, "type") {
		enum(c, field(p, "type"), a.Type, ActionTypes(), true)
	}
	if why := forbiddenAction(a.Type, inMessage); why != "" {
		c.add(p, RuleForbidden, "%s", why)
		return false
	}
	kt := a.Type
	if !kt.Valid() {
		kt = ""
	}
	if c.typed {
		clearForeign(a, kt)
	}
	if kt != ActionShare {
		c.required(p, "text", a.Text, "")
	}
	switch kt {
	case ActionLink, ActionWebview:
		switch {
		case c.skipField(p, "uri"):
		case a.URI == "":
			c.add(field(p, "uri"), RuleRequired, "required")
		default:
			check := checkHTTPURL
			if kt == ActionLink {
				check = checkURI
			}
			if d := check(a.URI); d != "" {
				c.add(field(p, "uri"), RuleURL, "%s", d)
			}
		}
	case ActionBuy:
		c.httpURL(p, "uri", a.URI)
		switch {
		case c.skipField(p, "amount"):
		case a.Amount == 0:
			c.add(field(p, "amount"), RuleRequired, "required (a positive integer in minor units, 9.99 → 999)")
		case a.Amount < 0:
			c.add(field(p, "amount"), RuleRange, "must be positive, not %d", a.Amount)
		case a.Amount > MaxAmount:
			c.add(field(p, "amount"), RuleRange, "must be at most %d (10^15) minor units, not %d", int64(MaxAmount), a.Amount)
		}
		if a.Currency != "" && !c.skipField(p, "currency") {
			if d := checkCurrency(a.Currency); d != "" {
				c.add(field(p, "currency"), RuleCurrency, "%s", d)
			}
		}
	case ActionPostback, ActionReply:
		if a.Payload == "" && !c.skipField(p, "payload") {
			c.add(field(p, "payload"), RuleRequired, "required")
		}
		c.httpURL(p, "iconUrl", a.IconURL)
	}
	if kt == ActionWebview {
		if !c.skipField(p, "size") {
			enum(c, field(p, "size"), a.Size, []WebviewSize{WebviewCompact, WebviewTall, WebviewFull}, false)
		}
		c.httpURL(p, "fallback", a.Fallback)
	}
	if a.Default && !c.skipField(p, "default") {
		switch {
		case inMessage:
			c.add(field(p, "default"), RuleDefault, "default actions are only allowed in message items")
		case kt != "" && kt != ActionLink:
			c.add(field(p, "default"), RuleDefault, "only a link action can be the default, not a %s", kt)
		}
	}
	a.Metadata = c.metadata(p, "metadata", a.Metadata)
	if e := a.ExtraChannelOptions; e != nil {
		ep := field(p, "extraChannelOptions")
		switch kt {
		case ActionLink, ActionWebview:
			if mo := e.Messenger; mo != nil {
				mp := field(ep, "messenger")
				c.utf8(&mo.FallbackURL)
				if !c.skipField(mp, "webview_height_ratio") {
					enum(c, field(mp, "webview_height_ratio"), mo.WebviewHeightRatio, []WebviewSize{WebviewCompact, WebviewTall, WebviewFull}, false)
				}
				c.httpURL(mp, "fallback_url", mo.FallbackURL)
			}
		case "":
		default:
			c.add(ep, RuleForbidden, "only allowed on link and webview actions")
		}
	}
	return true
}

// clearForeign clears the fields an action of type t does not carry, as a
// JSON round trip would (Decode ignores them).
func clearForeign(a *Action, t ActionType) {
	if t == "" {
		return
	}
	if !t.HasURI() {
		a.URI = ""
	}
	if t != ActionPostback && t != ActionReply {
		a.Payload = ""
	}
	if t != ActionBuy {
		a.Amount, a.Currency = 0, ""
	}
	if t != ActionReply {
		a.IconURL = ""
	}
	if t != ActionWebview {
		a.Size, a.Fallback, a.OpenOnReceive = "", "", false
	}
}

// activity checks an activity.
func (c *checker) activity(a *Activity) {
	c.utf8(&a.Name, &a.AvatarURL)
	if !c.skip("role") {
		enum(c, "role", a.Role, []Role{RoleAppMaker}, true)
	}
	if !c.skip("type") {
		enum(c, "type", a.Type, []ActivityType{TypingStart, TypingStop}, true)
	}
	c.httpURL("", "avatarUrl", a.AvatarURL)
}
