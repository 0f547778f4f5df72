package schema

import "testing"

func TestMediaTypeOf(t *testing.T) {
	tests := []struct{ url, want string }{
		{"http://example.org/image.jpg", "image/jpeg"},
		{"https://a.example/x.JPEG", "image/jpeg"},
		{"http://www.tacobueno.com/media/1381/beefbob.png?quality=65", "image/png"},
		{"https://a.example/anim.gif#frame=2", "image/gif"},
		{"https://a.example/a.webp", "image/webp"},
		{"https://a.example/a.bmp", "image/bmp"},
		{"https://a.example/logo.svg", "image/svg+xml"},
		{"https://a.example/IMG_0001.HEIC", "image/heic"},
		{"https://a.example/scan.tiff", "image/tiff"},
		{"https://a.example/scan.tif", "image/tiff"},
		{"https://a.example/favicon.ico", "image/vnd.microsoft.icon"},
		{"http://example.org/document.pdf", "application/pdf"},
		{"https://a.example/a.zip", "application/zip"},
		{"https://a.example/a.tar.gz", "application/gzip"},
		{"https://a.example/a.tar", "application/x-tar"},
		{"https://a.example/a.7z", "application/x-7z-compressed"},
		{"https://a.example/a.rar", "application/vnd.rar"},
		{"https://a.example/notes.txt", "text/plain"},
		{"https://a.example/data.csv", "text/csv"},
		{"https://a.example/data.json", "application/json"},
		{"https://a.example/feed.xml", "application/xml"},
		{"https://a.example/page.html", "text/html"},
		{"https://a.example/page.htm", "text/html"},
		{"https://a.example/letter.rtf", "application/rtf"},
		{"https://a.example/a.doc", "application/msword"},
		{"https://a.example/a.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
		{"https://a.example/a.xls", "application/vnd.ms-excel"},
		{"https://a.example/a.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
		{"https://a.example/a.ppt", "application/vnd.ms-powerpoint"},
		{"https://a.example/a.pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"},
		{"https://a.example/a.odt", "application/vnd.oasis.opendocument.text"},
		{"https://a.example/a.ods", "application/vnd.oasis.opendocument.spreadsheet"},
		{"https://a.example/a.odp", "application/vnd.oasis.opendocument.presentation"},
		{"https://a.example/book.epub", "application/epub+zip"},
		{"https://a.example/song.mp3", "audio/mpeg"},
		{"https://a.example/voice.m4a", "audio/mp4"},
		{"https://a.example/a.aac", "audio/aac"},
		{"https://a.example/a.ogg", "audio/ogg"},
		{"https://a.example/a.oga", "audio/ogg"},
		{"https://a.example/voice.opus", "audio/ogg"},
		{"https://a.example/a.wav", "audio/wav"},
		{"https://a.example/a.flac", "audio/flac"},
		{"https://a.example/a.amr", "audio/amr"},
		{"https://a.example/clip.mp4", "video/mp4"},
		{"https://a.example/clip.m4v", "video/x-m4v"},
		{"https://a.example/clip.MOV", "video/quicktime"},
		{"https://a.example/clip.webm", "video/webm"},
		{"https://a.example/clip.avi", "video/x-msvideo"},
		{"https://a.example/clip.mkv", "video/x-matroska"},
		{"https://a.example/clip.3gp", "video/3gpp"},
		{"https://a.example/clip.mpeg", "video/mpeg"},
		{"https://a.example/clip.mpg", "video/mpeg"},

		// Query and fragment are ignored; only the path counts.
		{"https://a.example/download?file=report.pdf", ""},
		{"https://a.example/report.pdf?download=1#page=2", "application/pdf"},
		{"https://a.example/a%2Epng", "image/png"},
		// No or unknown extension: absent.
		{"https://a.example/", ""},
		{"https://a.example", ""},
		{"https://a.example/image", ""},
		{"https://a.example/archive.unknownext", ""},
		{"https://a.example/dir.jpg/", ""},
		{"", ""},
		// Not a valid URL: the text before ? and # is used.
		{"https://a.example/%zz/x.png?q", "image/png"},
	}
	for _, tt := range tests {
		if got := MediaTypeOf(tt.url); got != tt.want {
			t.Errorf("MediaTypeOf(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
}

func TestDecodeResolvesMediaType(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"role":"appMaker","type":"image","mediaUrl":"https://a.example/a.PNG"}`, "image/png"},
		{`{"role":"appMaker","type":"file","mediaUrl":"https://a.example/a.pdf","mediaType":"application/x-custom"}`, "application/x-custom"},
		{`{"role":"appMaker","type":"file","mediaUrl":"https://a.example/a.pdf","mediaType":""}`, "application/pdf"},
		{`{"role":"appMaker","type":"file","mediaUrl":"https://a.example/a.bin"}`, ""},
	}
	for _, tt := range tests {
		v, err := Decode([]byte(tt.in))
		if err != nil {
			t.Fatalf("%s: %v", tt.in, err)
		}
		m := v.Message()
		if m.MediaType != tt.want {
			t.Errorf("%s: mediaType = %q, want %q", tt.in, m.MediaType, tt.want)
		}
	}
}
