package main

import (
	"errors"
	"flag"
	"io"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/all"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
	"github.com/chanrender/chanrender/send"
)

// renderOptions are the parsed flags of "chanrender render".
type renderOptions struct {
	channel   *string
	every     *bool
	strict    *bool
	shorthand *bool
	http      *bool
	to        *string
	reply     *string
	maxBytes  *maxBytesValue
	renderOptionFlags
}

// renderFlags defines the flags of "chanrender render".
func renderFlags() (*flag.FlagSet, renderOptions) {
	fs := newFlagSet("render")
	var o renderOptions
	o.channel = fs.String("channel", "", "`NAME` of the channel to render for (chanrender channels -names lists them)")
	o.every = fs.Bool("all", false, "render for every registered channel, in name order")
	o.strict = fs.Bool("strict", false, "fail, listing every channel's degradations, instead of degrading the message")
	o.shorthand = fs.Bool("shorthand", false, "expand the messaging shorthand in a text message first")
	o.http = fs.Bool("http", false, "print the HTTP requests to send (method, URL, headers, exact body; credentials as {placeholders}) instead of the payloads")
	o.to = fs.String("to", "", "with -http: the `RECIPIENT` id (user, chat or phone number) the requests address")
	o.reply = fs.String("reply-token", "", "with -http: answer a webhook event with this reply `TOKEN` instead (LINE)")
	o.maxBytes = maxBytesFlag(fs)
	o.renderOptionFlags = defineRenderOptionFlags(fs)
	return fs, o
}

// options returns the render options the flags set.
func (o renderOptionFlags) options() []render.Option {
	return []render.Option{render.WithAppName(*o.appName), render.WithLanguage(o.lang.tag), render.WithCurrency(string(*o.currency))}
}

// fileResult is one element of render's output for several inputs: the
// input's name, then the Result's own members.
type fileResult struct {
	File string `json:"file"`
	render.Result
}

// cmdRender implements "chanrender render": it prints the render result as
// JSON, {"channel", "payloads", "report"}, or an array of them with -all.
// With several inputs it prints one array of {"file", "channel",
// "payloads", "report"}, file by file and, with -all, channel by channel.
func cmdRender(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := commandByName("render")
	fs, o := renderFlags()
	if code, ok := parseFlags(c, fs, args, stdout, stderr); !ok {
		return code
	}
	targets, code := targetChannels(c, *o.channel, *o.every, stderr)
	if code != exitOK {
		return code
	}
	ins, many, err := expandInputs(fs.Args())
	if err != nil {
		return usageError(c, stderr, "%v", err)
	}
	if *o.http && (*o.to == "") == (*o.reply == "") {
		return usageError(c, stderr, "-http needs exactly one of -to RECIPIENT or -reply-token TOKEN")
	}
	if !*o.http && (*o.to != "" || *o.reply != "") {
		return usageError(c, stderr, "-to and -reply-token go with -http")
	}
	opts := o.options()
	if *o.strict {
		opts = append(opts, render.WithDegradationErrors())
	}
	code = exitOK
	var results [][]render.Result
	var names []string
	for _, in := range ins {
		rs, ok := renderOne(c, in, many, stdin, targets, o, opts, stderr)
		if !ok {
			code = exitInvalid
			continue
		}
		results = append(results, rs)
		names = append(names, in.name)
	}
	if *o.http {
		return printRequests(c, stdout, stderr, targets, results, names, many, *o.every, code, send.Target{To: *o.to, ReplyToken: *o.reply})
	}
	var out any
	switch {
	case many:
		list := []fileResult{}
		for i, rs := range results {
			for _, r := range rs {
				list = append(list, fileResult{File: names[i], Result: r})
			}
		}
		out = list
	case code != exitOK:
		return code
	case *o.every:
		out = results[0]
	default:
		out = results[0][0]
	}
	if err := writeJSON(stdout, out); err != nil {
		fprintf(stderr, "chanrender render: %v\n", err)
		return exitInvalid
	}
	return code
}

// targetChannels resolves -channel NAME or -all to the channels to render
// for; a wrong combination or an unknown name is a usage error.
func targetChannels(c *command, name string, every bool, stderr io.Writer) ([]channels.Channel, int) {
	if (name == "") == !every {
		return nil, usageError(c, stderr, "give exactly one of -channel NAME or -all")
	}
	reg, err := all.Registry()
	if err != nil {
		fprintf(stderr, "chanrender %s: %v\n", c.name, err)
		return nil, exitUsage
	}
	if every {
		return reg.Channels(), exitOK
	}
	ch, ok := reg.Lookup(name)
	if !ok {
		return nil, usageError(c, stderr, "unknown channel %q (known: %v)", name, reg.Names())
	}
	return []channels.Channel{ch}, exitOK
}

// renderOne reads, decodes and renders one input for every target. On
// failure it prints every problem (every channel's degradations under
// -strict) to stderr and reports false.
func renderOne(c *command, in input, many bool, stdin io.Reader, targets []channels.Channel, o renderOptions, opts []render.Option, stderr io.Writer) ([]render.Result, bool) {
	max := int64(*o.maxBytes)
	data, err := in.read(stdin, max)
	if err != nil {
		reportInputError(stderr, c, in, many, err)
		return nil, false
	}
	dec, err := schema.DecodeInput(data, schema.WithMaxBytes(max))
	if err != nil {
		reportInputError(stderr, c, in, many, err)
		return nil, false
	}
	if *o.shorthand && dec.Message != nil {
		if dec.Message, err = expandShorthand(dec.Message, string(*o.currency)); err != nil {
			reportInputError(stderr, c, in, many, err)
			return nil, false
		}
	}
	results, errs := renderInput(dec, targets, opts)
	ok := true
	for i, err := range errs {
		if err == nil {
			continue
		}
		ok = false
		reportRenderError(stderr, c, in, many, targets[i].Name(), err)
	}
	return results, ok
}

// renderInput renders a decoded input for every channel of chs, as
// render.RenderAll does for a message (the renders share the input's paths
// and text fallback). errs[i] is chs[i]'s error, nil when it rendered.
func renderInput(in schema.Input, chs []channels.Channel, opts []render.Option) ([]render.Result, []error) {
	errs := make([]error, len(chs))
	if in.Activity != nil {
		results := make([]render.Result, len(chs))
		for i, ch := range chs {
			results[i], errs[i] = render.Activity(in.Activity, ch, opts...)
		}
		return results, errs
	}
	results, err := render.RenderAll(in.Message, chs, opts...)
	if err == nil {
		return results, errs
	}
	// RenderAll joins one error per failing channel, in channel order, and
	// leaves those channels' Results zero.
	var each []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		each = j.Unwrap()
	}
	failed := 0
	for i := range results {
		if results[i].Channel == "" {
			failed++
		}
	}
	if results == nil || failed != len(each) {
		for i := range errs {
			errs[i] = err
		}
		return results, errs
	}
	k := 0
	for i := range results {
		if results[i].Channel != "" {
			continue
		}
		errs[i] = each[k]
		if inner := errors.Unwrap(each[k]); inner != nil {
			errs[i] = inner // without RenderAll's "channel N: " prefix
		}
		k++
	}
	return results, errs
}

// reportRenderError prints one channel's render failure: under -strict one
// "[FILE: ]channel: path: code: detail" line per degradation, otherwise
// "chanrender render: [FILE: ]channel: error".
func reportRenderError(stderr io.Writer, c *command, in input, many bool, channel string, err error) {
	prefix := ""
	if many {
		prefix = in.name + ": "
	}
	var se *render.StrictError
	if errors.As(err, &se) {
		for _, d := range se.Report {
			fprintf(stderr, "%s%s: %s: %s: %s\n", prefix, se.Channel, pathOrRoot(d.Path), d.Code, d.Detail)
		}
		return
	}
	fprintf(stderr, "chanrender %s: %s%s: %v\n", c.name, prefix, channel, err)
}

// httpResult is render -http's output for one channel: the requests that
// send the render, and its report.
type httpResult struct {
	File     string          `json:"file,omitempty"`
	Channel  string          `json:"channel"`
	Requests []send.Request  `json:"requests"`
	Report   channels.Report `json:"report"`
}

// printRequests prints, instead of the payloads, the requests that send
// them (package send), credentials left as placeholders.
func printRequests(c *command, stdout, stderr io.Writer, targets []channels.Channel, results [][]render.Result, names []string, many, every bool, code int, to send.Target) int {
	var list []httpResult
	for i, rs := range results {
		for j, r := range rs {
			reqs, err := send.Requests(targets[j], r.Payloads, to, nil)
			if err != nil {
				fprintf(stderr, "chanrender %s: %s: %v\n", c.name, targets[j].Name(), err)
				return exitInvalid
			}
			h := httpResult{Channel: r.Channel, Requests: reqs, Report: r.Report}
			if many {
				h.File = names[i]
			}
			list = append(list, h)
		}
	}
	var out any = list
	switch {
	case many:
		if list == nil {
			out = []httpResult{}
		}
	case code != exitOK:
		return code
	case !every:
		out = list[0]
	}
	if err := writeJSON(stdout, out); err != nil {
		fprintf(stderr, "chanrender %s: %v\n", c.name, err)
		return exitInvalid
	}
	return code
}
