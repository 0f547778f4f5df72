// Package chanrender turns one canonical Smooch v1 message (the body of
// POST /v1/appusers/{id}/messages, or a typing activity) into what each
// messaging channel's API accepts: Messenger, LINE, Telegram, the SDK
// channels and the text-only ones, with a report of everything a channel
// could not show, each entry naming the JSON path of the input it concerns.
//
// A server calls Render (one channel) or RenderAll (every channel of a
// registry) with the request body:
//
//	res, err := chanrender.Render(body, line.New(), render.WithAppName("ACME"))
//	// res.Payloads: what to send; res.Report: what was lost, with paths
//
// The parts, for finer control:
//
//   - schema decodes and validates the canonical message (Decode for bytes,
//     Validate for a message built in code) into a schema.Valid;
//   - render renders a schema.Valid for a channel (render.Render,
//     render.RenderAll, render.Activity) and reports every loss;
//   - channels is the contract every channel implements: its capability
//     table (plain data), payloads, reports and the registry; each channel
//     lives in its own package under channels/ (channels/all builds a
//     registry of all of them);
//   - fallback is the numbered raw-text rendering used where a channel
//     cannot show a construct natively, and maps a typed answer back;
//   - corpus is the message corpus every channel is tested on;
//   - cmd/chanrender is the command line.
//
// Everything is pure: no network, no clock, no global state. The same input
// gives byte-identical output, and every function is safe for concurrent
// use. The behaviour contract and each channel's documented limits are in
// the repository's docs/ directory.
package chanrender
