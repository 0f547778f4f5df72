package messenger_test

import (
	"encoding/json"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/messenger"
	"github.com/chanrender/chanrender/corpus"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

// entry is a report entry without its wording.
type entry struct {
	Code channels.Code
	Path string
}

// renderJSON decodes data, renders it for ch and returns the result with
// every payload body as generic JSON.
func renderJSON(t *testing.T, ch channels.Channel, data []byte) (render.Result, []map[string]any) {
	t.Helper()
	m, err := schema.Decode(data)
	if err != nil {
		t.Fatalf("decode: %v", err)
	}
	res, err := render.Render(m, ch, render.WithAppName("ACME"))
	if err != nil {
		t.Fatalf("render: %v", err)
	}
	bodies := make([]map[string]any, len(res.Payloads))
	for i, p := range res.Payloads {
		if p.Method != messenger.Method {
			t.Errorf("payload %d: method %q, want %q", i, p.Method, messenger.Method)
		}
		raw, err := json.Marshal(p.Body)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(raw, &bodies[i]); err != nil {
			t.Fatal(err)
		}
	}
	return res, bodies
}

func corpusFile(t *testing.T, name string) []byte {
	t.Helper()
	data, err := fs.ReadFile(corpus.Messages(), name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func entries(r channels.Report) []entry {
	out := make([]entry, len(r))
	for i, d := range r {
		out[i] = entry{d.Code, d.Path}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Path != out[j].Path {
			return out[i].Path < out[j].Path
		}
		return out[i].Code < out[j].Code
	})
	return out
}

// get walks a decoded JSON body along a dotted path of keys and indices.
func get(v any, path string) any {
	for _, k := range strings.Split(path, ".") {
		switch x := v.(type) {
		case map[string]any:
			v = x[k]
		case []any:
			i, err := strconv.Atoi(k)
			if err != nil || i < 0 || i >= len(x) {
				return nil
			}
			v = x[i]
		default:
			return nil
		}
	}
	return v
}

func count(v any) int {
	a, _ := v.([]any)
	return len(a)
}

// TestReports asserts the report entries (code and input path) the
// contract (docs/RENDERING.md §3 Messenger) calls for. The expected entries are
// written from the contract and the input, not copied from output.
func TestReports(t *testing.T) {
	tests := []struct {
		name string
		ch   channels.Channel
		file string
		want []entry
	}{{
		// 14 reply actions, 13 quick replies: the 14th is truncated; the
		// 6th's label (19 letters and an emoji) is cut to 20 units.
		name: "quick replies over 13", ch: messenger.New(), file: "messenger-replies-14.json",
		want: []entry{{channels.Truncated, "actions[13]"}, {channels.Truncated, "actions[5].text"}},
	}, {
		// Smooch documented 11.
		name: "quick replies over 11 (legacy)", ch: messenger.Legacy(), file: "messenger-replies-14.json",
		want: []entry{
			{channels.Truncated, "actions[11]"}, {channels.Truncated, "actions[12]"},
			{channels.Truncated, "actions[13]"}, {channels.Truncated, "actions[5].text"},
		},
	}, {
		// A button template takes 3 buttons: the 4th (buy) is truncated.
		name: "buttons over 3", ch: messenger.New(), file: "messenger-buttons-4.json",
		want: []entry{{channels.Truncated, "actions[3]"}},
	}, {
		// Share buttons are gone: every share is dropped, and the third
		// item, left with its title alone, cannot be an element.
		name: "share dropped", ch: messenger.New(), file: "messenger-carousel-share.json",
		want: []entry{
			{channels.Dropped, "items[0].actions[0]"}, {channels.Dropped, "items[1].actions[1]"},
			{channels.Dropped, "items[2]"}, {channels.Dropped, "items[2].actions[0]"},
		},
	}, {
		name: "share kept (legacy)", ch: messenger.Legacy(), file: "messenger-carousel-share.json",
		want: []entry{},
	}, {
		// Legacy list template: one button per element, one global
		// button; 5 items make two templates.
		name: "list item actions truncated (legacy)", ch: messenger.Legacy(), file: "messenger-list-5.json",
		want: []entry{
			{channels.Truncated, "actions[1]"},
			{channels.Split, "items"},
			{channels.Truncated, "items[0].actions[1]"}, {channels.Truncated, "items[1].actions[1]"},
			{channels.Truncated, "items[2].actions[1]"}, {channels.Truncated, "items[3].actions[1]"},
			{channels.Truncated, "items[4].actions[1]"},
		},
	}, {
		// Default profile: the list is a carousel, 3 buttons per element
		// and message-level buttons in a button template: nothing lost.
		name: "list converted", ch: messenger.New(), file: "messenger-list-5.json",
		want: []entry{{channels.Converted, "type"}},
	}, {
		name: "single-item list (legacy)", ch: messenger.Legacy(), file: "messenger-list-1.json",
		want: []entry{{channels.Converted, "type"}},
	}, {
		name: "location request fallback", ch: messenger.New(), file: "spec-location-request.json",
		want: []entry{{channels.FellBack, "actions[0]"}},
	}, {
		name: "location request native (legacy)", ch: messenger.Legacy(), file: "spec-location-request.json",
		want: []entry{},
	}, {
		name: "text split", ch: messenger.New(), file: "messenger-text-2001.json",
		want: []entry{{channels.Split, "text"}},
	}, {
		// tel:555-0142 is not an international number; mailto has no
		// button.
		name: "call buttons", ch: messenger.New(), file: "messenger-tel-links.json",
		want: []entry{{channels.Dropped, "actions[1]"}},
	}, {
		name: "call buttons in items", ch: messenger.New(), file: "messenger-tel-carousel.json",
		want: []entry{{channels.Dropped, "items[1]"}, {channels.Dropped, "items[1].actions[0]"}},
	}, {
		// messenger_extensions on an http URL, fallback_url without
		// messenger_extensions true.
		name: "webview options", ch: messenger.New(), file: "messenger-webview-options.json",
		want: []entry{
			{channels.Dropped, "actions[1].extraChannelOptions.messenger.fallback_url"},
			{channels.Dropped, "actions[1].extraChannelOptions.messenger.messenger_extensions"},
			{channels.Dropped, "actions[2].extraChannelOptions.messenger.fallback_url"},
		},
	}, {
		// 81-unit title and subtitle, 21-unit label; the family pack's
		// buy label is cut to keep its price.
		name: "titles over 80", ch: messenger.New(), file: "messenger-titles-81.json",
		want: []entry{
			{channels.Truncated, "items[0].actions[0].text"}, {channels.Truncated, "items[0].description"},
			{channels.Truncated, "items[0].title"}, {channels.Truncated, "items[1].actions[0].text"},
			{channels.Truncated, "items[1].title"},
		},
	}, {
		name: "buy without uri", ch: messenger.New(), file: "spec-buy.json",
		want: []entry{{channels.Dropped, "actions[0]"}},
	}, {
		name: "title-only carousel", ch: messenger.New(), file: "spec-share-js.json",
		want: []entry{{channels.Dropped, "items[0].actions[0]"}, {channels.FellBack, "items"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, _ := renderJSON(t, tt.ch, corpusFile(t, tt.file))
			want := append([]entry{}, tt.want...)
			sort.Slice(want, func(i, j int) bool {
				if want[i].Path != want[j].Path {
					return want[i].Path < want[j].Path
				}
				return want[i].Code < want[j].Code
			})
			if diff := cmp.Diff(want, entries(res.Report)); diff != "" {
				t.Errorf("report mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestShapes checks the payloads the contract describes, beyond the report.
func TestShapes(t *testing.T) {
	t.Run("quick replies on the last part of a split text", func(t *testing.T) {
		_, bodies := renderJSON(t, messenger.New(), corpusFile(t, "messenger-text-2001.json"))
		if len(bodies) != 2 {
			t.Fatalf("%d payloads, want 2", len(bodies))
		}
		if qr := get(bodies[0], "message.quick_replies"); qr != nil {
			t.Errorf("first part has quick replies: %v", qr)
		}
		if n := count(get(bodies[1], "message.quick_replies")); n != 2 {
			t.Errorf("last part has %d quick replies, want 2", n)
		}
	})
	t.Run("13 quick replies", func(t *testing.T) {
		_, bodies := renderJSON(t, messenger.New(), corpusFile(t, "messenger-replies-14.json"))
		if n := count(get(bodies[0], "message.quick_replies")); n != 13 {
			t.Errorf("%d quick replies, want 13", n)
		}
		if got := get(bodies[0], "message.quick_replies.0.image_url"); got != "https://cdn.example.com/icons/tacos.png" {
			t.Errorf("image_url = %v, want the reply's iconUrl", got)
		}
	})
	t.Run("location quick reply (legacy)", func(t *testing.T) {
		_, bodies := renderJSON(t, messenger.Legacy(), corpusFile(t, "spec-location-request.json"))
		want := map[string]any{"message": map[string]any{
			"text":          "Where are you?",
			"quick_replies": []any{map[string]any{"content_type": "location"}},
		}}
		if diff := cmp.Diff(want, bodies[0]); diff != "" {
			t.Errorf("mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("location request sentence", func(t *testing.T) {
		_, bodies := renderJSON(t, messenger.New(), corpusFile(t, "spec-location-request.json"))
		if got, want := get(bodies[0], "message.text"), "Where are you?\n\nACME has requested a location"; got != want {
			t.Errorf("text = %q, want %q", got, want)
		}
	})
	t.Run("call button payload", func(t *testing.T) {
		_, bodies := renderJSON(t, messenger.New(), corpusFile(t, "messenger-tel-links.json"))
		b := get(bodies[0], "message.attachment.payload.buttons.0")
		want := map[string]any{"type": "phone_number", "title": "Call the store", "payload": "+15145550199"}
		if diff := cmp.Diff(want, b); diff != "" {
			t.Errorf("mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("legacy list templates", func(t *testing.T) {
		_, bodies := renderJSON(t, messenger.Legacy(), corpusFile(t, "messenger-list-10.json"))
		var sizes []int
		for i, b := range bodies {
			p := get(b, "message.attachment.payload")
			if get(p, "template_type") != "list" {
				t.Fatalf("payload %d is not a list template", i)
			}
			for j := range count(get(p, "elements")) {
				if n := count(get(p, "elements."+itoa(j)+".buttons")); n > 1 {
					t.Errorf("payload %d element %d has %d buttons, want at most 1", i, j, n)
				}
			}
			sizes = append(sizes, count(get(p, "elements")))
			gb := count(get(p, "buttons"))
			if last := i == len(bodies)-1; (gb == 1) != last {
				t.Errorf("payload %d: %d global buttons; the global button goes on the last template only", i, gb)
			}
		}
		if diff := cmp.Diff([]int{4, 3, 3}, sizes); diff != "" {
			t.Errorf("elements per template mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("file types", func(t *testing.T) {
		for file, want := range map[string]string{
			"messenger-file-video.json": "video", "messenger-file-audio.json": "audio",
			"own-file-docx.json": "file", "telegram-file-gif.json": "image", "postman-image.json": "image",
		} {
			_, bodies := renderJSON(t, messenger.New(), corpusFile(t, file))
			if got := get(bodies[0], "message.attachment.type"); got != want {
				t.Errorf("%s: attachment type %v, want %s", file, got, want)
			}
		}
	})
	t.Run("image then text", func(t *testing.T) {
		_, bodies := renderJSON(t, messenger.New(), corpusFile(t, "postman-image.json"))
		if len(bodies) != 2 || get(bodies[1], "message.text") != "This is the jacket that we currently have in stock." {
			t.Errorf("want the image, then its text as its own message; got %v", bodies)
		}
	})
	t.Run("typing", func(t *testing.T) {
		for typ, want := range map[schema.ActivityType]messenger.SenderAction{schema.TypingStart: messenger.TypingOn, schema.TypingStop: messenger.TypingOff} {
			res, err := render.Activity(&schema.Activity{Role: schema.RoleAppMaker, Type: typ}, messenger.New())
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([]channels.Payload{{Method: messenger.Method, Body: &messenger.SenderActionRequest{SenderAction: want}}}, res.Payloads); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", typ, diff)
			}
		}
	})
}

// TestNoDeprecatedFeatures renders the whole corpus with the default
// profile: no list template, share button, location quick reply or
// payment button may appear (docs/CHANNEL-LIMITS.md §3; the derived schema
// rejects them), and every generic element has something besides its title.
func TestNoDeprecatedFeatures(t *testing.T) {
	names, err := fs.Glob(corpus.Messages(), "*.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		if strings.HasPrefix(name, "typing-") {
			continue
		}
		_, bodies := renderJSON(t, messenger.New(), corpusFile(t, name))
		for i, b := range bodies {
			walk(b, "", func(path string, v any) {
				switch {
				case strings.HasSuffix(path, "template_type") && v == "list":
					t.Errorf("%s payload %d: list template at %s", name, i, path)
				case strings.HasSuffix(path, ".type") && (v == "element_share" || v == "payment"):
					t.Errorf("%s payload %d: %s button at %s", name, i, v, path)
				case strings.HasSuffix(path, "content_type") && v != "text":
					t.Errorf("%s payload %d: %s quick reply at %s", name, i, v, path)
				}
			})
			for j := range count(get(b, "message.attachment.payload.elements")) {
				el, _ := get(b, "message.attachment.payload.elements."+itoa(j)).(map[string]any)
				if len(el) < 2 {
					t.Errorf("%s payload %d: element %d has its title alone: %v", name, i, j, el)
				}
			}
		}
	}
}

// walk calls f on every scalar of v with its dotted path.
func walk(v any, path string, f func(string, any)) {
	switch x := v.(type) {
	case map[string]any:
		for k, c := range x {
			walk(c, join(path, k), f)
		}
	case []any:
		for i, c := range x {
			walk(c, join(path, itoa(i)), f)
		}
	default:
		f(path, v)
	}
}

func join(path, k string) string {
	if path == "" {
		return k
	}
	return path + "." + k
}

func itoa(i int) string { return strconv.Itoa(i) }
