// Package channels is the contract between the rendering engine and each
// channel: the Channel interface, Capabilities (plain data that drives every
// rendering decision), Payload, the Report of what was lost or changed, and
// Registry, a value the caller builds.
//
// Adding a channel is: a Capabilities literal, wire structs and a Build
// function, in one folder under channels/. The engine in package render
// applies the table generically before Build is called, so Build only maps
// an already-fitting message to the channel's wire format.
package channels
