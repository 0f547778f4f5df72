package channels

// Problems is Validate's full check, without its fast path.
func (c Capabilities) Problems() error { return c.problems() }
