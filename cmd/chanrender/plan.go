package main

import (
	"errors"
	"flag"
	"io"

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

// planOptions are the parsed flags of "chanrender plan".
type planOptions struct {
	clients  *string
	appName  *string
	maxBytes *maxBytesValue
}

// planFlags defines the flags of "chanrender plan".
func planFlags() (*flag.FlagSet, planOptions) {
	fs := newFlagSet("plan")
	var o planOptions
	o.clients = fs.String("clients", "", "JSON `FILE` of the user's clients: [{\"channel\",\"integrationId\",\"lastSeen\"}]")
	o.appName = fs.String("app-name", "", "application `NAME` used by fallback sentences")
	o.maxBytes = maxBytesFlag(fs)
	return fs, o
}

// cmdPlan implements "chanrender plan": the delivery plan for a message
// given the user's linked clients, and for each step the rendered payloads.
func cmdPlan(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := commandByName("plan")
	fs, o := planFlags()
	if code, ok := parseFlags(c, fs, args, stdout, stderr); !ok {
		return code
	}
	if *o.clients == "" {
		return usageError(c, stderr, "-clients FILE is required")
	}
	if fs.NArg() > 1 {
		return usageError(c, stderr, "takes one FILE or -, got %d arguments", fs.NArg())
	}
	ins, _, err := expandInputs(fs.Args())
	if err == nil && len(ins) != 1 {
		err = errors.New("takes one FILE or -, not a directory")
	}
	if err != nil {
		return usageError(c, stderr, "%v", err)
	}
	max := int64(*o.maxBytes)
	cdata, err := input{name: *o.clients}.read(nil, max)
	if err != nil {
		if len(schema.Errors(err)) > 0 {
			printProblems(problemWriter(stderr, input{name: *o.clients}, true), err)
			return exitInvalid
		}
		return usageError(c, stderr, "%v", err)
	}
	data, err := ins[0].read(stdin, max)
	if err != nil {
		reportInputError(stderr, c, ins[0], false, err)
		return exitInvalid
	}
	clients, err := delivery.DecodeClients(cdata)
	if err != nil {
		fprintf(stderr, "chanrender plan: %s: %v\n", *o.clients, err)
		return exitInvalid
	}
	m, err := schema.Decode(data, schema.WithMaxBytes(max))
	if err != nil {
		printProblems(stderr, err)
		return exitInvalid
	}
	reg, err := all.Registry()
	if err != nil {
		fprintf(stderr, "chanrender plan: %v\n", err)
		return exitUsage
	}
	plan, err := delivery.NewPlanner(reg).Plan(clients, m.Message().Destination)
	if err != nil {
		fprintf(stderr, "chanrender plan: %v\n", err)
		return exitInvalid
	}
	out := make([]plannedStep, 0, len(plan.Steps))
	for _, s := range plan.Steps {
		ch, ok := reg.Lookup(s.Client.Channel)
		if !ok {
			fprintf(stderr, "chanrender plan: no channel %q\n", s.Client.Channel)
			return exitInvalid
		}
		res, err := render.Render(m, ch, render.WithAppName(*o.appName))
		if err != nil {
			fprintf(stderr, "chanrender plan: %v\n", err)
			return exitInvalid
		}
		out = append(out, plannedStep{Step: s, Render: res})
	}
	if err := writeJSON(stdout, map[string]any{"steps": out}); err != nil {
		fprintf(stderr, "chanrender plan: %v\n", err)
		return exitInvalid
	}
	return exitOK
}
