package messenger

import (
	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// quickReplies converts the message's quick reply actions, in order: a
// reply is a text quick reply (title, payload, image_url from iconUrl); a
// locationRequest reaches Build only when the table renders it natively,
// and is a location quick reply. The engine has already cut their number,
// titles and payloads to the table's limits.
func (b *builder) quickReplies(as []schema.Action) []QuickReply {
	var out []QuickReply
	for j, a := range as {
		switch a.Type {
		case schema.ActionReply:
			icon := channels.WireURL(a.IconURL)
			if icon != "" && !b.wire.replyIcons {
				b.ctx.Add(channels.Dropped, b.ctx.ActionPath(-1, j)+".iconUrl", b.caps.Name+"'s quick replies are plain text: no icon")
				icon = ""
			}
			out = append(out, QuickReply{ContentType: QuickReplyText, Title: a.Text, Payload: a.Payload, ImageURL: icon})
		case schema.ActionLocationRequest:
			out = append(out, QuickReply{ContentType: QuickReplyLocation})
		case schema.ActionLink, schema.ActionWebview, schema.ActionBuy, schema.ActionPostback, schema.ActionShare:
			// Buttons, not quick replies.
		default:
			// The engine drops unknown types before Build.
		}
	}
	return out
}
