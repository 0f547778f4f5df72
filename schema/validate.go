package schema

import (
	"slices"
	"strconv"
	"strings"
)

// Limits of the message structure.
const (
	// MaxItems is the most items a carousel or list may have.
	MaxItems = 10
	// MaxItemActions is the most actions a message item may have.
	MaxItemActions = 3
)

// messageFields lists the message fields in struct (and encoding) order.
func messageFields() []string {
	return []string{"role", "type", "text", "name", "email", "avatarUrl", "destination", "metadata",
		"payload", "mediaUrl", "mediaType", "coordinates", "location", "items", "actions",
		"displaySettings", "override"}
}

// message builds a Message from the generic tree, collecting problems.
func (w *walker) message(tree any) *Message {
	obj, ok := tree.(map[string]any)
	if !ok {
		w.add("", RuleType, "the message must be a JSON object, not %s", jsonType(tree))
		return nil
	}
	m := &Message{}
	m.Role = reqEnum(w, obj, "", "role", RoleAppUser, RoleAppMaker)
	if t, ok := obj["type"].(string); ok && strings.HasPrefix(t, "typing:") {
		w.add("type", RuleEnum, "%q is an activity type, not a message type (decode it as an activity)", t)
	} else {
		m.Type = reqEnum(w, obj, "", "type", MessageTypes()...)
	}
	role, typ := m.Role, m.Type // "" when unknown: skip the checks that need them

	// typeOnly reports a field present outside the types that allow it and
	// tells the caller whether to read it.
	typeOnly := func(key, what string, allowed ...MessageType) bool {
		if _, ok := obj[key]; !ok {
			return false
		}
		if typ != "" && !contains(allowed, typ) {
			w.add(key, RuleForbidden, "only allowed in %s messages", what)
			return false
		}
		return true
	}
	// makerOnly reports a field present in an appUser message.
	makerOnly := func(key string) bool {
		if _, ok := obj[key]; !ok {
			return false
		}
		if role == RoleAppUser {
			w.add(key, RuleForbidden, "only allowed with role appMaker")
			return false
		}
		return true
	}

	if v, ok := obj["text"]; ok {
		if s, ok := w.str("text", v); ok {
			m.Text = s
			if typ == TypeText && strings.TrimSpace(s) == "" && !actionsGiven(obj, role) {
				w.add("text", RuleRequired, "must not be blank unless actions are given")
			}
		}
	} else if typ == TypeText && !actionsGiven(obj, role) {
		w.add("text", RuleRequired, "required unless actions are given")
	}
	m.Name = w.optString(obj, "", "name")
	m.Email = w.optString(obj, "", "email")
	m.AvatarURL = w.httpURL(obj, "", "avatarUrl")
	if makerOnly("destination") {
		m.Destination = w.destination(obj["destination"])
	}
	m.Metadata = w.metadata(obj, "", "metadata")
	m.Payload = w.optString(obj, "", "payload")

	media := []MessageType{TypeImage, TypeFile}
	if typeOnly("mediaUrl", "image and file", media...) {
		m.MediaURL = w.httpURL(obj, "", "mediaUrl")
	} else if _, ok := obj["mediaUrl"]; !ok && (typ == TypeImage || typ == TypeFile) {
		w.add("mediaUrl", RuleRequired, "required in %s messages", typ)
	}
	if typeOnly("mediaType", "image and file", media...) {
		m.MediaType = w.optString(obj, "", "mediaType")
	}
	if m.MediaType == "" && m.MediaURL != "" {
		m.MediaType = MediaTypeOf(m.MediaURL)
	}

	if typeOnly("coordinates", "location", TypeLocation) {
		m.Coordinates = w.coordinates(obj["coordinates"])
	} else if _, ok := obj["coordinates"]; !ok && typ == TypeLocation {
		w.add("coordinates", RuleRequired, "required in location messages")
	}
	if typeOnly("location", "location", TypeLocation) {
		m.Location = w.location(obj["location"])
	}

	if typeOnly("items", "carousel and list", TypeCarousel, TypeList) {
		if role == RoleAppUser {
			w.add("items", RuleForbidden, "message items are only allowed with role appMaker")
		} else {
			m.Items = w.items(obj["items"])
		}
	} else if _, ok := obj["items"]; !ok && typ.HasItems() {
		w.add("items", RuleRequired, "required in %s messages", typ)
	}
	if makerOnly("actions") {
		m.Actions = w.messageActions(obj["actions"])
	}
	if typeOnly("displaySettings", "carousel and list", TypeCarousel, TypeList) {
		m.DisplaySettings = w.displaySettings(obj["displaySettings"])
	}
	if v, ok := obj["override"]; ok {
		m.Override = w.override(v)
	}
	w.unknown(obj, "", messageFields())
	return m
}

// actionsGiven reports whether obj has a non-empty actions array that its
// role allows.
func actionsGiven(obj map[string]any, role Role) bool {
	a, ok := obj["actions"].([]any)
	return ok && len(a) > 0 && role != RoleAppUser
}

func (w *walker) destination(v any) *Destination {
	const p = "destination"
	obj, ok := w.object(p, v)
	if !ok {
		return nil
	}
	d := &Destination{
		IntegrationID:   w.optString(obj, p, "integrationId"),
		IntegrationType: w.optString(obj, p, "integrationType"),
	}
	if d.IntegrationID == "" && d.IntegrationType == "" && stringOrAbsent(obj, "integrationId") && stringOrAbsent(obj, "integrationType") {
		w.add(p, RuleRequired, "needs a non-empty integrationId or integrationType")
	}
	w.unknown(obj, p, []string{"integrationId", "integrationType"})
	return d
}

// stringOrAbsent reports whether obj[key] is absent or a string: when it is
// neither, a type error has been reported already.
func stringOrAbsent(obj map[string]any, key string) bool {
	v, ok := obj[key]
	if !ok {
		return true
	}
	_, ok = v.(string)
	return ok
}

func (w *walker) coordinates(v any) *Coordinates {
	const p = "coordinates"
	obj, ok := w.object(p, v)
	if !ok {
		return nil
	}
	return &Coordinates{
		Lat:  w.degrees(obj, p, "lat", 90),
		Long: w.degrees(obj, p, "long", 180),
	}
}

// degrees reads a required number in [-limit, limit].
func (w *walker) degrees(obj map[string]any, path, key string, limit float64) float64 {
	p := field(path, key)
	v, ok := obj[key]
	if !ok {
		w.add(p, RuleRequired, "required")
		return 0
	}
	n, ok := w.number(p, v)
	if !ok {
		return 0
	}
	f, err := strconv.ParseFloat(string(n), 64)
	if err != nil || f < -limit || f > limit {
		w.add(p, RuleRange, "must be between %g and %g, not %s", -limit, limit, n)
		return 0
	}
	return f
}

func (w *walker) location(v any) *Location {
	const p = "location"
	obj, ok := w.object(p, v)
	if !ok {
		return nil
	}
	l := &Location{Name: w.optString(obj, p, "name"), Address: w.optString(obj, p, "address")}
	w.unknown(obj, p, []string{"name", "address"})
	return l
}

func (w *walker) displaySettings(v any) *DisplaySettings {
	const p = "displaySettings"
	obj, ok := w.object(p, v)
	if !ok {
		return nil
	}
	d := &DisplaySettings{ImageAspectRatio: enum(w, obj, p, "imageAspectRatio", AspectHorizontal, AspectSquare)}
	w.unknown(obj, p, []string{"imageAspectRatio"})
	return d
}

// override reads the passthrough map: channel name → {"payload": object}.
// Payloads are kept as compact JSON with sorted keys.
func (w *walker) override(v any) map[string]Override {
	const p = "override"
	obj, ok := w.object(p, v)
	if !ok {
		return nil
	}
	out := make(map[string]Override, len(obj))
	for _, ch := range sortedKeys(obj) {
		cp := field(p, ch)
		o, ok := w.object(cp, obj[ch])
		if !ok {
			continue
		}
		pp := field(cp, "payload")
		pv, ok := o["payload"]
		if !ok {
			w.add(pp, RuleRequired, "required")
		} else if _, ok := w.object(pp, pv); ok {
			raw, err := canonicalJSON(pv)
			if err != nil {
				w.add(pp, RuleType, "cannot be encoded: %v", err)
			} else {
				out[ch] = Override{Payload: raw}
			}
		}
		w.unknown(o, cp, []string{"payload"})
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func sortedKeys(obj map[string]any) []string {
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// itemFields lists the item fields in struct order.
func itemFields() []string {
	return []string{"title", "description", "mediaUrl", "mediaType", "size", "actions", "metadata"}
}

func (w *walker) items(v any) []Item {
	const p = "items"
	arr, ok := w.array(p, v)
	if !ok {
		return nil
	}
	if len(arr) == 0 || len(arr) > MaxItems {
		w.add(p, RuleCount, "must have 1 to %d items, not %d", MaxItems, len(arr))
	}
	items := make([]Item, 0, len(arr))
	for i, iv := range arr {
		if it, ok := w.item(index(p, i), iv); ok {
			items = append(items, it)
		}
	}
	if len(items) == 0 {
		return nil
	}
	return items
}

func (w *walker) item(p string, v any) (Item, bool) {
	obj, ok := w.object(p, v)
	if !ok {
		return Item{}, false
	}
	it := Item{
		Title:       w.reqString(obj, p, "title"),
		Description: w.optString(obj, p, "description"),
		MediaURL:    w.httpURL(obj, p, "mediaUrl"),
		MediaType:   w.optString(obj, p, "mediaType"),
		Size:        enum(w, obj, p, "size", ItemCompact, ItemLarge),
	}
	if it.MediaType == "" && it.MediaURL != "" {
		it.MediaType = MediaTypeOf(it.MediaURL)
	}
	ap := field(p, "actions")
	if av, ok := obj["actions"]; !ok {
		w.add(ap, RuleRequired, "an item needs 1 to %d actions", MaxItemActions)
	} else if arr, ok := w.array(ap, av); ok {
		if len(arr) == 0 || len(arr) > MaxItemActions {
			w.add(ap, RuleCount, "must have 1 to %d actions, not %d", MaxItemActions, len(arr))
		}
		seenDefault := false
		for j, av := range arr {
			a, ok := w.action(index(ap, j), av, false)
			if !ok {
				continue
			}
			if a.Default && a.Type == ActionLink {
				if seenDefault {
					w.add(field(index(ap, j), "default"), RuleDefault, "only one action of an item may be the default")
				}
				seenDefault = true
			}
			it.Actions = append(it.Actions, a)
		}
	}
	it.Metadata = w.metadata(obj, p, "metadata")
	w.unknown(obj, p, itemFields())
	return it, true
}

// messageActions reads the message-level actions: reply and locationRequest
// only together, no share, no default.
func (w *walker) messageActions(v any) []Action {
	const p = "actions"
	arr, ok := w.array(p, v)
	if !ok {
		return nil
	}
	var out []Action
	quick, firstOther := false, -1
	for i, av := range arr {
		a, ok := w.action(index(p, i), av, true)
		if !ok {
			continue
		}
		if a.Type.IsQuickReply() {
			quick = true
		} else if a.Type != "" && firstOther < 0 {
			firstOther = i
		}
		out = append(out, a)
	}
	if quick && firstOther >= 0 {
		w.add(index(p, firstOther), RuleCombination, "reply and locationRequest actions can only be combined with each other")
	}
	return out
}
