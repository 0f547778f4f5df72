package shorthand

import (
	"strings"
	"unicode"
)

// strip removes toks (sorted, non-overlapping, none spanning a line break)
// from s and tidies the whitespace they leave, as the package documentation
// describes. Without tokens s is returned unchanged.
func strip(s string, toks []token) string {
	if len(toks) == 0 {
		return s
	}
	var kept []string
	lineStart := 0
	for lineStart <= len(s) {
		lineEnd := strings.IndexByte(s[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(s)
		} else {
			lineEnd += lineStart
		}
		var inLine []token
		for len(toks) > 0 && toks[0].start < lineEnd {
			inLine = append(inLine, toks[0])
			toks = toks[1:]
		}
		line := s[lineStart:lineEnd]
		if len(inLine) > 0 {
			line = stripLine(s, lineStart, lineEnd, inLine)
		}
		if len(inLine) == 0 || strings.TrimSpace(line) != "" {
			kept = append(kept, line)
		}
		lineStart = lineEnd + 1
	}
	return strings.TrimSpace(strings.Join(kept, "\n"))
}

// stripLine returns s[start:end] without toks: each token goes with the
// horizontal whitespace before it, or after it when it begins the line.
func stripLine(s string, start, end int, toks []token) string {
	var line string
	pos := start
	atLineStart := false
	for _, t := range toks {
		piece := s[pos:t.start]
		if atLineStart {
			piece = strings.TrimLeftFunc(piece, horizontalSpace)
		}
		line = strings.TrimRightFunc(line+piece, horizontalSpace)
		atLineStart = line == ""
		pos = t.end
	}
	piece := s[pos:end]
	if atLineStart {
		piece = strings.TrimLeftFunc(piece, horizontalSpace)
	}
	return line + piece
}

// horizontalSpace reports whether r is whitespace other than a line feed.
func horizontalSpace(r rune) bool { return r != '\n' && unicode.IsSpace(r) }
