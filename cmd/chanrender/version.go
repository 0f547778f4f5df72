package main

import (
	"flag"
	"io"
	"runtime"
	"runtime/debug"
)

// versionFlags is the (empty) flag set of "chanrender version".
func versionFlags() *flag.FlagSet { return newFlagSet("version") }

// cmdVersion implements "chanrender version": the main module's version
// from the build information ("(devel)" when built from a source tree
// without one) and the Go version it was built with.
func cmdVersion(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	c := commandByName("version")
	fs := versionFlags()
	if code, ok := parseFlags(c, fs, args, stdout, stderr); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(c, stderr, "takes no arguments")
	}
	fprintf(stdout, "chanrender %s %s\n", moduleVersion(), runtime.Version())
	return exitOK
}

// moduleVersion is the main module's version, or "(devel)".
func moduleVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok || bi.Main.Version == "" {
		return "(devel)"
	}
	return bi.Main.Version
}
