package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/corpus"
	"github.com/chanrender/chanrender/preview"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

// previewOptions are the parsed flags of "chanrender preview".
type previewOptions struct {
	out      *string
	channel  *string
	every    *bool
	serve    *bool
	addr     *string
	maxBytes *maxBytesValue
	renderOptionFlags
}

// previewFlags defines the flags of "chanrender preview".
func previewFlags() (*flag.FlagSet, previewOptions) {
	fs := newFlagSet("preview")
	var o previewOptions
	o.out = fs.String("o", "", "write the HTML page to `FILE` instead of standard output")
	o.channel = fs.String("channel", "", "`NAME` of the one channel to draw")
	o.every = fs.Bool("all", false, "draw every registered channel, in name order (the default)")
	o.serve = fs.Bool("serve", false, "serve an editor that previews the posted message, instead of writing a page")
	o.addr = fs.String("addr", "127.0.0.1:8080", "with -serve: the `HOST:PORT` to listen on")
	o.maxBytes = maxBytesFlag(fs)
	o.renderOptionFlags = defineRenderOptionFlags(fs)
	return fs, o
}

// cmdPreview implements "chanrender preview": one HTML page drawing every
// input's renders, or with -serve an editor on a loopback address.
func cmdPreview(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := commandByName("preview")
	fs, o := previewFlags()
	if code, ok := parseFlags(c, fs, args, stdout, stderr); !ok {
		return code
	}
	every := *o.every || *o.channel == ""
	if *o.every && *o.channel != "" {
		return usageError(c, stderr, "give at most one of -channel NAME or -all")
	}
	targets, code := targetChannels(c, *o.channel, every && *o.channel == "", stderr)
	if code != exitOK {
		return code
	}
	opts := o.options()
	max := int64(*o.maxBytes)
	if *o.serve {
		if fs.NArg() > 0 || *o.out != "" {
			return usageError(c, stderr, "-serve takes no FILE and no -o")
		}
		return servePreview(c, *o.addr, previewHandler(targets, opts, max), stderr)
	}
	if fs.NArg() != 1 {
		return usageError(c, stderr, "takes one FILE or DIR, got %d arguments", fs.NArg())
	}
	ins, many, err := expandInputs(fs.Args())
	if err != nil {
		return usageError(c, stderr, "%v", err)
	}
	code = exitOK
	var pages []preview.Input
	for _, in := range ins {
		data, err := in.read(stdin, max)
		if err != nil {
			reportInputError(stderr, c, in, many, err)
			code = exitInvalid
			continue
		}
		p, ok := previewInput(in.name, data, targets, opts, max)
		if !ok {
			fprintf(stderr, "chanrender preview: %s: %s\n", in.name, p.Error)
			code = exitInvalid
		}
		pages = append(pages, p)
	}
	var b bytes.Buffer
	if err := preview.Page(&b, pages); err != nil {
		fprintf(stderr, "chanrender preview: %v\n", err)
		return exitInvalid
	}
	if *o.out == "" {
		if _, err := stdout.Write(b.Bytes()); err != nil {
			return exitInvalid
		}
		return code
	}
	if err := os.WriteFile(*o.out, b.Bytes(), 0o644); err != nil {
		fprintf(stderr, "chanrender preview: %v\n", err)
		return exitInvalid
	}
	return code
}

// previewInput decodes and renders one input for targets. ok is false when
// the input is invalid or a channel failed: Error then says why, and the
// channels that rendered are still drawn.
func previewInput(name string, data []byte, targets []channels.Channel, opts []render.Option, max int64) (preview.Input, bool) {
	p := preview.Input{Name: name, JSON: data}
	dec, err := schema.DecodeInput(data, schema.WithMaxBytes(max))
	if err != nil {
		p.Error = err.Error()
		return p, false
	}
	results, errs := renderInput(dec, targets, opts)
	var msgs []string
	for i, err := range errs {
		if err != nil {
			msgs = append(msgs, targets[i].Name()+": "+err.Error())
			continue
		}
		p.Results = append(p.Results, results[i])
	}
	p.Error = strings.Join(msgs, "\n")
	return p, len(msgs) == 0
}

// previewExample is the editor's first content: the seed's carousel.
func previewExample() string {
	b, err := fs.ReadFile(corpus.Messages(), "spec-carousel.json")
	if err != nil {
		return "{}"
	}
	return string(b)
}

// previewHandler serves the editor: GET shows the example's preview, a
// form POST of "message" previews the posted text. It keeps no state, and
// reads at most max bytes of message plus room for the form's encoding.
func previewHandler(targets []channels.Channel, opts []render.Option, max int64) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		text := previewExample()
		switch r.Method {
		case http.MethodGet, http.MethodHead:
		case http.MethodPost:
			// A form-encoded byte takes at most three bytes.
			r.Body = http.MaxBytesReader(w, r.Body, 3*max+1024)
			if err := r.ParseForm(); err != nil {
				http.Error(w, "the form is too large or malformed", http.StatusRequestEntityTooLarge)
				return
			}
			text = r.PostFormValue("message")
		default:
			w.Header().Set("Allow", "GET, HEAD, POST")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		p, _ := previewInput("editor", []byte(text), targets, opts, max)
		var b bytes.Buffer
		if err := preview.PageWith(&b, []preview.Input{p}, preview.Options{Editor: &preview.Editor{Action: "/", Text: text}}); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Content-Security-Policy", "default-src 'none'; img-src http: https:; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
		_, _ = w.Write(b.Bytes())
	})
}

// servePreview listens on addr and serves h until the server fails.
func servePreview(c *command, addr string, h http.Handler, stderr io.Writer) int {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		fprintf(stderr, "chanrender %s: %v\n", c.name, err)
		return exitInvalid
	}
	fprintf(stderr, "chanrender preview: serving on http://%s/\n", ln.Addr())
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: time.Minute, MaxHeaderBytes: 1 << 16}
	err = srv.Serve(ln)
	if err != nil && !errors.Is(err, http.ErrServerClosed) {
		fprintf(stderr, "chanrender %s: %v\n", c.name, fmt.Errorf("serving: %w", err))
		return exitInvalid
	}
	return exitOK
}
