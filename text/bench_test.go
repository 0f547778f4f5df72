package text

import (
	"strings"
	"testing"
)

// benchText is a chat message of about 10 kB mixing ASCII words, accents,
// combining marks, CJK, emoji with modifiers, ZWJ sequences and flags.
var benchText = strings.Repeat("Hello Zoë, your order n\u00b0 42 is on its way "+thumbs+" \u2014 "+
	"caf"+eAcute+" cr\u00e8me br\u00fbl\u00e9e, 日本語のテキスト, "+family+" "+flagFR+"!\n", 100)

// benchASCII is about 10 kB of plain ASCII words.
var benchASCII = strings.Repeat("The quick brown fox jumps over the lazy dog. ", 230)

var units = []Unit{Runes, UTF16, Bytes, Graphemes}

func BenchmarkLen(b *testing.B) {
	for _, in := range []struct{ name, s string }{{"mixed", benchText}, {"ASCII", benchASCII}} {
		for _, u := range units {
			b.Run(in.name+"/"+u.String(), func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(in.s)))
				for b.Loop() {
					Len(in.s, u)
				}
			})
		}
	}
}

func BenchmarkTruncate(b *testing.B) {
	for _, in := range []struct {
		name string
		s    string
		max  int
	}{
		{"mixed/4096", benchText, 4096},
		{"mixed/160", benchText, 160},
		{"ASCII/4096", benchASCII, 4096},
		{"ASCII/fits", benchASCII, 1 << 20},
	} {
		for _, u := range units {
			b.Run(in.name+"/"+u.String(), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					Truncate(in.s, in.max, u)
				}
			})
		}
	}
}

func BenchmarkSplit(b *testing.B) {
	for _, in := range []struct {
		name string
		s    string
		max  int
	}{
		{"mixed/2000", benchText, 2000},
		{"mixed/160", benchText, 160},
		{"ASCII/2000", benchASCII, 2000},
	} {
		for _, u := range units {
			b.Run(in.name+"/"+u.String(), func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(in.s)))
				for b.Loop() {
					Split(in.s, in.max, u)
				}
			})
		}
	}
}
