package schema

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// FuzzDecode checks that decoding never panics, that every failure is made
// of *Error values, and that whatever decodes re-encodes to a fixed point:
// Encode → Decode → Encode gives the same struct and the same bytes.
// Seeds: the message corpus, the invalid inputs, and
// testdata/fuzz/FuzzDecode.
func FuzzDecode(f *testing.F) {
	for _, dir := range []string{corpusDir, invalidDir} {
		paths, err := filepath.Glob(filepath.Join(dir, "*"))
		if err != nil {
			f.Fatal(err)
		}
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		in, err := DecodeInput(data)
		strictIn, strictErr := DecodeInput(data, WithUnknownFieldErrors())
		if err != nil {
			checkErrors(t, err)
			if strictErr == nil {
				t.Fatalf("strict decoding accepted what default decoding refused: %v", err)
			}
			checkErrors(t, strictErr)
			return
		}
		if strictErr != nil {
			checkErrors(t, strictErr)
		} else if diff := cmp.Diff(plain(in), plain(strictIn)); diff != "" {
			t.Fatalf("strict and default decodings differ (-default +strict):\n%s", diff)
		}
		if (in.Message == nil) == (in.Activity == nil) {
			t.Fatalf("DecodeInput set Message=%v Activity=%v", in.Message != nil, in.Activity != nil)
		}
		if a := in.Activity; a != nil {
			b1, err := EncodeActivity(a)
			if err != nil {
				t.Fatal(err)
			}
			a2, err := DecodeActivity(b1)
			if err != nil {
				t.Fatalf("re-decoding %s: %v", b1, err)
			}
			if diff := cmp.Diff(a, a2); diff != "" {
				t.Fatalf("activity not a fixed point (-first +second):\n%s", diff)
			}
			b2, err := EncodeActivity(a2)
			if err != nil || !bytes.Equal(b1, b2) {
				t.Fatalf("encodings differ (%v):\n%s\n%s", err, b1, b2)
			}
			return
		}
		m := in.Message.Message()
		b1, err := Encode(m)
		if err != nil {
			t.Fatal(err)
		}
		v2, err := Decode(b1)
		if err != nil {
			t.Fatalf("re-decoding %s: %v", b1, err)
		}
		m2 := v2.Message()
		if diff := cmp.Diff(m, m2); diff != "" {
			t.Fatalf("message not a fixed point (-first +second):\n%s", diff)
		}
		b2, err := Encode(m2)
		if err != nil || !bytes.Equal(b1, b2) {
			t.Fatalf("encodings differ (%v):\n%s\n%s", err, b1, b2)
		}
		if diff := cmp.Diff(m, m.Clone()); diff != "" {
			t.Fatalf("clone differs (-want +got):\n%s", diff)
		}
	})
}

// checkErrors asserts that err is made only of *Error values with a rule.
func checkErrors(t *testing.T, err error) {
	t.Helper()
	es := Errors(err)
	if len(es) == 0 {
		t.Fatalf("error without *Error: %v", err)
	}
	if len(es) != len(err.(interface{ Unwrap() []error }).Unwrap()) {
		t.Fatalf("error holds values other than *Error: %v", err)
	}
	for _, e := range es {
		if e.Rule == "" || e.Detail == "" {
			t.Fatalf("incomplete error %#v", e)
		}
	}
}

// plainInput is an Input with the message unwrapped, for cmp.
type plainInput struct {
	Message  *Message
	Activity *Activity
}

func plain(in Input) plainInput { return plainInput{in.Message.Message(), in.Activity} }
