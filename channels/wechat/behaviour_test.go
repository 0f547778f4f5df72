package wechat_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/wechat"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

func decode(t *testing.T, in string) *schema.Valid {
	t.Helper()
	v, err := schema.Decode([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func renderJSON(t *testing.T, in string) (string, render.Result) {
	t.Helper()
	res, err := render.Render(decode(t, in), wechat.New(), render.WithAppName("ACME"))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(res.Payloads)
	return string(b), res
}

func replies(n int) string {
	var as []string
	for i := range n {
		as = append(as, fmt.Sprintf(`{"type":"reply","text":"Option %d","payload":"P%d"}`, i+1, i+1))
	}
	return `{"role":"appMaker","type":"text","text":"Pick one","actions":[` + strings.Join(as, ",") + `]}`
}

func TestBuild(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
		code           channels.Code
		path           string
	}{
		{"3 replies: msgmenu", replies(3), `"msgtype":"msgmenu","msgmenu":{"head_content":"Pick one","list":[{"id":"P1","content":"Option 1"}`, "", ""},
		{"10 replies: msgmenu", replies(10), `{"id":"P10","content":"Option 10"}]`, "", ""},
		{"11 replies: numbered text", replies(11), `11. Option 11`, channels.FellBack, "actions[10]"},
		{"escaped link", `{"role":"appMaker","type":"text","text":"Read","actions":[{"type":"link","text":"Q&A <\"now\">","uri":"https://example.org/?a=1&b='2'"}]}`,
			`Read\n\u003ca href=\"https://example.org/?a=1\u0026amp;b=\u0026#39;2\u0026#39;\"\u003eQ\u0026amp;A \u0026lt;\u0026#34;now\u0026#34;\u0026gt;\u003c/a\u003e`, "", ""},
		{"javascript link dropped", `{"role":"appMaker","type":"text","text":"Read","actions":[{"type":"link","text":"x","uri":"javascript:alert(1)"}]}`, `{"content":"Read"}`, channels.Dropped, "actions[0]"},
		{"image by URL: a link", `{"role":"appMaker","type":"image","mediaUrl":"https://example.org/a.jpg"}`, `https://example.org/a.jpg`, channels.FellBack, "type"},
		{"menu with a link: tail line", `{"role":"appMaker","type":"text","text":"Hi","actions":[{"type":"postback","text":"Go","payload":"GO"},{"type":"link","text":"Site","uri":"https://example.org"}]}`, `"tail_content":"Site https://example.org"`, channels.FellBack, "actions[1]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, res := renderJSON(t, tc.in)
			if !strings.Contains(got, tc.want) {
				t.Errorf("payloads lack %s:\n%s", tc.want, got)
			}
			if tc.code != "" && !res.Report.Has(tc.code, tc.path) {
				t.Errorf("report lacks %s at %s: %v", tc.code, tc.path, res.Report)
			}
		})
	}
}

func corpusFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("../../corpus/messages/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// The seed carousel is two news messages, one article each; the postbacks
// an article cannot carry are reported, and the second message too.
func TestSeedCarousel(t *testing.T) {
	_, res := renderJSON(t, corpusFile(t, "spec-carousel.json"))
	if len(res.Payloads) != 2 {
		t.Fatalf("%d payloads, want 2", len(res.Payloads))
	}
	for i, p := range res.Payloads {
		m := p.Body.(*wechat.Message)
		if m.MsgType != "news" || len(m.News.Articles) != 1 || m.News.Articles[0].URL != "http://example.org" || m.News.Articles[0].PicURL == "" {
			t.Errorf("payload %d: %+v", i, m)
		}
	}
	for _, p := range []string{"items[0].actions[0]", "items[1].actions[0]"} {
		if !res.Report.Has(channels.Dropped, p) {
			t.Errorf("no Dropped at %s: %v", p, res.Report)
		}
	}
	if !res.Report.Has(channels.Split, "items[1]") {
		t.Errorf("the second message is not reported: %v", res.Report)
	}
}

// 14 replies are one numbered text rather than two menus (each a message
// of the quota); every reply is reported and a typed number answers.
func TestFourteenReplies(t *testing.T) {
	in := corpusFile(t, "line-replies-fourteen.json")
	_, res := renderJSON(t, in)
	if len(res.Payloads) != 1 || res.Payloads[0].Body.(*wechat.Message).MsgType != "text" {
		t.Fatalf("not one text: %+v", res.Payloads)
	}
	for j := range 14 {
		if p := fmt.Sprintf("actions[%d]", j); !res.Report.Has(channels.FellBack, p) {
			t.Errorf("no FellBack at %s", p)
		}
	}
	c, ok := render.Resolve(decode(t, in), wechat.New(), "14", render.WithAppName("ACME"))
	if !ok || c.Path != "actions[13]" {
		t.Errorf(`"14" resolves to %+v %v`, c, ok)
	}
}

// A menu choice comes back as bizmsgmenuid, the id sent: the payload.
func TestMenuAnswer(t *testing.T) {
	in := replies(3)
	c, ok := render.Resolve(decode(t, in), wechat.New(), "P2", render.WithAppName("ACME"))
	if !ok || c.Path != "actions[1]" {
		t.Errorf("P2 resolves to %+v %v", c, ok)
	}
}

func TestTyping(t *testing.T) {
	for typ, want := range map[schema.ActivityType]string{schema.TypingStart: "Typing", schema.TypingStop: "CancelTyping"} {
		res, err := render.Activity(&schema.Activity{Role: schema.RoleAppMaker, Type: typ}, wechat.New())
		if err != nil || len(res.Payloads) != 1 || res.Payloads[0].Method != wechat.MethodTyping || res.Payloads[0].Body.(*wechat.Typing).Command != want {
			t.Errorf("%s: %+v %v", typ, res.Payloads, err)
		}
	}
}
