package textonly

// SMSBody is the Twilio and MessageBird message body: the text and, on the
// first part, the MMS media URLs. For Twilio they are the Create Message
// parameters Body and MediaUrl
// (https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource),
// sent form-encoded by the caller; for MessageBird, body and mediaUrls
// (https://developers.messagebird.com/api/mms-messaging/).
type SMSBody struct {
	Body     string   `json:"body"`
	MediaURL []string `json:"mediaUrl,omitempty"`
}

// MessageBirdSMS is the body of a MessageBird SMS minus "recipients" and
// "originator"
// (https://developers.messagebird.com/api/sms-messaging/#send-outbound-sms).
type MessageBirdSMS struct {
	Body string `json:"body"`
}

// MessageBirdMMS is the body of a MessageBird MMS minus "recipients" and
// "originator": the text and at most 10 media URLs
// (https://developers.messagebird.com/api/mms-messaging/#send-outbound-mms).
type MessageBirdMMS struct {
	Body      string   `json:"body,omitempty"`
	MediaURLs []string `json:"mediaUrls"`
}

// WeChatBody is a WeChat customer service text message
// (https://developers.weixin.qq.com/doc/offiaccount/en/Message_Management/Service_Center_messages.html).
type WeChatBody struct {
	MsgType string     `json:"msgtype"`
	Text    WeChatText `json:"text"`
}

// WeChatText is the text of a WeChatBody.
type WeChatText struct {
	Content string `json:"content"`
}

// ViberBody is a Viber text message
// (https://creators.viber.com/docs/bots-api/data-models/message).
type ViberBody struct {
	Type string `json:"type"`
	Text string `json:"text"`
}

// TwitterBody is an X API v2 direct message
// (https://docs.x.com/x-api/direct-messages/create-dm-message-by-participant-id).
type TwitterBody struct {
	Text string `json:"text"`
}
