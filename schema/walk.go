package schema

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
)

// The decoder works in two steps over one parse. The walker (this file)
// reads the parsed tree into the typed model and applies the rules only JSON
// can break: a value's JSON type (null included), repeated keys, unknown
// fields under WithUnknownFieldErrors, a field present where it is not allowed even when
// empty, an empty string where a URL or an enumerated value is expected,
// numbers that do not fit their Go type. Every path it reports is marked, so
// the checker (check.go), which applies every other rule to the typed value
// exactly as Validate does for a message built in code, does not report the
// same place twice.

// walker reads one parsed document.
type walker struct {
	t      *jtree
	strict bool
	errs   problems
	// bad holds the paths the walker reported. It stays nil for valid
	// input, so the checker's lookups cost nothing then.
	bad map[string]bool
}

func (w *walker) add(path string, rule Rule, format string, args ...any) {
	w.errs.add(path, rule, format, args...)
	if w.bad == nil {
		w.bad = make(map[string]bool)
	}
	w.bad[path] = true
}

// field returns the path of key inside the object at path. Keys that are
// not plain identifiers are quoted: metadata["a.b"].
func field(path, key string) string {
	if !plainKey(key) {
		return path + "[" + strconv.Quote(key) + "]"
	}
	if path == "" {
		return key
	}
	return path + "." + key
}

func plainKey(key string) bool {
	if key == "" {
		return false
	}
	for i := 0; i < len(key); i++ {
		c := key[i]
		switch {
		case c == '_', c == '$', c == '-', 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		default:
			return false
		}
	}
	return true
}

// index returns the path of element i of the array at path.
func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

func itoa(n int) string { return strconv.Itoa(n) }

// quoteByte describes one input byte for an error detail.
func quoteByte(b byte) string { return strconv.QuoteRune(rune(b)) }

// kindName names a JSON type for an error detail.
func kindName(k jkind) string {
	switch k {
	case jNull:
		return "null"
	case jObject:
		return "an object"
	case jArray:
		return "an array"
	case jString:
		return "a string"
	case jNumber:
		return "a number"
	default:
		return "a boolean"
	}
}

func (w *walker) wrongType(path, want string, v jvalue) {
	w.add(path, RuleType, "must be %s, not %s", want, kindName(v.kind))
}

// object checks that v at path is an object and reports a repeated key in
// it. Unknown fields are the caller's (it knows the field list).
func (w *walker) object(path string, v jvalue) bool {
	if v.kind != jObject {
		w.wrongType(path, "an object", v)
		return false
	}
	if v.dup > 0 {
		k := w.t.members(v)[v.dup-1].key
		w.add(field(path, k), RuleDuplicate, "the key %q appears more than once in the object", k)
	}
	return true
}

func (w *walker) array(path string, v jvalue) bool {
	if v.kind != jArray {
		w.wrongType(path, "an array", v)
		return false
	}
	return true
}

// str reads the string field key of obj; ok is false when it is absent or
// not a string (reported).
func (w *walker) str(obj jvalue, path, key string) (string, bool) {
	v, present := w.t.get(obj, key)
	if !present {
		return "", false
	}
	if v.kind != jString {
		w.wrongType(field(path, key), "a string", v)
		return "", false
	}
	return v.s, true
}

// optString reads an optional string field.
func (w *walker) optString(obj jvalue, path, key string) string {
	s, _ := w.str(obj, path, key)
	return s
}

// nonEmpty reads a string field whose empty value is itself an error: a
// URL (RuleURL), a currency (RuleCurrency) or an enumerated value
// (RuleEnum). The checker applies the
// rest of the rule to a non-empty value, as it does for a message built in
// code, where empty means absent.
func (w *walker) nonEmpty(obj jvalue, path, key string, rule Rule) string {
	s, ok := w.str(obj, path, key)
	if ok && s == "" {
		switch rule {
		case RuleURL:
			w.add(field(path, key), RuleURL, `"" is not an absolute URL`)
		case RuleCurrency:
			w.add(field(path, key), RuleCurrency, "%s", checkCurrency(""))
		default:
			w.add(field(path, key), RuleEnum, "must not be empty")
		}
	}
	return s
}

func (w *walker) optBool(obj jvalue, path, key string) bool {
	v, ok := w.t.get(obj, key)
	if !ok {
		return false
	}
	if v.kind != jBool {
		w.wrongType(field(path, key), "a boolean", v)
		return false
	}
	return v.b
}

// unknown reports the fields of obj that are not in known, in sorted
// order. Callers call it under WithUnknownFieldErrors only, so the field lists are not
// built otherwise.
func (w *walker) unknown(obj jvalue, path string, known []string) {
	var extra []string
	for _, m := range w.t.members(obj) {
		if !slices.Contains(known, m.key) {
			extra = append(extra, m.key)
		}
	}
	slices.Sort(extra)
	for _, k := range slices.Compact(extra) {
		w.add(field(path, k), RuleUnknown, "unknown field")
	}
}

// metadata reads a flat object of strings, numbers and booleans. An empty
// object becomes nil, which encodes the same way (absent).
func (w *walker) metadata(obj jvalue, path, key string) Metadata {
	v, ok := w.t.get(obj, key)
	if !ok {
		return nil
	}
	p := field(path, key)
	if !w.object(p, v) {
		return nil
	}
	ms := w.t.members(v)
	if len(ms) == 0 {
		return nil
	}
	md := make(Metadata, len(ms))
	for _, m := range ms {
		switch m.val.kind {
		case jString:
			md[m.key] = m.val.s
		case jNumber:
			md[m.key] = json.Number(m.val.s)
		case jBool:
			md[m.key] = m.val.b
		default:
			if _, seen := md[m.key]; !seen {
				w.add(field(p, m.key), RuleFlat, "metadata values must be strings, numbers or booleans, not %s", kindName(m.val.kind))
			}
		}
	}
	if len(md) == 0 {
		return nil
	}
	return md
}

// messageFields lists the message fields in struct (and encoding) order.
func messageFields() []string {
	return []string{"role", "type", "text", "name", "email", "avatarUrl", "destination", "metadata",
		"payload", "mediaUrl", "mediaType", "coordinates", "location", "items", "actions",
		"displaySettings", "override"}
}

// message reads a Message from the tree.
func (w *walker) message(root jvalue) *Message {
	if root.kind != jObject {
		w.add("", RuleType, "the message must be a JSON object, not %s", kindName(root.kind))
		return nil
	}
	w.object("", root)
	m := &Message{}
	role, _ := w.str(root, "", "role")
	typ, _ := w.str(root, "", "type")
	m.Role, m.Type = Role(role), MessageType(typ)
	// The type and role the presence rules use: "" when unknown, so the
	// checks that need them are skipped.
	kt, kr := m.Type, m.Role
	if !kt.Valid() {
		kt = ""
	}
	if !kr.Valid() {
		kr = ""
	}
	// allowed reports a field present where its message type or role does
	// not allow it, and tells the caller whether to read it. A forbidden
	// field is reported whatever its value (null or empty included).
	allowed := func(key string) bool {
		if !w.t.has(root, key) {
			return false
		}
		if why := forbiddenField(key, kt, kr); why != "" {
			w.add(key, RuleForbidden, "%s", why)
			return false
		}
		return true
	}

	if v, ok := w.t.get(root, "text"); ok {
		if v.kind == jString {
			m.Text = v.s
		} else {
			w.wrongType("text", "a string", v)
		}
	}
	m.Name = w.optString(root, "", "name")
	m.Email = w.optString(root, "", "email")
	m.AvatarURL = w.nonEmpty(root, "", "avatarUrl", RuleURL)
	if allowed("destination") {
		m.Destination = w.destination(root)
	}
	m.Metadata = w.metadata(root, "", "metadata")
	m.Payload = w.optString(root, "", "payload")
	if allowed("mediaUrl") {
		m.MediaURL = w.nonEmpty(root, "", "mediaUrl", RuleURL)
	}
	if allowed("mediaType") {
		m.MediaType = w.optString(root, "", "mediaType")
	}
	if allowed("coordinates") {
		m.Coordinates = w.coordinates(root)
	}
	if allowed("location") {
		m.Location = w.location(root)
	}
	if allowed("items") {
		m.Items = w.items(root)
	}
	if allowed("actions") {
		m.Actions = w.actions(root, "actions", true)
	}
	if allowed("displaySettings") {
		m.DisplaySettings = w.displaySettings(root)
	}
	if v, ok := w.t.get(root, "override"); ok {
		m.Override = w.override(v)
	}
	if w.strict {
		w.unknown(root, "", messageFields())
	}
	return m
}

// forbiddenField says why the message field key may not appear in a
// message of type t and role r ("" when it may, or when t or r is unknown).
// The walker applies it to present fields, the checker to non-empty ones.
func forbiddenField(key string, t MessageType, r Role) string {
	switch key {
	case "mediaUrl", "mediaType":
		if t != "" && t != TypeImage && t != TypeFile {
			return "only allowed in image and file messages"
		}
	case "coordinates", "location":
		if t != "" && t != TypeLocation {
			return "only allowed in location messages"
		}
	case "items":
		if t != "" && !t.HasItems() {
			return "only allowed in carousel and list messages"
		}
		if r == RoleAppUser {
			return "message items are only allowed with role appMaker"
		}
	case "displaySettings":
		if t != "" && !t.HasItems() {
			return "only allowed in carousel and list messages"
		}
	case "actions", "destination":
		if r == RoleAppUser {
			return "only allowed with role appMaker"
		}
	}
	return ""
}

// sub returns root's member key, checked to be an object, with its fields
// outside known reported under WithUnknownFieldErrors: the small objects
// of a message (destination, coordinates, location, displaySettings).
func (w *walker) sub(root jvalue, key string, known ...string) (jvalue, bool) {
	v, _ := w.t.get(root, key)
	if !w.object(key, v) {
		return jvalue{}, false
	}
	if w.strict {
		w.unknown(v, key, known)
	}
	return v, true
}

func (w *walker) destination(root jvalue) *Destination {
	const p = "destination"
	v, ok := w.sub(root, p, "integrationId", "integrationType")
	if !ok {
		return nil
	}
	return &Destination{
		IntegrationID:   w.optString(v, p, "integrationId"),
		IntegrationType: w.optString(v, p, "integrationType"),
	}
}

func (w *walker) coordinates(root jvalue) *Coordinates {
	const p = "coordinates"
	v, ok := w.sub(root, p, "lat", "long")
	if !ok {
		return nil
	}
	return &Coordinates{Lat: w.degrees(v, p, "lat"), Long: w.degrees(v, p, "long")}
}

// degrees reads a required number; the checker checks its range.
func (w *walker) degrees(obj jvalue, path, key string) float64 {
	p := field(path, key)
	v, ok := w.t.get(obj, key)
	if !ok {
		w.add(p, RuleRequired, "required")
		return 0
	}
	if v.kind != jNumber {
		w.wrongType(p, "a number", v)
		return 0
	}
	f, err := strconv.ParseFloat(v.s, 64)
	if err != nil {
		w.add(p, RuleRange, "%s is out of range", v.s)
		return 0
	}
	return f
}

func (w *walker) location(root jvalue) *Location {
	const p = "location"
	v, ok := w.sub(root, p, "name", "address")
	if !ok {
		return nil
	}
	return &Location{Name: w.optString(v, p, "name"), Address: w.optString(v, p, "address")}
}

func (w *walker) displaySettings(root jvalue) *DisplaySettings {
	const p = "displaySettings"
	v, ok := w.sub(root, p, "imageAspectRatio")
	if !ok {
		return nil
	}
	return &DisplaySettings{ImageAspectRatio: AspectRatio(w.nonEmpty(v, p, "imageAspectRatio", RuleEnum))}
}

// override reads the passthrough map: channel name → {"payload": object}.
// Payloads are kept as compact JSON with sorted keys.
func (w *walker) override(v jvalue) map[string]Override {
	const p = "override"
	if !w.object(p, v) {
		return nil
	}
	ms := w.t.members(v)
	out := make(map[string]Override, len(ms))
	for _, m := range ms {
		cp := field(p, m.key)
		if _, seen := out[m.key]; seen || !w.object(cp, m.val) {
			continue
		}
		pp := field(cp, "payload")
		if pv, ok := w.t.get(m.val, "payload"); !ok {
			w.add(pp, RuleRequired, "required")
		} else if pv.kind != jObject {
			w.wrongType(pp, "an object", pv)
		} else {
			raw := w.t.canonical(nil, pv, pp, func(at string) {
				w.add(at, RuleDuplicate, "the key appears more than once in the object")
			})
			out[m.key] = Override{Payload: raw}
		}
		if w.strict {
			w.unknown(m.val, cp, []string{"payload"})
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// itemFields lists the item fields in struct order.
func itemFields() []string {
	return []string{"title", "description", "mediaUrl", "mediaType", "size", "actions"}
}

// items reads the items array. An element that is not an object stays in
// place as a zero item whose path is marked, so positions and counts are the
// input's.
func (w *walker) items(root jvalue) []Item {
	const p = "items"
	v, _ := w.t.get(root, p)
	if !w.array(p, v) {
		return nil
	}
	ms := w.t.members(v)
	if len(ms) == 0 {
		w.add(p, RuleCount, "must have 1 to %d items, not 0", MaxItems)
		return nil
	}
	items := make([]Item, len(ms))
	for i, e := range ms {
		ip := index(p, i)
		if !w.object(ip, e.val) {
			continue
		}
		it := &items[i]
		o := e.val
		if tv, ok := w.t.get(o, "title"); ok {
			if tv.kind == jString {
				it.Title = tv.s
			} else {
				w.wrongType(field(ip, "title"), "a string", tv)
			}
		}
		it.Description = w.optString(o, ip, "description")
		it.MediaURL = w.nonEmpty(o, ip, "mediaUrl", RuleURL)
		it.MediaType = w.optString(o, ip, "mediaType")
		it.Size = ItemSize(w.nonEmpty(o, ip, "size", RuleEnum))
		if w.t.has(o, "actions") {
			it.Actions = w.actions(o, field(ip, "actions"), false)
		}
		if w.strict {
			w.unknown(o, ip, itemFields())
		}
	}
	return items
}

// actions reads an actions array at path: the message's (inMessage) or an
// item's. Elements that are not objects, and actions whose type is not
// allowed where they are, stay in place as zero actions whose path is
// marked.
func (w *walker) actions(obj jvalue, path string, inMessage bool) []Action {
	key := path[strings.LastIndexByte(path, '.')+1:]
	v, _ := w.t.get(obj, key)
	if !w.array(path, v) {
		return nil
	}
	ms := w.t.members(v)
	if len(ms) == 0 {
		if !inMessage {
			w.add(path, RuleCount, "must have 1 to %d actions, not 0", MaxItemActions)
		}
		return nil
	}
	out := make([]Action, len(ms))
	for j, e := range ms {
		ap := index(path, j)
		if w.object(ap, e.val) {
			w.action(&out[j], ap, e.val, inMessage)
		}
	}
	return out
}

// actionFields lists the fields an action of type t may carry, in struct
// order. Fields that belong to other action types are unknown: ignored, or
// reported under WithUnknownFieldErrors. extraChannelOptions is always listed: outside
// link and webview it is an error in any mode.
func actionFields(t ActionType) []string {
	common := []string{"type", "text", "default", "metadata", "extraChannelOptions"}
	switch t {
	case ActionLink:
		return append(common, "uri")
	case ActionWebview:
		return append(common, "uri", "size", "fallback", "openOnReceive")
	case ActionBuy:
		return append(common, "uri", "amount", "currency")
	case ActionPostback:
		return append(common, "payload")
	case ActionReply:
		return append(common, "payload", "iconUrl")
	case ActionLocationRequest, ActionShare:
		return common
	default:
		// Unknown type: every action field is known, so strict mode does
		// not pile unknown-field errors on top of the type error.
		return append(common, "uri", "payload", "amount", "currency", "iconUrl", "size", "fallback", "openOnReceive")
	}
}

// action reads one action object into a.
func (w *walker) action(a *Action, p string, o jvalue, inMessage bool) {
	t, _ := w.str(o, p, "type")
	a.Type = ActionType(t)
	if why := forbiddenAction(a.Type, inMessage); why != "" {
		// Reported once; the rest of the action is not examined.
		w.add(p, RuleForbidden, "%s", why)
		*a = Action{}
		return
	}
	kt := a.Type
	if !kt.Valid() {
		kt = ""
	}
	a.Text = w.optString(o, p, "text")
	switch kt {
	case ActionLink, ActionWebview, ActionBuy:
		a.URI = w.nonEmpty(o, p, "uri", RuleURL)
	}
	switch kt {
	case ActionBuy:
		a.Amount = w.amount(o, p)
		a.Currency = w.nonEmpty(o, p, "currency", RuleCurrency)
	case ActionPostback, ActionReply:
		a.Payload = w.optString(o, p, "payload")
		if kt == ActionReply {
			a.IconURL = w.nonEmpty(o, p, "iconUrl", RuleURL)
		}
	case ActionWebview:
		a.Size = WebviewSize(w.nonEmpty(o, p, "size", RuleEnum))
		a.Fallback = w.nonEmpty(o, p, "fallback", RuleURL)
		a.OpenOnReceive = w.optBool(o, p, "openOnReceive")
	}
	a.Default = w.optBool(o, p, "default")
	a.Metadata = w.metadata(o, p, "metadata")
	if ev, ok := w.t.get(o, "extraChannelOptions"); ok {
		ep := field(p, "extraChannelOptions")
		switch kt {
		case ActionLink, ActionWebview:
			a.ExtraChannelOptions = w.extraChannelOptions(ep, ev)
		case "":
		default:
			w.add(ep, RuleForbidden, "only allowed on link and webview actions")
		}
	}
	if w.strict {
		w.unknown(o, p, actionFields(kt))
	}
}

// forbiddenAction says why an action of type t may not appear in a message
// (inMessage) or in an item, or "".
func forbiddenAction(t ActionType, inMessage bool) string {
	switch {
	case inMessage && t == ActionShare:
		return "share actions are only allowed in message items"
	case !inMessage && t.IsQuickReply():
		return string(t) + " actions are not allowed in message items"
	}
	return ""
}

// amount reads a buy action's amount: an integer JSON number without
// fraction or exponent that fits in 64 bits and is positive. Absent, it is
// zero, which the checker reports as required.
func (w *walker) amount(o jvalue, path string) int64 {
	p := field(path, "amount")
	v, ok := w.t.get(o, "amount")
	if !ok {
		return 0
	}
	if v.kind != jNumber {
		w.wrongType(p, "a number", v)
		return 0
	}
	s := v.s
	if strings.ContainsAny(s, ".eE") {
		w.add(p, RuleInteger, "must be an integer in minor units without fraction or exponent, not %s", s)
		return 0
	}
	i, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		w.add(p, RuleInteger, "%s does not fit in a 64-bit integer", s)
		return 0
	}
	if i <= 0 {
		w.add(p, RuleRange, "must be positive, not %s", s)
		return 0
	}
	return i
}

// extraChannelOptions reads the channel options of a link or webview.
func (w *walker) extraChannelOptions(p string, v jvalue) *ExtraChannelOptions {
	if !w.object(p, v) {
		return nil
	}
	e := &ExtraChannelOptions{}
	if mv, ok := w.t.get(v, "messenger"); ok {
		mp := field(p, "messenger")
		if w.object(mp, mv) {
			o := &MessengerOptions{
				WebviewHeightRatio: WebviewSize(w.nonEmpty(mv, mp, "webview_height_ratio", RuleEnum)),
				FallbackURL:        w.nonEmpty(mv, mp, "fallback_url", RuleURL),
			}
			if bv, ok := w.t.get(mv, "messenger_extensions"); ok {
				if bv.kind == jBool {
					b := bv.b
					o.MessengerExtensions = &b
				} else {
					w.wrongType(field(mp, "messenger_extensions"), "a boolean", bv)
				}
			}
			if w.strict {
				w.unknown(mv, mp, []string{"webview_height_ratio", "messenger_extensions", "fallback_url"})
			}
			e.Messenger = o
		}
	}
	if w.strict {
		w.unknown(v, p, []string{"messenger"})
	}
	return e
}

// activityFields lists the activity fields in struct order.
func activityFields() []string { return []string{"role", "type", "name", "avatarUrl"} }

// activity reads an Activity from the tree.
func (w *walker) activity(root jvalue) *Activity {
	if root.kind != jObject {
		w.add("", RuleType, "the activity must be a JSON object, not %s", kindName(root.kind))
		return nil
	}
	w.object("", root)
	role, _ := w.str(root, "", "role")
	typ, _ := w.str(root, "", "type")
	a := &Activity{
		Role:      Role(role),
		Type:      ActivityType(typ),
		Name:      w.optString(root, "", "name"),
		AvatarURL: w.nonEmpty(root, "", "avatarUrl", RuleURL),
	}
	if w.strict {
		w.unknown(root, "", activityFields())
	}
	return a
}
