// Command chanrender validates canonical Smooch v1 messages and renders them
// into the request bodies each messaging channel's API accepts.
//
// Usage:
//
//	chanrender validate [FILE|-]
//	chanrender render -channel NAME [-app-name A] [-lang L] [-currency C] [-strict] [-shorthand] [FILE|-]
//	chanrender render -all [FILE|-]
//	chanrender channels
//	chanrender plan -clients clients.json [-app-name A] [FILE|-]
//
// With -shorthand, the text's shorthand is expanded into actions first and
// the report's paths name the expanded message.
//
// Exit status: 0 on success, 1 when the input is invalid, 2 on a usage error.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit codes shared by every subcommand.
const (
	exitOK      = 0
	exitInvalid = 1
	exitUsage   = 2
)

const usage = `usage:
  chanrender validate [FILE|-]
  chanrender render -channel NAME [-app-name A] [-lang L] [-currency C] [-strict] [-shorthand] [FILE|-]
  chanrender render -all [FILE|-]
  chanrender channels
  chanrender plan -clients clients.json [-app-name A] [FILE|-]
`

// run is main without the process: it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	rest := args[1:]
	switch args[0] {
	case "validate":
		return cmdValidate(rest, stdin, stdout, stderr)
	case "render":
		return cmdRender(rest, stdin, stdout, stderr)
	case "channels":
		return cmdChannels(rest, stdin, stdout, stderr)
	case "plan":
		return cmdPlan(rest, stdin, stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return exitOK
	default:
		fmt.Fprintf(stderr, "chanrender: unknown command %q\n%s", args[0], usage)
		return exitUsage
	}
}

// readInput reads the named file, or standard input for "-" or no name.
func readInput(args []string, stdin io.Reader) ([]byte, error) {
	switch {
	case len(args) == 0 || (len(args) == 1 && args[0] == "-"):
		return io.ReadAll(stdin)
	case len(args) == 1:
		return os.ReadFile(args[0])
	default:
		return nil, fmt.Errorf("expected one FILE or -, got %d arguments", len(args))
	}
}
