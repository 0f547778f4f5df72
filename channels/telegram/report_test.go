package telegram_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/telegram"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

// TestReportEntries asserts the code and path of every entry, as the
// contract (docs/RENDERING.md §3 Telegram, §5) gives them.
func TestReportEntries(t *testing.T) {
	tests := []struct {
		name string
		msg  string
		want []entry
	}{
		{
			name: "payload over 64 bytes shortened",
			msg:  fmt.Sprintf(`{"role":"appMaker","type":"text","text":"Hi","actions":[{"type":"postback","text":"Go","payload":%q}]}`, strings.Repeat("p", 65)),
			want: []entry{{channels.Shortened, "actions[0].payload"}},
		},
		{
			name: "payload of 88 bytes in an item shortened",
			msg: fmt.Sprintf(`{"role":"appMaker","type":"carousel","items":[{"title":"A","actions":[
				{"type":"postback","text":"Go","payload":"ok"},{"type":"postback","text":"Go","payload":%q}]}]}`, strings.Repeat("🌮", 22)),
			want: []entry{{channels.Shortened, "items[0].actions[1].payload"}},
		},
		{
			name: "payload of exactly 64 bytes sent as is",
			msg:  fmt.Sprintf(`{"role":"appMaker","type":"text","text":"Hi","actions":[{"type":"postback","text":"Go","payload":%q}]}`, strings.Repeat("🌯", 16)),
			want: []entry{},
		},
		{
			name: "share dropped",
			msg: `{"role":"appMaker","type":"carousel","items":[
				{"title":"A","actions":[{"type":"share"},{"type":"postback","text":"Go","payload":"A"}]}]}`,
			want: []entry{{channels.Dropped, "items[0].actions[0]"}},
		},
		{
			name: "caption over 1024 UTF-16 units split",
			msg:  fmt.Sprintf(`{"role":"appMaker","type":"image","mediaUrl":"https://x.org/a.jpg","text":%q}`, strings.Repeat("a", 1025)),
			want: []entry{{channels.Split, "text"}},
		},
		{
			name: "caption of exactly 1024 UTF-16 units kept",
			msg:  fmt.Sprintf(`{"role":"appMaker","type":"image","mediaUrl":"https://x.org/a.jpg","text":%q}`, strings.Repeat("😀", 512)),
			want: []entry{},
		},
		{
			name: "document caption split",
			msg:  fmt.Sprintf(`{"role":"appMaker","type":"file","mediaUrl":"https://x.org/a.pdf","text":%q}`, strings.Repeat("é", 1025)),
			want: []entry{{channels.Split, "text"}},
		},
		{
			name: "DOCX file fell back",
			msg:  `{"role":"appMaker","type":"file","mediaUrl":"https://x.org/contract.docx","text":"Sign here"}`,
			want: []entry{{channels.FellBack, "mediaUrl"}},
		},
		{
			name: "file of unknown type fell back",
			msg:  `{"role":"appMaker","type":"file","mediaUrl":"https://x.org/download?id=3"}`,
			want: []entry{{channels.FellBack, "mediaUrl"}},
		},
		{
			name: "GIF, PDF and ZIP files native",
			msg:  `{"role":"appMaker","type":"file","mediaUrl":"https://x.org/a.ZIP"}`,
			want: []entry{},
		},
		{
			name: "text over 4096 UTF-16 units split",
			msg:  fmt.Sprintf(`{"role":"appMaker","type":"text","text":%q}`, strings.Repeat("😀", 2048)+"☕"),
			want: []entry{{channels.Split, "text"}},
		},
		{
			name: "text of exactly 4096 UTF-16 units of emoji kept",
			msg:  fmt.Sprintf(`{"role":"appMaker","type":"text","text":%q}`, strings.Repeat("😀", 2048)),
			want: []entry{},
		},
		{
			name: "a grapheme cluster longer than 4096 UTF-16 units truncated",
			msg:  fmt.Sprintf(`{"role":"appMaker","type":"text","text":%q}`, "Hi "+"a"+strings.Repeat("\u0301", 5000)),
			want: []entry{{channels.Split, "text"}, {channels.Truncated, "text"}},
		},
		{
			name: "ftp link dropped, tg link kept",
			msg: `{"role":"appMaker","type":"text","text":"Hi","actions":[
				{"type":"link","text":"FTP","uri":"ftp://x.org/f"},{"type":"link","text":"Chat","uri":"tg://resolve?domain=x"}]}`,
			want: []entry{{channels.Dropped, "actions[0]"}},
		},
		{
			name: "buy without uri dropped",
			msg: `{"role":"appMaker","type":"text","text":"Hi","actions":[
				{"type":"buy","text":"Buy","amount":100},{"type":"link","text":"Site","uri":"https://x.org"}]}`,
			want: []entry{{channels.Dropped, "actions[0]"}},
		},
		{
			name: "card caption over 1024 truncated at the item description",
			msg: fmt.Sprintf(`{"role":"appMaker","type":"list","items":[
				{"title":"A","mediaUrl":"https://x.org/a.jpg","actions":[{"type":"postback","text":"Go","payload":"A"}]},
				{"title":"B","description":%q,"mediaUrl":"https://x.org/b.jpg","actions":[{"type":"postback","text":"Go","payload":"B"}]}]}`, strings.Repeat("b", 1100)),
			want: []entry{{channels.Truncated, "items[1].description"}},
		},
		{
			name: "list is native, not converted",
			msg:  `{"role":"appMaker","type":"list","items":[{"title":"A","actions":[{"type":"postback","text":"Go","payload":"A"}]}]}`,
			want: []entry{},
		},
		{
			name: "location text follows the location",
			msg:  `{"role":"appMaker","type":"location","text":"Here","coordinates":{"lat":1,"long":2}}`,
			want: []entry{{channels.Split, "text"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := mustRender(t, decode(t, tc.msg))
			if diff := cmp.Diff(tc.want, entries(res.Report)); diff != "" {
				t.Errorf("report mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTypingReport(t *testing.T) {
	for _, tc := range []struct {
		typ      schema.ActivityType
		payloads int
		want     []entry
	}{
		{schema.TypingStart, 1, []entry{}},
		{schema.TypingStop, 0, []entry{{channels.Dropped, "type"}}},
	} {
		res, err := render.Activity(&schema.Activity{Role: schema.RoleAppMaker, Type: tc.typ}, telegram.New())
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Payloads) != tc.payloads {
			t.Errorf("%s: %d payloads, want %d", tc.typ, len(res.Payloads), tc.payloads)
		}
		if diff := cmp.Diff(tc.want, entries(res.Report)); diff != "" {
			t.Errorf("%s: report mismatch (-want +got):\n%s", tc.typ, diff)
		}
	}
}
