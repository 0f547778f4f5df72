package main

import (
	"fmt"
	"io"
)

// cmdPlan is not written yet.
func cmdPlan(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "chanrender plan: not implemented yet")
	return exitUsage
}
