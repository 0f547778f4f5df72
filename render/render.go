// Package render is the rendering engine: Render turns one canonical message
// into the payloads of one channel, with a Report of everything it lost or
// changed.
//
// Rendering is two steps. First a generic normalisation pass, driven only by
// the channel's Capabilities: passthrough overrides, message type fallback or
// conversion, action filtering (types, URI schemes, counts), item rules
// (count, image schemes, minimum actions, uniform columns), text truncation
// and payload shortening. Every change is recorded with the JSON path of the
// input it concerns. Then the channel's Build maps the normalised message to
// its wire structs.
//
// Resolve (ResolveData, ResolveText) is the way back: the answer a channel
// delivers (postback data, a token, a keyboard label, a typed number) to
// the canonical action it chose and its input path, read from the
// channel's Capabilities.Answers and a deterministic render of the sent
// message (docs/RENDERING.md §2.4). Rendering keeps the answers apart: a
// keyboard label that folds equal to an earlier one is dropped, a payload
// equal to another's token gets a token of its own, both reported.
//
// Render is pure and safe for concurrent use: no globals, no clock, no
// network; the input message is never modified.
package render

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// Result is what one render produced. A Result without error is always
// sendable: every payload fits the channel's documented limits. It has no
// payload only when nothing of the message could be sent (an activity the
// channel lacks, a message whose every action was dropped): the report then
// says so.
type Result struct {
	// Channel is the name of the channel rendered for.
	Channel string `json:"channel"`
	// Payloads are the requests to send, in order.
	Payloads []channels.Payload `json:"payloads"`
	// Report lists what was lost or changed; never nil.
	Report channels.Report `json:"report"`
	// Tokens maps each token the payloads carry in place of a payload
	// (channels.Token: a payload over the channel's limit, or one equal to
	// another payload's token) to the input payload it stands for: what a
	// server may store, rather than the whole message, to map postback data
	// back (render.Resolve does it from the message). Nil, and left out of
	// the JSON, when no payload was replaced.
	Tokens map[string]string `json:"tokens,omitempty"`
}

// StrictError is returned under WithDegradationErrors when the render would have
// degraded the message. Report holds every entry.
type StrictError struct {
	Channel string
	Report  channels.Report
}

// Error lists the report entries, one per line.
func (e *StrictError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "render: %s: strict: %d degradation(s)", e.Channel, len(e.Report))
	for _, d := range e.Report {
		fmt.Fprintf(&b, "\n%s: %s: %s", pathOrRoot(d.Path), d.Code, d.Detail)
	}
	return b.String()
}

func pathOrRoot(p string) string {
	if p == "" {
		return "(root)"
	}
	return p
}

// Render renders the validated message v for ch. v comes from
// schema.Decode (a request body) or schema.Validate (a message built in
// code): it was checked once against every rule, so Render does not check
// it again and never sees invalid input.
func Render(v *schema.Valid, ch channels.Channel, opts ...Option) (Result, error) {
	m := v.Message()
	if m == nil {
		return Result{}, errNilMessage
	}
	return render(m, ch, opts, nil)
}

var errNilMessage = errors.New("render: nil message (make one with schema.Decode or schema.Validate)")

// RenderAll renders v for each channel of chs, in order: what a server
// sending one message to several channels calls. The message is decoded
// and validated once by the caller, and the renders share what does not
// depend on the channel: the input's JSON paths and the raw-text fallback
// of the whole message. results[i] is chs[i]'s Result. A channel that
// fails (a nil or invalid channel, a degradation under WithDegradationErrors) leaves
// its Result zero and adds its error, prefixed with its position, to the
// returned errors.Join; the other channels are still rendered.
func RenderAll(v *schema.Valid, chs []channels.Channel, opts ...Option) ([]Result, error) {
	m := v.Message()
	if m == nil {
		return nil, errNilMessage
	}
	sh := &shared{paths: inputPaths(m)}
	results := make([]Result, len(chs))
	var errs []error
	for i, ch := range chs {
		res, err := render(m, ch, opts, sh)
		if err != nil {
			errs = append(errs, fmt.Errorf("channel %d: %w", i, err))
			continue
		}
		results[i] = res
	}
	return results, errors.Join(errs...)
}

// render is one render of m for ch; sh, when not nil, holds what the
// renders of m for other channels already computed.
func render(m *schema.Message, ch channels.Channel, opts []Option, sh *shared) (Result, error) {
	cfg, caps, err := prepare(ch, opts)
	if err != nil {
		return Result{}, err
	}
	res, _, err := run(m, ch, cfg, caps, sh)
	return res, err
}

// run is one render of m for ch with checked options and table; it also
// returns what the payloads let the user answer (nil for a passthrough).
func run(m *schema.Message, ch channels.Channel, cfg config, caps channels.Capabilities, sh *shared) (Result, *answers, error) {
	ctx := newContext(ch, cfg)
	n := &normaliser{caps: caps, fb: ctx.FallbackOptions(), ctx: ctx, sh: sh}

	var payloads []channels.Payload
	answerable := false
	if p, ok := n.passthrough(m); ok {
		payloads = []channels.Payload{p}
	} else {
		answerable = true
		// An override named for this channel that it does not take as
		// its passthrough is ignored, and said so; the others are for
		// other channels, and no payload carries them (normalise).
		if _, ok := m.Override[caps.Name]; ok && caps.Passthrough.Key != caps.Name {
			n.ctx.Add(channels.Dropped, "override."+caps.Name, caps.Name+" has no passthrough: the override was ignored and the message rendered")
		}
		msg := n.normalise(m)
		if nothingLeft(msg) {
			n.ctx.Add(channels.Dropped, "", fmt.Sprintf("nothing in this message can be sent on %s", caps.Name))
		} else {
			var err error
			payloads, err = ch.Build(msg, n.ctx)
			if err != nil {
				return Result{}, nil, fmt.Errorf("render: %w", err)
			}
		}
	}
	report := n.ctx.Report()
	// The answers are copied out, so that the normaliser (with its copy
	// of the table) stays on the stack.
	var ans *answers
	if answerable {
		a := n.answers
		ans = &a
		ans.unsent(report)
		// The texts Build numbered itself are typed answers too, after the
		// engine's own.
		for _, t := range n.ctx.NumberedTexts() {
			ans.typed = append(ans.typed, typedSource{msg: t.Message, paths: t.Paths})
		}
	}
	res, err := finish(ch.Name(), payloads, report, cfg)
	if err != nil {
		return Result{}, nil, err
	}
	if ans != nil {
		res.Tokens = ans.tokens()
	}
	return res, ans, nil
}

// nothingLeft reports whether normalisation left a text message with no
// text and no action: there is nothing to send, and the report says why.
func nothingLeft(m *schema.Message) bool {
	return m.Type == schema.TypeText && strings.TrimSpace(m.Text) == "" && len(m.Actions) == 0
}

// Activity renders a typing activity for ch. An activity the channel
// does not support gives no payload and a Dropped entry at "type". The
// activity is checked on the typed value (schema.ValidateActivity: four
// fields, no JSON round trip) and an invalid one is an error.
func Activity(a *schema.Activity, ch channels.Channel, opts ...Option) (Result, error) {
	if a == nil {
		return Result{}, errors.New("render: nil activity")
	}
	cfg, caps, err := prepare(ch, opts)
	if err != nil {
		return Result{}, err
	}
	a, err = schema.ValidateActivity(a)
	if err != nil {
		return Result{}, fmt.Errorf("render: invalid activity: %w", err)
	}
	ctx := newContext(ch, cfg)
	var supported bool
	switch a.Type {
	case schema.TypingStart:
		supported = caps.Typing.Start
	case schema.TypingStop:
		supported = caps.Typing.Stop
	default:
		return Result{}, fmt.Errorf("render: type: unknown activity type %q", a.Type)
	}
	var payloads []channels.Payload
	if supported {
		f := caps.Fields
		f.Name, f.AvatarURL = f.Name && f.Activity, f.AvatarURL && f.Activity
		unsent(ctx, caps.Name, f, a.Name, "", a.AvatarURL, false)
		var err error
		payloads, err = ch.BuildActivity(a, ctx)
		if err != nil {
			return Result{}, fmt.Errorf("render: %w", err)
		}
	} else {
		ctx.Add(channels.Dropped, "type", fmt.Sprintf("%s has no %s activity", caps.Name, a.Type))
	}
	return finish(ch.Name(), payloads, ctx.Report(), cfg)
}

// RenderActivity is the old name of Activity.
//
// Deprecated: use Activity (render.RenderActivity stuttered).
func RenderActivity(a *schema.Activity, ch channels.Channel, opts ...Option) (Result, error) {
	return Activity(a, ch, opts...)
}

// prepare checks the channel and the options both renders share.
func prepare(ch channels.Channel, opts []Option) (config, channels.Capabilities, error) {
	cfg := newConfig(opts)
	if err := cfg.check(); err != nil {
		return config{}, channels.Capabilities{}, err
	}
	// The channel and its table are checked on every render
	// (channels.Check): a Channel need not come from a Registry (which
	// checks it once), a zero or nil channel value must be an error rather
	// than a panic, and an incoherent table can make an unsendable payload
	// or a panic (a limit without a unit). The check is cheap: a channel
	// builds its table once, when the value is made, and Capabilities
	// returns it without copying; Validate of a valid table is a fast path
	// of a few hundred nanoseconds that allocates nothing. Caching the
	// verdict would need state shared between renders.
	if err := channels.Check(ch); err != nil {
		return config{}, channels.Capabilities{}, fmt.Errorf("render: %w", err)
	}
	return cfg, ch.Capabilities(), nil
}

// finish applies the strict option and makes empty lists non-nil, so the
// JSON shows [] rather than null.
func finish(name string, payloads []channels.Payload, report channels.Report, cfg config) (Result, error) {
	if report == nil {
		report = channels.Report{}
	}
	if payloads == nil {
		payloads = []channels.Payload{}
	}
	if cfg.strict && len(report) > 0 {
		return Result{}, &StrictError{Channel: name, Report: report}
	}
	return Result{Channel: name, Payloads: payloads, Report: report}, nil
}

// passthrough returns the override payload for the channel, if the message
// carries one and the channel has a passthrough.
func (n *normaliser) passthrough(m *schema.Message) (channels.Payload, bool) {
	key := n.caps.Passthrough.Key
	if key == "" {
		return channels.Payload{}, false
	}
	o, ok := m.Override[key]
	if !ok || len(o.Payload) == 0 {
		return channels.Payload{}, false
	}
	body := append(json.RawMessage(nil), o.Payload...)
	path := "override." + key + ".payload"
	n.ctx.Add(channels.Overridden, path, fmt.Sprintf("the override payload was sent as given instead of rendering the %s message", m.Type))
	return channels.Payload{Method: n.caps.Passthrough.Method, Body: body}, true
}
