package email

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"strings"
	"time"
	"unicode/utf8"
)

// Header is what an SMTP sender adds to a Message: the addresses, the date
// and, optionally, a Message-ID (without angle brackets). WriteMessage is
// pure: the caller gives the date.
type Header struct {
	From, To  mail.Address
	Date      time.Time
	MessageID string
}

// WriteMessage writes m as an RFC 5322 message for an SMTP sender: the
// headers (From, To, Subject, Date, Message-ID, MIME-Version), then a
// multipart/alternative body (RFC 2046) of the text part and the HTML part,
// each UTF-8 and quoted-printable. Every line ends in CRLF and none is over
// 998 bytes (RFC 5322 §2.1.1; quoted-printable lines are at most 76);
// non-ASCII header text is RFC 2047 Q-encoded and folded between encoded
// words. The boundary is derived from the content, so the output is
// deterministic.
func WriteMessage(w io.Writer, h Header, m *Message) error {
	if m == nil {
		return errors.New("email: nil message")
	}
	if h.From.Address == "" || h.To.Address == "" {
		return errors.New("email: WriteMessage needs From and To addresses")
	}
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	sum := sha256.Sum256([]byte(m.Subject + "\x00" + m.Text + "\x00" + m.HTML))
	if err := mw.SetBoundary("chanrender-" + hex.EncodeToString(sum[:12])); err != nil {
		return err
	}
	for _, p := range []struct{ typ, content string }{{"text/plain", m.Text}, {"text/html", m.HTML}} {
		pw, err := mw.CreatePart(textproto.MIMEHeader{
			"Content-Type":              {p.typ + "; charset=utf-8"},
			"Content-Transfer-Encoding": {"quoted-printable"},
		})
		if err != nil {
			return err
		}
		qp := quotedprintable.NewWriter(pw)
		if _, err := qp.Write([]byte(crlf(p.content))); err != nil {
			return err
		}
		if err := qp.Close(); err != nil {
			return err
		}
	}
	if err := mw.Close(); err != nil {
		return err
	}
	var head strings.Builder
	field := func(name, value string) { head.WriteString(name + ": " + value + "\r\n") }
	field("From", fold(h.From.String()))
	field("To", fold(h.To.String()))
	field("Subject", encodeWords(oneLine(m.Subject)))
	if !h.Date.IsZero() {
		field("Date", h.Date.Format(time.RFC1123Z))
	}
	if id := oneLine(h.MessageID); id != "" && !strings.ContainsAny(id, "<> ") {
		field("Message-ID", "<"+id+">")
	}
	field("MIME-Version", "1.0")
	field("Content-Type", `multipart/alternative; boundary="`+mw.Boundary()+`"`)
	head.WriteString("\r\n")
	if _, err := io.WriteString(w, head.String()); err != nil {
		return err
	}
	_, err := w.Write(body.Bytes())
	return err
}

// crlf writes every line break of s as CRLF (quoted-printable then keeps
// them as hard line breaks).
func crlf(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.ReplaceAll(s, "\n", "\r\n")
}

// fold folds an address header (net/mail writes a long name as several
// encoded words on one line) between its encoded words.
func fold(s string) string { return strings.ReplaceAll(s, "?= =?", "?=\r\n =?") }

// encodeWords writes s as a header value: as is when it is printable ASCII
// short enough for one line, else as RFC 2047 Q-encoded words (the
// encoding mime.QEncoding writes) of at most 75 characters, one per folded
// line, each holding whole characters.
func encodeWords(s string) string {
	ascii := len(s) <= 900
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] >= 0x20 && s[i] < 0x7f
	}
	if ascii && !strings.Contains(s, "=?") {
		return s
	}
	const prefix, suffix = "=?utf-8?q?", "?="
	var words []string
	var cur strings.Builder
	for _, r := range s {
		var enc string
		switch {
		case r == ' ':
			enc = "_"
		case r < utf8.RuneSelf && r > 0x20 && r < 0x7f && !strings.ContainsRune(`=?_"(),.:;<>@[\]`, r):
			enc = string(r)
		default:
			var buf [utf8.UTFMax]byte
			n := utf8.EncodeRune(buf[:], r)
			for _, c := range buf[:n] {
				enc += fmt.Sprintf("=%02X", c)
			}
		}
		if len(prefix)+cur.Len()+len(enc)+len(suffix) > 75 {
			words = append(words, prefix+cur.String()+suffix)
			cur.Reset()
		}
		cur.WriteString(enc)
	}
	if cur.Len() > 0 || len(words) == 0 {
		words = append(words, prefix+cur.String()+suffix)
	}
	return strings.Join(words, "\r\n ")
}
