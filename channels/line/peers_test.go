package line_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// keyPaths collects the JSON key paths of v ("messages.*.template.type",
// arrays as "*") with the JSON type at each path.
func keyPaths(v any, prefix string, out map[string]string) {
	join := func(k string) string {
		if prefix == "" {
			return k
		}
		return prefix + "." + k
	}
	switch x := v.(type) {
	case map[string]any:
		if prefix != "" {
			out[prefix] = "object"
		}
		for k, e := range x {
			keyPaths(e, join(k), out)
		}
	case []any:
		out[prefix] = "array"
		for _, e := range x {
			keyPaths(e, join("*"), out)
		}
	case string:
		out[prefix] = "string"
	case float64:
		out[prefix] = "number"
	case bool:
		out[prefix] = "boolean"
	case nil:
		out[prefix] = "null"
	}
}

// only lists the paths of a that b lacks, sorted.
func only(a, b map[string]string) []string {
	out := []string{}
	for k := range a {
		if _, ok := b[k]; !ok {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// TestPeerShapes compares the structure of our payloads with payloads from
// line/line-bot-sdk-go's tests (testdata/peers, see SOURCES.md) where they
// overlap: text with quick replies, buttons template, carousel template,
// image, location. For each, a canonical message of the same content is
// rendered, and the sets of key paths are compared: every path both have
// must hold the same JSON type, and the paths only one side has must be
// exactly the documented differences:
//
//   - the peers' request bodies carry "to" (the caller adds it to ours);
//   - quick replies: the peer uses message, camera and uri actions; ours
//     are postback actions (data, displayText) per docs/RENDERING.md §3;
//   - buttons: the peer also shows a thumbnail, a title and postback
//     options (displayText, text, inputOption, fillInText) this package
//     never sets (see the package documentation on images with buttons
//     and on postbacks);
//   - carousel: the peer (a template object, compared under
//     messages.*.template) also sets imageBackgroundColor and imageSize,
//     which canonical messages cannot express.
func TestPeerShapes(t *testing.T) {
	tests := []struct {
		peer string
		// under is the path the peer file sits at in a push body: "" for a
		// request body, "messages.*.template" for a template object.
		under    string
		in       string
		ourOnly  []string
		peerOnly []string
	}{
		{
			peer: "lgo-send-TestPushMessages-A-text-message-with-quick-replies.json",
			in: `{"role":"appMaker","type":"text","text":"Select your favorite food category or send me your location!","actions":[
				{"type":"reply","text":"Sushi","payload":"SUSHI","iconUrl":"https://example.com/sushi.png"},
				{"type":"reply","text":"Tempura","payload":"TEMPURA","iconUrl":"https://example.com/tempura.png"},
				{"type":"locationRequest","text":"Send location"}]}`,
			ourOnly: []string{
				"messages.*.quickReply.items.*.action.data",
				"messages.*.quickReply.items.*.action.displayText",
			},
			peerOnly: []string{
				"messages.*.quickReply.items.*.action.text",
				"messages.*.quickReply.items.*.action.uri",
				"to",
			},
		},
		{
			peer: "lgo-send-TestPushMessages-A-buttons-template-message.json",
			in: `{"role":"appMaker","type":"text","text":"Please select","actions":[
				{"type":"postback","text":"Buy","payload":"action=buy&itemid=123"},
				{"type":"link","text":"View detail","uri":"https://example.com/page/123"}]}`,
			peerOnly: []string{
				"messages.*.template.actions.*.displayText",
				"messages.*.template.actions.*.fillInText",
				"messages.*.template.actions.*.inputOption",
				"messages.*.template.actions.*.text",
				"messages.*.template.thumbnailImageUrl",
				"messages.*.template.title",
				"to",
			},
		},
		{
			peer:  "lgo-template_test-TestUnmarshalTemplateJSON-2-carousel.json",
			under: "messages.*.template",
			in: `{"role":"appMaker","type":"carousel","displaySettings":{"imageAspectRatio":"horizontal"},"items":[
				{"title":"this is menu","description":"description","mediaUrl":"https://example.com/bot/images/item1.jpg","actions":[
					{"type":"link","text":"View detail","uri":"http://example.com/page/123","default":true},
					{"type":"postback","text":"Buy","payload":"action=buy&itemid=111"},
					{"type":"link","text":"View detail","uri":"http://example.com/page/111"}]},
				{"title":"this is menu","description":"description","mediaUrl":"https://example.com/bot/images/item2.jpg","actions":[
					{"type":"link","text":"View detail","uri":"http://example.com/page/222","default":true},
					{"type":"postback","text":"Buy","payload":"action=buy&itemid=222"},
					{"type":"link","text":"View detail","uri":"http://example.com/page/222"}]}]}`,
			peerOnly: []string{
				"messages.*.template.columns.*.imageBackgroundColor",
				"messages.*.template.imageSize",
			},
		},
		{
			peer: "lgo-send-TestPushMessages-A-image-message.json",
			in:   `{"role":"appMaker","type":"image","mediaUrl":"https://example.com/original.jpg"}`,
			peerOnly: []string{
				"to",
			},
		},
		{
			peer: "lgo-send-TestPushMessages-A-location-message.json",
			in:   `{"role":"appMaker","type":"location","coordinates":{"lat":35.65910807942215,"long":139.70372892916203},"location":{"name":"title","address":"address"}}`,
			peerOnly: []string{
				"to",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.peer, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "peers", tc.peer))
			if err != nil {
				t.Fatal(err)
			}
			var peerDoc any
			if err := json.Unmarshal(data, &peerDoc); err != nil {
				t.Fatal(err)
			}
			peer := map[string]string{}
			keyPaths(peerDoc, tc.under, peer)
			if tc.under != "" {
				peer[tc.under] = "object"
			}

			res := renderJSON(t, tc.in)
			if len(res.Report) != 0 {
				t.Errorf("the peer-like message was degraded: %v", res.Report)
			}
			ours := map[string]string{}
			for _, b := range bodies(t, res) {
				keyPaths(b, "", ours)
			}
			if tc.under != "" {
				// Compare only what the peer covers.
				for k := range ours {
					if k != tc.under && !hasPrefix(k, tc.under+".") {
						delete(ours, k)
					}
				}
			}
			for k, typ := range ours {
				if pt, ok := peer[k]; ok && pt != typ {
					t.Errorf("%s: ours is %s, the peer's %s", k, typ, pt)
				}
			}
			if diff := cmp.Diff(nilIfEmpty(tc.ourOnly), nilIfEmpty(only(ours, peer))); diff != "" {
				t.Errorf("paths only we have (-documented +got):\n%s", diff)
			}
			if diff := cmp.Diff(nilIfEmpty(tc.peerOnly), nilIfEmpty(only(peer, ours))); diff != "" {
				t.Errorf("paths only the peer has (-documented +got):\n%s", diff)
			}
		})
	}
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}
