package corpus_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/chanrender/chanrender/corpus"
	"github.com/chanrender/chanrender/schema"
	"github.com/google/go-cmp/cmp"
)

func TestCorpusMatchesTestdata(t *testing.T) {
	got, err := fs.Glob(corpus.Messages(), "*.json")
	if err != nil {
		t.Fatal(err)
	}
	paths, err := filepath.Glob(filepath.Join("messages", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, p := range paths {
		want = append(want, filepath.Base(p))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if len(got) == 0 {
		t.Fatal("empty corpus")
	}
	for _, name := range got {
		embedded, err := fs.ReadFile(corpus.Messages(), name)
		if err != nil {
			t.Fatal(err)
		}
		onDisk, err := os.ReadFile(filepath.Join("messages", name))
		if err != nil {
			t.Fatal(err)
		}
		if string(embedded) != string(onDisk) {
			t.Errorf("%s: embedded copy differs from the file", name)
		}
	}
	if err := fstest.TestFS(corpus.Messages(), got...); err != nil {
		t.Error(err)
	}
}

func TestCorpusDecodes(t *testing.T) {
	err := fs.WalkDir(corpus.Messages(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(corpus.Messages(), path)
		if err != nil {
			return err
		}
		if _, err := schema.DecodeInput(data); err != nil {
			t.Errorf("%s: %v", path, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
