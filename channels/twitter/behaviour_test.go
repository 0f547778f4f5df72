package twitter_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/twitter"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

func renderJSON(t *testing.T, ch *twitter.Channel, in string) (string, render.Result) {
	t.Helper()
	v, err := schema.Decode([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	res, err := render.Render(v, ch, render.WithAppName("ACME"))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(res.Payloads)
	return string(b), res
}

func corpusFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("../../corpus/messages/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// The seed carousel on v1.1: one DM per item, with its CTA and option.
func TestSeedCarousel(t *testing.T) {
	got, res := renderJSON(t, twitter.V1(), corpusFile(t, "spec-carousel.json"))
	if len(res.Payloads) != 2 || strings.Count(got, `"ctas":[{"type":"web_url"`) != 2 || !strings.Contains(got, `"metadata":"RAMEN"`) {
		t.Errorf("not one DM per item with its CTA: %s", got)
	}
	if !res.Report.Has(channels.Converted, "type") {
		t.Errorf("report: %v", res.Report)
	}
}

// 14 replies are 14 quick reply options on v1.1; 25 keep 20 and report
// the overflow.
func TestReplies(t *testing.T) {
	got, res := renderJSON(t, twitter.V1(), corpusFile(t, "line-replies-fourteen.json"))
	if n := strings.Count(got, `"label":`); n != 14 || len(res.Report) != 0 {
		t.Errorf("%d options, report %v", n, res.Report)
	}
	var as []string
	for i := range 25 {
		as = append(as, fmt.Sprintf(`{"type":"reply","text":"R%d","payload":"P%d"}`, i, i))
	}
	got, res = renderJSON(t, twitter.V1(), `{"role":"appMaker","type":"text","text":"Pick","actions":[`+strings.Join(as, ",")+`]}`)
	if n := strings.Count(got, `"label":`); n != 20 {
		t.Errorf("%d options", n)
	}
	for i := 20; i < 25; i++ {
		if p := fmt.Sprintf("actions[%d]", i); !res.Report.Has(channels.Truncated, p) {
			t.Errorf("overflow not reported at %s: %v", p, res.Report)
		}
	}
	// v2: the numbered text, reported.
	got, res = renderJSON(t, twitter.New(), corpusFile(t, "line-replies-fourteen.json"))
	if !strings.Contains(got, "14. ") || len(res.Report) == 0 {
		t.Errorf("v2: %s %v", got, res.Report)
	}
}
