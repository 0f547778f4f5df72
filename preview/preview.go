// Package preview draws renders as one self-contained HTML page for QA:
// for each input message, a row per channel showing what that channel's
// user would see, drawn from the rendered payloads (each channel's wire
// types), with the channel's report beside it and the input's JSON.
//
// The page is built with html/template only: every piece of message
// content is escaped for its context, no message can run script, and the
// only remote resources the page loads are the message's own http(s)
// images. An email's HTML part is shown in an iframe's srcdoc, sandboxed
// without allow-scripts, under the page's Content-Security-Policy.
//
// Markup hooks for tests and tools: each channel's drawing is inside an
// element with data-channel="NAME", each payload inside data-payload="INDEX"
// (its index in Result.Payloads), each report entry carries data-code and
// data-path.
package preview

import (
	"bytes"
	"embed"
	"html/template"
	"io"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/render"
)

// Input is one message to preview: its name (a file name), the input JSON
// as given, and the results of its renders, one per channel.
type Input struct {
	// Name names the input in the page: a file's path, or "editor".
	Name string
	// JSON is the input as given, shown beside its renders.
	JSON []byte
	// Results are the renders to draw, in the order to show them.
	Results []render.Result
	// Error, when not empty, is shown instead of renders: the input's
	// decoding or rendering problem.
	Error string
}

//go:embed page.tmpl
var files embed.FS

var page = template.Must(template.New("page.tmpl").ParseFS(files, "page.tmpl"))

// Options change what Page writes around the previews.
type Options struct {
	// Editor, when not nil, adds a form posting the edited input JSON to
	// Editor.Action: "chanrender preview -serve" uses it.
	Editor *Editor
}

// Editor is the form of the page: a textarea holding Text, posted to
// Action.
type Editor struct {
	// Action is the URL path the form posts to.
	Action string
	// Text is the textarea's content.
	Text string
}

// view is what the template draws.
type view struct {
	Editor *Editor
	Inputs []inputView
	// Paths are the report paths of every input: one CSS rule each
	// highlights, while an entry at the path is hovered, the value at the
	// path in its input's JSON.
	Paths []string
}

type inputView struct {
	Name     string
	JSON     []seg
	Error    string
	Channels []channelView
}

type channelView struct {
	Name     string
	Payloads []payloadView
	Report   channels.Report
	Cut      int
}

type payloadView struct {
	Index  int
	Method string
	Nodes  []node
}

// Page writes the preview of inputs to w as one HTML document: one section
// per input, a row per channel.
func Page(w io.Writer, inputs []Input) error {
	return PageWith(w, inputs, Options{})
}

// PageWith is Page with options.
func PageWith(w io.Writer, inputs []Input, o Options) error {
	v := view{Editor: o.Editor}
	for _, in := range inputs {
		iv := inputView{Name: in.Name, JSON: sourceSegments(in.JSON), Error: in.Error}
		for _, r := range in.Results {
			cv := channelView{Name: r.Channel, Report: r.Report}
			for _, d := range r.Report {
				if d.Code == channels.Truncated {
					cv.Cut++
				}
			}
			for i, p := range r.Payloads {
				ns := draw(p)
				if cv.Cut > 0 {
					markCut(ns)
				}
				cv.Payloads = append(cv.Payloads, payloadView{Index: i, Method: p.Method, Nodes: ns})
			}
			iv.Channels = append(iv.Channels, cv)
		}
		v.Inputs = append(v.Inputs, iv)
	}
	seen := map[string]bool{}
	for _, iv := range v.Inputs {
		for _, c := range iv.Channels {
			for _, d := range c.Report {
				if !seen[d.Path] {
					seen[d.Path] = true
					v.Paths = append(v.Paths, d.Path)
				}
			}
		}
	}
	var b bytes.Buffer
	if err := page.Execute(&b, v); err != nil {
		return err
	}
	_, err := w.Write(b.Bytes())
	return err
}
