package wechat

// Payload methods: each names one endpoint of the table (endpoints.go).
const (
	// MethodSend is a customer service message (*Message), POST
	// /cgi-bin/message/custom/send. The name is the one the text-only
	// WeChat channel used, so stored payloads keep their method.
	MethodSend = "custom_send"
	// MethodTyping is a customer service typing state (*Typing), POST
	// /cgi-bin/message/custom/typing.
	MethodTyping = "typing"
)

// Message is the body of one customer service message minus "touser",
// which package send adds: msgtype and the object of that type (SCM:
// "text", "news", "msgmenu").
type Message struct {
	MsgType string   `json:"msgtype"`
	Text    *Text    `json:"text,omitempty"`
	News    *News    `json:"news,omitempty"`
	MsgMenu *MsgMenu `json:"msgmenu,omitempty"`
}

// Text is a text message's content: plain text in which <a href="...">
// links are shown as links (SCM, "text" message).
type Text struct {
	Content string `json:"content"`
}

// News is a news (article) message: one article per message (SCM: "the
// number of articles is limited to 1").
type News struct {
	Articles []Article `json:"articles"`
}

// Article is one news article: it opens URL when tapped and shows PicURL.
type Article struct {
	Title       string `json:"title"`
	Description string `json:"description,omitempty"`
	URL         string `json:"url,omitempty"`
	PicURL      string `json:"picurl,omitempty"`
}

// MsgMenu is a menu message: a head text, the choices the user taps (each
// answered with its id as bizmsgmenuid) and a tail text.
type MsgMenu struct {
	HeadContent string     `json:"head_content"`
	List        []MenuItem `json:"list"`
	TailContent string     `json:"tail_content"`
}

// MenuItem is one choice of a MsgMenu.
type MenuItem struct {
	ID      string `json:"id"`
	Content string `json:"content"`
}

// Typing is the body of a typing call minus "touser": command is "Typing"
// or "CancelTyping" (TYP).
type Typing struct {
	Command string `json:"command"`
}
