package viber_test

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/chanrender/chanrender/channels/channeltest"
	"github.com/chanrender/chanrender/channels/viber"
	"github.com/chanrender/chanrender/render"
)

// Viber's documented limits, written from its pages (docs/CHANNEL-LIMITS.md
// §4.1; https://creators.viber.com/docs/bots-api/data-models/message and
// .../resources/messaging/keyboards), not from the capability table: the
// shared payload checker has no Viber checker, so these tests read every
// rendered body of the corpus as JSON. † marks figures only a third party
// states, ‡ figures recalled and not found in a stored source.
const (
	wireMessageBytes = 30000 // "The maximum size of a message is 30KB" (the smaller reading)
	wireReceiver     = 64    // room for "receiver", which send adds
	wireText         = 7000  // text "Max 7000 characters"
	wireSenderName   = 28    // sender.name "Max 28 characters"
	wireTracking     = 4000  // tracking_data "Max 4000 characters"
	wirePictureText  = 512   // picture text † (Infobip)
	wireMedia        = 2000  // URL † (Infobip)
	wireButtonText   = 250   // button Text ‡
	wireGridColumns  = 6     // keyboard grid and ButtonsGroupColumns 1-6
	wireGroupRows    = 7     // ButtonsGroupRows 1-7 †
	wireBlocks       = 6     // rich media blocks †
	wireKeyboardRows = 2     // keyboard button Rows 1-2 ‡
)

func units(s string) int { return len(utf16.Encode([]rune(s))) }

// tags are the only HTML tags a button Text may hold: those chanrender
// writes. Anything else that reads as a tag came unescaped from the input.
var tags = regexp.MustCompile(`</?b>|<br>`)

type body struct {
	Sender struct {
		Name *string `json:"name"`
	} `json:"sender"`
	MinAPIVersion int     `json:"min_api_version"`
	TrackingData  string  `json:"tracking_data"`
	Type          string  `json:"type"`
	Text          *string `json:"text"`
	Media         string  `json:"media"`
	Location      *struct {
		Lat, Lon *float64
	} `json:"location"`
	RichMedia *struct {
		Type                string   `json:"Type"`
		ButtonsGroupColumns int      `json:"ButtonsGroupColumns"`
		ButtonsGroupRows    int      `json:"ButtonsGroupRows"`
		Buttons             []button `json:"Buttons"`
	} `json:"rich_media"`
	Keyboard *struct {
		Type    string   `json:"Type"`
		Buttons []button `json:"Buttons"`
	} `json:"keyboard"`
}

type button struct {
	Columns, Rows          int
	ActionType, ActionBody string
	Text                   string
}

func checkButton(b button, maxRows int) []string {
	var errs []string
	if b.Columns < 1 || b.Columns > wireGridColumns || b.Rows < 1 || b.Rows > maxRows {
		errs = append(errs, fmt.Sprintf("button %dx%d outside 1-%d x 1-%d", b.Columns, b.Rows, wireGridColumns, maxRows))
	}
	switch b.ActionType {
	case "reply", "open-url", "location-picker", "none":
	default:
		errs = append(errs, "ActionType "+b.ActionType)
	}
	if b.ActionBody == "" {
		errs = append(errs, "empty ActionBody")
	}
	if units(b.Text) > wireButtonText {
		errs = append(errs, fmt.Sprintf("Text %d > %d", units(b.Text), wireButtonText))
	}
	if rest := tags.ReplaceAllString(b.Text, ""); strings.ContainsAny(rest, "<>") {
		errs = append(errs, "unescaped HTML in Text "+b.Text)
	}
	return errs
}

// check returns every documented limit raw breaks.
func check(raw []byte) []string {
	var errs []string
	if n := len(raw) + wireReceiver; n > wireMessageBytes {
		errs = append(errs, fmt.Sprintf("message %d bytes > 30 KB", n))
	}
	var b body
	if err := json.Unmarshal(raw, &b); err != nil {
		return append(errs, err.Error())
	}
	if b.Sender.Name == nil || *b.Sender.Name == "" || units(*b.Sender.Name) > wireSenderName {
		errs = append(errs, "sender.name missing or over 28")
	}
	if units(b.TrackingData) > wireTracking {
		errs = append(errs, "tracking_data over 4000")
	}
	if units(b.Media) > wireMedia {
		errs = append(errs, "media over 2000")
	}
	switch b.Type {
	case "text":
		if b.Text == nil || *b.Text == "" || units(*b.Text) > wireText {
			errs = append(errs, "text missing or over 7000")
		}
	case "picture":
		if b.Text == nil || units(*b.Text) > wirePictureText || b.Media == "" {
			errs = append(errs, "picture text missing or over 512, or no media")
		}
	case "url":
		if b.Media == "" {
			errs = append(errs, "url without media")
		}
	case "location":
		if b.Location == nil || b.Location.Lat == nil || b.Location.Lon == nil {
			errs = append(errs, "location without lat and lon")
		}
	case "rich_media":
		rm := b.RichMedia
		if rm == nil || b.MinAPIVersion < 2 {
			errs = append(errs, "rich_media without its object or min_api_version 2")
			break
		}
		if rm.ButtonsGroupColumns < 1 || rm.ButtonsGroupColumns > wireGridColumns || rm.ButtonsGroupRows < 1 || rm.ButtonsGroupRows > wireGroupRows {
			errs = append(errs, "group outside 6 x 7")
		}
		block, cells := rm.ButtonsGroupColumns*rm.ButtonsGroupRows, 0
		for _, bt := range rm.Buttons {
			errs = append(errs, checkButton(bt, rm.ButtonsGroupRows)...)
			cells += bt.Columns * bt.Rows
		}
		if block == 0 || cells%block != 0 || cells/block < 1 || cells/block > wireBlocks {
			errs = append(errs, fmt.Sprintf("%d cells: not 1 to 6 whole blocks of %d", cells, block))
		}
	default:
		errs = append(errs, "type "+b.Type)
	}
	if kb := b.Keyboard; kb != nil {
		if kb.Type != "keyboard" || len(kb.Buttons) == 0 {
			errs = append(errs, "keyboard without Type or Buttons")
		}
		for _, bt := range kb.Buttons {
			errs = append(errs, checkButton(bt, wireKeyboardRows)...)
			if bt.ActionType == "location-picker" && b.MinAPIVersion < 3 {
				errs = append(errs, "location-picker below min_api_version 3")
			}
			if bt.ActionType == "none" {
				errs = append(errs, "keyboard button without action")
			}
		}
	}
	return errs
}

// TestViberLimits renders the whole corpus and checks every body against
// Viber's documented limits.
func TestViberLimits(t *testing.T) {
	ch := viber.New()
	for _, f := range channeltest.Corpus(t) {
		if f.Input.Message == nil {
			continue
		}
		res, err := render.Render(f.Input.Message, ch, render.WithAppName(channeltest.AppName))
		if err != nil {
			t.Errorf("%s: %v", f.Name, err)
			continue
		}
		for i, p := range res.Payloads {
			raw, err := json.Marshal(p.Body)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range check(raw) {
				t.Errorf("%s payload %d: %s", f.Name, i, e)
			}
		}
	}
}

// TestViberLimitsWorst holds the checks to bodies built to break them:
// texts and labels JSON escapes six times over, too many buttons, a
// sender name over 28.
func TestViberLimitsWorst(t *testing.T) {
	var acts []string
	for i := range 40 {
		acts = append(acts, fmt.Sprintf(`{"type":"reply","text":%q,"payload":%q}`, strings.Repeat("<&", 30), fmt.Sprint(i)+strings.Repeat("<", 990)))
	}
	var items []string
	for i := range 10 {
		items = append(items, fmt.Sprintf(`{"title":%q,"description":%q,"mediaUrl":"https://example.org/a.jpg","actions":[{"type":"link","text":"Go","uri":%q},{"type":"postback","text":"Pick","payload":%q}]}`,
			strings.Repeat("<", 100), strings.Repeat("&", 500), "https://example.org/?"+strings.Repeat("a=&", 600), fmt.Sprint(i)+strings.Repeat(">", 990)))
	}
	for _, in := range []string{
		`{"role":"appMaker","type":"text","text":` + fmt.Sprintf("%q", strings.Repeat("<", 20000)) + `}`,
		`{"role":"appMaker","type":"text","text":"Pick","actions":[` + strings.Join(acts, ",") + `]}`,
		`{"role":"appMaker","type":"carousel","items":[` + strings.Join(items, ",") + `],"actions":[` + strings.Join(acts, ",") + `]}`,
		`{"role":"appMaker","type":"image","text":` + fmt.Sprintf("%q", strings.Repeat("x ", 400)) + `,"mediaUrl":"https://example.org/a.png"}`,
	} {
		v := decode(t, in)
		for _, ch := range []*viber.Channel{viber.New(), viber.New(viber.SenderName(strings.Repeat("N", 40)))} {
			res, err := render.Render(v, ch)
			if err != nil {
				t.Fatal(err)
			}
			for i, p := range res.Payloads {
				raw, _ := json.Marshal(p.Body)
				for _, e := range check(raw) {
					t.Errorf("%.40s payload %d: %s", in, i, e)
				}
			}
		}
	}
}
