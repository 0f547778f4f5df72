package main

import (
	"fmt"
	"io"
)

// cmdValidate is not written yet.
func cmdValidate(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "chanrender validate: not implemented yet")
	return exitUsage
}
