// Package textonly renders for channels that take plain text only: every
// construct goes through the numbered raw-text fallback (package fallback),
// and the text is split to each channel's own limit, counted in its own
// unit. Twilio and MessageBird also carry a message's mediaUrl natively as
// MMS media.
//
// Each channel is a Capabilities literal plus a function that shapes the
// request body from a text part and its media URLs.
//
// # Payloads and requests
//
// Methods and bodies (all pointers): twilio "messages" (*SMSBody),
// messagebird "sms" (*MessageBirdSMS) and, for the part with media, "mms"
// (*MessageBirdMMS), wechat "custom_send"
// (*WeChatBody), viber "send_message" (*ViberBody), twitter "dm"
// (*TwitterBody). Each constructor's documentation gives the endpoint
// package send uses, where the recipient goes and the credentials it
// takes.
package textonly
