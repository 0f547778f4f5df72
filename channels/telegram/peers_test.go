package telegram_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// keyPaths lists every node of a decoded JSON value as a dotted path, with
// "[]" for any array index: {"a":[{"b":1}]} gives a, a[], a[].b.
func keyPaths(v any) []string {
	set := map[string]bool{}
	var walk func(v any, p string)
	walk = func(v any, p string) {
		if p != "" {
			set[p] = true
		}
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				q := k
				if p != "" {
					q = p + "." + k
				}
				walk(e, q)
			}
		case []any:
			for _, e := range x {
				walk(e, p+"[]")
			}
		}
	}
	walk(v, "")
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// minus returns the elements of a not in b.
func minus(a, b []string) []string {
	in := map[string]bool{}
	for _, s := range b {
		in[s] = true
	}
	out := []string{}
	for _, s := range a {
		if !in[s] {
			out = append(out, s)
		}
	}
	return out
}

// notOurs are the peer keys never compared: chat_id (the sender adds it),
// the parameters Bot API 10.1 no longer has (reply_to_message_id and
// disable_web_page_preview, replaced by reply_parameters and
// link_preview_options in Bot API 7.0), and telegraf's internal hide.
func notOurs() []string {
	return []string{"chat_id", "reply_to_message_id", "disable_web_page_preview", "hide"}
}

func toJSON(t *testing.T, v any) any {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out any
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestPeerShapes compares the structure of our payloads with peer
// libraries' expected payloads (testdata/peers, see SOURCES.md) where they
// cover the same construct. Values differ by design (the peers' test data);
// the set of key paths must match up to the differences listed per case.
func TestPeerShapes(t *testing.T) {
	tests := []struct {
		peer   string
		msg    string
		method string
		// part selects what of our body is compared: "" the whole body,
		// "markup" its reply_markup, "button" the first button of it.
		part string
		// onlyPeer and onlyOurs are the intended differences.
		onlyPeer, onlyOurs []string
	}{
		{
			peer:   "ma-telegram-sendMessage-should-send-text-message-to-user-with-snakecase-options.json",
			msg:    `{"role":"appMaker","type":"text","text":"hi"}`,
			method: "sendMessage",
			// Plain text, no parse_mode (RENDERING §3); notification
			// settings are the sender's, not the renderer's.
			onlyPeer: []string{"disable_notification", "parse_mode"},
		},
		{
			peer: "ma-telegram-sendMessage-should-send-text-message-to-user-with-ReplyKeyboardMarkup.json",
			msg: `{"role":"appMaker","type":"text","text":"hi","actions":[
				{"type":"reply","text":"text","payload":"P"},{"type":"locationRequest","text":"Where"}]}`,
			method: "sendMessage",
			// request_contact: no canonical action asks for a phone number
			// (and the peer's button sets two request_* fields, which the Bot
			// API forbids); selective targets group members, this channel
			// talks to one user.
			onlyPeer: []string{"disable_notification", "parse_mode", "reply_markup.keyboard[][].request_contact", "reply_markup.selective"},
		},
		{
			peer:     "ma-telegram-sendPhoto-should-send-photo-message-to-user-with-snakecase.json",
			msg:      `{"role":"appMaker","type":"image","text":"gooooooodPhoto","mediaUrl":"https://example.com/image.png"}`,
			method:   "sendPhoto",
			onlyPeer: []string{"disable_notification", "parse_mode"},
		},
		{
			peer:     "ma-telegram-sendDocument-should-send-document-message-to-user-with-snakecase.json",
			msg:      `{"role":"appMaker","type":"file","text":"gooooooodDocument","mediaUrl":"https://example.com/doc.gif"}`,
			method:   "sendDocument",
			onlyPeer: []string{"disable_notification", "parse_mode"},
		},
		{
			peer:   "ma-telegram-sendLocation-should-send-location-message-to-user-with-snakecase.json",
			msg:    `{"role":"appMaker","type":"location","coordinates":{"lat":30,"long":45}}`,
			method: "sendLocation",
			// A canonical location is never live.
			onlyPeer: []string{"disable_notification", "live_period"},
		},
		{
			peer:     "ma-telegram-sendVenue-should-send-venue-message-to-user-with-snakecase.json",
			msg:      `{"role":"appMaker","type":"location","coordinates":{"lat":30,"long":45},"location":{"name":"a_title","address":"an_address"}}`,
			method:   "sendVenue",
			onlyPeer: []string{"disable_notification"},
		},
		{
			// Same keys; the layout differs: the peer puts two buttons in
			// its first row, this channel one per row.
			peer: "ptb-test_inlinekeyboardmarkup-test_de_json.json",
			msg: `{"role":"appMaker","type":"text","text":"hi","actions":[
				{"type":"link","text":"start","uri":"http://google.com"},{"type":"postback","text":"next","payload":"abcd"},
				{"type":"postback","text":"Cancel","payload":"Cancel"}]}`,
			method: "sendMessage",
			part:   "markup",
		},
		{
			peer:   "telegraf-markup-should-generate-url-button-markup.json",
			msg:    `{"role":"appMaker","type":"text","text":"hi","actions":[{"type":"link","text":"foo","uri":"https://bar.tld"}]}`,
			method: "sendMessage",
			part:   "button",
		},
		{
			peer:   "telegraf-markup-should-generate-cb-button-markup.json",
			msg:    `{"role":"appMaker","type":"text","text":"hi","actions":[{"type":"postback","text":"foo","payload":"bar"}]}`,
			method: "sendMessage",
			part:   "button",
		},
		{
			peer:   "telegraf-markup-should-generate-location-request-button-markup.json",
			msg:    `{"role":"appMaker","type":"text","text":"hi","actions":[{"type":"locationRequest","text":"send location"}]}`,
			method: "sendMessage",
			part:   "button",
		},
		{
			peer: "telegraf-markup-should-generate-keyboard-markup.json",
			msg: `{"role":"appMaker","type":"text","text":"hi","actions":[
				{"type":"reply","text":"one","payload":"1"},{"type":"reply","text":"two","payload":"2"},{"type":"reply","text":"three","payload":"3"}]}`,
			method: "sendMessage",
			part:   "markup",
			// telegraf writes buttons in the Bot API's plain-string form;
			// this channel always sends KeyboardButton objects, and sets
			// resize_keyboard and one_time_keyboard (RENDERING §3).
			onlyOurs: []string{"keyboard[][].text", "one_time_keyboard", "resize_keyboard"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.peer, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "peers", tc.peer))
			if err != nil {
				t.Fatal(err)
			}
			var peer any
			if err := json.Unmarshal(data, &peer); err != nil {
				t.Fatal(err)
			}
			if obj, ok := peer.(map[string]any); ok {
				for _, k := range notOurs() {
					delete(obj, k)
				}
			}
			res := mustRender(t, decode(t, tc.msg))
			if len(res.Payloads) != 1 || res.Payloads[0].Method != tc.method {
				t.Fatalf("payloads %+v, want one %s", res.Payloads, tc.method)
			}
			ours := toJSON(t, res.Payloads[0].Body)
			switch tc.part {
			case "markup":
				ours = ours.(map[string]any)["reply_markup"]
			case "button":
				mk := ours.(map[string]any)["reply_markup"].(map[string]any)
				rows, ok := mk["inline_keyboard"].([]any)
				if !ok {
					rows = mk["keyboard"].([]any)
				}
				ours = rows[0].([]any)[0]
			}
			pk, ok := keyPaths(peer), keyPaths(ours)
			if diff := cmp.Diff(tc.onlyPeer, minus(pk, ok), cmp.Transformer("nil", nilToEmpty)); diff != "" {
				t.Errorf("keys only the peer has (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.onlyOurs, minus(ok, pk), cmp.Transformer("nil", nilToEmpty)); diff != "" {
				t.Errorf("keys only we have (-want +got):\n%s", diff)
			}
		})
	}
}

func nilToEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
