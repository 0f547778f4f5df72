package email_test

import (
	"bytes"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/channeltest"
	"github.com/chanrender/chanrender/channels/email"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

// limits: the text part within chanrender's own 100 000 bytes.
var limits = channeltest.Limits{Strings: map[string]channels.Limit{"text": {Max: 100000, Unit: channels.Bytes}}}

func TestConformance(t *testing.T) { channeltest.Run(t, email.New(), limits) }

func FuzzRender(f *testing.F) { channeltest.Fuzz(f, email.New(), limits) }

// channelsUnderTest are the email profiles: plain, and with each kind of
// answer link.
func channelsUnderTest(t testing.TB) []*email.Channel {
	a, err := email.NewWith(email.WithReplyAddress("Answers <answers@acme.example>"), email.WithSubject("Your order"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := email.NewWith(email.WithAnswerURL("https://acme.example/answer?src=mail"))
	if err != nil {
		t.Fatal(err)
	}
	return []*email.Channel{email.New(), a, b}
}

// unsafeHTML returns what is unsafe in an HTML part: a script (or any
// active element), an on* attribute, a javascript:/vbscript:/data: URL, a
// <style> element or an external stylesheet, an image without alt text.
func unsafeHTML(t testing.TB, doc string) []string {
	n, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		t.Fatalf("HTML part does not parse: %v", err)
	}
	var bad []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "iframe", "object", "embed", "link", "form", "base":
				bad = append(bad, "<"+n.Data+">")
			}
			alt := false
			for _, a := range n.Attr {
				k := strings.ToLower(a.Key)
				if strings.HasPrefix(k, "on") {
					bad = append(bad, n.Data+" "+k)
				}
				v := strings.ToLower(strings.Map(func(r rune) rune {
					if r <= ' ' {
						return -1
					}
					return r
				}, a.Val))
				if (k == "href" || k == "src") && (strings.HasPrefix(v, "javascript:") || strings.HasPrefix(v, "vbscript:") || strings.HasPrefix(v, "data:")) {
					bad = append(bad, n.Data+" "+k+"="+a.Val)
				}
				if k == "alt" && strings.TrimSpace(a.Val) != "" {
					alt = true
				}
			}
			if n.Data == "img" && !alt {
				bad = append(bad, "img without alt text")
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return bad
}

// checkHTML renders v on every profile and checks every HTML part.
func checkHTML(t testing.TB, v *schema.Valid, name string) {
	for _, ch := range channelsUnderTest(t) {
		res, err := render.Render(v, ch, render.WithAppName(channeltest.AppName))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, p := range res.Payloads {
			m, ok := p.Body.(*email.Message)
			if !ok {
				t.Fatalf("%s: body %T", name, p.Body)
			}
			if bad := unsafeHTML(t, m.HTML); len(bad) > 0 {
				t.Errorf("%s: unsafe HTML %v:\n%s", name, bad, m.HTML)
			}
			if strings.ContainsAny(m.Subject, "\r\n") {
				t.Errorf("%s: subject %q has a line break", name, m.Subject)
			}
		}
	}
}

func TestHTMLSafeOnCorpus(t *testing.T) {
	for _, f := range channeltest.Corpus(t) {
		if f.Input.Message != nil {
			checkHTML(t, f.Input.Message, f.Name)
		}
	}
}

// hostile puts a script tag, an onerror attribute and a javascript: link
// in every text field.
const hostile = `<script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a>"'><svg onload=alert(1)>`

func TestHTMLSafeOnHostileMessages(t *testing.T) {
	h := strings.ReplaceAll(hostile, `"`, `\"`)
	for _, body := range []string{
		`{"role":"appMaker","type":"text","text":"` + h + `","actions":[{"type":"link","text":"` + h + `","uri":"javascript:alert(1)"},{"type":"link","text":"` + h + `","uri":"JaVaScRiPt:alert(1)"},{"type":"link","text":"ok","uri":"https://x.example/\"onmouseover=\"alert(1)"},{"type":"webview","text":"` + h + `","uri":"https://x.example/` + "%3Cscript%3E" + `"},{"type":"buy","text":"` + h + `","amount":100},{"type":"postback","text":"` + h + `","payload":"` + h + `"}]}`,
		`{"role":"appMaker","type":"text","text":"` + h + `","actions":[{"type":"reply","text":"` + h + `","payload":"` + h + `"},{"type":"locationRequest","text":"` + h + `"}]}`,
		`{"role":"appMaker","type":"image","text":"` + h + `","mediaUrl":"https://x.example/a.png?\"onerror=\"alert(1)"}`,
		`{"role":"appMaker","type":"file","text":"` + h + `","mediaUrl":"https://x.example/` + "%3Cscript%3E" + `.pdf"}`,
		`{"role":"appMaker","type":"location","text":"` + h + `","coordinates":{"lat":1,"long":2},"location":{"name":"` + h + `","address":"` + h + `"}}`,
		`{"role":"appMaker","type":"carousel","text":"` + h + `","items":[{"title":"` + h + `","description":"` + h + `","mediaUrl":"https://x.example/\"onerror=\"a.png","actions":[{"type":"link","text":"` + h + `","uri":"javascript:alert(1)"},{"type":"postback","text":"` + h + `","payload":"` + h + `"},{"type":"link","text":"` + h + `","uri":"data:text/html,<script>alert(1)</script>"}]}],"actions":[{"type":"link","text":"` + h + `","uri":"vbscript:x"},{"type":"webview","text":"` + h + `","uri":"https://x.example"}]}`,
		`{"role":"appMaker","type":"list","items":[{"title":"` + h + `","actions":[{"type":"webview","text":"` + h + `","uri":"https://x.example"}]}]}`,
	} {
		v, err := schema.Decode([]byte(body))
		if err != nil {
			t.Fatalf("%v\n%s", err, body)
		}
		checkHTML(t, v, body[:40])
	}
}

func FuzzHTMLSafe(f *testing.F) {
	for _, s := range []string{hostile, "plain", "javascript:alert(1)", "a\r\nBcc: x@y"} {
		f.Add(s, "https://x.example/a.png")
	}
	f.Fuzz(func(t *testing.T, s, u string) {
		for _, m := range []*schema.Message{
			{Role: schema.RoleAppMaker, Type: schema.TypeText, Text: s + "x", Actions: []schema.Action{
				{Type: schema.ActionLink, Text: s + "l", URI: u}, {Type: schema.ActionPostback, Text: s + "b", Payload: s + "p"}}},
			{Role: schema.RoleAppMaker, Type: schema.TypeText, Text: s + "x", Actions: []schema.Action{{Type: schema.ActionReply, Text: s + "r", Payload: s + "p"}}},
			{Role: schema.RoleAppMaker, Type: schema.TypeImage, Text: s, MediaURL: u},
			{Role: schema.RoleAppMaker, Type: schema.TypeCarousel, Text: s, Items: []schema.Item{{Title: s + "t", Description: s, MediaURL: u,
				Actions: []schema.Action{{Type: schema.ActionLink, Text: s + "l", URI: u}, {Type: schema.ActionPostback, Text: s + "p", Payload: s + "p"}}}}},
			{Role: schema.RoleAppMaker, Type: schema.TypeLocation, Text: s, Coordinates: &schema.Coordinates{Lat: 1, Long: 2}, Location: &schema.Location{Name: s, Address: s}},
		} {
			v, err := schema.Validate(m)
			if err != nil {
				continue
			}
			checkHTML(t, v, "fuzz")
		}
	})
}

// The RFC 5322 message: CRLF only, no line over 998 bytes, the subject
// Q-encoded when it is not ASCII, both parts quoted-printable and giving
// back the text and the HTML.
func TestWriteMessage(t *testing.T) {
	long := strings.Repeat("Crème brûlée 🍮 ", 400)
	for _, m := range []*email.Message{
		{Subject: "Hello", Text: "Hi\nthere", HTML: "<p>Hi</p>"},
		{Subject: long, Text: long + "\n" + strings.Repeat("x", 5000), HTML: "<p>" + long + "</p>" + strings.Repeat("y", 3000)},
		{Subject: strings.Repeat("a", 2000), Text: "a\r\n.\r\nb\rc", HTML: ""},
		{Subject: "x\r\nBcc: evil@example.com", Text: "t", HTML: "h"},
	} {
		var b bytes.Buffer
		h := email.Header{
			From: mail.Address{Name: "ACME Bötique " + strings.Repeat("é", 60), Address: "shop@acme.example"},
			To:   mail.Address{Address: "user@example.org"}, Date: time.Date(2026, 7, 14, 18, 30, 0, 0, time.UTC), MessageID: "1@acme.example",
		}
		if err := email.WriteMessage(&b, h, m); err != nil {
			t.Fatal(err)
		}
		raw := b.String()
		if strings.Contains(strings.ReplaceAll(raw, "\r\n", ""), "\n") || strings.Contains(strings.ReplaceAll(raw, "\r\n", ""), "\r") {
			t.Errorf("a bare LF or CR in the message")
		}
		for _, l := range strings.Split(raw, "\r\n") {
			if len(l) > 998 {
				t.Errorf("line of %d bytes", len(l))
			}
		}
		msg, err := mail.ReadMessage(strings.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		if msg.Header.Get("Bcc") != "" {
			t.Error("the subject added a header")
		}
		subj, err := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
		if err != nil {
			t.Fatal(err)
		}
		if want := strings.NewReplacer("\r", " ", "\n", " ").Replace(m.Subject); strings.TrimSpace(want) != subj {
			t.Errorf("subject %q, want %q", subj, want)
		}
		for _, l := range strings.Split(raw[:strings.Index(raw, "\r\n\r\n")], "\r\n") {
			for i := 0; i < len(l); i++ {
				if l[i] >= 0x80 {
					t.Fatalf("non-ASCII header line %q", l)
				}
			}
		}
		_, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
		if err != nil {
			t.Fatal(err)
		}
		r := multipart.NewReader(msg.Body, params["boundary"])
		for _, want := range []string{m.Text, m.HTML} {
			p, err := r.NextRawPart()
			if err != nil {
				t.Fatal(err)
			}
			if p.Header.Get("Content-Transfer-Encoding") != "quoted-printable" {
				t.Errorf("part encoding %q", p.Header.Get("Content-Transfer-Encoding"))
			}
			got, err := io.ReadAll(quotedprintable.NewReader(p))
			if err != nil {
				t.Fatal(err)
			}
			norm := strings.NewReplacer("\r\n", "\n", "\r", "\n")
			if norm.Replace(string(got)) != norm.Replace(want) {
				t.Errorf("part does not round-trip")
			}
		}
	}
}

// Answer links carry the payload back, and resolve.
func TestAnswerLinks(t *testing.T) {
	v, err := schema.Decode([]byte(`{"role":"appMaker","type":"text","text":"Lunch?","actions":[{"type":"link","text":"Menu","uri":"https://acme.example/menu"},{"type":"postback","text":"Ramen","payload":"RAMEN now"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	r, err := schema.Decode([]byte(`{"role":"appMaker","type":"text","text":"Lunch?","actions":[{"type":"reply","text":"Tacos","payload":"TACOS"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	chs := channelsUnderTest(t)
	res, err := render.Render(v, chs[1])
	if err != nil {
		t.Fatal(err)
	}
	m := res.Payloads[0].Body.(*email.Message)
	if !strings.Contains(m.HTML, `href="mailto:answers@acme.example?subject=RAMEN%20now"`) || m.Subject != "Your order" {
		t.Errorf("reply-address links:\n%s\n%s", m.Subject, m.HTML)
	}
	if c, ok := render.ResolveData(v, chs[1], "RAMEN now"); !ok || c.Path != "actions[1]" {
		t.Errorf("ResolveData = %+v %v", c, ok)
	}
	res, err = render.Render(r, chs[2])
	if err != nil {
		t.Fatal(err)
	}
	if m := res.Payloads[0].Body.(*email.Message); !strings.Contains(m.HTML, `href="https://acme.example/answer?payload=TACOS&amp;src=mail"`) {
		t.Errorf("answer-URL links:\n%s", m.HTML)
	}
	// Without links: numbered options, typed back.
	res, err = render.Render(r, chs[0])
	if err != nil {
		t.Fatal(err)
	}
	if m := res.Payloads[0].Body.(*email.Message); !strings.Contains(m.Text, "1. Tacos") || m.Subject != "Lunch?" {
		t.Errorf("plain: %q %q", m.Subject, m.Text)
	}
	if c, ok := render.ResolveText(r, chs[0], "1"); !ok || c.Path != "actions[0]" {
		t.Errorf("ResolveText = %+v %v", c, ok)
	}
	if _, err := email.NewWith(email.WithAnswerURL("javascript:alert(1)")); err == nil {
		t.Error("a javascript: answer URL is accepted")
	}
}
