package send_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"

	"github.com/chanrender/chanrender"
	"github.com/chanrender/chanrender/channels/telegram"
	"github.com/chanrender/chanrender/send"
)

// Render a carousel for Telegram, turn its payloads into requests and send
// them: here to a test server standing in for api.telegram.org.
func Example() {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		fmt.Println(r.Method, r.URL.Path, string(b[:40]))
	}))
	defer ts.Close()

	body := []byte(`{"role":"appMaker","type":"carousel","items":[
		{"title":"Tacos","actions":[{"type":"postback","text":"Order","payload":"TACOS"}]},
		{"title":"Ramen","actions":[{"type":"postback","text":"Order","payload":"RAMEN"}]}]}`)
	ch := telegram.New()
	res, err := chanrender.Render(body, ch)
	if err != nil {
		fmt.Println(err)
		return
	}
	reqs, err := send.Requests(ch, res.Payloads, send.To("4242"), send.Credentials{"token": "123:ABC"})
	if err != nil {
		fmt.Println(err)
		return
	}
	target, _ := url.Parse(ts.URL)
	for _, r := range reqs {
		hr, _ := r.HTTP(context.Background())
		hr.URL.Scheme, hr.URL.Host = target.Scheme, target.Host // a real server: leave the URL as it is
		resp, err := http.DefaultClient.Do(hr)
		if err != nil {
			fmt.Println(err)
			return
		}
		if err := resp.Body.Close(); err != nil {
			fmt.Println(err)
		}
	}
	// Output:
	// POST /bot123:ABC/sendMessage {"chat_id":"4242","text":"Tacos","reply_
	// POST /bot123:ABC/sendMessage {"chat_id":"4242","text":"Ramen","reply_
}
