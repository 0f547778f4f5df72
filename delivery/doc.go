// Package delivery plans how a message reaches a user with several linked
// clients, following the "Automatic message delivery" section of Smooch's
// sending-messages guide. The plan is plain data: which client gets the
// message, after what delay and on what condition. Nothing here reads a
// clock or starts a timer; whoever executes the plan does that.
//
// The channel facts the plan depends on (does the channel notify the user,
// can it receive without notifying) come from each channel's
// channels.Capabilities.Delivery, looked up by name in a *channels.Registry.
//
// # The automatic plan
//
//  1. Preferred: the client the user used most recently gets the message at
//     once (Delay 0, ConditionAlways).
//  2. Second best: if the preferred channel cannot push, the most recently
//     used other client whose channel can push gets the message after
//     UnreadDelay (5 minutes) if it is still unread (ConditionUnread). There
//     is no such step when the preferred channel can push, or when no other
//     client can.
//  3. Silent: every other client whose channel can receive without a
//     notification (the SDKs and Messenger) gets a silent copy
//     (Silent: true). Decision: at once (Delay 0, ConditionAlways). The guide
//     attaches the 5-minute unread condition to step 2 only; "finally" orders
//     the steps, and since a silent copy notifies nobody, waiting would only
//     leave those clients' conversation history behind. Steps are listed in
//     the guide's order; Delay, not position, says when a step runs.
//
// A client appears in at most one step: step 3 skips the preferred client
// and the second-best one even when their channel receives silently (the
// second-best client gets the message only if it is still unread; sending
// it a silent copy as well would deliver it twice).
//
// # Clients and ties
//
// A user may have several clients of one integration (two browsers on the
// web messenger); the message goes to an integration once, so clients with
// the same Channel and IntegrationID count as one, with their latest
// LastSeen. Clients are ranked by LastSeen, most recent first; ties are
// broken by Channel, then IntegrationID, in byte order, so the plan never
// depends on the order of the input.
//
// # Targeting
//
// A message destination bypasses the automatic plan: the plan is one step
// (KindTargeted, at once) to the most recently used client matching every
// field the destination sets: integrationId against Client.IntegrationID,
// integrationType against Client.Channel (channel registry names are
// Smooch's integration types: web, ios, android, messenger, line, telegram,
// twilio …). No matching client is an error naming the destination.
package delivery
