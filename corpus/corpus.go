// Package corpus is chanrender's message corpus: canonical Smooch v1 request
// bodies covering every message type, action type and option, the seed's
// examples, peers' examples and each channel's edge cases (their origins
// are in messages/SOURCES.md). The conformance kit (channels/channeltest)
// renders all of them on every channel; QA and channel authors can read
// them, and the README's commands use them.
package corpus

import (
	"embed"
	"io/fs"
)

// files embeds the messages.
//
//go:embed messages/*.json
var files embed.FS

// Messages returns the corpus: one canonical request body per "*.json"
// file at the root of the returned file system (messages, and typing
// activities in "typing-*.json"), all valid. The file system is read-only
// and safe for concurrent use.
func Messages() fs.FS {
	sub, err := fs.Sub(files, "messages")
	if err != nil {
		// fs.Sub fails only on an invalid path name, and this one is a
		// constant.
		panic("corpus: " + err.Error())
	}
	return sub
}
