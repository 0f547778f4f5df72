package render_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/channels/all"
	"github.com/chanrender/chanrender/channels/channeltest"
	"github.com/chanrender/chanrender/render"
	"github.com/chanrender/chanrender/schema"
)

// The pipeline benchmarks measure what a server pays per request: bytes in
// (the request body) to bytes out (every payload's JSON body). Each figure
// reads against the floor in the same run: plain encoding/json decoding the
// same bytes into a generic value and encoding it again, the least any
// JSON-in JSON-out service pays. Compare with
//
//	GOMAXPROCS=1 go test ./render -run '^$' -bench Pipeline -benchmem -count 6 | benchstat -
//
// and read ratios, not microseconds (see the README).

// floor is the JSON round trip of one body.
func floor(b *testing.B, data []byte) {
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		b.Fatal(err)
	}
	if _, err := json.Marshal(v); err != nil {
		b.Fatal(err)
	}
}

// pipeline decodes one body, renders it for each channel (RenderAll when
// there are several, as a server fanning out calls it) and encodes every
// payload.
func pipeline(b *testing.B, data []byte, chs []channels.Channel) {
	m, err := schema.Decode(data)
	if err != nil {
		b.Fatal(err)
	}
	var results []render.Result
	if len(chs) == 1 {
		res, err := render.Render(m, chs[0])
		if err != nil {
			b.Fatal(err)
		}
		results = []render.Result{res}
	} else if results, err = render.RenderAll(m, chs); err != nil {
		b.Fatal(err)
	}
	for _, res := range results {
		for _, p := range res.Payloads {
			if _, err := json.Marshal(p.Body); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func messageBodies(b *testing.B) [][]byte {
	var raw [][]byte
	for _, f := range channeltest.Corpus(b) {
		if f.Input.Message != nil {
			raw = append(raw, f.Data)
		}
	}
	return raw
}

// BenchmarkPipeline: one op is one pass over the corpus's messages.
// floor is the JSON round trip; <channel> is decode, render and encode for
// that channel; all renders each message once for every channel (decoded
// once, as a server fanning out does).
func BenchmarkPipeline(b *testing.B) {
	raw := messageBodies(b)
	chs := all.Channels()
	b.Run("floor", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, data := range raw {
				floor(b, data)
			}
		}
	})
	for _, ch := range chs {
		b.Run(ch.Name(), func(b *testing.B) {
			one := []channels.Channel{ch}
			b.ReportAllocs()
			for b.Loop() {
				for _, data := range raw {
					pipeline(b, data, one)
				}
			}
		})
	}
	b.Run("all", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, data := range raw {
				pipeline(b, data, chs)
			}
		}
	})
}

// BenchmarkCarousel10 is the corpus's 10-item carousel: its own JSON round
// trip (floor) against rendering it for every channel (all).
func BenchmarkCarousel10(b *testing.B) {
	var data []byte
	for _, f := range channeltest.Corpus(b) {
		if f.Name == "own-carousel-ten.json" {
			data = f.Data
		}
	}
	if data == nil {
		b.Fatal("own-carousel-ten.json is not in the corpus")
	}
	chs := all.Channels()
	b.Run("floor", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			floor(b, data)
		}
	})
	b.Run("all", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			pipeline(b, data, chs)
		}
	})
}

// textBody is a text message of about n bytes of words.
func textBody(n int) []byte {
	var sb strings.Builder
	for sb.Len() < n {
		sb.WriteString("lorem ipsum dolor sit amet ")
	}
	m := map[string]any{"role": "appMaker", "type": "text", "text": sb.String()}
	data, _ := json.Marshal(m)
	return data
}

// linksBody is a text message with n link actions.
func linksBody(n int) []byte {
	acts := make([]map[string]any, n)
	for i := range acts {
		acts[i] = map[string]any{"type": "link", "text": fmt.Sprintf("Link %d", i), "uri": fmt.Sprintf("https://example.com/%d", i)}
	}
	m := map[string]any{"role": "appMaker", "type": "text", "text": "Pick one", "actions": acts}
	data, _ := json.Marshal(m)
	return data
}

// BenchmarkScale shows how the pipeline grows with the input: text size and
// action count, each against its own floor. ns/op divided by the size
// should stay flat (linear growth).
func BenchmarkScale(b *testing.B) {
	chs := all.Channels()
	for _, n := range []int{1 << 10, 16 << 10, 256 << 10} {
		data := textBody(n)
		b.Run(fmt.Sprintf("text=%d/floor", n), func(b *testing.B) {
			for b.Loop() {
				floor(b, data)
			}
		})
		b.Run(fmt.Sprintf("text=%d/all", n), func(b *testing.B) {
			for b.Loop() {
				pipeline(b, data, chs)
			}
		})
	}
	for _, n := range []int{100, 1000, 10000} {
		data := linksBody(n)
		b.Run(fmt.Sprintf("actions=%d/floor", n), func(b *testing.B) {
			for b.Loop() {
				floor(b, data)
			}
		})
		b.Run(fmt.Sprintf("actions=%d/all", n), func(b *testing.B) {
			for b.Loop() {
				pipeline(b, data, chs)
			}
		})
	}
}

// limitBodies are the worst bodies within schema.DefaultMaxBytes: as many
// actions, replies, metadata keys, passthrough members or text bytes as
// 1 MiB holds. Each must render on every channel in well under half a
// second of CPU (BenchmarkLimit, one op = one body for all channels).
func limitBodies() map[string][]byte {
	const max = int(1 << 20)
	fill := func(head, tail string, unit func(i int) string) []byte {
		var b strings.Builder
		b.WriteString(head)
		for i := 0; ; i++ {
			u := unit(i)
			if i > 0 {
				u = "," + u
			}
			if b.Len()+len(u)+len(tail) > max {
				break
			}
			b.WriteString(u)
		}
		b.WriteString(tail)
		return []byte(b.String())
	}
	return map[string][]byte{
		"links": fill(`{"role":"appMaker","type":"text","text":"Pick","actions":[`, `]}`, func(i int) string {
			return fmt.Sprintf(`{"type":"link","text":"L%d","uri":"https://e.example/%d"}`, i, i)
		}),
		"postbacks": fill(`{"role":"appMaker","type":"text","text":"Pick","actions":[`, `]}`, func(i int) string {
			return fmt.Sprintf(`{"type":"postback","text":"P%d","payload":"%d"}`, i, i)
		}),
		"replies": fill(`{"role":"appMaker","type":"text","text":"Pick","actions":[`, `]}`, func(i int) string {
			return fmt.Sprintf(`{"type":"reply","text":"R%d","payload":"%d"}`, i, i)
		}),
		"metadata": fill(`{"role":"appMaker","type":"text","text":"Hi","metadata":{`, `}}`, func(i int) string {
			return fmt.Sprintf(`"k%d":%d`, i, i)
		}),
		"override": fill(`{"role":"appMaker","type":"text","text":"Hi","override":{"line":{"payload":{"a":[`, `]}}}}`, func(i int) string {
			return `{"b":1}`
		}),
		"text": textBody(max - 100),
		"words": fill(`{"role":"appMaker","type":"text","text":"`, `"}`, func(i int) string {
			return "a"
		}),
		"carousel": []byte(`{"role":"appMaker","type":"carousel","items":[` + strings.Repeat(
			`{"title":"`+strings.Repeat("t", 30000)+`","description":"`+strings.Repeat("d ", 10000)+`","actions":[{"type":"postback","text":"`+strings.Repeat("x", 5000)+`","payload":"`+strings.Repeat("p", 5000)+`"}]},`, 9) +
			`{"title":"t","actions":[{"type":"share"}]}]}`),
	}
}

func BenchmarkLimit(b *testing.B) {
	chs := all.Channels()
	for name, data := range limitBodies() {
		if len(data) > 1<<20 {
			b.Fatalf("%s: %d bytes, over the limit", name, len(data))
		}
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				pipeline(b, data, chs)
			}
		})
	}
}

// BenchmarkPipelineRatio measures each channel against the floor
// interleaved: every iteration runs one floor pass and one pipeline pass
// over the corpus and times each, so that both see the same machine state
// (a shared machine drifts by tens of percent between consecutive
// benchmarks). It reports the ratio as "x-floor" (and B/op of the
// pipeline): read it with benchstat over -count 6.
func BenchmarkPipelineRatio(b *testing.B) {
	raw := messageBodies(b)
	chs := all.Channels()
	run := func(b *testing.B, pass func()) {
		var tFloor, tPipe time.Duration
		for b.Loop() {
			t0 := time.Now()
			for _, data := range raw {
				floor(b, data)
			}
			t1 := time.Now()
			pass()
			tPipe += time.Since(t1)
			tFloor += t1.Sub(t0)
		}
		b.ReportMetric(float64(tPipe)/float64(tFloor), "x-floor")
	}
	for _, ch := range chs {
		one := []channels.Channel{ch}
		b.Run(ch.Name(), func(b *testing.B) {
			run(b, func() {
				for _, data := range raw {
					pipeline(b, data, one)
				}
			})
		})
	}
	b.Run("all", func(b *testing.B) {
		run(b, func() {
			for _, data := range raw {
				pipeline(b, data, chs)
			}
		})
	})
	var carousel []byte
	for _, f := range channeltest.Corpus(b) {
		if f.Name == "own-carousel-ten.json" {
			carousel = f.Data
		}
	}
	b.Run("carousel10-all", func(b *testing.B) {
		var tFloor, tPipe time.Duration
		for b.Loop() {
			t0 := time.Now()
			for range 10 {
				floor(b, carousel)
			}
			t1 := time.Now()
			pipeline(b, carousel, chs)
			tPipe += time.Since(t1)
			tFloor += t1.Sub(t0) / 10
		}
		b.ReportMetric(float64(tPipe)/float64(tFloor), "x-floor")
	})
}
