package send_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/all"
	"github.com/chanrender/chanrender/channels/channeltest"
	"github.com/chanrender/chanrender/channels/line"
	"github.com/chanrender/chanrender/channels/twitter"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/send"
)

// creds are test credentials for every placeholder the shipped endpoints
// use.
var creds = send.Credentials{
	"token": "T0KEN", "page-id": "PAGE1", "account-sid": "AC123", "auth-token": "SECRET",
	"from": "+15550001", "originator": "ACME", "domain": "mg.example.com", "subject": "Hello",
	"sender-name": "ACME", "phone-number-id": "PN1", "ig-user-id": "IG1",
}

// platform is what one platform's API takes, written from its reference
// independently of the channel's endpoint table, so that a wrong table
// fails here: the path, the content type, where the recipient is, the
// credential's header, the fields the API requires.
type platform struct {
	host string
	path func(method string) string
	form bool
	// recipient returns the recipient as the request carries it.
	recipient func(r *http.Request, body map[string]any) string
	auth      func(r *http.Request) bool
	required  []string // body members (or form fields) the API requires
	// own lists the members the request adds around the payload body;
	// nested, the dotted paths it adds inside the payload's own objects.
	own, nested []string
}

func jsonField(name string) func(*http.Request, map[string]any) string {
	return func(_ *http.Request, b map[string]any) string { s, _ := b[name].(string); return s }
}

func bearer(r *http.Request) bool { return r.Header.Get("Authorization") == "Bearer T0KEN" }

func platforms() map[string]platform {
	messenger := platform{
		host: "graph.facebook.com", path: func(string) string { return "/v25.0/PAGE1/messages" },
		recipient: func(_ *http.Request, b map[string]any) string {
			r, _ := b["recipient"].(map[string]any)
			s, _ := r["id"].(string)
			return s
		},
		auth: bearer, required: []string{"messaging_type"}, own: []string{"recipient", "messaging_type"},
	}
	sdk := platform{
		host: "api.smooch.io",
		path: func(m string) string {
			if m == "activity" {
				return "/v1/appusers/USER42/conversation/activity"
			}
			return "/v1/appusers/USER42/messages"
		},
		recipient: func(r *http.Request, _ map[string]any) string { return strings.Split(r.URL.Path, "/")[3] },
		auth:      bearer,
	}
	messagebird := platform{
		host: "rest.messagebird.com",
		path: func(m string) string {
			if m == "mms" {
				return "/mms"
			}
			return "/messages"
		},
		recipient: func(_ *http.Request, b map[string]any) string {
			rs, _ := b["recipients"].([]any)
			if len(rs) != 1 {
				return ""
			}
			s, _ := rs[0].(string)
			return s
		},
		auth:     func(r *http.Request) bool { return r.Header.Get("Authorization") == "AccessKey T0KEN" },
		required: []string{"originator"}, own: []string{"recipients", "originator"},
	}
	// Instagram API with Instagram Login: POST graph.instagram.com
	// /{IG_ID}/messages, recipient.id the IGSID, the Instagram User token
	// as a bearer token (Meta's Instagram messaging pages, "Host URL").
	instagram := platform{
		host: "graph.instagram.com", path: func(string) string { return "/v25.0/IG1/messages" },
		recipient: messenger.recipient, auth: bearer, own: []string{"recipient"},
	}
	return map[string]platform{
		"messenger": messenger, "messenger-legacy": messenger, "instagram": instagram,
		"line": {
			host: "api.line.me",
			path: func(m string) string {
				if m == "chat/loading/start" {
					return "/v2/bot/chat/loading/start"
				}
				return "/v2/bot/message/push"
			},
			recipient: func(r *http.Request, b map[string]any) string {
				if strings.HasSuffix(r.URL.Path, "/loading/start") {
					return jsonField("chatId")(r, b)
				}
				return jsonField("to")(r, b)
			},
			auth: bearer, own: []string{"to", "chatId"},
		},
		"telegram": {
			host: "api.telegram.org", path: func(m string) string { return "/botT0KEN/" + m },
			recipient: jsonField("chat_id"), auth: func(*http.Request) bool { return true }, own: []string{"chat_id"},
		},
		"web": sdk, "ios": sdk, "android": sdk,
		"twilio": {
			host: "api.twilio.com", path: func(string) string { return "/2010-04-01/Accounts/AC123/Messages.json" }, form: true,
			recipient: jsonField("To"),
			auth: func(r *http.Request) bool {
				u, p, ok := r.BasicAuth()
				return ok && u == "AC123" && p == "SECRET"
			},
			required: []string{"From", "Body"}, own: []string{"To", "From"},
		},
		"messagebird": messagebird,
		"email": {
			host: "api.mailgun.net", path: func(string) string { return "/v3/mg.example.com/messages" }, form: true,
			recipient: jsonField("to"),
			auth: func(r *http.Request) bool {
				u, p, ok := r.BasicAuth()
				return ok && u == "api" && p == "T0KEN"
			},
			// Mailgun's messages API: from, to, subject, and text or html;
			// chanrender sends both parts.
			required: []string{"from", "subject", "text", "html"}, own: []string{"to", "from"},
		},
		// WeChat Official Account customer service calls (Service_Center_messages,
		// https://developers.weixin.qq.com/doc/offiaccount/en/Message_Management/Service_Center_messages.html;
		// typing, https://developers.weixin.qq.com/doc/subscription/en/api/customer/message/api_typing.html):
		// POST /cgi-bin/message/custom/send with msgtype, or
		// /cgi-bin/message/custom/typing with command Typing or CancelTyping;
		// access_token in the query, the user's OpenID in "touser". The
		// required member depends on the call, so recipient checks it.
		"wechat": {
			host: "api.weixin.qq.com",
			path: func(m string) string {
				if m == "typing" {
					return "/cgi-bin/message/custom/typing"
				}
				return "/cgi-bin/message/custom/send"
			},
			recipient: func(r *http.Request, b map[string]any) string {
				if strings.HasSuffix(r.URL.Path, "/typing") {
					if c, _ := b["command"].(string); c != "Typing" && c != "CancelTyping" {
						return "command " + c + " is not Typing or CancelTyping"
					}
				} else if t, _ := b["msgtype"].(string); t == "" || b[t] == nil {
					return "no msgtype, or no object of that type"
				}
				s, _ := b["touser"].(string)
				return s
			},
			auth:     func(r *http.Request) bool { return r.URL.Query().Get("access_token") == "T0KEN" },
			required: []string{"touser"}, own: []string{"touser"},
		},
		// Viber REST Bot API send_message
		// (https://creators.viber.com/docs/bots-api/data-models/message):
		// receiver, sender (name required) and type are required; text
		// only on a text or picture message (a url, location or rich_media
		// message has none).
		"viber": {
			host: "chatapi.viber.com", path: func(string) string { return "/pa/send_message" },
			recipient: jsonField("receiver"),
			auth:      func(r *http.Request) bool { return r.Header.Get("X-Viber-Auth-Token") == "T0KEN" },
			required:  []string{"sender", "type"}, own: []string{"receiver", "sender"},
		},
		// WhatsApp Cloud API (Meta's OpenAPI business-messaging-api_v23.0:
		// POST /{Version}/{Phone-Number-ID}/messages on graph.facebook.com,
		// bearerAuth, messaging_product required; the recipient's number is
		// "to"). A typing indicator is a status call on the same path.
		"whatsapp": {
			host: "graph.facebook.com", path: func(string) string { return "/v23.0/PN1/messages" },
			recipient: jsonField("to"), auth: bearer,
			required: []string{"messaging_product"}, own: []string{"to"},
		},
		"twitter-v1": {
			host: "api.twitter.com", path: func(string) string { return "/1.1/direct_messages/events/new.json" },
			recipient: func(_ *http.Request, b map[string]any) string {
				e, _ := b["event"].(map[string]any)
				mc, _ := e["message_create"].(map[string]any)
				tg, _ := mc["target"].(map[string]any)
				s, _ := tg["recipient_id"].(string)
				return s
			},
			auth: bearer, required: []string{"event"}, nested: []string{"event.message_create.target"},
		},
		"twitter": {
			host: "api.x.com", path: func(string) string { return "/2/dm_conversations/with/USER42/messages" },
			recipient: func(r *http.Request, _ map[string]any) string { return strings.Split(r.URL.Path, "/")[4] },
			auth:      bearer, required: []string{"text"},
		},
	}
}

// server is one platform's test server: it checks every request it gets
// and records what is wrong.
type server struct {
	t       *testing.T
	p       platform
	want    []channels.Payload // the payloads, in order, the requests stand for
	got     int
	problem []string
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	bad := func(format string, args ...any) {
		s.problem = append(s.problem, r.URL.Path+": "+strings.TrimSpace(fmtSprintf(format, args...)))
	}
	defer func() { s.got++ }()
	if s.got >= len(s.want) {
		bad("more requests than payloads")
		return
	}
	p := s.want[s.got]
	if r.Method != http.MethodPost {
		bad("method %s", r.Method)
	}
	if want := s.p.path(p.Method); r.URL.Path != want {
		bad("path %s, want %s", r.URL.Path, want)
	}
	raw, _ := io.ReadAll(r.Body)
	body := map[string]any{}
	if s.p.form {
		if ct := r.Header.Get("Content-Type"); ct != "application/x-www-form-urlencoded" {
			bad("content type %q", ct)
		}
		vals, err := url.ParseQuery(string(raw))
		if err != nil {
			bad("form: %v", err)
		}
		for k, v := range vals {
			if len(v) == 1 {
				body[k] = v[0]
			} else {
				list := make([]any, len(v))
				for i := range v {
					list[i] = v[i]
				}
				body[k] = list
			}
		}
	} else {
		if ct := r.Header.Get("Content-Type"); ct != "application/json" {
			bad("content type %q", ct)
		}
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.UseNumber()
		if err := dec.Decode(&body); err != nil {
			bad("body is not a JSON object: %v: %s", err, raw)
		}
	}
	if got := s.p.recipient(r, body); got != "USER42" {
		bad("recipient %q, want USER42 (%s)", got, raw)
	}
	if !s.p.auth(r) {
		bad("credential missing or misplaced: %v", r.Header)
	}
	for _, k := range s.p.required {
		if _, ok := body[k]; !ok {
			bad("the API requires %q: %s", k, raw)
		}
	}
	if !s.p.form {
		// The rest of the body is the payload exactly, and decodes into
		// the payload's own wire type with no unknown field.
		var payload map[string]any
		_ = json.Unmarshal([]byte(canonical(s.t, p.Body)), &payload)
		for _, k := range s.p.own {
			if _, mine := payload[k]; !mine {
				delete(body, k)
			}
		}
		for _, path := range s.p.nested {
			parts := strings.Split(path, ".")
			obj := body
			for _, k := range parts[:len(parts)-1] {
				obj, _ = obj[k].(map[string]any)
			}
			if obj != nil {
				delete(obj, parts[len(parts)-1])
			}
		}
		if p.Method == "mms" && body["mediaUrls"] == nil {
			bad("an MMS without mediaUrls")
		}
		if p.Method == "sms" && body["body"] == nil {
			bad("an SMS without body")
		}
		rest, _ := json.Marshal(body)
		want := canonical(s.t, p.Body)
		if diff := cmp.Diff(want, string(rest)); diff != "" {
			bad("body is not the payload plus the recipient (-payload +request):\n%s", diff)
		}
		strictDecode(s.t, rest, p.Body, bad)
	}
	w.WriteHeader(http.StatusOK)
}

func fmtSprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

// canonical is v's JSON as a generic value written back (sorted keys).
func canonical(t *testing.T, v any) string {
	raw, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var g any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&g); err != nil {
		t.Fatal(err)
	}
	out, _ := json.Marshal(g)
	return string(out)
}

// strictDecode decodes raw into a new value of body's type, refusing
// unknown fields, when that type can be decoded (wire types holding
// interfaces cannot: the canonical comparison covers them).
func strictDecode(t *testing.T, raw []byte, body any, bad func(string, ...any)) {
	typ := reflect.TypeOf(body)
	if typ == nil || typ == reflect.TypeOf(json.RawMessage(nil)) {
		return
	}
	if typ.Kind() == reflect.Pointer {
		typ = typ.Elem()
	}
	v := reflect.New(typ).Interface()
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil && !strings.Contains(err.Error(), "cannot unmarshal") && !strings.Contains(err.Error(), "interface") {
		bad("does not decode into %v: %v", typ, err)
	}
}

// rewrite sends every request to the test server, keeping its path and
// query, after checking the host the request was built for.
type rewrite struct {
	host   string
	target *url.URL
	t      *testing.T
}

func (rw rewrite) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.URL.Host != rw.host || r.URL.Scheme != "https" {
		rw.t.Errorf("request to %s://%s, want https://%s", r.URL.Scheme, r.URL.Host, rw.host)
	}
	r2 := r.Clone(r.Context())
	r2.URL.Scheme, r2.URL.Host = rw.target.Scheme, rw.target.Host
	r2.Host = rw.target.Host
	return http.DefaultTransport.RoundTrip(r2)
}

// Every corpus message, rendered on every shipped channel, becomes requests
// its platform's test server accepts.
func TestRequestsAcceptedByTestServers(t *testing.T) {
	ps := platforms()
	files := channeltest.Corpus(t)
	for _, ch := range all.Channels() {
		t.Run(ch.Name(), func(t *testing.T) {
			p, ok := ps[ch.Name()]
			if !ok {
				t.Fatalf("no test server for %s", ch.Name())
			}
			if err := ch.Capabilities().ValidateEndpoints(); err != nil {
				t.Fatal(err)
			}
			srv := &server{t: t, p: p}
			ts := httptest.NewServer(srv)
			defer ts.Close()
			target, _ := url.Parse(ts.URL)
			client := &http.Client{Transport: rewrite{host: p.host, target: target, t: t}}
			n := 0
			for _, f := range files {
				var res render.Result
				var err error
				if f.Input.Activity != nil {
					res, err = render.Activity(f.Input.Activity, ch)
				} else {
					res, err = render.Render(f.Input.Message, ch)
				}
				if err != nil {
					t.Fatalf("%s: %v", f.Name, err)
				}
				reqs, err := send.Requests(ch, res.Payloads, send.To("USER42"), creds)
				if err != nil {
					t.Fatalf("%s: %v", f.Name, err)
				}
				srv.want, srv.got = res.Payloads, 0
				for _, r := range reqs {
					hr, err := r.HTTP(context.Background())
					if err != nil {
						t.Fatal(err)
					}
					resp, err := client.Do(hr)
					if err != nil {
						t.Fatal(err)
					}
					if err := resp.Body.Close(); err != nil {
						t.Fatal(err)
					}
					n++
				}
				for _, pr := range srv.problem {
					t.Errorf("%s: %s", f.Name, pr)
				}
				srv.problem = nil
			}
			if n < len(files)/2 {
				t.Errorf("only %d requests for %d corpus files", n, len(files))
			}
		})
	}
}

// LINE answers a webhook event through the reply endpoint with its token.
func TestLINEReply(t *testing.T) {
	ch := line.New()
	r, err := send.New(ch, channels.Payload{Method: "push", Body: map[string]any{"messages": []any{}}}, send.ReplyToken("RT1"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if r.URL != "https://api.line.me/v2/bot/message/reply" || !strings.HasPrefix(r.Body, `{"replyToken":"RT1",`) {
		t.Errorf("reply request = %s %s", r.URL, r.Body)
	}
	if got := r.Header.Get("Authorization"); got != "Bearer {token}" {
		t.Errorf("without credentials the header keeps its placeholder, got %q", got)
	}
	// A recipient id cannot add a path segment or a query to a URL.
	x := twitter.New()
	r, err = send.New(x, channels.Payload{Method: "dm", Body: map[string]any{"text": "hi"}}, send.To("../1?x=y"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if r.URL != "https://api.x.com/2/dm_conversations/with/..%2F1%3Fx=y/messages" {
		t.Errorf("URL %s", r.URL)
	}
	if _, err := send.New(ch, channels.Payload{Method: "nope", Body: map[string]any{}}, send.To("U"), nil); err == nil {
		t.Error("unknown method: no error")
	}
	if _, err := send.New(ch, channels.Payload{Method: "push", Body: map[string]any{}}, send.Target{}, nil); err == nil {
		t.Error("no recipient: no error")
	}
}

// A recipient at a nested path is merged into the payload's own object
// (X v1.1: event.message_create.target.recipient_id beside message_data).
func TestNestedRecipientMerged(t *testing.T) {
	caps := twitter.New().Capabilities()
	caps.Endpoints = []channels.Endpoint{{
		Method: "m", HTTPMethod: "POST", URL: "https://api.example.com/send",
		Recipient: "event.message_create.target.recipient_id",
	}}
	ch := fakeChannel{Channel: twitter.New(), caps: caps}
	body := map[string]any{"event": map[string]any{"type": "message_create", "message_create": map[string]any{"message_data": map[string]any{"text": "hi"}}}}
	r, err := send.New(ch, channels.Payload{Method: "m", Body: body}, send.To("U1"), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"event":{"message_create":{"target":{"recipient_id":"U1"},"message_data":{"text":"hi"}},"type":"message_create"}}`
	if r.Body != want {
		t.Errorf("body\n%s\nwant\n%s", r.Body, want)
	}
}

// fakeChannel is a shipped channel with another endpoint table.
type fakeChannel struct {
	channels.Channel
	caps channels.Capabilities
}

func (f fakeChannel) Capabilities() channels.Capabilities { return f.caps }
