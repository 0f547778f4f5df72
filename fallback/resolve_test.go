package fallback

import (
	"testing"

	"github.com/chanrender/chanrender/schema"
	"github.com/google/go-cmp/cmp"
)

// pathOf is what the Resolve tests compare: the path, and the texts of the
// chosen action and item (nil pointers as "").
type pathOf struct {
	Path, Action, Item string
	OK                 bool
}

func summarize(c Choice, ok bool) pathOf {
	p := pathOf{Path: c.Path, OK: ok}
	if c.Action != nil {
		p.Action = string(c.Action.Type) + ":" + c.Action.Text
	}
	if c.Item != nil {
		p.Item = c.Item.Title
	}
	return p
}

func TestResolve(t *testing.T) {
	const repliesAndLocation = `{"text":"Where and what?","role":"appMaker","type":"text","actions":[
		{"type":"reply","text":"Tacos","payload":"TACOS"},
		{"type":"locationRequest","text":"Send Location"},
		{"type":"reply","text":"Burritos","payload":"BURRITOS"}]}`
	const links = `{"text":"Links","role":"appMaker","type":"text","actions":[
		{"type":"link","text":"Put vinegar","uri":"http://example.com"},
		{"type":"postback","text":"Send vinegar","payload":"buy_vinegar"},
		{"type":"buy","text":"Buy vinegar","amount":1000},
		{"type":"webview","text":"Straße","uri":"https://s.example"}]}`
	const listWithReplies = `{"role":"appMaker","type":"list","items":[
		{"title":"Tacos","actions":[{"type":"postback","text":"Select","payload":"T"},{"type":"link","text":"Tacos","uri":"http://t.example"}]},
		{"title":"Ramen","actions":[{"type":"link","text":"Menu","uri":"http://r.example"},{"type":"buy","text":"Bowl","amount":900}]}],
		"actions":[
			{"type":"reply","text":"Neither","payload":"NONE"},
			{"type":"buy","text":"Gift card","amount":2500,"uri":"https://pay.example"},
			{"type":"reply","text":"Both","payload":"BOTH"}]}`
	const duplicates = `{"text":"Sure?","role":"appMaker","type":"text","actions":[
		{"type":"reply","text":"Yes","payload":"Y1"},
		{"type":"reply","text":"yes ","payload":"Y2"},
		{"type":"reply","text":"No","payload":"N"}]}`
	const numericLabels = `{"text":"How many?","role":"appMaker","type":"text","actions":[
		{"type":"reply","text":"5","payload":"FIVE"},
		{"type":"reply","text":"1","payload":"ONE"}]}`

	tests := []struct {
		name, body, answer string
		want               pathOf
	}{
		{"number", seedReplies, "2", pathOf{"actions[1]", "reply:Burritos", "", true}},
		{"number with spaces and dot", seedReplies, " 1. ", pathOf{"actions[0]", "reply:Tacos", "", true}},
		{"full-width number", seedReplies, "２", pathOf{"actions[1]", "reply:Burritos", "", true}},
		{"label with spaces", seedReplies, " burritos ", pathOf{"actions[1]", "reply:Burritos", "", true}},
		{"label upper case", seedReplies, "BURRITOS", pathOf{"actions[1]", "reply:Burritos", "", true}},
		{"label full-width", seedReplies, "ＴＡＣＯＳ", pathOf{"actions[0]", "reply:Tacos", "", true}},
		{"zero", seedReplies, "0", pathOf{}},
		{"out of range", seedReplies, "3", pathOf{}},
		{"negative", seedReplies, "-1", pathOf{}},
		{"huge number", seedReplies, "99999999999999999999999", pathOf{}},
		{"empty", seedReplies, "", pathOf{}},
		{"blank", seedReplies, " \t\n", pathOf{}},
		{"no match", seedReplies, "pizza", pathOf{}},
		{"prefix is not a match", seedReplies, "Burr", pathOf{}},
		{"nil message", "", "1", pathOf{}},
		{"replies numbered among replies only", repliesAndLocation, "2", pathOf{"actions[2]", "reply:Burritos", "", true}},
		{"locationRequest label is not shown", repliesAndLocation, "Send Location", pathOf{}},
		{"link label", links, "put   VINEGAR", pathOf{"actions[0]", "link:Put vinegar", "", true}},
		{"buy label without uri in a text message", links, "buy vinegar", pathOf{"actions[2]", "buy:Buy vinegar", "", true}},
		{"full case folding", links, "STRASSE", pathOf{"actions[3]", "webview:Straße", "", true}},
		{"postback is not shown", links, "Send vinegar", pathOf{}},
		{"links are not numbered", links, "1", pathOf{}},
		{"carousel number", seedCarousel, "1", pathOf{"items[0]", "postback:Select", "Tacos", true}},
		{"carousel title", seedCarousel, "ramen", pathOf{"items[1]", "postback:Select", "Ramen", true}},
		{"carousel ambiguous link label", seedCarousel, "More info", pathOf{}},
		{"carousel postback label is not shown", seedCarousel, "Select", pathOf{}},
		{"carousel out of range", seedCarousel, "3", pathOf{}},
		{"list item link", seedList, "burritooo!", pathOf{"items[1].actions[1]", "link:Burritooo!", "Burritos", true}},
		{"list message-level postback is not shown", seedList, "More Choices!", pathOf{}},
		{"list item", seedList, "2", pathOf{"items[1]", "postback:Burritooo!", "Burritos", true}},
		{"item title outranks a link label", listWithReplies, "tacos", pathOf{"items[0]", "postback:Select", "Tacos", true}},
		{"item without postback", listWithReplies, "Ramen", pathOf{"items[1]", "", "Ramen", true}},
		{"item buy without uri is not shown", listWithReplies, "Bowl", pathOf{}},
		{"message-level buy with uri", listWithReplies, "gift card", pathOf{"actions[1]", "buy:Gift card", "", true}},
		{"replies numbered after items", listWithReplies, "3", pathOf{"actions[0]", "reply:Neither", "", true}},
		{"second reply after items", listWithReplies, "4", pathOf{"actions[2]", "reply:Both", "", true}},
		{"reply label in a list", listWithReplies, "neither", pathOf{"actions[0]", "reply:Neither", "", true}},
		{"ambiguous replies", duplicates, "YES", pathOf{}},
		{"duplicates still resolve by number", duplicates, "2", pathOf{"actions[1]", "reply:yes ", "", true}},
		{"number wins over a numeric label", numericLabels, "1", pathOf{"actions[0]", "reply:5", "", true}},
		{"out-of-range number tried as a label", numericLabels, "5", pathOf{"actions[0]", "reply:5", "", true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m *schema.Message
			if tt.body != "" {
				m = decode(t, tt.body)
			}
			got := summarize(Resolve(m, tt.answer))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Resolve(%q) mismatch (-want +got):\n%s", tt.answer, diff)
			}
		})
	}
}

// TestResolvePointsIntoMessage checks that a Choice aliases the message it
// was resolved against, and leaves it unchanged.
func TestResolvePointsIntoMessage(t *testing.T) {
	m := decode(t, seedCarousel)
	before := decode(t, seedCarousel)
	c, ok := Resolve(m, "2")
	if !ok {
		t.Fatal("Resolve(2) = false")
	}
	if c.Item != &m.Items[1] || c.Action != &m.Items[1].Actions[0] {
		t.Errorf("choice does not point into the message: %+v", c)
	}
	if diff := cmp.Diff(before, m); diff != "" {
		t.Errorf("input mutated: mismatch (-want +got):\n%s", diff)
	}
}

// TestResolveRoundTrip answers every numbered line Render shows with its
// number and with its label.
func TestResolveRoundTrip(t *testing.T) {
	m := decode(t, seedReplies)
	for i, a := range m.Actions {
		for _, answer := range []string{string(rune('1' + i)), a.Text} {
			c, ok := Resolve(m, answer)
			if !ok || c.Action != &m.Actions[i] {
				t.Errorf("Resolve(%q) = %+v, %v; want actions[%d]", answer, c, ok, i)
			}
		}
	}
}

// FuzzResolve checks that Resolve never panics on any answer and that what it
// returns is consistent: a path and something chosen.
func FuzzResolve(f *testing.F) {
	for _, s := range []string{"2", " burritos ", "TACOS", "0", "3", "", "-1", "2.", "２", "ß", "\xff", "99999999999999999999"} {
		f.Add(s)
	}
	replies := decode(f, seedReplies)
	list := decode(f, seedList)
	carousel := decode(f, seedCarousel)
	f.Fuzz(func(t *testing.T, answer string) {
		for _, m := range []*schema.Message{replies, list, carousel} {
			c, ok := Resolve(m, answer)
			if !ok {
				if diff := cmp.Diff(Choice{}, c); diff != "" {
					t.Fatalf("false with a choice: mismatch (-want +got):\n%s", diff)
				}
				continue
			}
			if c.Path == "" || (c.Action == nil && c.Item == nil) {
				t.Fatalf("Resolve(%q) = %+v: incomplete choice", answer, c)
			}
			again, _ := Resolve(m, answer)
			if diff := cmp.Diff(c, again); diff != "" {
				t.Fatalf("not deterministic: mismatch (-want +got):\n%s", diff)
			}
		}
	})
}
