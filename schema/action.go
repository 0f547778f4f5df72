package schema

import (
	"strconv"
	"strings"

	"golang.org/x/text/currency"
)

// actionFields lists the fields an action of type t may carry, in struct
// order. Fields that belong to other action types are treated as unknown:
// ignored, or reported under WithStrict. extraChannelOptions is always
// listed: outside link and webview it is an error in any mode.
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

// action reads one action at path. inMessage is true for message-level
// actions, false for item actions. ok is false when the action is not an
// object or its type is not allowed where it is (the caller leaves it out).
func (w *walker) action(p string, v any, inMessage bool) (a Action, ok bool) {
	obj, ok := w.object(p, v)
	if !ok {
		return Action{}, false
	}
	a.Type = reqEnum(w, obj, p, "type", ActionTypes()...)
	switch {
	case inMessage && a.Type == ActionShare:
		w.add(p, RuleForbidden, "share actions are only allowed in message items")
		return Action{}, false
	case !inMessage && a.Type.IsQuickReply():
		w.add(p, RuleForbidden, "%s actions are not allowed in message items", a.Type)
		return Action{}, false
	}

	if a.Type == ActionShare {
		a.Text = w.optString(obj, p, "text")
	} else {
		a.Text = w.reqString(obj, p, "text")
	}
	switch a.Type {
	case ActionLink:
		a.URI = w.uri(obj, p, "uri", true)
	case ActionWebview:
		a.URI = w.uri(obj, p, "uri", false)
	case ActionBuy:
		if _, ok := obj["uri"]; ok {
			a.URI = w.uri(obj, p, "uri", false)
		}
		a.Amount = w.amount(obj, p)
		a.Currency = w.currency(obj, p)
	case ActionPostback, ActionReply:
		a.Payload = w.payload(obj, p)
		if a.Type == ActionReply {
			a.IconURL = w.httpURL(obj, p, "iconUrl")
		}
	}
	if v, ok := obj["default"]; ok {
		dp := field(p, "default")
		if b, ok := w.boolean(dp, v); ok && b {
			switch {
			case inMessage:
				w.add(dp, RuleDefault, "default actions are only allowed in message items")
			case a.Type != "" && a.Type != ActionLink:
				w.add(dp, RuleDefault, "only a link action can be the default, not a %s", a.Type)
			default:
				a.Default = true
			}
		}
	}
	if a.Type == ActionWebview {
		a.Size = enum(w, obj, p, "size", WebviewCompact, WebviewTall, WebviewFull)
		a.Fallback = w.httpURL(obj, p, "fallback")
		a.OpenOnReceive = w.optBool(obj, p, "openOnReceive")
	}
	a.Metadata = w.metadata(obj, p, "metadata")
	if v, ok := obj["extraChannelOptions"]; ok {
		ep := field(p, "extraChannelOptions")
		switch a.Type {
		case ActionLink, ActionWebview:
			a.ExtraChannelOptions = w.extraChannelOptions(ep, v)
		case "":
		default:
			w.add(ep, RuleForbidden, "only allowed on link and webview actions")
		}
	}
	w.unknown(obj, p, actionFields(a.Type))
	return a, true
}

// uri reads the required uri of a link (any scheme) or of a webview or buy
// (http or https).
func (w *walker) uri(obj map[string]any, path, key string, anyScheme bool) string {
	p := field(path, key)
	v, ok := obj[key]
	if !ok {
		w.add(p, RuleRequired, "required")
		return ""
	}
	s, ok := w.str(p, v)
	if !ok {
		return ""
	}
	check := checkHTTPURL
	if anyScheme {
		check = checkURI
	}
	if d := check(s); d != "" {
		w.add(p, RuleURL, "%s", d)
	}
	return s
}

// payload reads the required, non-empty payload of a postback or reply.
func (w *walker) payload(obj map[string]any, path string) string {
	p := field(path, "payload")
	v, ok := obj["payload"]
	if !ok {
		w.add(p, RuleRequired, "required")
		return ""
	}
	s, ok := w.str(p, v)
	if ok && s == "" {
		w.add(p, RuleRequired, "must not be empty")
	}
	return s
}

// amount reads the required amount of a buy action: a positive integer in
// the currency's minor units, written without fraction or exponent.
func (w *walker) amount(obj map[string]any, path string) int64 {
	p := field(path, "amount")
	v, ok := obj["amount"]
	if !ok {
		w.add(p, RuleRequired, "required (a positive integer in minor units, 9.99 → 999)")
		return 0
	}
	n, ok := w.number(p, v)
	if !ok {
		return 0
	}
	s := string(n)
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

// currency reads the optional currency of a buy action: a lowercase ISO 4217
// code known to golang.org/x/text/currency.
func (w *walker) currency(obj map[string]any, path string) string {
	p := field(path, "currency")
	v, ok := obj["currency"]
	if !ok {
		return ""
	}
	s, ok := w.str(p, v)
	if !ok {
		return ""
	}
	if d := checkCurrency(s); d != "" {
		w.add(p, RuleCurrency, "%s", d)
		return ""
	}
	return s
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

// extraChannelOptions reads the channel options of a link or webview.
func (w *walker) extraChannelOptions(p string, v any) *ExtraChannelOptions {
	obj, ok := w.object(p, v)
	if !ok {
		return nil
	}
	e := &ExtraChannelOptions{}
	if mv, ok := obj["messenger"]; ok {
		mp := field(p, "messenger")
		if mo, ok := w.object(mp, mv); ok {
			o := &MessengerOptions{
				WebviewHeightRatio: enum(w, mo, mp, "webview_height_ratio", WebviewCompact, WebviewTall, WebviewFull),
			}
			if bv, ok := mo["messenger_extensions"]; ok {
				if b, ok := w.boolean(field(mp, "messenger_extensions"), bv); ok {
					o.MessengerExtensions = &b
				}
			}
			o.FallbackURL = w.httpURL(mo, mp, "fallback_url")
			w.unknown(mo, mp, []string{"webview_height_ratio", "messenger_extensions", "fallback_url"})
			e.Messenger = o
		}
	}
	w.unknown(obj, p, []string{"messenger"})
	return e
}
