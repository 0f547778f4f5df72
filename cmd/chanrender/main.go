// Command chanrender validates canonical Smooch v1 messages, renders them
// into the request bodies each messaging channel's API accepts, and checks
// renders against golden files.
//
// Usage:
//
//	chanrender validate [-strict] [-max-bytes N] [FILE|DIR|-]...
//	chanrender render (-channel NAME | -all) [-app-name A] [-lang L] [-currency C] [-strict] [-shorthand] [-max-bytes N] [FILE|DIR|-]...
//	chanrender check -golden DIR [-channel NAME | -all] [-app-name A] [-lang L] [-currency C] [-max-bytes N] FILE|DIR...
//	chanrender resolve -channel NAME -answer TEXT [-as data|text] [-app-name A] [-lang L] [-currency C] [-shorthand] [-max-bytes N] [FILE|-]
//	chanrender channels [-json | -names] [NAME]
//	chanrender preview [-o FILE] [-channel NAME | -all] [-app-name A] [-lang L] [-currency C] [-max-bytes N] FILE|DIR
//	chanrender preview -serve [-addr HOST:PORT] [-channel NAME | -all] [flags]
//	chanrender plan -clients FILE [-app-name A] [-max-bytes N] [FILE|-]
//	chanrender version
//	chanrender help [COMMAND]
//
// Every command takes -h for its help. A directory argument means the
// *.json files in it, in name order; "-" (or no argument) is standard
// input. One FILE (or stdin) gives the output it always gave; several
// inputs, or a directory, give a JSON array whose elements carry a "file"
// member naming their input.
//
// With -shorthand, the text's shorthand is expanded into actions first and
// the report's paths name the expanded message.
//
// Exit status: 0 on success, 1 when an input is invalid, too large, would
// degrade under -strict or differs from its golden files, or when an answer
// (resolve) matches nothing, 2 on a usage error.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// main runs the command line and exits with its status.
func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit codes shared by every subcommand.
const (
	exitOK      = 0
	exitInvalid = 1
	exitUsage   = 2
)

// command is one subcommand: its name, its synopsis, its flags and what it
// does.
type command struct {
	// name is the word after "chanrender".
	name string
	// synopsis follows the name on the usage line.
	synopsis string
	// summary is the one line the top-level usage shows.
	summary string
	// flags builds the command's flag set, unparsed, for help and tests.
	flags func() *flag.FlagSet
	// run runs the command on the arguments after its name.
	run func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

// commands returns every subcommand in the order the usage shows them. It
// is a function, not a variable, because the help command refers to it.
func commands() []*command {
	return []*command{
		{
			name:     "validate",
			synopsis: "[-strict] [-max-bytes N] [FILE|DIR|-]...",
			summary:  "decode and validate inputs; print their normalised canonical JSON",
			flags:    func() *flag.FlagSet { fs, _ := validateFlags(); return fs },
			run:      cmdValidate,
		},
		{
			name:     "render",
			synopsis: "(-channel NAME | -all) [flags] [FILE|DIR|-]...",
			summary:  "render inputs for channels; print payloads and reports as JSON",
			flags:    func() *flag.FlagSet { fs, _ := renderFlags(); return fs },
			run:      cmdRender,
		},
		{
			name:     "check",
			synopsis: "-golden DIR [-channel NAME | -all] [flags] FILE|DIR...",
			summary:  "render inputs and diff them against golden files",
			flags:    func() *flag.FlagSet { fs, _ := checkFlags(); return fs },
			run:      cmdCheck,
		},
		{
			name:     "resolve",
			synopsis: "-channel NAME -answer TEXT [-as data|text] [flags] [FILE|-]",
			summary:  "map a user's answer on a channel back to the action of the sent message",
			flags:    func() *flag.FlagSet { fs, _ := resolveFlags(); return fs },
			run:      cmdResolve,
		},
		{
			name:     "channels",
			synopsis: "[-json | -names] [NAME]",
			summary:  "print the capability matrix, one table as JSON, or the channel names",
			flags:    func() *flag.FlagSet { fs, _ := channelsFlags(); return fs },
			run:      cmdChannels,
		},
		{
			name:     "preview",
			synopsis: "[-o FILE] [-channel NAME | -all] [flags] FILE|DIR, or -serve [-addr HOST:PORT]",
			summary:  "draw inputs' renders as one self-contained HTML page, or serve an editor",
			flags:    func() *flag.FlagSet { fs, _ := previewFlags(); return fs },
			run:      cmdPreview,
		},
		{
			name:     "plan",
			synopsis: "-clients FILE [-app-name A] [-max-bytes N] [FILE|-]",
			summary:  "plan delivery to a user's clients and render each step",
			flags:    func() *flag.FlagSet { fs, _ := planFlags(); return fs },
			run:      cmdPlan,
		},
		{
			name:     "version",
			synopsis: "",
			summary:  "print the module version and the Go version",
			flags:    versionFlags,
			run:      cmdVersion,
		},
		{
			name:     "help",
			synopsis: "[COMMAND]",
			summary:  "print this usage, or one command's help",
			flags:    helpFlags,
			run:      cmdHelp,
		},
	}
}

// lookupCommand returns the subcommand called name.
func lookupCommand(name string) (*command, bool) {
	for _, c := range commands() {
		if c.name == name {
			return c, true
		}
	}
	return nil, false
}

// run is main without the process: it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fprint(stderr, topUsage())
		return exitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help":
		fprint(stdout, topUsage())
		return exitOK
	}
	c, ok := lookupCommand(args[0])
	if !ok {
		fprintf(stderr, "chanrender: unknown command %q\n%s", args[0], topUsage())
		return exitUsage
	}
	out := &stream{w: stdout}
	code := c.run(args[1:], stdin, out, stderr)
	if out.err != nil {
		fprintf(stderr, "chanrender %s: writing the output: %v\n", c.name, out.err)
		if code == exitOK {
			code = exitInvalid
		}
	}
	return code
}

// topUsage lists every command with its synopsis and summary, and under
// each command every flag, one line each.
func topUsage() string {
	var b strings.Builder
	b.WriteString("usage: chanrender COMMAND [flags] [arguments]\n\n")
	b.WriteString("commands (chanrender COMMAND -h for one command's help):\n")
	for _, c := range commands() {
		fmt.Fprintf(&b, "  %-9s %s\n", c.name, c.summary)
		b.WriteString(flagLines(c.flags(), "      "))
	}
	b.WriteString("\nA DIR argument means its *.json files in name order; - (or no argument) is stdin.\n")
	b.WriteString("Exit status: 0 success, 1 invalid input, degradation (-strict) or golden difference, 2 usage error.\n")
	return b.String()
}

// cmdHelp implements "chanrender help [COMMAND]".
func cmdHelp(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	c := commandByName("help")
	fs := c.flags()
	if code, ok := parseFlags(c, fs, args, stdout, stderr); !ok {
		return code
	}
	switch fs.NArg() {
	case 0:
		fprint(stdout, topUsage())
		return exitOK
	case 1:
		sub, ok := lookupCommand(fs.Arg(0))
		if !ok {
			return usageError(c, stderr, "unknown command %q", fs.Arg(0))
		}
		fprint(stdout, commandHelp(sub, sub.flags()))
		return exitOK
	default:
		return usageError(c, stderr, "takes at most one COMMAND, got %d arguments", fs.NArg())
	}
}

// helpFlags is the (empty) flag set of "chanrender help".
func helpFlags() *flag.FlagSet { return newFlagSet("help") }

// commandByName is lookupCommand for names known to exist.
func commandByName(name string) *command {
	c, ok := lookupCommand(name)
	if !ok {
		panic("chanrender: no command " + name)
	}
	return c
}
