package wechat

import "github.com/chanrender/chanrender/channels"

// endpoints are the customer service message and typing calls of an
// Official Account (SCM, TYP): POST on api.weixin.qq.com with the access
// token in the query, JSON, the user's OpenID in "touser". Credentials:
// "token".
func endpoints() []channels.Endpoint {
	return []channels.Endpoint{{
		Method: MethodSend, HTTPMethod: "POST", Encoding: channels.JSON,
		URL:       "https://api.weixin.qq.com/cgi-bin/message/custom/send?access_token={token}",
		Recipient: "touser",
		Reference: refSend,
	}, {
		Method: MethodTyping, HTTPMethod: "POST", Encoding: channels.JSON,
		URL:       "https://api.weixin.qq.com/cgi-bin/message/custom/typing?access_token={token}",
		Recipient: "touser",
		Reference: refTyping,
	}}
}
