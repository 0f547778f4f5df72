package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"golang.org/x/text/language"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/all"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

// cmdRender implements "chanrender render": it prints the render result as
// JSON, {"channel", "payloads", "report"}, or an array of them with -all.
func cmdRender(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("render", flag.ContinueOnError)
	fs.SetOutput(stderr)
	channel := fs.String("channel", "", "channel `name` to render for (see chanrender channels)")
	every := fs.Bool("all", false, "render for every registered channel")
	appName := fs.String("app-name", "", "application name used by fallback sentences")
	lang := fs.String("lang", "en", "BCP 47 `language` of fallback strings and formats")
	strict := fs.Bool("strict", false, "fail instead of degrading the message")
	short := fs.Bool("shorthand", false, "expand the messaging shorthand in a text message first")
	currency := fs.String("currency", "", "lowercase ISO 4217 `code` for shorthand prices and buy actions without one (default usd)")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if (*channel == "") == !*every {
		fmt.Fprintln(stderr, "chanrender render: give exactly one of -channel NAME or -all")
		return exitUsage
	}
	tag, err := language.Parse(*lang)
	if err != nil {
		fmt.Fprintf(stderr, "chanrender render: -lang: %v\n", err)
		return exitUsage
	}
	reg, err := all.Registry()
	if err != nil {
		fmt.Fprintf(stderr, "chanrender render: %v\n", err)
		return exitUsage
	}
	var targets []channels.Channel
	if *every {
		targets = reg.Channels()
	} else {
		ch, ok := reg.Lookup(*channel)
		if !ok {
			fmt.Fprintf(stderr, "chanrender render: unknown channel %q (known: %v)\n", *channel, reg.Names())
			return exitUsage
		}
		targets = []channels.Channel{ch}
	}
	data, err := readInput(fs.Args(), stdin)
	if err != nil {
		fmt.Fprintf(stderr, "chanrender render: %v\n", err)
		return exitUsage
	}
	in, err := schema.DecodeInput(data)
	if err != nil {
		printProblems(stderr, err)
		return exitInvalid
	}
	if *short && in.Message != nil {
		if in.Message, err = expandShorthand(in.Message, *currency); err != nil {
			printProblems(stderr, err)
			return exitInvalid
		}
	}
	opts := []render.Option{render.WithAppName(*appName), render.WithLanguage(tag), render.WithCurrency(*currency)}
	if *strict {
		opts = append(opts, render.WithDegradationErrors())
	}
	var results []render.Result
	for _, ch := range targets {
		var res render.Result
		if in.Activity != nil {
			res, err = render.Activity(in.Activity, ch, opts...)
		} else {
			res, err = render.Render(in.Message, ch, opts...)
		}
		if err != nil {
			var se *render.StrictError
			if errors.As(err, &se) {
				for _, d := range se.Report {
					fmt.Fprintf(stderr, "%s: %s: %s: %s\n", se.Channel, pathOrRoot(d.Path), d.Code, d.Detail)
				}
				return exitInvalid
			}
			fmt.Fprintf(stderr, "chanrender render: %v\n", err)
			return exitInvalid
		}
		results = append(results, res)
	}
	var out any = results[0]
	if *every {
		out = results
	}
	if err := writeJSON(stdout, out); err != nil {
		fmt.Fprintf(stderr, "chanrender render: %v\n", err)
		return exitInvalid
	}
	return exitOK
}
