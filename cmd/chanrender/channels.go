package main

import (
	"flag"
	"io"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/all"
)

// channelsOptions are the parsed flags of "chanrender channels".
type channelsOptions struct {
	json  *bool
	names *bool
}

// channelsFlags defines the flags of "chanrender channels".
func channelsFlags() (*flag.FlagSet, channelsOptions) {
	fs := newFlagSet("channels")
	var o channelsOptions
	o.json = fs.Bool("json", false, "print every channel's whole capability table as a JSON array")
	o.names = fs.Bool("names", false, "print the registered channel names, one per line")
	return fs, o
}

// cmdChannels implements "chanrender channels": with no argument the
// capability matrix of every registered channel as a Markdown table; with
// NAME that channel's whole capability table as JSON; with -json every
// table as a JSON array in name order; with -names the names, one a line.
func cmdChannels(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	c := commandByName("channels")
	fs, o := channelsFlags()
	if code, ok := parseFlags(c, fs, args, stdout, stderr); !ok {
		return code
	}
	if *o.json && *o.names {
		return usageError(c, stderr, "give at most one of -json and -names")
	}
	if fs.NArg() > 1 || (fs.NArg() == 1 && (*o.json || *o.names)) {
		return usageError(c, stderr, "takes at most one NAME, and no NAME with -json or -names")
	}
	reg, err := all.Registry()
	if err != nil {
		fprintf(stderr, "chanrender channels: %v\n", err)
		return exitUsage
	}
	var out any
	switch {
	case fs.NArg() == 1:
		ch, ok := reg.Lookup(fs.Arg(0))
		if !ok {
			return usageError(c, stderr, "unknown channel %q (known: %v)", fs.Arg(0), reg.Names())
		}
		out = ch.Capabilities()
	case *o.json:
		out = capabilities(reg)
	case *o.names:
		for _, n := range reg.Names() {
			fprintln(stdout, n)
		}
		return exitOK
	default:
		fprint(stdout, channels.Matrix(capabilities(reg)))
		return exitOK
	}
	if err := writeJSON(stdout, out); err != nil {
		fprintf(stderr, "chanrender channels: %v\n", err)
		return exitInvalid
	}
	return exitOK
}

// capabilities returns every registered channel's table, in name order.
func capabilities(reg *channels.Registry) []channels.Capabilities {
	var caps []channels.Capabilities
	for _, ch := range reg.Channels() {
		caps = append(caps, ch.Capabilities())
	}
	return caps
}
