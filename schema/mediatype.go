package schema

import (
	"net/url"
	"path"
	"strings"
)

// MediaTypeOf resolves the media type of a media URL from the extension of
// its path, ignoring the query and the fragment, case-insensitively, with a
// built-in table: the result never depends on the machine's MIME database.
// It returns "" for an extension the table does not know (Decode then leaves
// mediaType absent).
func MediaTypeOf(rawURL string) string {
	p := rawURL
	if u, err := url.Parse(rawURL); err == nil {
		p = u.Path
		if p == "" {
			p = u.Opaque
		}
	} else if i := strings.IndexAny(p, "?#"); i >= 0 {
		p = p[:i]
	}
	ext := strings.ToLower(strings.TrimPrefix(path.Ext(p), "."))
	return mediaTypeByExtension(ext)
}

// mediaTypeByExtension is the built-in extension table (lowercase, no dot).
func mediaTypeByExtension(ext string) string {
	switch ext {
	// Images.
	case "jpg", "jpeg", "jpe", "jfif":
		return "image/jpeg"
	case "png":
		return "image/png"
	case "gif":
		return "image/gif"
	case "webp":
		return "image/webp"
	case "bmp":
		return "image/bmp"
	case "svg":
		return "image/svg+xml"
	case "heic":
		return "image/heic"
	case "heif":
		return "image/heif"
	case "tif", "tiff":
		return "image/tiff"
	case "ico":
		return "image/vnd.microsoft.icon"
	case "avif":
		return "image/avif"

	// Documents and archives.
	case "pdf":
		return "application/pdf"
	case "zip":
		return "application/zip"
	case "gz", "tgz":
		return "application/gzip"
	case "tar":
		return "application/x-tar"
	case "7z":
		return "application/x-7z-compressed"
	case "rar":
		return "application/vnd.rar"
	case "txt":
		return "text/plain"
	case "csv":
		return "text/csv"
	case "json":
		return "application/json"
	case "xml":
		return "application/xml"
	case "html", "htm":
		return "text/html"
	case "rtf":
		return "application/rtf"
	case "ics":
		return "text/calendar"
	case "vcf":
		return "text/vcard"
	case "doc":
		return "application/msword"
	case "docx":
		return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	case "xls":
		return "application/vnd.ms-excel"
	case "xlsx":
		return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	case "ppt":
		return "application/vnd.ms-powerpoint"
	case "pptx":
		return "application/vnd.openxmlformats-officedocument.presentationml.presentation"
	case "odt":
		return "application/vnd.oasis.opendocument.text"
	case "ods":
		return "application/vnd.oasis.opendocument.spreadsheet"
	case "odp":
		return "application/vnd.oasis.opendocument.presentation"
	case "epub":
		return "application/epub+zip"

	// Audio.
	case "mp3":
		return "audio/mpeg"
	case "m4a":
		return "audio/mp4"
	case "aac":
		return "audio/aac"
	case "ogg", "oga", "opus":
		return "audio/ogg"
	case "wav":
		return "audio/wav"
	case "flac":
		return "audio/flac"
	case "amr":
		return "audio/amr"
	case "weba":
		return "audio/webm"

	// Video.
	case "mp4":
		return "video/mp4"
	case "m4v":
		return "video/x-m4v"
	case "mov":
		return "video/quicktime"
	case "webm":
		return "video/webm"
	case "avi":
		return "video/x-msvideo"
	case "mkv":
		return "video/x-matroska"
	case "3gp":
		return "video/3gpp"
	case "mpeg", "mpg":
		return "video/mpeg"
	case "ogv":
		return "video/ogg"
	}
	return ""
}
