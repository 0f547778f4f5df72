package render

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/fallback"
	"github.com/chanrender/chanrender/schema"
)

// answers is what one render sent that a user can answer with
// (docs/RENDERING.md §2.4): the data and labels of native buttons, and the
// messages whose raw-text fallback the render wrote into a text. Resolve
// reads it; Result.Tokens is made from it.
type answers struct {
	// entries are the native actions that send something back, in the
	// order of the normalised message (message-level actions first, then
	// items).
	entries []answer
	// typed are the messages the render wrote as numbered text, each with
	// the map from its positions to the input: the engine's, then those
	// Build recorded (channels.Context.Numbered).
	typed []typedSource
}

// answer is one native action that sends something back.
type answer struct {
	// via says what comes back: AnswerPayload or AnswerLabel.
	via channels.Answer
	// key is what comes back: the data as sent (the payload or its
	// token), or the fallback.Key of the label as sent.
	key string
	// path is the input path of the action.
	path string
	// payload is the input action's payload.
	payload string
}

// typedSource is a message the render gave to fallback.Text, whose
// numbering and labels are the typed answers, with the input path of each
// of its positions.
type typedSource struct {
	msg   *schema.Message
	paths channels.Paths
}

// answerOf returns how the channel's native action of type t answers.
func answerOf(caps channels.Capabilities, t schema.ActionType) channels.Answer {
	switch t {
	case schema.ActionPostback:
		return caps.Answers.Postback
	case schema.ActionReply:
		return caps.Answers.Reply
	}
	return channels.NoAnswer
}

// answerTable lists the answers of the normalised message m, whose input is
// in, and keeps them apart, recording what that takes:
//
//   - labels that come back as answers (AnswerLabel) and are equal once
//     folded (fallback.Key): the later action is dropped (Dropped at its
//     path), as a user's message could not tell the two apart;
//   - a payload sent as is that equals the token another payload was
//     given: it is replaced by a token of its own (Shortened at its
//     payload), so that two buttons never send the same data for
//     different payloads. Two actions with the same payload send the same
//     data, and resolve to the first.
//
// It writes only into m's action slices, which normalisation allocated.
func (n *normaliser) answerTable(m, in *schema.Message) {
	caps := n.caps
	if caps.Answers.Postback == channels.NoAnswer && caps.Answers.Reply == channels.NoAnswer {
		return
	}
	seen := map[string]string{} // label key → path of the first
	dedupe := func(as []schema.Action, paths []string) ([]schema.Action, []string) {
		var keep []schema.Action
		var keepPaths []string
		for j, a := range as {
			if answerOf(caps, a.Type) == channels.AnswerLabel && strings.TrimSpace(a.Text) != "" {
				k := fallback.Key(a.Text)
				if first, dup := seen[k]; dup {
					if keep == nil {
						keep, keepPaths = append([]schema.Action{}, as[:j]...), append([]string{}, paths[:j]...)
					}
					n.ctx.Add(channels.Dropped, paths[j], fmt.Sprintf("its label %q reads as %s's once case and spaces are folded: on %s the button sends its label, so the two answers could not be told apart", a.Text, first, caps.Name))
					continue
				}
				seen[k] = paths[j]
			}
			if keep != nil {
				keep, keepPaths = append(keep, a), append(keepPaths, paths[j])
			}
		}
		if keep == nil {
			return as, paths
		}
		return keep, keepPaths
	}
	m.Actions, n.ctx.Paths.Actions = dedupe(m.Actions, n.ctx.Paths.Actions)
	for i := range m.Items {
		m.Items[i].Actions, n.ctx.Paths.ItemActions[i] = dedupe(m.Items[i].Actions, n.ctx.Paths.ItemActions[i])
	}

	// Every native action that answers, with a pointer to what is sent.
	type slot struct {
		a    *schema.Action
		path string
	}
	var slots []slot
	for j := range m.Actions {
		slots = append(slots, slot{&m.Actions[j], n.ctx.Paths.Actions[j]})
	}
	for i := range m.Items {
		for j := range m.Items[i].Actions {
			slots = append(slots, slot{&m.Items[i].Actions[j], n.ctx.Paths.ItemActions[i][j]})
		}
	}
	owner := map[string]string{} // data → the input payload it stands for
	var sent []*schema.Action    // the action of each entry
	for _, s := range slots {
		via := answerOf(caps, s.a.Type)
		e := answer{via: via, path: s.path}
		switch via {
		case channels.AnswerLabel:
			e.key = fallback.Key(s.a.Text)
		case channels.AnswerPayload:
			e.key, e.payload = s.a.Payload, s.a.Payload
			if a := actionAt(in, s.path); a != nil {
				e.payload = a.Payload
			}
			if e.key != e.payload {
				owner[e.key] = e.payload
			}
		}
		if e.key == "" {
			continue // nothing comes back, or nothing to send (no label)
		}
		n.answers.entries = append(n.answers.entries, e)
		sent = append(sent, s.a)
	}
	// The payloads sent as is, against the tokens (and the new ones).
	for k := range n.answers.entries {
		e := &n.answers.entries[k]
		if e.via != channels.AnswerPayload || e.key != e.payload {
			continue
		}
		d := e.key
		for {
			o, taken := owner[d]
			if !taken || o == e.payload {
				break
			}
			d = channels.Token(d, payloadLimit(caps, sent[k].Type))
		}
		owner[d] = e.payload
		if d == e.key {
			continue
		}
		n.ctx.Add(channels.Shortened, e.path+".payload", fmt.Sprintf("payload %q is the token another payload was given: replaced by token %q so that the two buttons send different data (render.Resolve and Result.Tokens map it back)", e.payload, d))
		e.key = d
		sent[k].Payload = d
	}
}

// payloadLimit is the payload limit of an action of type t.
func payloadLimit(caps channels.Capabilities, t schema.ActionType) channels.Limit {
	if t == schema.ActionReply {
		return caps.Texts.ReplyPayload
	}
	return caps.Texts.Payload
}

// actionAt returns the action of m at path ("actions[2]",
// "items[1].actions[0]"), or nil.
func actionAt(m *schema.Message, path string) *schema.Action {
	i, j, ok := parsePath(path)
	if !ok || j < 0 {
		return nil
	}
	if i < 0 {
		if j < len(m.Actions) {
			return &m.Actions[j]
		}
		return nil
	}
	if i < len(m.Items) && j < len(m.Items[i].Actions) {
		return &m.Items[i].Actions[j]
	}
	return nil
}

// parsePath reads "actions[j]" (i = -1), "items[i]" (j = -1) and
// "items[i].actions[j]".
func parsePath(p string) (i, j int, ok bool) {
	index := func(s, name string) (int, string, bool) {
		rest, found := strings.CutPrefix(s, name+"[")
		if !found {
			return 0, "", false
		}
		end := strings.IndexByte(rest, ']')
		if end < 0 {
			return 0, "", false
		}
		n, err := strconv.Atoi(rest[:end])
		if err != nil || n < 0 {
			return 0, "", false
		}
		return n, rest[end+1:], true
	}
	if j, rest, ok := index(p, "actions"); ok && rest == "" {
		return -1, j, true
	}
	i, rest, ok := index(p, "items")
	if !ok {
		return 0, 0, false
	}
	if rest == "" {
		return i, -1, true
	}
	j, rest, ok = index(rest, ".actions")
	if !ok || rest != "" {
		return 0, 0, false
	}
	return i, j, true
}

// unsent removes the answers of actions the channel's Build did not send
// after all: those the report has Dropped or Truncated at their path, or
// at their item's.
func (t *answers) unsent(report channels.Report) {
	if len(t.entries) == 0 {
		return
	}
	gone := make(map[string]bool)
	for _, d := range report {
		if d.Code == channels.Dropped || d.Code == channels.Truncated {
			gone[d.Path] = true
		}
	}
	keep := t.entries[:0]
	for _, e := range t.entries {
		item, _, inItem := strings.Cut(e.path, ".")
		if gone[e.path] || (inItem && gone[item]) {
			continue
		}
		keep = append(keep, e)
	}
	t.entries = keep
}

// tokens returns the token → input payload map of the data sent, nil when
// every payload went as is.
func (t *answers) tokens() map[string]string {
	var out map[string]string
	for _, e := range t.entries {
		if e.via == channels.AnswerPayload && e.key != e.payload {
			if out == nil {
				out = make(map[string]string)
			}
			out[e.key] = e.payload
		}
	}
	return out
}
