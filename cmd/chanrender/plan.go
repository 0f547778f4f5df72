package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/chanrender/chanrender/channels/all"
	"github.com/chanrender/chanrender/delivery"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

// plannedStep is one step of the plan with what it sends.
type plannedStep struct {
	Step   delivery.Step `json:"step"`
	Render render.Result `json:"render"`
}

// cmdPlan implements "chanrender plan": the delivery plan for a message
// given the user's linked clients, and for each step the rendered payloads.
func cmdPlan(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("plan", flag.ContinueOnError)
	fs.SetOutput(stderr)
	clientsFile := fs.String("clients", "", "JSON `file` of the user's clients: [{\"channel\",\"integrationId\",\"lastSeen\"}]")
	appName := fs.String("app-name", "", "application name used by fallback sentences")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if *clientsFile == "" {
		fmt.Fprintln(stderr, "chanrender plan: -clients FILE is required")
		return exitUsage
	}
	cdata, err := os.ReadFile(*clientsFile)
	if err != nil {
		fmt.Fprintf(stderr, "chanrender plan: %v\n", err)
		return exitUsage
	}
	data, err := readInput(fs.Args(), stdin)
	if err != nil {
		fmt.Fprintf(stderr, "chanrender plan: %v\n", err)
		return exitUsage
	}
	clients, err := delivery.DecodeClients(cdata)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", *clientsFile, err)
		return exitInvalid
	}
	m, err := schema.Decode(data)
	if err != nil {
		printProblems(stderr, err)
		return exitInvalid
	}
	reg, err := all.Registry()
	if err != nil {
		fmt.Fprintf(stderr, "chanrender plan: %v\n", err)
		return exitUsage
	}
	plan, err := delivery.NewPlanner(reg).Plan(clients, m.Message().Destination)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitInvalid
	}
	out := make([]plannedStep, 0, len(plan.Steps))
	for _, s := range plan.Steps {
		ch, ok := reg.Lookup(s.Client.Channel)
		if !ok {
			fmt.Fprintf(stderr, "chanrender plan: no channel %q\n", s.Client.Channel)
			return exitInvalid
		}
		res, err := render.Render(m, ch, render.WithAppName(*appName))
		if err != nil {
			fmt.Fprintf(stderr, "chanrender plan: %v\n", err)
			return exitInvalid
		}
		out = append(out, plannedStep{Step: s, Render: res})
	}
	if err := writeJSON(stdout, map[string]any{"steps": out}); err != nil {
		fmt.Fprintf(stderr, "chanrender plan: %v\n", errors.Unwrap(err))
		return exitInvalid
	}
	return exitOK
}
