// Package send turns rendered payloads into the exact HTTP requests each
// platform takes: method, full URL on the platform's documented base, headers
// (content type, the credential's header) and the encoded body with the
// recipient in its place (LINE "to" or "replyToken", Telegram "chat_id",
// Messenger "recipient" and "messaging_type", WeChat "touser", Viber
// "receiver", Twilio's form field "To", the X path segment, ...).
//
// It is driven only by the data each channel declares next to its
// capability table (channels.Capabilities.Endpoints): no channel-name switch
// anywhere. It is pure: nothing is sent, and no credential is stored or
// logged; New builds a Request (a plain descriptor), Request.HTTP the
// *http.Request to hand to an http.Client.
//
//	res, _ := render.Render(v, line.New())
//	reqs, _ := send.Requests(line.New(), res.Payloads, send.To(userID), send.Credentials{"token": token})
//	for _, r := range reqs {
//		hr, _ := r.HTTP(ctx)
//		resp, err := http.DefaultClient.Do(hr)
//		...
//	}
//
// A credential or account value the caller does not give stays a visible
// placeholder ("{token}") in the URL and headers, so a request can be shown
// (chanrender render -http) without secrets.
package send

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/chanrender/chanrender/channels"
)

// Target is who receives the payloads: a recipient id (a user, chat or
// phone number, as the platform names it) or, where the platform has one, a
// reply token that answers an inbound event (LINE: the cheaper path when
// answering a webhook).
type Target struct {
	// To is the recipient id.
	To string
	// ReplyToken, when set, answers an inbound event instead; the
	// channel's reply endpoint is used.
	ReplyToken string
}

// To returns the Target of a recipient id.
func To(id string) Target { return Target{To: id} }

// ReplyToken returns the Target that answers with a reply token.
func ReplyToken(token string) Target { return Target{ReplyToken: token} }

// Credentials are the caller's values for the placeholders of a channel's
// endpoints: "token", "page-id", "account-sid", "auth-token", "from", ...
// Each channel's package documentation lists the names its endpoints use.
type Credentials map[string]string

// Request is one HTTP request, as data: what Request.HTTP sends.
type Request struct {
	// Method is the HTTP method.
	Method string `json:"method"`
	// URL is the full URL.
	URL string `json:"url"`
	// Header holds the content type and the credential's header.
	Header http.Header `json:"header"`
	// Body is the exact request body.
	Body string `json:"body"`
}

// HTTP returns the request as an *http.Request for ctx, ready for an
// http.Client (nothing is sent).
func (r Request) HTTP(ctx context.Context) (*http.Request, error) {
	hr, err := http.NewRequestWithContext(ctx, r.Method, r.URL, strings.NewReader(r.Body))
	if err != nil {
		return nil, fmt.Errorf("send: %w", err)
	}
	hr.Header = r.Header.Clone()
	return hr, nil
}

// Requests returns the requests of every payload of one render for ch, in
// order, each to the same target.
func Requests(ch channels.Channel, payloads []channels.Payload, to Target, creds Credentials) ([]Request, error) {
	out := make([]Request, 0, len(payloads))
	for i, p := range payloads {
		r, err := New(ch, p, to, creds)
		if err != nil {
			return nil, fmt.Errorf("payload %d: %w", i, err)
		}
		out = append(out, r)
	}
	return out, nil
}

// New returns the request that sends payload p of channel ch to the
// target, with the caller's credentials.
func New(ch channels.Channel, p channels.Payload, to Target, creds Credentials) (Request, error) {
	if err := channels.Check(ch); err != nil {
		return Request{}, fmt.Errorf("send: %w", err)
	}
	caps := ch.Capabilities()
	if err := caps.ValidateEndpoints(); err != nil {
		return Request{}, fmt.Errorf("send: %s: %w", caps.Name, err)
	}
	reply := to.ReplyToken != ""
	if !reply && to.To == "" {
		return Request{}, errors.New("send: no recipient: give Target.To or Target.ReplyToken")
	}
	e, err := caps.Endpoint(p.Method, reply)
	if err != nil {
		return Request{}, fmt.Errorf("send: %w", err)
	}
	recipient := to.To
	if reply {
		recipient = to.ReplyToken
	}
	fill := func(tmpl string, escape bool) string { return fill(tmpl, creds, recipient, escape) }

	members, err := bodyMembers(p.Body)
	if err != nil {
		return Request{}, fmt.Errorf("send: %s %s: %w", caps.Name, p.Method, err)
	}
	var head []member
	if e.Recipient != "" {
		head = append(head, nested(e.Recipient, recipient))
	}
	for _, f := range e.Fields {
		head = append(head, nested(f.Name, fill(f.Value, false)))
	}
	var body string
	switch e.Encoding {
	case channels.JSON:
		body, err = joinJSON(head, members)
	case channels.Form:
		body, err = form(head, members, e.FormNames)
	default:
		err = fmt.Errorf("unknown encoding %v", e.Encoding)
	}
	if err != nil {
		return Request{}, fmt.Errorf("send: %s %s: %w", caps.Name, p.Method, err)
	}
	h := http.Header{}
	h.Set("Content-Type", e.Encoding.String())
	if e.AuthHeader != "" {
		h.Set(e.AuthHeader, fill(e.AuthValue, false))
	}
	if b := e.BasicAuth; b != nil {
		user, pass := fill(b[0], false), fill(b[1], false)
		if strings.Contains(user+pass, "{") {
			// A placeholder left: shown as such, not base64-encoded.
			h.Set("Authorization", "Basic "+user+":"+pass)
		} else {
			h.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(user+":"+pass)))
		}
	}
	return Request{Method: e.HTTPMethod, URL: fill(e.URL, true), Header: h, Body: body}, nil
}

// fill replaces {name} with creds[name] and {recipient} with recipient;
// names without a value stay as written. In a URL (escape) the values are
// path-escaped, so an id cannot add a path segment or a query.
func fill(tmpl string, creds Credentials, recipient string, escape bool) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		j := strings.IndexByte(tmpl[max(i, 0):], '}')
		if i < 0 || j < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		j += i
		name := tmpl[i+1 : j]
		v, ok := creds[name]
		if name == "recipient" {
			v, ok = recipient, true
		}
		b.WriteString(tmpl[:i])
		switch {
		case !ok:
			b.WriteString(tmpl[i : j+1])
		case escape:
			b.WriteString(url.PathEscape(v))
		default:
			b.WriteString(v)
		}
		tmpl = tmpl[j+1:]
	}
}

// member is one top-level member of a request body.
type member struct {
	name  string
	value json.RawMessage
}

// nested returns the member for a dotted path ("recipient.id") holding a
// string, a one-element array when the path ends in "[]".
func nested(path, value string) member {
	var v any = value
	if p, ok := strings.CutSuffix(path, "[]"); ok {
		path, v = p, []string{value}
	}
	parts := strings.Split(path, ".")
	for i := len(parts) - 1; i > 0; i-- {
		v = map[string]any{parts[i]: v}
	}
	raw, _ := json.Marshal(v) // strings, slices and maps of them
	return member{name: parts[0], value: raw}
}

// bodyMembers returns the top-level members of the payload body, in the
// order its JSON encoding has them. Every body is a JSON object.
func bodyMembers(body any) ([]member, error) {
	raw, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, fmt.Errorf("the body is not a JSON object: %s", raw)
	}
	var out []member
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, err
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, err
		}
		out = append(out, member{name: t.(string), value: v})
	}
	return out, nil
}

// joinJSON writes the endpoint's members, then the payload's, as one JSON
// object. A member the payload has itself is the payload's (a passthrough
// body that already says "messaging_type", or even its recipient, is sent
// as given), except that when both are objects the endpoint's members are
// merged into the payload's where it lacks them: X's v1.1 recipient goes in
// event.message_create.target beside the payload's message_data.
func joinJSON(head, body []member) (string, error) {
	own := map[string]int{}
	for i, m := range body {
		own[m.name] = i
	}
	body = slices.Clone(body)
	var b bytes.Buffer
	b.WriteByte('{')
	write := func(m member) {
		if b.Len() > 1 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(m.name)
		b.Write(k)
		b.WriteByte(':')
		b.Write(m.value)
	}
	for _, m := range head {
		i, mine := own[m.name]
		if !mine {
			write(m)
			continue
		}
		merged, err := mergeObjects(body[i].value, m.value)
		if err != nil {
			return "", err
		}
		body[i].value = merged
	}
	for _, m := range body {
		write(m)
	}
	b.WriteByte('}')
	return b.String(), nil
}

// mergeObjects returns dst with the members of src it lacks, recursively
// where both hold an object; dst is returned as it is when either is not
// an object. Member order is dst's, then src's additions.
func mergeObjects(dst, src json.RawMessage) (json.RawMessage, error) {
	if !isObject(dst) || !isObject(src) {
		return dst, nil
	}
	dm, err := bodyMembers(dst)
	if err != nil {
		return nil, err
	}
	sm, err := bodyMembers(src)
	if err != nil {
		return nil, err
	}
	out, err := joinJSON(sm, dm)
	return json.RawMessage(out), err
}

func isObject(raw json.RawMessage) bool {
	t := bytes.TrimLeft(raw, " \t\r\n")
	return len(t) > 0 && t[0] == '{'
}

// form writes the members as form fields, the payload's renamed by names:
// a string is one field, an array of strings a repeated one; absent and
// null members are left out.
func form(head, body []member, names map[string]string) (string, error) {
	vals := url.Values{}
	var order []string
	add := func(k string, m member) error {
		var s string
		var list []string
		switch {
		case string(m.value) == "null":
			return nil
		case json.Unmarshal(m.value, &s) == nil:
			list = []string{s}
		case json.Unmarshal(m.value, &list) == nil:
		default:
			return fmt.Errorf("form field %q is neither a string nor a list of strings", k)
		}
		if _, ok := vals[k]; !ok {
			order = append(order, k)
		}
		vals[k] = append(vals[k], list...)
		return nil
	}
	for _, m := range head {
		if err := add(m.name, m); err != nil {
			return "", err
		}
	}
	for _, m := range body {
		k := m.name
		if n, ok := names[k]; ok {
			k = n
		}
		if err := add(k, m); err != nil {
			return "", err
		}
	}
	// url.Values.Encode sorts by key; keep the endpoint's order instead
	// (recipient and sender first), which reads like the API's examples.
	var b strings.Builder
	for _, k := range order {
		for _, v := range vals[k] {
			if b.Len() > 0 {
				b.WriteByte('&')
			}
			b.WriteString(url.QueryEscape(k))
			b.WriteByte('=')
			b.WriteString(url.QueryEscape(v))
		}
	}
	return b.String(), nil
}
