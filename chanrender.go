package chanrender

import (
	"errors"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

// Render decodes body, a message or a typing activity as
// POST /v1/appusers/{id}/messages (or .../conversation/activity) takes it,
// and renders it for ch. Invalid input is an error joining one
// *schema.Error per problem, each with its JSON path (schema.Errors lists
// them); a usable result always fits the channel, and its Report lists
// what was lost.
//
// The body is decoded with schema.Decode's defaults (1 MiB, unknown fields
// ignored); for other decoding options, call schema.DecodeInput and
// render.Render or render.Activity.
func Render(body []byte, ch channels.Channel, opts ...render.Option) (render.Result, error) {
	in, err := schema.DecodeInput(body)
	if err != nil {
		return render.Result{}, err
	}
	if in.Activity != nil {
		return render.Activity(in.Activity, ch, opts...)
	}
	return render.Render(in.Message, ch, opts...)
}

// RenderAll decodes body once and renders it for every channel of reg, in
// name order (reg.Channels): what a server sending one message to several
// channels calls. The renders share what does not depend on the channel
// (render.RenderAll). A channel that fails leaves its Result zero and adds
// its error to the returned errors.Join; invalid input fails them all.
func RenderAll(body []byte, reg *channels.Registry, opts ...render.Option) ([]render.Result, error) {
	if reg == nil {
		return nil, errors.New("chanrender: nil registry")
	}
	in, err := schema.DecodeInput(body)
	if err != nil {
		return nil, err
	}
	chs := reg.Channels()
	if in.Activity == nil {
		return render.RenderAll(in.Message, chs, opts...)
	}
	results := make([]render.Result, len(chs))
	var errs []error
	for i, ch := range chs {
		res, err := render.Activity(in.Activity, ch, opts...)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		results[i] = res
	}
	return results, errors.Join(errs...)
}
