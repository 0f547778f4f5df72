// Package wechat renders canonical messages for WeChat Official Account
// customer service messages (POST /cgi-bin/message/custom/send), as
// described in docs/RENDERING.md §3.12.
//
// Every payload has the method "custom_send" and a *Message body (msgtype
// and its object) minus "touser", which package send adds; a typing
// activity is a *Typing ("typing", command Typing or CancelTyping).
// Credentials: "token" (the access token, in the query).
//
// Text is text content up to 2048 bytes with link, webview and buy actions
// as escaped <a href> links; longer texts are split (Split), which costs
// messages of the quota (5 within 48 hours of the user's message). 1 to 10
// choices (postback, reply) are a msgmenu whose entries answer with their
// id (bizmsgmenuid: the payload or its token), the links then "label uri"
// lines of its tail (FellBack); more than 10 choices are numbered lines of
// one text (FellBack per choice), answered by typing. Images and files go
// by media id only, so a URL falls back to a link of the text, as do
// locations. A carousel or list is one news message per item (one article:
// title, description, the first URL action as url, the image as picurl),
// at most 5 items, each after the first reported Split.
package wechat
