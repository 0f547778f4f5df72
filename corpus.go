package chanrender

import (
	"embed"
	"io/fs"
)

// corpusFiles embeds the message corpus: a testdata directory cannot be
// imported, so the corpus is reachable only through this package.
//
//go:embed testdata/messages/*.json
var corpusFiles embed.FS

// Corpus returns the message corpus: one canonical request body per
// "*.json" file at the root of the returned file system (messages, and
// typing activities in "typing-*.json"), all valid. Its origins are listed
// in testdata/messages/SOURCES.md. The file system is read-only and safe for
// concurrent use.
func Corpus() fs.FS {
	sub, err := fs.Sub(corpusFiles, "testdata/messages")
	if err != nil {
		// fs.Sub fails only on an invalid path name, and this one is a
		// constant.
		panic("chanrender: " + err.Error())
	}
	return sub
}
