// Package chanrender turns one canonical Smooch v1 message (the body of
// POST /v1/appusers/{id}/messages, or a typing activity) into the request
// bodies each messaging channel's API accepts: Messenger, LINE, Telegram,
// the SDK channels and the text-only ones. Package schema decodes and
// validates the canonical message; channels holds each channel's capability
// table and wire format; render applies a channel's capabilities to a
// message and reports every loss; fallback is the numbered raw-text
// rendering used where a channel cannot show a construct natively; and
// cmd/chanrender is the command line. This root package only exposes the
// shared message corpus (Corpus) for the conformance tests of the other
// packages.
package chanrender
