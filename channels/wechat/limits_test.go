package wechat_test

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/channeltest"
	"github.com/chanrender/chanrender/channels/wechat"
	"github.com/chanrender/chanrender/render"
)

// WeChat's documented limits, checked on the rendered JSON of every corpus
// input, not on the capability table (check-payloads has no WeChat
// checker). Sources as in capabilities.go: SCM (WeChat's customer service
// message page), TYP (its typing page), † a third party's figure.
const (
	docText     = 2048 // † text.content bytes
	docHead     = 1024 // † msgmenu.head_content bytes
	docTail     = 1024 // † msgmenu.tail_content bytes
	docMenu     = 10   // † msgmenu.list entries
	docMenuID   = 64   // † msgmenu.list.id bytes
	docMenuText = 128  // † msgmenu.list.content bytes
	docTitle    = 128  // † news title bytes
	docDesc     = 512  // † news description bytes
	docArticles = 1    // SCM: one article per news message
	docQuota    = 5    // SCM: 5 messages within 48 hours of a user's message
)

// anchor is a link as the text carries it: href and label escaped, so
// neither holds a quote or an angle bracket.
var (
	anchor   = regexp.MustCompile(`<a href="([^"<>]*)">([^"<>]*)</a>`)
	anyA     = regexp.MustCompile(`<a\b`)
	rawAmp   = regexp.MustCompile(`&(?:[^a#]|a[^m]|#[^0-9])`)
	httpLink = regexp.MustCompile(`^https?://`)
)

func TestDocumentedLimits(t *testing.T) {
	ch := wechat.New()
	for _, f := range channeltest.Corpus(t) {
		var res render.Result
		var err error
		if f.Input.Message != nil {
			res, err = render.Render(f.Input.Message, ch, render.WithAppName(channeltest.AppName))
		} else {
			res, err = render.Activity(f.Input.Activity, ch)
		}
		if err != nil {
			t.Errorf("%s: %v", f.Name, err)
			continue
		}
		raw, err := json.Marshal(res.Payloads)
		if err != nil {
			t.Fatal(err)
		}
		var ps []struct {
			Method string         `json:"method"`
			Body   map[string]any `json:"body"`
		}
		if err := json.Unmarshal(raw, &ps); err != nil {
			t.Fatal(err)
		}
		bad := func(format string, args ...any) {
			t.Helper()
			t.Errorf(f.Name+": "+format, args...)
		}
		sends := 0
		for _, p := range ps {
			switch p.Method {
			case "typing":
				if c, _ := p.Body["command"].(string); c != "Typing" && c != "CancelTyping" || len(p.Body) != 1 {
					bad("typing body %v (TYP: command Typing or CancelTyping)", p.Body)
				}
				continue
			case "custom_send":
				sends++
			default:
				bad("method %q", p.Method)
				continue
			}
			typ, _ := p.Body["msgtype"].(string)
			obj, _ := p.Body[typ].(map[string]any)
			if obj == nil || len(p.Body) != 2 {
				bad("body %v is not msgtype and its one object", p.Body)
				continue
			}
			str := func(k string) string { s, _ := obj[k].(string); return s }
			switch typ {
			case "text":
				checkText(bad, str("content"))
			case "news":
				arts, _ := obj["articles"].([]any)
				if len(arts) != docArticles {
					bad("%d articles in a news message, want %d", len(arts), docArticles)
				}
				for _, a := range arts {
					a := a.(map[string]any)
					title, _ := a["title"].(string)
					desc, _ := a["description"].(string)
					if title == "" || len(title) > docTitle || len(desc) > docDesc {
						bad("article title %d bytes, description %d bytes", len(title), len(desc))
					}
					for _, k := range []string{"url", "picurl"} {
						if u, ok := a[k].(string); ok && !httpLink.MatchString(u) {
							bad("article %s %q is not http or https", k, u)
						}
					}
				}
			case "msgmenu":
				head, tail := str("head_content"), str("tail_content")
				if strings.TrimSpace(head) == "" || len(head) > docHead || len(tail) > docTail {
					bad("msgmenu head %d bytes, tail %d bytes", len(head), len(tail))
				}
				list, _ := obj["list"].([]any)
				if len(list) == 0 || len(list) > docMenu {
					bad("%d msgmenu entries", len(list))
				}
				ids := map[string]bool{}
				for _, e := range list {
					e := e.(map[string]any)
					id, _ := e["id"].(string)
					txt, _ := e["content"].(string)
					if id == "" || len(id) > docMenuID || txt == "" || len(txt) > docMenuText {
						bad("msgmenu entry id %d bytes, content %d bytes", len(id), len(txt))
					}
					if ids[id] {
						bad("msgmenu id %q twice: the answer would be ambiguous", id)
					}
					ids[id] = true
				}
			default:
				bad("msgtype %q", typ)
			}
		}
		// The quota makes every message a cost: more than one is reported.
		if sends > 1 && !hasCode(res.Report, channels.Split) {
			bad("%d messages and no Split in the report %v", sends, res.Report)
		}
		if sends > docQuota {
			t.Logf("%s: %d messages, over the %d a user message allows within 48 hours (reported)", f.Name, sends, docQuota)
		}
	}
}

// checkText checks a text content: within 2048 bytes, not empty, every <a
// an escaped http or https anchor.
func checkText(bad func(string, ...any), s string) {
	if strings.TrimSpace(s) == "" || len(s) > docText {
		bad("text content of %d bytes", len(s))
	}
	if n, m := len(anyA.FindAllString(s, -1)), len(anchor.FindAllString(s, -1)); n != m {
		bad("%d <a of which %d well formed: %q", n, m, s)
	}
	for _, g := range anchor.FindAllStringSubmatch(s, -1) {
		if !httpLink.MatchString(g[1]) {
			bad("href %q is not http or https", g[1])
		}
		if rawAmp.MatchString(g[1]) || rawAmp.MatchString(g[2]) {
			bad("unescaped & in %q", g[0])
		}
	}
}

func hasCode(r channels.Report, c channels.Code) bool {
	for _, d := range r {
		if d.Code == c {
			return true
		}
	}
	return false
}
