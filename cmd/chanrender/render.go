package main

import (
	"fmt"
	"io"
)

// cmdRender is not written yet.
func cmdRender(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "chanrender render: not implemented yet")
	return exitUsage
}
