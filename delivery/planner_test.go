package delivery

import (
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/chanrender/chanrender/schema"
)

// t0 is the tests' reference time; at(n) is n minutes after it.
var t0 = time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)

func at(n int) time.Time { return t0.Add(time.Duration(n) * time.Minute) }

func client(channel, id string, lastSeen time.Time) Client {
	return Client{Channel: channel, IntegrationID: id, LastSeen: lastSeen}
}

func preferred(c Client) Step {
	return Step{Kind: KindPreferred, Client: c, Condition: ConditionAlways}
}

func secondBest(c Client) Step {
	return Step{Kind: KindSecondBest, Client: c, Delay: 5 * time.Minute, Condition: ConditionUnread}
}

func silent(c Client) Step {
	return Step{Kind: KindSilent, Client: c, Condition: ConditionAlways, Silent: true}
}

func targeted(c Client) Step { return Step{Kind: KindTargeted, Client: c, Condition: ConditionAlways} }

// ignoreReason: tests assert what a step does, not its sentence.
var ignoreReason = cmpopts.IgnoreFields(Step{}, "Reason")

var (
	web       = client("web", "int-web", at(30))
	ios       = client("ios", "int-ios", at(20))
	messenger = client("messenger", "int-fb", at(10))
	line      = client("line", "int-line", at(5))
	twilio    = client("twilio", "int-sms", at(1))
)

func TestPlanAutomatic(t *testing.T) {
	tests := []struct {
		name    string
		clients []Client
		want    Plan
	}{
		{
			name:    "three steps",
			clients: []Client{twilio, line, messenger, ios, web},
			want:    Plan{Steps: []Step{preferred(web), secondBest(ios), silent(messenger)}},
		},
		{
			name:    "second best skips channels that cannot push",
			clients: []Client{web, client("web", "int-web-2", at(25)), line, messenger},
			want: Plan{Steps: []Step{
				preferred(web), secondBest(messenger), silent(client("web", "int-web-2", at(25))),
			}},
		},
		{
			name:    "second best may be a channel that only pushes",
			clients: []Client{web, twilio, client("android", "int-android", at(-60))},
			want: Plan{Steps: []Step{
				preferred(web), secondBest(twilio), silent(client("android", "int-android", at(-60))),
			}},
		},
		{
			name:    "preferred channel can push: no second best",
			clients: []Client{web, ios, client("line", "int-line", at(40))},
			want: Plan{Steps: []Step{
				preferred(client("line", "int-line", at(40))), silent(web), silent(ios),
			}},
		},
		{
			name:    "silent preferred channel is not repeated",
			clients: []Client{web, client("messenger", "int-fb", at(50))},
			want:    Plan{Steps: []Step{preferred(client("messenger", "int-fb", at(50))), silent(web)}},
		},
		{
			name:    "no push-capable fallback",
			clients: []Client{web, client("web", "int-web-2", at(0))},
			want:    Plan{Steps: []Step{preferred(web), silent(client("web", "int-web-2", at(0)))}},
		},
		{
			name:    "web-only user",
			clients: []Client{web},
			want:    Plan{Steps: []Step{preferred(web)}},
		},
		{
			name:    "push-only user",
			clients: []Client{line, twilio},
			want:    Plan{Steps: []Step{preferred(line)}},
		},
		{
			name: "tie in last seen: channel name decides",
			clients: []Client{
				client("web", "int-web", at(0)), client("ios", "int-ios", at(0)),
			},
			want: Plan{Steps: []Step{
				preferred(client("ios", "int-ios", at(0))), silent(client("web", "int-web", at(0))),
			}},
		},
		{
			name: "tie in last seen and channel: integration id decides",
			clients: []Client{
				client("web", "b", at(0)), client("android", "z", at(0)), client("android", "a", at(0)), client("web", "a", at(0)),
			},
			want: Plan{Steps: []Step{
				preferred(client("android", "a", at(0))),
				silent(client("android", "z", at(0))),
				silent(client("web", "a", at(0))),
				silent(client("web", "b", at(0))),
			}},
		},
		{
			name: "tie between the candidates for second best",
			clients: []Client{
				client("web", "int-web", at(9)), client("twilio", "int-sms", at(0)), client("line", "int-line", at(0)),
			},
			want: Plan{Steps: []Step{
				preferred(client("web", "int-web", at(9))), secondBest(client("line", "int-line", at(0))),
			}},
		},
		{
			name: "clients of one integration count once, with their latest use",
			clients: []Client{
				client("web", "int-web", at(0)), ios, client("web", "int-web", at(99)), client("web", "int-web", at(3)),
			},
			want: Plan{Steps: []Step{preferred(client("web", "int-web", at(99))), secondBest(ios)}},
		},
		{
			name:    "never seen ranks last",
			clients: []Client{client("ios", "int-ios", time.Time{}), web},
			want:    Plan{Steps: []Step{preferred(web), secondBest(client("ios", "int-ios", time.Time{}))}},
		},
	}
	p := NewPlanner(fakeRegistry(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := p.Plan(tt.clients, nil)
			if err != nil {
				t.Fatalf("Plan: %v", err)
			}
			if diff := cmp.Diff(tt.want, got, ignoreReason); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
			for i, s := range got.Steps {
				if s.Reason == "" {
					t.Errorf("steps[%d]: empty reason", i)
				}
			}
			// The input order never matters.
			rev := slices.Clone(tt.clients)
			slices.Reverse(rev)
			again, err := p.Plan(rev, nil)
			if err != nil {
				t.Fatalf("Plan of reversed clients: %v", err)
			}
			if diff := cmp.Diff(got, again); diff != "" {
				t.Errorf("reversed clients: mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPlanTargeted(t *testing.T) {
	olderLine := client("line", "int-line-2", at(0))
	all := []Client{web, ios, messenger, line, olderLine}
	tests := []struct {
		name    string
		clients []Client
		dest    schema.Destination
		want    Plan
		wantErr string
	}{
		{
			name: "by integration type",
			dest: schema.Destination{IntegrationType: "messenger"},
			want: Plan{Steps: []Step{targeted(messenger)}},
		},
		{
			name: "by integration type: the most recent client of that type",
			dest: schema.Destination{IntegrationType: "line"},
			want: Plan{Steps: []Step{targeted(line)}},
		},
		{
			name: "by integration id",
			dest: schema.Destination{IntegrationID: "int-line-2"},
			want: Plan{Steps: []Step{targeted(olderLine)}},
		},
		{
			name: "by integration id and matching type",
			dest: schema.Destination{IntegrationID: "int-ios", IntegrationType: "ios"},
			want: Plan{Steps: []Step{targeted(ios)}},
		},
		{
			name:    "a channel the user lacks",
			clients: []Client{web, ios},
			dest:    schema.Destination{IntegrationType: "line"},
			wantErr: `delivery: destination integrationType "line": the user has no line client`,
		},
		{
			name:    "a registered channel nobody uses",
			dest:    schema.Destination{IntegrationType: "telegram"},
			wantErr: `delivery: destination integrationType "telegram": the user has no telegram client`,
		},
		{
			name:    "an integration the user lacks",
			dest:    schema.Destination{IntegrationID: "int-nope"},
			wantErr: `delivery: destination integrationId "int-nope": the user has no client of that integration`,
		},
		{
			name:    "integration id of another type",
			dest:    schema.Destination{IntegrationID: "int-ios", IntegrationType: "android"},
			wantErr: `delivery: destination integrationId "int-ios" integrationType "android": the user's client of that integration is not a android client`,
		},
		{
			name:    "empty destination",
			dest:    schema.Destination{},
			wantErr: `delivery: destination names neither integrationId nor integrationType`,
		},
	}
	p := NewPlanner(fakeRegistry(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clients := tt.clients
			if clients == nil {
				clients = all
			}
			got, err := p.Plan(clients, &tt.dest)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("Plan error = %v, want %s", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Plan: %v", err)
			}
			if diff := cmp.Diff(tt.want, got, ignoreReason); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPlanErrors(t *testing.T) {
	tests := []struct {
		name    string
		clients []Client
		dest    *schema.Destination
		wantErr string
	}{
		{
			name:    "no clients",
			wantErr: "delivery: the user has no clients",
		},
		{
			name:    "unregistered channel",
			clients: []Client{web, client("wechat", "int-wc", at(0))},
			wantErr: `delivery: clients[1]: channel "wechat" is not registered`,
		},
		{
			name:    "unregistered channel with a destination",
			clients: []Client{web, client("wechat", "int-wc", at(0))},
			dest:    &schema.Destination{IntegrationType: "web"},
			wantErr: `delivery: clients[1]: channel "wechat" is not registered`,
		},
		{
			name:    "every problem is reported",
			clients: []Client{client("", "x", at(0)), web, client("viber", "y", at(0))},
			wantErr: "delivery: clients[0]: no channel\n" + `delivery: clients[2]: channel "viber" is not registered`,
		},
	}
	p := NewPlanner(fakeRegistry(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := p.Plan(tt.clients, tt.dest)
			if err == nil || err.Error() != tt.wantErr {
				t.Fatalf("Plan error = %v, want %s", err, tt.wantErr)
			}
			if diff := cmp.Diff(Plan{}, got); diff != "" {
				t.Errorf("plan with an error: mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPlanNilRegistry(t *testing.T) {
	_, err := NewPlanner(nil).Plan([]Client{web}, nil)
	if want := `delivery: clients[0]: channel "web" is not registered`; err == nil || err.Error() != want {
		t.Fatalf("Plan error = %v, want %s", err, want)
	}
}

func TestPlanDoesNotModifyClients(t *testing.T) {
	in := []Client{client("web", "a", at(0)), ios, client("web", "a", at(50))}
	before := slices.Clone(in)
	if _, err := NewPlanner(fakeRegistry(t)).Plan(in, nil); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(before, in); diff != "" {
		t.Errorf("Plan modified its input: mismatch (-want +got):\n%s", diff)
	}
}
