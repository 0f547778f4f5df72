package schema

// Default decoding bounds.
const (
	// DefaultMaxBytes is the default input size bound: 1 MiB.
	DefaultMaxBytes int64 = 1 << 20
	// DefaultMaxDepth is the default bound on object and array nesting.
	DefaultMaxDepth = 64
)

// DecodeOption changes how Decode, DecodeActivity and DecodeInput work.
type DecodeOption func(*decodeConfig)

// decodeConfig is the result of applying DecodeOptions.
type decodeConfig struct {
	maxBytes int64
	maxDepth int
	strict   bool
}

func newDecodeConfig(opts []DecodeOption) decodeConfig {
	c := decodeConfig{maxBytes: DefaultMaxBytes, maxDepth: DefaultMaxDepth}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	return c
}

// WithMaxBytes bounds the input size: an input longer than n bytes is refused
// with RuleSize before it is parsed. The default is DefaultMaxBytes; an n below
// 1 keeps the default.
func WithMaxBytes(n int64) DecodeOption {
	return func(c *decodeConfig) {
		if n > 0 {
			c.maxBytes = n
		}
	}
}

// WithMaxDepth bounds the nesting of objects and arrays: a cheap pre-scan
// refuses deeper input with RuleDepth before it is parsed. The default is
// DefaultMaxDepth; an n below 1 keeps the default.
func WithMaxDepth(n int) DecodeOption {
	return func(c *decodeConfig) {
		if n > 0 {
			c.maxDepth = n
		}
	}
}

// WithUnknownFieldErrors makes fields the schema does not know errors
// (RuleUnknown) instead of being ignored. Metadata keys and override
// payloads are free-form and never reported.
func WithUnknownFieldErrors() DecodeOption {
	return func(c *decodeConfig) { c.strict = true }
}

// WithStrict is the old name of WithUnknownFieldErrors.
//
// Deprecated: use WithUnknownFieldErrors; render.WithStrict meant something
// else (degradations as errors).
func WithStrict() DecodeOption { return WithUnknownFieldErrors() }
