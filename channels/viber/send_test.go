package viber_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"

	"github.com/chanrender/chanrender/channels/channeltest"
	"github.com/chanrender/chanrender/channels/viber"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/send"
)

// TestRequestsAccepted sends every corpus render's requests to a test
// server that holds send_message as Viber's reference writes it
// (https://creators.viber.com/docs/bots-api/api-reference/send-message and
// the message data model), not as the endpoint table says: POST
// /pa/send_message on chatapi.viber.com, JSON, X-Viber-Auth-Token, the
// subscriber in "receiver", sender.name and type required, and the whole
// body within 30 KB (checked with the receiver in it, as sent).
func TestRequestsAccepted(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fail := func(msg string) { http.Error(w, msg, http.StatusBadRequest) }
		b, _ := io.ReadAll(r.Body)
		var body struct {
			Receiver string `json:"receiver"`
			Sender   struct {
				Name string `json:"name"`
			} `json:"sender"`
			Type string `json:"type"`
		}
		switch {
		case r.Method != http.MethodPost || r.URL.Path != "/pa/send_message":
			fail("not POST /pa/send_message")
		case r.Host != "chatapi.viber.com":
			fail("host " + r.Host)
		case r.Header.Get("X-Viber-Auth-Token") != "T0KEN":
			fail("no X-Viber-Auth-Token")
		case r.Header.Get("Content-Type") != "application/json":
			fail("content type " + r.Header.Get("Content-Type"))
		case len(b) > wireMessageBytes:
			fail("over 30 KB")
		case json.Unmarshal(b, &body) != nil:
			fail("not JSON")
		case body.Receiver != "USER42" || body.Sender.Name == "" || body.Type == "":
			fail("receiver, sender.name or type missing: " + string(b))
		default:
			if _, err := w.Write([]byte(`{"status":0,"status_message":"ok"}`)); err != nil {
				t.Error(err)
			}
		}
	}))
	defer srv.Close()
	base, _ := url.Parse(srv.URL)
	ch := viber.New()
	n := 0
	for _, f := range channeltest.Corpus(t) {
		if f.Input.Message == nil {
			continue
		}
		res, err := render.Render(f.Input.Message, ch, render.WithAppName(channeltest.AppName))
		if err != nil {
			t.Fatal(err)
		}
		reqs, err := send.Requests(ch, res.Payloads, send.To("USER42"), send.Credentials{"token": "T0KEN"})
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		for _, rq := range reqs {
			hr, err := rq.HTTP(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			hr.Host = hr.URL.Host
			hr.URL.Scheme, hr.URL.Host = base.Scheme, base.Host
			resp, err := srv.Client().Do(hr)
			if err != nil {
				t.Fatal(err)
			}
			msg, _ := io.ReadAll(resp.Body)
			if err := resp.Body.Close(); err != nil {
				t.Fatal(err)
			}
			if resp.StatusCode != http.StatusOK {
				t.Errorf("%s: %d %s", f.Name, resp.StatusCode, msg)
			}
			n++
		}
	}
	if n == 0 {
		t.Fatal("no request sent")
	}
}
