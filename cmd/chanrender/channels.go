package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/all"
)

// cmdChannels implements "chanrender channels": the capability matrix of
// every registered channel as a Markdown table.
func cmdChannels(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("channels", flag.ContinueOnError)
	fs.SetOutput(stderr)
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(stderr, "chanrender channels: takes no arguments")
		return exitUsage
	}
	m, err := matrix()
	if err != nil {
		fmt.Fprintf(stderr, "chanrender channels: %v\n", err)
		return exitUsage
	}
	fmt.Fprint(stdout, m)
	return exitOK
}

// matrix is the capability matrix of every registered channel.
func matrix() (string, error) {
	reg, err := all.Registry()
	if err != nil {
		return "", err
	}
	var caps []channels.Capabilities
	for _, ch := range reg.Channels() {
		caps = append(caps, ch.Capabilities())
	}
	return channels.Matrix(caps), nil
}
