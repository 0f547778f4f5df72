package channels

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
)

// Encoding is how an endpoint's request body is written.
type Encoding int

const (
	// JSON writes the body as a JSON object (application/json).
	JSON Encoding = iota
	// Form writes the body as application/x-www-form-urlencoded: each
	// string member becomes a field, each array of strings a repeated one
	// (Twilio's MediaUrl).
	Form
)

// String names the encoding by its content type.
func (e Encoding) String() string {
	switch e {
	case JSON:
		return "application/json"
	case Form:
		return "application/x-www-form-urlencoded"
	}
	return fmt.Sprintf("Encoding(%d)", int(e))
}

// Endpoint says how the payloads of one method go over HTTP: the data a
// channel declares next to its capability table (Capabilities.Endpoints),
// so that one generic function (package send) turns any payload into the
// exact request the platform takes, and a new channel adds a table, not
// code.
//
// URL, Fields values and the Auth values are templates: {name} is the
// caller's credential or account value of that name ("{token}",
// "{page-id}", "{account-sid}"), and {recipient} is the recipient when it
// goes in the URL. A value the caller does not give stays visible as
// "{name}".
type Endpoint struct {
	// Method is the Payload.Method this endpoint sends.
	Method string
	// Reply marks the endpoint that answers an inbound event with a reply
	// token instead of addressing a recipient (LINE's reply); a request
	// for a reply token uses it, any other the endpoint without Reply.
	Reply bool
	// HTTPMethod is the request method, "POST".
	HTTPMethod string
	// URL is the full URL template on the platform's documented base.
	URL string
	// Encoding is how the body is written.
	Encoding Encoding
	// Recipient is where the recipient goes in the body: a member name
	// ("to", "chat_id", "touser", "receiver"), a dotted path for a nested
	// one ("recipient.id"), with "[]" when it is a one-element array
	// ("recipients[]"); "" when it goes in the URL ({recipient}).
	Recipient string
	// Fields are members every request of this endpoint adds to the body,
	// before the payload's own: constants (Messenger's "messaging_type")
	// and the caller's values ("From": "{from}"). Names may be dotted
	// paths ("sender.name").
	Fields []Field
	// FormNames maps the payload body's JSON member names to the form
	// field names the API takes ("body" → "Body"), for Form encoding.
	FormNames map[string]string
	// AuthHeader and AuthValue are the header that carries the credential
	// and its value template ("Authorization", "Bearer {token}"); empty
	// when the credential is in the URL or in BasicAuth.
	AuthHeader, AuthValue string
	// BasicAuth, when set, is the user and password templates of HTTP
	// basic authentication (Twilio: "{account-sid}", "{auth-token}").
	BasicAuth *[2]string
	// Reference is the URL of the endpoint's API reference.
	Reference string
}

// Field is one member an Endpoint adds to every request body.
type Field struct {
	Name, Value string
}

// Endpoint returns the endpoint of ch's table that sends payloads of
// method; reply asks for the reply-token variant when the table has one
// (else the ordinary one is returned).
func (c Capabilities) Endpoint(method string, reply bool) (Endpoint, error) {
	var found *Endpoint
	for i := range c.Endpoints {
		e := &c.Endpoints[i]
		if e.Method != method {
			continue
		}
		if e.Reply == reply {
			return *e, nil
		}
		if !e.Reply && found == nil {
			found = e
		}
	}
	if found == nil {
		return Endpoint{}, fmt.Errorf("channels: %s has no endpoint for method %q", c.Name, method)
	}
	if reply {
		return Endpoint{}, fmt.Errorf("channels: %s cannot answer with a reply token for method %q", c.Name, method)
	}
	return *found, nil
}

// ValidateEndpoints checks the table's endpoints: at least one; each with a
// method, an HTTP method, an absolute https URL and a place for the
// recipient; at most one per method and kind. Package send checks them
// before it builds a request; a test checks every shipped table.
func (c Capabilities) ValidateEndpoints() error {
	return errors.Join(validateEndpoints(c.Name, c.Endpoints)...)
}

func validateEndpoints(name string, es []Endpoint) []error {
	var errs []error
	seen := map[[2]string]bool{}
	for i, e := range es {
		bad := func(format string, args ...any) {
			errs = append(errs, fmt.Errorf("capabilities: endpoints[%d] (%s): "+format, append([]any{i, e.Method}, args...)...))
		}
		if e.Method == "" || e.HTTPMethod == "" {
			bad("needs a method and an HTTP method")
		}
		if u, err := url.Parse(strings.NewReplacer("{", "", "}", "").Replace(e.URL)); err != nil || u.Scheme != "https" || u.Host == "" {
			bad("URL %q is not an absolute https URL", e.URL)
		}
		if e.Recipient == "" && !strings.Contains(e.URL, "{recipient}") {
			bad("the recipient goes nowhere")
		}
		k := [2]string{e.Method, fmt.Sprint(e.Reply)}
		if seen[k] {
			bad("a second endpoint for the same method")
		}
		seen[k] = true
	}
	if len(es) == 0 {
		errs = append(errs, errors.New("capabilities: "+name+": no endpoints"))
	}
	return errs
}
