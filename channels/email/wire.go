package email

// Message is one email: what a sender hands to a mail provider. Its JSON
// members are Mailgun's form fields (subject, text, html); "from" and "to"
// are the request's.
type Message struct {
	// Subject is the mail's subject, one line.
	Subject string `json:"subject"`
	// Text is the text/plain part.
	Text string `json:"text"`
	// HTML is the text/html part: a whole document, inline CSS only.
	HTML string `json:"html"`
}
