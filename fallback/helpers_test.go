package fallback

import (
	"encoding/json"
	"testing"

	"github.com/chanrender/chanrender/schema"
)

// decode decodes a request body into a schema.Message with encoding/json:
// the fallback tests exercise rendering, not schema.Decode's validation.
func decode(tb testing.TB, body string) *schema.Message {
	tb.Helper()
	var m schema.Message
	if err := json.Unmarshal([]byte(body), &m); err != nil {
		tb.Fatalf("bad test message: %v\n%s", err, body)
	}
	return &m
}

// seedCarousel is the carousel request body of the seed's Carousel Message
// section (api-conversations.md).
const seedCarousel = `{
    "role": "appMaker",
    "type": "carousel",
    "items": [{
        "title": "Tacos",
        "description": "Description",
        "mediaUrl": "http://example.org/image.jpg",
        "actions": [{
            "text": "Select",
            "type": "postback",
            "payload": "TACOS"
        }, {
            "text": "More info",
            "type": "link",
            "uri": "http://example.org"
        }]
    }, {
        "title": "Ramen",
        "description": "Description",
        "mediaUrl": "http://example.org/image.jpg",
        "actions": [{
            "text": "Select",
            "type": "postback",
            "payload": "RAMEN"
        }, {
            "text": "More info",
            "type": "link",
            "uri": "http://example.org"
        }]
    }]
}`

// seedList is the list request body of the seed's List Message section.
const seedList = `{
    "role":"appMaker",
    "type":"list",
    "items":[
       {
          "title":"Tacos",
          "description":"Beef and cheese... Mhm...",
          "size": "large",
          "mediaUrl":"https://www.tacojohns.com/globalassets/2016-tacos-menu/taco-bravo---436x420.jpg",
          "actions":[
             {
                "text":"Oh yeah!",
                "type":"postback",
                "payload":"TACOS"
             }
          ]
       },
       {
          "title":"Burritos",
          "description":"Beefier and cheesier... Mhm...",
          "mediaUrl":"http://www.tacobueno.com/media/1381/beefbob.png?quality=65",
          "actions":[
             {
                "text":"Burritooo!",
                "type":"postback",
                "payload":"BURRITOS"
             },
             {
                "text":"Burritooo!",
                "type":"link",
                "uri":"http://burritos.com",
                "default": true
             }
          ]
       }
    ],
    "actions":[
       {
          "text":"More Choices!",
          "type":"postback",
          "payload":"MORE"
       }
    ]
}`

// seedReplies is the reply request body of the seed's Reply section (with
// the commas the seed's shell sample is missing).
const seedReplies = `{
    "text":"Which do you prefer?",
    "role": "appMaker",
    "type": "text",
    "actions": [{
        "type": "reply",
        "text": "Tacos",
        "iconUrl": "http://example.org/taco.png",
        "payload": "TACOS"
    }, {
        "type": "reply",
        "text": "Burritos",
        "iconUrl": "http://example.org/burrito.png",
        "payload": "BURRITOS"
    }]
}`
