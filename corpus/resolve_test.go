package corpus_test

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/all"
	"github.com/chanrender/chanrender/channels/channeltest"
	"github.com/chanrender/chanrender/fallback"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

// sent is what a rendered message lets the user answer with, read from its
// payloads as the platform would deliver it.
type sent struct {
	data   []string // postback data, payloads, callback_data
	labels []string // keyboard buttons that send their label
	texts  []string // the texts the user reads
}

// collect walks a payload's JSON and records what can come back.
func collect(v any, s *sent) {
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			collect(e, s)
		}
	case map[string]any:
		str := func(k string) (string, bool) { x, ok := v[k].(string); return x, ok }
		if d, ok := str("callback_data"); ok {
			s.data = append(s.data, d)
		}
		typ, _ := str("type")
		if d, ok := str("data"); ok && typ == "postback" {
			s.data = append(s.data, d) // LINE postback action
		}
		if d, ok := str("payload"); ok {
			if ct, _ := str("content_type"); typ == "postback" || typ == "reply" || ct == "text" {
				s.data = append(s.data, d) // Messenger, the SDKs
			}
		}
		if d, ok := str("metadata"); ok {
			if _, label := str("label"); label {
				s.data = append(s.data, d) // X v1.1 quick reply options
			}
		}
		if at, _ := str("ActionType"); at == "reply" { // Viber keyboard and rich media buttons
			if d, ok := str("ActionBody"); ok {
				s.data = append(s.data, d)
			}
		}
		for _, k := range []string{"reply", "quick_reply"} { // WhatsApp reply and card buttons
			if r, ok := v[k].(map[string]any); ok {
				if d, ok := r["id"].(string); ok {
					s.data = append(s.data, d)
				}
			}
		}
		if rows, ok := v["rows"].([]any); ok { // WhatsApp list rows
			for _, r := range rows {
				if d, ok := r.(map[string]any)["id"].(string); ok {
					s.data = append(s.data, d)
				}
			}
		}
		if mm, ok := v["msgmenu"].(map[string]any); ok { // WeChat msgmenu ids (bizmsgmenuid)
			list, _ := mm["list"].([]any)
			for _, e := range list {
				if d, ok := e.(map[string]any)["id"].(string); ok {
					s.data = append(s.data, d)
				}
			}
		}
		if rows, ok := v["keyboard"].([]any); ok { // Telegram reply keyboard
			for _, row := range rows {
				for _, b := range row.([]any) {
					b := b.(map[string]any)
					if loc, _ := b["request_location"].(bool); !loc {
						s.labels = append(s.labels, b["text"].(string))
					}
				}
			}
		}
		for k, e := range v {
			if x, ok := e.(string); ok && (k == "text" || k == "body" || k == "content") {
				s.texts = append(s.texts, x)
			}
			collect(e, s)
		}
	}
}

// numberedLine is an option line of a text fallback: "3. Burritos".
var numberedLine = regexp.MustCompile(`^([0-9]+)\. ?(.*)$`)

// label returns what the user reads for a choice: the item's title for an
// item, else the action's label.
func label(c render.Choice) string {
	if !strings.Contains(c.Path, ".") && c.Item != nil {
		return c.Item.Title
	}
	if c.Action != nil {
		return c.Action.Text
	}
	return ""
}

// TestResolveCorpus renders every corpus message on every channel and holds
// the answers to it: every postback data, keyboard label and numbered
// option the payloads carry resolves, and to the action (or item) it was
// sent for; every postback and reply the channel let the user answer is
// reached by one; and unknown data and forged tokens resolve to nothing.
func TestResolveCorpus(t *testing.T) {
	opts := []render.Option{render.WithAppName(channeltest.AppName)}
	checked := map[string]int{}
	for _, f := range channeltest.Corpus(t) {
		v := f.Input.Message
		if v == nil {
			continue
		}
		m := v.Message()
		for _, ch := range all.Channels() {
			caps := ch.Capabilities()
			res, err := render.Render(v, ch, opts...)
			if err != nil {
				t.Fatalf("%s on %s: %v", f.Name, ch.Name(), err)
			}
			if len(res.Report) > 0 && res.Report[0].Code == channels.Overridden {
				continue // the passthrough payload: its answers are the author's
			}
			where := f.Name + " on " + ch.Name()
			b, err := json.Marshal(res.Payloads)
			if err != nil {
				t.Fatal(err)
			}
			var tree any
			if err := json.Unmarshal(b, &tree); err != nil {
				t.Fatal(err)
			}
			var s sent
			collect(tree, &s)
			reached := map[string]bool{}

			for _, d := range s.data {
				c, ok := render.ResolveData(v, ch, d, opts...)
				if !ok {
					t.Errorf("%s: data %q resolves to nothing", where, d)
					continue
				}
				want := d
				if p, ok := res.Tokens[d]; ok {
					want = p
				}
				if c.Action == nil || c.Action.Payload != want {
					t.Errorf("%s: data %q resolves to %s %+v, want the action with payload %q", where, d, c.Path, c.Action, want)
				}
				reached[c.Path] = true
				checked["data"]++
			}
			for _, l := range s.labels {
				c, ok := render.ResolveText(v, ch, l, opts...)
				if !ok {
					t.Errorf("%s: keyboard label %q resolves to nothing", where, l)
					continue
				}
				if fallback.Key(c.Action.Text) != fallback.Key(l) {
					t.Errorf("%s: keyboard label %q resolves to %s labelled %q", where, l, c.Path, c.Action.Text)
				}
				reached[c.Path] = true
				checked["label"]++
			}
			if caps.Actions.Replies.Rule(schema.ActionReply).Mode == channels.AsText || numberedByBuild(m, caps, res.Report) {
				// The numbered options of a text channel, or of a text
				// Build numbered (channels.Context.Numbered).
				for _, txt := range s.texts {
					for _, line := range strings.Split(txt, "\n") {
						g := numberedLine.FindStringSubmatch(line)
						if g == nil {
							continue
						}
						c, ok := render.ResolveText(v, ch, g[1], opts...)
						if !ok {
							t.Errorf("%s: option %q resolves to nothing", where, line)
							continue
						}
						if got, want := fallback.Key(label(c)), fallback.Key(g[2]); got != want && !cutFrom(want, got) {
							t.Errorf("%s: option %q resolves to %s, read %q", where, line, c.Path, got)
						}
						reached[c.Path] = true
						checked["number"]++
						if n, _ := strconv.Atoi(g[1]); n == 0 {
							t.Errorf("%s: option 0 in %q", where, line)
						}
					}
				}
			}

			// Every postback and reply the user can answer is reached.
			for _, p := range answerable(m, caps, res.Report) {
				checked["answerable"]++
				if !reached[p.path] && !reachedSame(m, reached, p) {
					t.Errorf("%s: %s (%s %q) cannot be answered back", where, p.path, p.a.Type, p.a.Text)
				}
			}

			// Misses.
			for _, d := range []string{"no such answer", channels.Token("forged "+f.Name, caps.Texts.Payload), "0", "99"} {
				if c, ok := render.Resolve(v, ch, d, opts...); ok {
					t.Errorf("%s: %q resolves to %s; want nothing", where, d, c.Path)
				}
			}
		}
	}
	for _, k := range []string{"data", "label", "number"} {
		if checked[k] == 0 {
			t.Errorf("no %s answer in the whole corpus", k)
		}
	}
	t.Logf("answers checked: %v", checked)
}

// pathed is an input action with its path.
type pathed struct {
	path string
	a    schema.Action
}

// answerable lists the input's postbacks and replies that a user of the
// channel can answer: native ones the channel sends back (not dropped or
// cut off), and replies it numbered in a text.
func answerable(m *schema.Message, caps channels.Capabilities, report channels.Report) []pathed {
	gone := func(p string) bool {
		return report.Has(channels.Dropped, p) || report.Has(channels.Truncated, p)
	}
	var out []pathed
	add := func(path string, a schema.Action, item string) {
		if gone(path) || (item != "" && gone(item)) {
			return
		}
		var via channels.Answer
		switch a.Type {
		case schema.ActionPostback:
			via = caps.Answers.Postback
		case schema.ActionReply:
			via = caps.Answers.Reply
			if caps.Actions.Replies.Rule(a.Type).Mode == channels.AsText {
				via = channels.AnswerLabel // numbered in the text, typed back
			}
		default:
			return
		}
		if item == "" && fellBackNatively(caps, report, path, a) {
			via = channels.AnswerLabel // Build numbered it in a text, typed back
		}
		if via == channels.NoAnswer {
			return
		}
		if via == channels.AnswerLabel && strings.TrimSpace(a.Text) == "" {
			return
		}
		out = append(out, pathed{path, a})
	}
	for j, a := range m.Actions {
		add(fmt.Sprintf("actions[%d]", j), a, "")
	}
	if report.Has(channels.FellBack, "type") || report.Has(channels.FellBack, "items") || report.Has(channels.FellBack, "mediaUrl") {
		return out // the items are text: their postbacks were dropped (reported)
	}
	for i, it := range m.Items {
		for j, a := range it.Actions {
			add(fmt.Sprintf("items[%d].actions[%d]", i, j), a, fmt.Sprintf("items[%d]", i))
		}
	}
	return out
}

// fellBackNatively reports whether the message-level action a at path is
// one the table renders natively that Build wrote as a line of a text
// instead (FellBack at its path: WhatsApp's more than 10 choices).
func fellBackNatively(caps channels.Capabilities, report channels.Report, path string, a schema.Action) bool {
	if !report.Has(channels.FellBack, path) {
		return false
	}
	set := caps.Actions.Message
	if a.Type.IsQuickReply() {
		set = caps.Actions.Replies
	}
	return set.Rule(a.Type).Mode == channels.Native
}

// numberedByBuild reports whether Build numbered choices of m in a text:
// a postback or reply the table renders natively fell back at its path.
func numberedByBuild(m *schema.Message, caps channels.Capabilities, report channels.Report) bool {
	for j, a := range m.Actions {
		if (a.Type == schema.ActionPostback || a.Type == schema.ActionReply) && fellBackNatively(caps, report, fmt.Sprintf("actions[%d]", j), a) {
			return true
		}
	}
	return false
}

// cutFrom reports whether the option label line is label cut with a final
// "…" (a label the channel's limit shortened, reported Truncated), both
// folded (fallback.Key makes "…" "...").
func cutFrom(line, label string) bool {
	head, cut := strings.CutSuffix(line, "...")
	return cut && strings.HasPrefix(label, head)
}

// reachedSame reports whether an earlier action with the same payload was
// reached: two actions with one payload send the same data, which resolves
// to the first.
func reachedSame(m *schema.Message, reached map[string]bool, p pathed) bool {
	for path := range reached {
		c := actionAtPath(m, path)
		if c != nil && c.Type == p.a.Type && c.Payload == p.a.Payload {
			return true
		}
	}
	return false
}

// actionAtPath returns the input action at "actions[j]" or
// "items[i].actions[j]".
func actionAtPath(m *schema.Message, path string) *schema.Action {
	var i, j int
	if _, err := fmt.Sscanf(path, "actions[%d]", &j); err == nil && j < len(m.Actions) {
		return &m.Actions[j]
	}
	if _, err := fmt.Sscanf(path, "items[%d].actions[%d]", &i, &j); err == nil && i < len(m.Items) && j < len(m.Items[i].Actions) {
		return &m.Items[i].Actions[j]
	}
	return nil
}
