package main

import (
	"errors"
	"flag"
	"io"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

// resolveOptions are the parsed flags of "chanrender resolve".
type resolveOptions struct {
	channel   *string
	answer    *string
	as        *string
	shorthand *bool
	maxBytes  *maxBytesValue
	renderOptionFlags
}

// resolveFlags defines the flags of "chanrender resolve".
func resolveFlags() (*flag.FlagSet, resolveOptions) {
	fs := newFlagSet("resolve")
	var o resolveOptions
	o.channel = fs.String("channel", "", "`NAME` of the channel the message was sent on")
	o.answer = fs.String("answer", "", "the user's answer `TEXT` as the platform delivers it: postback data, a button label or typed text")
	o.as = fs.String("as", "", "`KIND` of answer: data (a postback or callback) or text (a message); empty tries data, then text")
	o.shorthand = fs.Bool("shorthand", false, "expand the messaging shorthand in a text message first, as render -shorthand did")
	o.maxBytes = maxBytesFlag(fs)
	o.renderOptionFlags = defineRenderOptionFlags(fs)
	return fs, o
}

// resolved is what resolve prints: the input path of the chosen action (or
// item) and the action as the input has it.
type resolved struct {
	Path   string         `json:"path"`
	Action *schema.Action `json:"action,omitempty"`
}

// cmdResolve implements "chanrender resolve": it maps a user's answer on
// a channel back to the action of the sent message FILE it chose
// (render.Resolve), printing {"path", "action"}; exit 1 when nothing
// matches.
func cmdResolve(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := commandByName("resolve")
	fs, o := resolveFlags()
	if code, ok := parseFlags(c, fs, args, stdout, stderr); !ok {
		return code
	}
	if *o.channel == "" {
		return usageError(c, stderr, "-channel NAME is required")
	}
	if *o.answer == "" {
		return usageError(c, stderr, "-answer TEXT is required")
	}
	resolve := map[string]func(*schema.Valid, channels.Channel, string, ...render.Option) (render.Choice, bool){
		"": render.Resolve, "data": render.ResolveData, "text": render.ResolveText,
	}[*o.as]
	if resolve == nil {
		return usageError(c, stderr, "-as %q: want data or text", *o.as)
	}
	targets, code := targetChannels(c, *o.channel, false, stderr)
	if code != exitOK {
		return code
	}
	if fs.NArg() > 1 {
		return usageError(c, stderr, "takes one FILE or -, got %d arguments", fs.NArg())
	}
	ins, _, err := expandInputs(fs.Args())
	if err == nil && len(ins) != 1 {
		err = errors.New("takes one FILE or -, not a directory")
	}
	if err != nil {
		return usageError(c, stderr, "%v", err)
	}
	max := int64(*o.maxBytes)
	data, err := ins[0].read(stdin, max)
	if err != nil {
		reportInputError(stderr, c, ins[0], false, err)
		return exitInvalid
	}
	v, err := schema.Decode(data, schema.WithMaxBytes(max))
	if err == nil && *o.shorthand {
		v, err = expandShorthand(v, string(*o.currency))
	}
	if err != nil {
		reportInputError(stderr, c, ins[0], false, err)
		return exitInvalid
	}
	choice, ok := resolve(v, targets[0], *o.answer, o.options()...)
	if !ok {
		fprintf(stderr, "chanrender resolve: %q answers no action of this message on %s\n", *o.answer, targets[0].Name())
		return exitInvalid
	}
	if err := writeJSON(stdout, resolved{Path: choice.Path, Action: choice.Action}); err != nil {
		fprintf(stderr, "chanrender resolve: %v\n", err)
		return exitInvalid
	}
	return exitOK
}
