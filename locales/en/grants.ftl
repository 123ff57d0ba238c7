### Issue 11, part A: client credentials (RFC 6749 §4.4) and the device
### authorization grant (RFC 8628). Words of these flows only; the same ids are in
### locales/ko/grants.ftl.

## The party that appears only in the device flow

party-phone = Resource Owner's phone

## What kind of thing a party remembers, and an arrow's label

item-device-code = device_code
item-user-code = user_code
gist-user-code = user_code
gist-device-approved = device approved
gist-device-denied = device refused

## What each topic of these flows teaches (as in explain.ftl)

topic-register-public-client-credentials = Registration refused: client credentials need a secret
    .why = The app registered without a secret (`token_endpoint_auth_method` `none`) and asked for the `client_credentials` grant. That grant has no user and no code: the client's own credentials are the whole proof of who is asking, so a client that cannot keep a secret has nothing to prove (RFC 6749 §4.4: only confidential clients may use it). The server refuses the metadata with `invalid_client_metadata` rather than register a client anyone could impersonate.
    .next = A correct client that needs its own token registers as confidential, with a secret, or picks a flow in which a user approves.

topic-client-credentials-issued = Client credentials: the app gets a token for itself
    .why = No user, no browser, no code: Photo Printer authenticated with its own secret and asked for `grant_type=client_credentials`. The token it got acts for the app itself, for what the app owns or was set up to reach, not for Alice; the State tab shows it with a client and a scope but no user. The scope is at most what the app registered, or the server's default when it asks for none (RFC 6749 §3.3). There is no refresh token (§4.4.3): the app can ask again with the same credentials whenever its token expires, so a longer-lived credential would only be one more secret to leak.
    .next = The token goes to the API in the `Authorization: Bearer` header, as in the code flow.

topic-client-credentials-public-client = Token refused: a public client has no credentials
    .why = This client has no secret, so its request proves nothing but a `client_id`, which is public. With the client credentials grant that would hand a token to anyone who knows the id, since no user and no code are there to check instead. RFC 6749 §4.4 allows the grant only for confidential clients, and the server answers `unauthorized_client`: the client is known, but not allowed this grant.
    .next = A public app (a phone or browser app) gets tokens through a flow where a user approves: the code flow with PKCE, or the device flow.

topic-client-resources-served = The API serves the client's own data
    .why = The token carries no user: introspection answered `active` with a `client_id` and a scope, and no `username` or `sub` for a person. So the API serves what belongs to the client itself, here the photos of the app's own account, never Alice's: a client credentials token cannot reach any user's data, because no user agreed to anything (RFC 6749 §4.4). Where a token must name a subject, RFC 9068 §2.2 has it name the client.
    .next = When this token expires, the app asks for a new one with its credentials; nothing asks a user.

topic-device-authorized = The device gets a device code and a user code
    .why = Photo Printer has a small screen and no browser, so it cannot send Alice to a login page. It asked the server for a pair of codes instead (RFC 8628 §3.1–3.2): a long, secret `device_code` that only the printer keeps and polls with, and a short `user_code` it shows on its screen beside the `verification_uri`. The user code is eight consonants in two groups (§6.1): easy to read and type, no words by accident. Both expire after `expires_in` seconds, and `interval` says how long the printer must wait between polls.
    .next = Alice opens the verification address on her phone and types the code from the printer's screen.

topic-verification-page-shown = The phone shows the verification page
    .why = Alice opened the verification address on her phone without a code in it, so the server asks her to type the one the device shows (RFC 8628 §3.3). Nothing links the two devices except Alice reading one screen and typing on the other; that is the whole trick of the device flow, and why the code must be short.
    .next = Once a code is entered, the server looks up the device request it names.

topic-user-code-unknown = The code does not match any waiting device
    .why = The code typed on the phone names no pending device request: mistyped, expired, or already answered. The server shows an error page and starts nothing. A user code is short enough to guess, which is why it lives only minutes and why a real server limits how many wrong codes a browser may try (RFC 8628 §5.1, §6.1); otherwise an attacker could guess the code of someone else's waiting device and approve it with the attacker's own account, so that the device would act for the attacker without its owner knowing.
    .next = Alice checks the code on the device's screen and types it again.

topic-device-approved = Alice approves the device on her phone
    .why = On her phone Alice signed in and allowed the device what it asked for, with the same login and consent pages as the code flow. Nothing is redirected: the device has no browser to come back to. The server marks the device request approved and tells Alice to return to the device (RFC 8628 §3.3). The tokens go to whoever polls with the device code, and only the device has it; that is why it must never be shown on screen.
    .next = At its next poll the device gets its tokens.

topic-device-denied = Alice refuses the device
    .why = Alice said no on the consent page. The server records the refusal against the device request and tells her nothing was shared. The device learns of it only by polling: its next poll is answered `access_denied`, and it must stop polling then (RFC 8628 §3.5).
    .next = The device's next poll gets `access_denied`.

topic-device-code-missing = Poll refused: no device_code
    .why = The device asked for the device grant without the `device_code` parameter, which RFC 8628 §3.4 requires. A required parameter is missing, so the answer is `invalid_request` (RFC 6749 §5.2).
    .next = A correct device sends the `device_code` it received, with its `client_id`.

topic-device-code-unknown = Poll refused: the device code is unknown
    .why = The server never issued this `device_code`. As with an unknown authorization code, the answer is `invalid_grant` (RFC 6749 §5.2).
    .next = A correct device polls only with the code its own device authorization request returned.

topic-device-code-of-another-client = Poll refused: the device code belongs to another client
    .why = The device code was issued to another client. A device code is bound to the client that asked for it, so another app cannot collect the tokens a user approved for that one: `invalid_grant` (RFC 8628 §3.4; RFC 6749 §5.2).
    .next = Only the client the code was issued to can redeem it.

topic-device-code-used = Poll refused: the device code was already used
    .why = This device code already got its tokens. Like an authorization code it works once: after the success the server keeps it only to recognise it, and a second poll with it is `invalid_grant`. Were it otherwise, anyone who copied the code could collect a second set of tokens for Alice's approval.
    .next = A device that has its tokens stops polling and uses them.

topic-device-code-expired = Poll refused: expired_token
    .why = The device code outlived its `expires_in` before Alice approved, so the device authorization session is over (RFC 8628 §3.5). The answer is `expired_token`. The device must stop polling; to try again it starts a new request, with new codes for Alice to type.
    .next = A correct device starts over with a new device authorization request.

topic-authorization-pending = Poll: authorization_pending
    .why = Alice has not answered on her phone yet, so the server answers `authorization_pending` (RFC 8628 §3.5): not a failure, just "not yet". The device keeps its device code and polls again after `interval` seconds. Polling is how a device with no browser learns the user's answer: nothing can call it back.
    .next = The device waits its interval and polls again.

topic-slow-down = Poll: slow_down, the interval grows by 5 seconds
    .why = The device polled sooner than the interval the server asked for. The request is still pending, but the answer is `slow_down`, and RFC 8628 §3.5 says the device MUST add 5 seconds to its interval for this and every later poll; the server counts the same way, so polling early again earns another `slow_down`. Many devices polling fast would be a load on the server, and the interval is its way to keep them in check.
    .next = A correct device now waits the longer interval before each poll.

topic-device-access-denied = Poll refused: access_denied
    .why = Alice refused the device on her phone, and the poll answers `access_denied` (RFC 8628 §3.5). The device must stop polling and tell its user that nothing was authorized; asking again is a new request she would have to approve.
    .next = A correct device stops polling here.

topic-device-tokens-issued = The device gets its tokens
    .why = Alice approved, and this poll, with the device code only the printer holds, returned the tokens (RFC 8628 §3.5). The device code is now used up, like an authorization code. A refresh token is allowed in this flow: the printer can renew its access without asking Alice to find her phone again.
    .next = The printer calls the API with the access token in the `Authorization: Bearer` header.

topic-device-waits = The device waits before it polls again
    .why = Time passes on the simulated clock while the device holds its device code. A device may not poll as fast as it likes: it waits at least `interval` seconds between polls, and 5 seconds more after every `slow_down` (RFC 8628 §3.5). Meanwhile both codes age toward their `expires_in`; a code not approved in time is `expired_token` at the next poll.
    .next = The device's next poll says whether Alice has answered.

## The phone's name in the TUI, and over its diagram lane (two short lines)

tui-actor-phone = Alice's phone
tui-lane-phone = Alice's
    .below = phone

## The picker's headings for these flows' failure scenarios

tui-group-client-credentials = Client credentials
tui-group-device-code = Device flow

## Why the device did not poll (as skip-lacks-* in words.ftl)

skip-lacks-device-code = the device has no device code

topic-roles-without-owner = Three parties: no owner in this flow
    .why = With client credentials the app asks for access to its own resources, not to a user's, so only three roles take part, each in its lane. The Client, Photo Printer at printer.example, is a confidential client: it will get a `client_id` and a secret, and proves who it is with them at every token request. The Authorization Server, auth.example, knows the registered apps and issues the token to the app itself. The Resource Server, photos.example, serves what the token allows: here the app's own resources. Alice's lane stays empty: no one signs in, no one is asked for consent, and no browser is involved (RFC 6749 §4.4).
    .next = Watch the Client's lane: the app registers, then asks the token endpoint directly.

topic-roles-with-phone = Five lanes: a device and Alice's phone
    .why = The device flow is for an app on a device with no browser or keyboard to speak of, like a TV or a printer's panel (RFC 8628 §1). The Client here is that device: it will get a `client_id`, a secret, and later tokens. The Resource Owner is still Alice, but she answers on a second device, her phone, which has a lane of its own beside hers: she opens the address the device shows, types its user code, signs in and consents there. The Authorization Server, auth.example, issues a device code and a user code, and answers the device's polls. The Resource Server, photos.example, serves the photos for a valid access token.
    .next = Watch the Client's lane: the device registers, then asks for its codes.
