package messenger_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/messenger"
)

// intendedDifferences are the keys removed from peer bodies before the
// comparison (testdata/peers/SOURCES.md, "Intended differences").
func intendedDifferences() []string {
	return []string{"recipient", "messaging_type", "tag", "item_url", "sharable"}
}

// TestPeerPayloads renders, for each peer payload in testdata/peers, the
// canonical message that asks for the same thing, and compares our body
// with the peer's: first the set of JSON key paths (the structure), then
// the values.
func TestPeerPayloads(t *testing.T) {
	tests := []struct {
		file  string
		ch    channels.Channel
		input string
	}{{
		file: "node-app-sendQuickReply.json", ch: messenger.New(),
		input: `{"role":"appMaker","type":"text","text":"What's your favorite movie genre?","actions":[
			{"type":"reply","text":"Action","payload":"DEVELOPER_DEFINED_PAYLOAD_FOR_PICKING_ACTION"},
			{"type":"reply","text":"Comedy","payload":"DEVELOPER_DEFINED_PAYLOAD_FOR_PICKING_COMEDY"},
			{"type":"reply","text":"Drama","payload":"DEVELOPER_DEFINED_PAYLOAD_FOR_PICKING_DRAMA"}]}`,
	}, {
		file: "ma-messenger-sendMessage-should-attach-quick-replies-to-message.json", ch: messenger.New(),
		input: `{"role":"appMaker","type":"text","text":"Hello!","actions":[
			{"type":"reply","text":"Search","payload":"<POSTBACK_PAYLOAD>","iconUrl":"http://example.com/img/red.png"}]}`,
	}, {
		file: "node-app-sendButtonMessage.json", ch: messenger.New(),
		input: `{"role":"appMaker","type":"text","text":"This is test text","actions":[
			{"type":"link","text":"Open Web URL","uri":"https://www.oculus.com/en-us/rift/"},
			{"type":"postback","text":"Trigger Postback","payload":"DEVELOPER_DEFINED_PAYLOAD"},
			{"type":"link","text":"Call Phone Number","uri":"tel:+16505551234"}]}`,
	}, {
		file: "ma-messenger-sendButtonTemplate-should-call-messages-api-with-button-template.json", ch: messenger.New(),
		input: `{"role":"appMaker","type":"text","text":"title","actions":[
			{"type":"postback","text":"Start Chatting","payload":"USER_DEFINED_PAYLOAD"}]}`,
	}, {
		file: "fbm-test_templates-test_button_template_with_multiple_buttons.json", ch: messenger.New(),
		input: `{"role":"appMaker","type":"text","text":"Button template","actions":[
			{"type":"link","text":"Web button","uri":"http://facebook.com"},
			{"type":"postback","text":"Postback button","payload":"payload"}]}`,
	}, {
		file: "postman-SendAPI-Generic-Template.json", ch: messenger.New(),
		input: `{"role":"appMaker","type":"carousel","items":[{"title":"Welcome!",
			"mediaUrl":"https://raw.githubusercontent.com/fbsamples/original-coast-clothing-ig/refs/heads/main/public/logo.png",
			"description":"We have the right hat for everyone.","actions":[
			{"type":"link","text":"Open","uri":"https://www.originalcoastclothing.com/","default":true,
			 "extraChannelOptions":{"messenger":{"webview_height_ratio":"tall"}}},
			{"type":"link","text":"View Website","uri":"https://www.originalcoastclothing.com/"},
			{"type":"postback","text":"Start Chatting","payload":"DEVELOPER_DEFINED_PAYLOAD"}]}]}`,
	}, {
		file: "ma-messenger-sendGenericTemplate-can-use-square-generic-template.json", ch: messenger.New(),
		input: `{"role":"appMaker","type":"carousel","displaySettings":{"imageAspectRatio":"square"},"items":[{
			"title":"Welcome to Peter's Hats","mediaUrl":"https://petersfancybrownhats.com/company_image.png",
			"description":"We've got the right hat for everyone.","actions":[
			{"type":"link","text":"View","uri":"https://peterssendreceiveapp.ngrok.io/view?item=103","default":true,
			 "extraChannelOptions":{"messenger":{"messenger_extensions":true,"webview_height_ratio":"tall","fallback_url":"https://peterssendreceiveapp.ngrok.io/"}}},
			{"type":"postback","text":"Start Chatting","payload":"DEVELOPER_DEFINED_PAYLOAD"}]}]}`,
	}, {
		file: "fbm-test_templates-test_generic_template.json", ch: messenger.New(),
		input: `{"role":"appMaker","type":"carousel","displaySettings":{"imageAspectRatio":"square"},"items":[
			{"title":"Element","mediaUrl":"http://facebook.com/image.jpg","description":"Subtitle","actions":[{"type":"link","text":"Web button","uri":"http://facebook.com"}]},
			{"title":"Element","mediaUrl":"http://facebook.com/image.jpg","description":"Subtitle","actions":[{"type":"link","text":"Web button","uri":"http://facebook.com"}]}]}`,
	}, {
		file: "ma-messenger-sendImage-can-call-api-with-image-url.json", ch: messenger.New(),
		input: `{"role":"appMaker","type":"image","mediaUrl":"https://example.com/pic.png"}`,
	}, {
		file: "ma-messenger-sendFile-can-call-api-with-file-url.json", ch: messenger.New(),
		input: `{"role":"appMaker","type":"file","mediaUrl":"https://example.com/word.docx"}`,
	}, {
		file: "fbm-test_templates-test_list_template.json", ch: messenger.Legacy(),
		input: `{"role":"appMaker","type":"list","items":[
			{"title":"Element","mediaUrl":"http://facebook.com/image.jpg","description":"Subtitle","actions":[{"type":"link","text":"Web button","uri":"http://facebook.com"}]},
			{"title":"Element","mediaUrl":"http://facebook.com/image.jpg","description":"Subtitle","actions":[{"type":"link","text":"Web button","uri":"http://facebook.com"}]}],
			"actions":[{"type":"link","text":"Web button","uri":"http://facebook.com"}]}`,
	}, {
		file: "ma-messenger-2019-sendMessage-should-attatch-quick-replies-to-message.json", ch: messenger.Legacy(),
		input: `{"role":"appMaker","type":"text","text":"Hello!","actions":[
			{"type":"reply","text":"Search","payload":"<POSTBACK_PAYLOAD>","iconUrl":"http://example.com/img/red.png"},
			{"type":"locationRequest","text":"Send location"}]}`,
	}}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			peer := loadPeer(t, tt.file)
			res, bodies := renderJSON(t, tt.ch, []byte(tt.input))
			if len(bodies) != 1 {
				t.Fatalf("%d payloads, want 1", len(bodies))
			}
			if len(res.Report) != 0 {
				t.Errorf("unexpected report: %v", res.Report)
			}
			got := any(bodies[0])
			if diff := cmp.Diff(keyPaths(peer), keyPaths(got)); diff != "" {
				t.Errorf("key paths mismatch (-peer +ours):\n%s", diff)
			}
			if diff := cmp.Diff(peer, got); diff != "" {
				t.Errorf("values mismatch (-peer +ours):\n%s", diff)
			}
		})
	}
}

// loadPeer reads a peer body as a request minus the intended differences;
// fbmessenger's files are message objects, wrapped here in "message".
func loadPeer(t *testing.T, name string) any {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "peers", name))
	if err != nil {
		t.Fatal(err)
	}
	var body map[string]any
	if err := json.Unmarshal(data, &body); err != nil {
		t.Fatal(err)
	}
	if _, ok := body["message"]; !ok {
		body = map[string]any{"message": body}
	}
	var strip func(v any)
	strip = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			for _, k := range intendedDifferences() {
				delete(x, k)
			}
			for _, c := range x {
				strip(c)
			}
		case []any:
			for _, c := range x {
				strip(c)
			}
		}
	}
	strip(body)
	return body
}

// keyPaths lists the key paths of a JSON value, array indices written "*":
// "message.attachment.payload.elements.*.buttons.*.type".
func keyPaths(v any) []string {
	set := map[string]bool{}
	var walk func(v any, p string)
	walk = func(v any, p string) {
		switch x := v.(type) {
		case map[string]any:
			for k, c := range x {
				set[join(p, k)] = true
				walk(c, join(p, k))
			}
		case []any:
			for _, c := range x {
				walk(c, join(p, "*"))
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
