package main

import (
	"fmt"
	"io"
)

// cmdChannels is not written yet.
func cmdChannels(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "chanrender channels: not implemented yet")
	return exitUsage
}
