package telegram_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/channeltest"
	"github.com/chanrender/chanrender/channels/telegram"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

// limit is callback_data's: 1 to 64 bytes (Bot API InlineKeyboardButton).
var limit = channels.Limit{Max: 64, Unit: channels.Bytes}

// checkCallbacks renders in and checks every callback_data it carries: 1 to
// 64 bytes of valid UTF-8, resolving through ResolveCallback to a postback
// payload of in, sent as is when it fits and as its token otherwise, and no
// two distinct payloads sharing one callback_data. It returns how many
// callback buttons there were.
func checkCallbacks(t *testing.T, in *schema.Valid) int {
	t.Helper()
	res, err := render.Render(in, telegram.New(), render.WithAppName("ACME"))
	if err != nil {
		t.Fatalf("render: %v", err)
	}
	owner := map[string]string{}
	datas := callbackData(t, res.Payloads)
	for _, d := range datas {
		if n := len(d); n < 1 || n > 64 {
			t.Errorf("callback_data %q is %d bytes, want 1 to 64", d, n)
		}
		if !utf8.ValidString(d) {
			t.Errorf("callback_data %q is not valid UTF-8", d)
		}
		p, ok := telegram.ResolveCallback(in.Message(), d)
		if !ok {
			t.Errorf("ResolveCallback(%q): no match", d)
			continue
		}
		if limit.Fits(p) && d != p {
			// Only a payload equal to another's token goes as its own
			// token, reported, and listed in Result.Tokens.
			if d != channels.Token(p, limit) || res.Tokens[d] != p || !res.Report.Has(channels.Shortened, shortenedPath(in.Message(), p)) {
				t.Errorf("payload %q fits in 64 bytes but was sent as %q", p, d)
			}
		}
		if !limit.Fits(p) {
			if want := channels.Token(p, limit); d != want {
				t.Errorf("payload %q sent as %q, want its token %q", p, d, want)
			}
			if !res.Report.Has(channels.Shortened, shortenedPath(in.Message(), p)) {
				t.Errorf("payload %q shortened without a Shortened entry at %s", p, shortenedPath(in.Message(), p))
			}
		}
		if prev, dup := owner[d]; dup && prev != p {
			t.Errorf("payloads %q and %q share callback_data %q", prev, p, d)
		}
		owner[d] = p
	}
	return len(datas)
}

// shortenedPath is the input path of the first postback with payload p.
func shortenedPath(m *schema.Message, p string) string {
	for j, a := range m.Actions {
		if a.Type == schema.ActionPostback && a.Payload == p {
			return fmt.Sprintf("actions[%d].payload", j)
		}
	}
	for i, it := range m.Items {
		for j, a := range it.Actions {
			if a.Type == schema.ActionPostback && a.Payload == p {
				return fmt.Sprintf("items[%d].actions[%d].payload", i, j)
			}
		}
	}
	return "?"
}

func TestCallbackDataCorpus(t *testing.T) {
	total, shortened := 0, 0
	for _, f := range channeltest.Corpus(t) {
		if f.Input.Message == nil {
			continue
		}
		t.Run(f.Name, func(t *testing.T) {
			total += checkCallbacks(t, f.Input.Message)
			for _, a := range postbacks(f.Input.Message.Message()) {
				if !limit.Fits(a.Payload) {
					shortened++
				}
			}
		})
	}
	// The corpus presses on the limit: at least the 65-byte, 88-byte and
	// shared-prefix cases (telegram-callback-*.json).
	if total == 0 || shortened < 4 {
		t.Errorf("corpus has %d callback buttons and %d payloads over 64 bytes; want some of each", total, shortened)
	}
}

func postbacks(m *schema.Message) []schema.Action {
	var out []schema.Action
	for _, a := range m.Actions {
		if a.Type == schema.ActionPostback {
			out = append(out, a)
		}
	}
	for _, it := range m.Items {
		for _, a := range it.Actions {
			if a.Type == schema.ActionPostback {
				out = append(out, a)
			}
		}
	}
	return out
}

// adversarial returns payloads that press on the 64-byte limit: exactly 64
// and 65 bytes, long shared prefixes, multi-byte characters straddling the
// cut, emoji sequences, and payloads that look like tokens.
func adversarial() []string {
	p64 := strings.Repeat("a", 64)
	var out []string
	add := func(s ...string) { out = append(out, s...) }
	add(p64, p64+"b", p64+"c", p64+"bb", p64[:63]+"é", p64[:62]+"é", p64[:63]+"€")
	add(strings.Repeat("a", 63), strings.Repeat("a", 65), strings.Repeat("a", 1000))
	for i := 0; i < 20; i++ {
		add(fmt.Sprintf("%s%d", p64, i)) // 20 payloads sharing 64 bytes
	}
	add(strings.Repeat("😀", 16), strings.Repeat("😀", 17), strings.Repeat("😀", 22), strings.Repeat("😀", 22)+"!")
	add(strings.Repeat("👨‍👩‍👧‍👦", 3), strings.Repeat("👨‍👩‍👧‍👦", 4), strings.Repeat("🇫🇷", 9))
	add(strings.Repeat("e\u0301", 30), strings.Repeat("é", 32), strings.Repeat("é", 33))
	// A payload shaped like the token of another one.
	long := strings.Repeat("x", 80)
	add(long, channels.Token(long, limit)+"-not-it")
	add("~", "~~", strings.Repeat("~", 65))
	// Last: a payload that is the token of another one. It must not send
	// the same callback_data.
	add(channels.Token(long, limit))
	return out
}

func TestCallbackDataAdversarial(t *testing.T) {
	ps := adversarial()
	// Every payload once as a message-level postback (one message, so the
	// payloads are resolved against each other) and once in an item.
	m := &schema.Message{Role: schema.RoleAppMaker, Type: schema.TypeText, Text: "Pick one"}
	for i, p := range ps {
		m.Actions = append(m.Actions, schema.Action{Type: schema.ActionPostback, Text: fmt.Sprintf("Option %d", i), Payload: p})
	}
	if n := checkCallbacks(t, valid(t, m)); n != len(ps) {
		t.Errorf("%d callback buttons for %d postbacks", n, len(ps))
	}
	c := &schema.Message{Role: schema.RoleAppMaker, Type: schema.TypeCarousel}
	for i := 0; i < len(ps); i += 3 {
		it := schema.Item{Title: fmt.Sprintf("Item %d", i)}
		for j := i; j < i+3 && j < len(ps); j++ {
			it.Actions = append(it.Actions, schema.Action{Type: schema.ActionPostback, Text: "Go", Payload: ps[j]})
		}
		c.Items = append(c.Items, it)
		if len(c.Items) == schema.MaxItems {
			checkCallbacks(t, valid(t, c))
			c.Items = nil
		}
	}
	if len(c.Items) > 0 {
		checkCallbacks(t, valid(t, c))
	}
	// Distinct payloads never share a token, across messages too (the
	// payload written as another's token is kept apart within a message,
	// checked above).
	seen := map[string]string{}
	for _, p := range ps[:len(ps)-1] {
		tok := p
		if !limit.Fits(p) {
			tok = channels.Token(p, limit)
		}
		if prev, dup := seen[tok]; dup && prev != p {
			t.Errorf("%q and %q both become %q", prev, p, tok)
		}
		seen[tok] = p
	}
}

func TestCallbackBoundary(t *testing.T) {
	p64, p65 := strings.Repeat("a", 64), strings.Repeat("a", 65)
	m := decode(t, fmt.Sprintf(`{"role":"appMaker","type":"text","text":"Hi","actions":[
		{"type":"postback","text":"A","payload":%q},{"type":"postback","text":"B","payload":%q}]}`, p64, p65))
	got := callbackData(t, mustRender(t, m).Payloads)
	want := map[string]bool{p64: true, channels.Token(p65, limit): true}
	if len(got) != 2 || !want[got[0]] || !want[got[1]] || got[0] == got[1] {
		t.Errorf("callback_data = %q, want %q as is and the token of %q", got, p64, p65)
	}
}

func TestResolveCallbackMisses(t *testing.T) {
	m := decode(t, `{"role":"appMaker","type":"text","text":"Hi","actions":[
		{"type":"reply","text":"Yes","payload":"YES"},{"type":"reply","text":"No","payload":"NO"}]}`)
	for _, tc := range []struct {
		name string
		m    *schema.Message
		data string
	}{
		{"nil message", nil, "YES"},
		{"empty data", m.Message(), ""},
		{"reply payloads send no callback data", m.Message(), "YES"},
		{"unknown data", decode(t, `{"role":"appMaker","type":"text","text":"Hi","actions":[{"type":"postback","text":"Go","payload":"GO"}]}`).Message(), "STOP"},
		{"a prefix is not a token", decode(t, fmt.Sprintf(`{"role":"appMaker","type":"text","text":"Hi","actions":[{"type":"postback","text":"Go","payload":%q}]}`, strings.Repeat("z", 70))).Message(), strings.Repeat("z", 64)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if p, ok := telegram.ResolveCallback(tc.m, tc.data); ok {
				t.Errorf("ResolveCallback(%q) = %q, true; want no match", tc.data, p)
			}
		})
	}
}
