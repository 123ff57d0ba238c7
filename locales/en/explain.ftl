### What each step of the lesson teaches (crate::explain). A topic's message is its
### headline (one short line, at most 60 characters in English); .why says what
### happened and why it matters (2-4 sentences); .next says what to watch next.
### Parameter, header and error names stay as on the wire.

## The six chapters of the lesson

chapter-roles = Roles
chapter-registration = Registration
chapter-owner-approval = Owner approval
chapter-server-approval = Server approval
chapter-access-token = Access token
chapter-refresh-token = Refresh token

## What each topic teaches: the headline, .why (what happened and why it matters), .next (what to watch next)


topic-roles-introduced = Four parties, four lanes
    .why = OAuth names four roles, and each has its own lane on screen, left to right. The Client is the Photo Printer app at printer.example: it wants to print Alice's photos, holds nothing yet, and will get a `client_id`, a secret if it can keep one, and later tokens. The Resource Owner is Alice with her browser: the photos are hers, only she knows her password, and she decides what the app may do. The Authorization Server, auth.example, knows Alice's account and the apps registered with it; it asks for her consent and issues codes and tokens. The Resource Server, photos.example, keeps the photos and serves them only for a valid access token. One company often runs both servers, but the roles differ: one decides, the other serves.
    .next = Watch the Client's lane: the app first registers at the authorization server.

topic-registered = Photo Printer is registered with the server
    .why = The authorization server now knows this app: a public `client_id`, a `client_secret` that works as the app's password, and the exact addresses it may send users back to. An app that cannot hide a secret (a browser or phone app) registers as a public client instead: it gets no secret, so nothing at the token endpoint proves which app is asking. PKCE still protects each of its flows by binding the code to the party that started the flow, but PKCE does not authenticate a client (RFC 7636 §1). The Korean note registers the app with the resource server; RFC 6749 gives that job to the authorization server, and one machine often plays both roles, which is why the two are easy to merge.
    .next = Watch the next request: it carries only the public `client_id`, never the secret.

topic-register-no-redirect-uri = Registration refused: no redirect URI
    .why = The server answered `invalid_redirect_uri` because Photo Printer listed no address to send Alice back to. Codes are only ever delivered to addresses agreed on in advance; without one, the server could never finish a flow for this app safely. Refusing now is better than guessing later.
    .next = A correct client registers at least one exact `https` address, such as `https://printer.example/callback`, and tries again.

topic-register-bad-redirect-uri = Registration refused: unsafe redirect URI
    .why = A redirect URI must be absolute, carry no `#fragment`, and use `https` unless it points at a loopback address. Codes will travel to this address, so with plain `http` on the network anyone along the path could read them; loopback traffic never leaves the device, which is why a native app may use `http://127.0.0.1`. The server answered `invalid_redirect_uri` rather than store an address it could not deliver a code to safely.
    .next = A correct client fixes the address and registers again; every later `redirect_uri` must match it character for character.

topic-register-bad-metadata = Registration refused: unsupported metadata
    .why = One of the values Photo Printer sent about itself, such as its authentication method or a grant type, is not supported by this server, so it answered `invalid_client_metadata`. Registering the app with a quietly changed setting would leave the app believing in something the server will not honour. A clear refusal now keeps both sides in agreement.
    .next = A correct client sends only values the server supports and registers again.

topic-register-grant-type-unsupported = Registration refused: grant type not offered
    .why = The client listed a `grant_types` value this server does not offer. It offers the authorization code grant and refreshing it, client credentials and the device flow; the password grant, for one, would hand Alice's password to the app. Registering the app anyway would promise a way to get tokens that the token endpoint would then refuse, so the server answers `invalid_client_metadata` now.
    .next = A correct client registers only grants offered here (`authorization_code`, `refresh_token`, `client_credentials`, the device code grant), and registers again.

topic-register-response-type-unsupported = Registration refused: response type not offered
    .why = The client listed a `response_types` value other than `code`. The legacy implicit `token` would put the access token itself in the redirect, where history and `Referer` headers can leak it, so this server offers only the code flow. It answers `invalid_client_metadata` rather than register a flow its authorization endpoint would refuse.
    .next = A correct client registers `response_types` `["code"]` and registers again.

topic-register-flows-inconsistent = Registration refused: response and grant types disagree
    .why = `response_types` says what the client asks for at the authorization endpoint, `grant_types` what it trades at the token endpoint, and the two must tell the same story: `code` goes with `authorization_code`, each needing the other. A client with one and not the other would hold codes it may not exchange, or a grant it can never start, so the server answers `invalid_client_metadata`.
    .next = A correct client registers `code` together with `authorization_code`, or neither.

topic-login-page-shown = Alice's browser reaches the login page
    .why = Photo Printer sent Alice's browser to the authorization server, which checked the `client_id` and `redirect_uri` against the registration and now asks her to sign in. The request rode in the address bar, the front channel: URLs end up in history and logs and can be altered, so it carries nothing secret, only the public `client_id`, a fresh random `state` the client saved first, and a PKCE `code_challenge` whose verifier stays with the client. `scope` is only a request; Alice and the server decide what is really granted.
    .next = Alice types her password next: watch that it goes only to the authorization server.

topic-consent-page-shown = The server asks Alice what to share
    .why = The consent page names the app, Photo Printer, and each scope it asked for. Alice is handing one named app a named, limited slice of her account (here, reading her photos), not her password and not the whole account. She may allow or deny, and the server may grant less than was asked, so the client reads `scope` in the token response to learn what it got. Like every page of the authorization server, it comes with `X-Frame-Options: DENY` and `Content-Security-Policy: frame-ancestors 'none'`: no other site may show it in a hidden frame and trick her into clicking allow (clickjacking).
    .next = Alice's answer decides what comes back: allow brings a code, deny brings `access_denied`, both with the same `state`.

topic-client-id-missing = Stopped: the request names no client
    .why = The authorization request has no `client_id`, so the server cannot tell which app is asking or which redirect addresses belong to it. It shows Alice an error page (400 `invalid_request`) instead of redirecting: sending her to an address it cannot vouch for would turn the server into an open redirector that phishing pages could borrow.
    .next = A correct client always sends its `client_id`; notice that no message goes back to Photo Printer.

topic-client-unknown = Stopped: this client_id is not registered
    .why = No app is registered under this `client_id`: a typo, a deleted app, or a page pretending to be one. With no registration there is no trusted redirect address, so the server stops with an error page for Alice (400 `invalid_request`) and redirects nowhere. Redirecting would let anyone borrow the server's good name to bounce users to their own site.
    .next = A correct client uses the `client_id` it received at registration; nothing reaches the client this time.

topic-redirect-uri-mismatch = Stopped: redirect_uri does not match exactly
    .why = The `redirect_uri` in the request is not, character for character, one that Photo Printer registered; a different path, a trailing slash or a change of case all make a different address. The server refuses with an error page (400 `invalid_request`) and does not redirect, because a code or even an error sent to an unverified address could land on an attacker's site. Exact matching is what keeps codes going only where the app said they should.
    .next = A correct client sends the registered address exactly; this time Alice's browser stays at the authorization server.

topic-redirect-uri-required = Stopped: several redirect URIs, none chosen
    .why = Photo Printer registered more than one redirect URI but did not say which one to use. The server will not pick one for it, since a guess could deliver the code to the wrong place. It stops with an error page (400 `invalid_request`) and redirects nowhere.
    .next = A correct client with several addresses names the exact registered `redirect_uri` in every request.

topic-redirect-uri-malformed = Stopped: redirect_uri is not a valid address
    .why = A redirect URI must be absolute and carry no `#fragment`; this one is relative or has a fragment, so it can never match a registration. The server treats it like any unverified address: an error page for Alice (400 `invalid_request`) and no redirect.
    .next = A correct client sends the full registered address; nothing goes back to the client this time.

topic-client-or-redirect-uri-repeated = Stopped: client_id or redirect_uri appears twice
    .why = The request names the client or the redirect URI more than once, which OAuth forbids because the server cannot know which value to trust. Someone able to append to the URL could slip in a second `redirect_uri` and hope the server picks theirs. Until the client and its redirect URI are certain there is nowhere safe to send an error, so the server does not redirect; it shows Alice an error page (400 `invalid_request`).
    .next = A correct client sends each parameter once; watch that the browser is not sent back.

topic-parameter-repeated = Refused: a parameter appears twice
    .why = The same parameter, such as `scope`, was sent more than once, which OAuth forbids because the server cannot know which value the client meant. The client and its redirect URI are already certain, so this is an ordinary `invalid_request` for the client: the browser is sent back to the redirect URI with `error` and the `state` the client sent.
    .next = A correct client sends each parameter once, joining several scopes with spaces in one `scope`.

topic-response-type-missing = Error sent back: response_type is missing
    .why = The client and its `redirect_uri` checked out, so from here on errors go back to Photo Printer as a redirect carrying `error`, `error_description` and the same `state`. This request lacks `response_type`, which says which flow the client wants, so the answer is `invalid_request`. Redirecting is safe now because the address is one the app registered.
    .next = The redirect carries the error to the client's callback; a correct client sends `response_type=code`.

topic-response-type-unsupported = Error sent back: only response_type=code
    .why = This server offers only the authorization code flow, so any other `response_type`, such as the legacy implicit `token`, gets `unsupported_response_type` at the client's address. In the implicit flow the access token itself rode the redirect, where history, `Referer` headers and browser extensions can see it and nobody checks who caught it. Code plus PKCE now works in browsers too, so nothing is left that only the implicit flow can do.
    .next = A correct client asks for `response_type=code`; the redirect carries this error to the callback with the same `state`.

topic-response-type-not-allowed = Error sent back: app not registered for codes
    .why = The server offers `response_type=code`, but this client did not register it (nor the `authorization_code` grant), so the answer is `unauthorized_client`, sent back with the same `state`. Each app may use only the flows it registered; a stolen `client_id` cannot start a flow its owner never asked for.
    .next = A correct client registers `response_types` `["code"]` with the `authorization_code` grant before sending users here.

topic-scope-invalid = Error sent back: a scope is unknown or not allowed
    .why = Photo Printer asked for a scope this server does not know, or one this app may not have. Rather than quietly dropping it, the server answers `invalid_scope` at the client's registered address with the same `state`, so the app learns its request was wrong instead of assuming it got more than it did. `scope` is always a request; the server decides.
    .next = A correct client asks only for scopes the server offers; the redirect carries this error to the callback.

topic-pkce-challenge-missing = Error sent back: PKCE code_challenge required
    .why = This server requires PKCE, and the request came without a `code_challenge`. The challenge is a hash of a secret `code_verifier` that stays with the client; at the token exchange only the party that started the flow can show the verifier, so a stolen or injected code is useless to anyone else. Without a challenge that check cannot happen later, so the server answers `invalid_request` now.
    .next = A correct client makes a fresh verifier for every flow and sends its S256 challenge; the redirect carries this error to the callback.

topic-pkce-method-unsupported = Error sent back: only S256 is accepted
    .why = The request named a PKCE method other than `S256`, or named none, which means `plain`. With `plain` the challenge is the verifier itself, so it crosses the front channel where it can be seen; with `S256` only a hash does, and the verifier stays with the client until the direct server-to-server exchange. So the server answers `invalid_request`.
    .next = A correct client sends `code_challenge_method=S256`; the redirect carries this error to the callback with the same `state`.

topic-pkce-challenge-malformed = Error sent back: code_challenge has the wrong shape
    .why = A `code_challenge` must be 43 to 128 unreserved characters, and an S256 challenge is always exactly 43 base64url characters. Any other shape means the client computed it wrongly, and no verifier would ever match it. The server answers `invalid_request` now rather than issue a code that could never be exchanged.
    .next = A correct client hashes its verifier with SHA-256 and base64url-encodes it without padding; the redirect carries this error to the callback.

topic-logged-in = Alice signed in at the authorization server
    .why = Alice typed her password on the authorization server's own page; Photo Printer never sees it, and how the server checks her (password, second factor, passkey, an existing session) is its own business. That check, confirming who Alice is, is authentication. OAuth is about something else, authorization: what Photo Printer may do on her behalf. The tokens to come are keys for an API, not proof of who the user is; signing users in to apps is OpenID Connect's job.
    .next = The server's answer is the consent page: watch what Alice answers, Allow or Deny.

topic-login-failed = Sign-in failed: wrong username or password
    .why = The authorization server could not confirm it was Alice, so it shows the login page again and issues nothing. Photo Printer learns nothing, not the password and not even that it was mistyped, because sign-in happens entirely between Alice and the server. The pending authorization request simply waits.
    .next = Watch Alice try again; only a successful sign-in leads to the consent page.

topic-no-authorization-in-progress = Refused: no authorization request in progress
    .why = The browser posted a login or a consent with no authorization request behind it, so the server cannot tell which app, which `redirect_uri` or which scopes the answer is for. It answers `invalid_request` instead of guessing. A consent that is not tied to a request the owner actually saw is exactly what a forged form would send.
    .next = A flow always starts with `/authorize`; watch for that request before login and consent.

topic-consent-before-login = Refused: consent before signing in
    .why = A consent answer arrived before anyone signed in. Only the resource owner can share her photos, and the server does not yet know whether this browser belongs to Alice, so it asks her to sign in first. Otherwise anyone who reached the consent form could approve access to someone else's account.
    .next = Watch Alice sign in; the consent page comes only after that.

topic-consent-decision-invalid = Refused: the decision must be allow or deny
    .why = The consent form came back with a decision that is neither `allow` nor `deny`. The server will not read an unclear answer as yes, because access is granted only with the owner's explicit consent. It answers `invalid_request` and issues nothing.
    .next = Watch for a clear `allow` or `deny` from Alice on the next try.

topic-code-issued = Alice allowed it: the browser carries a code back
    .why = The server sends Alice's browser back to Photo Printer's registered address with an authorization code and the same `state`. The Korean study note calls this chapter the resource server's approval, but it is the authorization server that issues the code; the resource server only serves the photos later. The code rides the front channel, where it may be seen, which is why it is a short-lived, single-use claim ticket and worth nothing on its own: only the client, calling the server directly over the back channel with its own credentials, can turn it into tokens. It goes only to an address that exactly matches the registration, and even a trailing slash would make a different one.
    .next = At the callback, watch Photo Printer compare `state` with the value it saved before it keeps the code.

topic-access-denied = Alice said no: access_denied
    .why = Alice denied the request, which is a normal outcome, not a fault. The server redirects to Photo Printer's registered address with `error=access_denied` and the same `state`, and issues no code and no token. Her account is untouched.
    .next = A correct client checks `state`, tells Alice nothing was shared, and does not keep asking.

topic-callback-accepted = Photo Printer checks state and keeps the code
    .why = The browser delivered the code to Photo Printer's callback, and the `state` matches the one the client saved for this browser. The match shows that this response answers a request this browser really started, not one an attacker pushed in. Only the client can make this check; the server merely echoes `state` back.
    .next = The client now leaves the browser behind and calls the token endpoint directly: the back channel.

topic-callback-state-mismatch = Photo Printer rejects a callback with the wrong state
    .why = The callback's `state` is missing or differs from the one saved for this browser, so the client cannot tell whether this response answers a request Alice started. Here the code is Alice's own and only the `state` was changed, but the client cannot know that: in a forged callback (login CSRF) an attacker pushes its own code into Alice's browser with a `state` of its choosing, which would quietly connect her session to the attacker's account. So the client throws the code away and sends no token request (`invalid_state`); PKCE also stops injected codes, but only if the client knows the server enforces it.
    .next = No `/token` request follows: the code is gone from the client. A correct client starts over with a fresh `state`.

topic-callback-carried-error = The callback brings an error, not a code
    .why = The authorization server sent the browser back with an `error` and `error_description` instead of a code, for example because Alice denied or the request was invalid. The client still checks `state`, so that a forged error cannot mislead it, and then shows Alice what went wrong. There is no code, so there is nothing to exchange.
    .next = A correct client sends no token request here; it fixes its request or lets Alice try again.

topic-callback-without-code = Refused: the callback has neither code nor error
    .why = Photo Printer's callback was opened with neither a `code` nor an `error`, which no authorization server sends; someone may have opened the address by hand, or a link was cut short. The client answers `invalid_request` and does nothing more, because there is nothing to exchange and nothing to trust.
    .next = Watch that no token request follows; the flow must start again from `/authorize`.

topic-code-leaked-to-attacker = The code went to a page the client does not own
    .why = The browser delivered the authorization code to an address outside Photo Printer, so now an attacker holds it. This is the front-channel risk in action, and the reason servers must compare redirect URIs exactly: a loose rule, such as matching only a prefix, lets a look-alike address receive codes. The code alone is not enough, though: to redeem it the attacker also needs the client's secret, or the PKCE verifier that never left Photo Printer.
    .next = To redeem the code at `/token`, the attacker would also need the client's secret or the PKCE verifier; without them the exchange fails.

topic-client-auth-unknown-client = Client authentication failed: unknown client
    .why = The credentials the client sent name a `client_id` the server never registered, so it answers 401 `invalid_client` with a `WWW-Authenticate: Basic` challenge, as every 401 must carry, even when the client sent its credentials in the form body. At `/token` and `/revoke` a client must prove which app it is, and an unknown app gets nothing, whatever code or token it brings.
    .next = A correct client authenticates with the `client_id` and secret it got at registration.

topic-client-auth-wrong-secret = Client authentication failed: wrong secret
    .why = The `client_id` is known but the `client_secret` is wrong, so the server answers 401 `invalid_client`. The secret is the app's password: it is what makes a code caught in the browser useless to anyone who is not Photo Printer. A failed attempt like this does not use up a code.
    .next = A correct client sends the secret it got at registration, kept where only its own server can read it.

topic-client-auth-missing = Client authentication failed: no credentials
    .why = Photo Printer is a confidential client, one that was given a secret, yet it sent no credentials, so the server answers 401 `invalid_client`, with a `WWW-Authenticate: Basic` header naming the way it accepts them. Without them anyone holding the code could ask for tokens in the app's name. An app that cannot keep a secret registers as a public client instead: it is not authenticated at all, and PKCE binds each of its codes to the flow that asked for it, which stops a stolen code but does not say which app is asking.
    .next = A correct confidential client sends its id and secret, in the Basic header or in the form body, but not both.

topic-client-auth-malformed = Client authentication failed: malformed Basic header
    .why = The `Authorization` header cannot be read as HTTP Basic credentials: the base64 is invalid, or there is no `:` between id and secret. The server cannot tell who is asking, so it answers 401 `invalid_client` with a `WWW-Authenticate: Basic` challenge. Note that OAuth form-encodes the id and the secret before base64-encoding the pair.
    .next = A correct client builds the header as `Basic base64(urlencode(id):urlencode(secret))`.

topic-client-auth-wrong-method = Client authentication failed: not the registered method
    .why = At registration the client named how it would prove itself at the token endpoint (`token_endpoint_auth_method`: Basic header, secret in the form, or none). This request used another way. The server holds the client to its word and answers 401 `invalid_client`, the code RFC 6749 §5.2 gives for an unsupported authentication method: a stolen secret is less useful when the server also knows exactly how it must arrive.
    .next = A correct client authenticates the way it registered, every time.

topic-client-auth-twice = Refused: client credentials sent two ways
    .why = Photo Printer put its credentials both in the `Authorization` header and in the form body. A client must use exactly one authentication method per request, because if the two copies differed the server could not know which to trust. It answers `invalid_request`.
    .next = A correct client uses only the method it registered, such as `client_secret_basic`.

topic-tokens-issued = Code exchanged: Photo Printer gets its tokens
    .why = Over the back channel Photo Printer proved itself: its secret says which app it is, the `code_verifier` says it is the party that started this flow, and the repeated `redirect_uri` matches the one the code is bound to. The code is now used up. The Korean study note says the client and the resource server delete it: the client does delete its copy, but the other holder is the authorization server, and it deletes the redeemable code while keeping a `used_code` record of it, with what it issued and their token family (every token issued from this one grant, revoked together), so a second use is refused and those tokens are revoked. The access token is a bearer token, usable by whoever holds it, so it comes with `Cache-Control: no-store` and a short `expires_in`; it is a key for the API, not a statement of who Alice is. Read the `scope` in the response too: the server may have granted less than was asked.
    .next = From here the client presents the access token to the resource server in the `Authorization: Bearer` header, never in a URL.

topic-form-parameter-repeated = Refused: a parameter appears twice in the form
    .why = The client's form to the token endpoint (or to `/revoke`) carries the same parameter more than once. Parameters of a request to the token endpoint must not be included more than once, because the server cannot know which value the client meant; a request that does is an `invalid_request`, answered to the client directly: 400 with a JSON error body, no redirect.
    .next = A correct client sends each parameter of the form once.

topic-grant-type-missing = Token request refused: grant_type is missing
    .why = The token endpoint serves several kinds of request, such as exchanging a code or refreshing, and `grant_type` says which one this is. Without it the server cannot know which rules apply, so it answers `invalid_request` and leaves the code unused.
    .next = A correct client sends `grant_type=authorization_code` together with the code.

topic-grant-type-unsupported = Token request refused: unsupported grant_type
    .why = This server does not offer the `grant_type` the client named, so it answers `unsupported_grant_type`. Servers deliberately support few grants; the old password grant, for example, would hand Alice's password to the app, which is exactly what OAuth exists to avoid.
    .next = A correct client uses `authorization_code` for the exchange and `refresh_token` to renew.

topic-grant-type-not-allowed = Token request refused: grant not allowed for this app
    .why = The server knows this `grant_type`, but Photo Printer is not registered to use it, so the answer is `unauthorized_client`. Each app gets only the grants it registered for; limiting what a client may do also limits what anyone holding its credentials could do.
    .next = A correct client uses only the grant types in its registration, or registers the one it needs.

topic-code-missing = Token request refused: no code
    .why = The request asks to exchange an authorization code but carries no `code`. There is nothing to check against Alice's consent, so the server answers `invalid_request`.
    .next = A correct client sends the code it received at its callback.

topic-code-unknown = Token request refused: this code was never issued
    .why = The server has no record of this code: it was mistyped, cut short or made up. It answers `invalid_grant` and says no more, since telling a guesser what was wrong would only help them. Codes are long random values precisely so that nobody can guess one.
    .next = A correct client sends the exact code from its callback, once.

topic-code-expired = Token request refused: the code has expired
    .why = Authorization codes live only minutes (here `code_lifetime`, ten minutes by default), and this one is past its end, so the server answers `invalid_grant`. A short life limits how long a code seen in the front channel could be abused. An honest client exchanges its code right away.
    .next = A correct client now starts a new authorization request, and Alice approves again.

topic-code-replayed = Code replayed: refused, and its tokens revoked
    .why = This code was already exchanged: the server deleted it then but kept a `used_code` record of it, so it recognises a second use, which means a copy exists somewhere: in a log, a history entry or an attacker's hands. The server cannot tell which request is the honest one, so it answers `invalid_grant` and also revokes every token issued from that code, its whole token family. Alice is safer with those tokens gone than with an attacker possibly holding them.
    .next = Watch the tokens from the first exchange stop working; a correct client never sends a code twice.

topic-code-of-another-client = Token request refused: code belongs to another app
    .why = The code was issued to a different app than the one now authenticating. Each code is bound to the client Alice approved, so another registered app cannot redeem it, even with valid credentials of its own. The server answers `invalid_grant`.
    .next = Only the client named in Alice's consent can exchange its code; no tokens are issued.

topic-code-consent-withdrawn = Token request refused: Alice withdrew her consent
    .why = The code is genuine and unexpired, but since it was issued Alice went to her account page and withdrew her consent for this app. A code is only a claim on that consent, so the server refuses it with `invalid_grant` (the grant was revoked) and issues nothing.
    .next = A correct client accepts the refusal; only Alice can let it in again, through a new authorization request.

topic-token-redirect-uri-missing = Token request refused: redirect_uri must be repeated
    .why = Photo Printer sent a `redirect_uri` with its authorization request, so the code is bound to it and the token request must repeat it. Leaving it out is a missing required parameter: `invalid_request`. Repeating it lets the server confirm that the code went to the address the client asked for.
    .next = A correct client sends the very same `redirect_uri` it used at `/authorize`.

topic-token-redirect-uri-mismatch = Token request refused: redirect_uri differs
    .why = The `redirect_uri` in the token request is not the one the code was issued for, so the server answers `invalid_grant`. An attacker who tricked the browser into delivering a code to their own address would have to present that address here, and the mismatch gives them away.
    .next = A correct client repeats the exact address it sent at `/authorize`.

topic-verifier-missing = Token request refused: code_verifier missing
    .why = The code was issued with a PKCE challenge, so whoever redeems it must show the matching `code_verifier`, and this request has none: `invalid_request`. Client authentication says which app is asking; the verifier says it is the same party that started this flow. They are two different proofs.
    .next = A correct client sends the verifier it has kept since the authorization request.

topic-verifier-malformed = Token request refused: code_verifier has wrong shape
    .why = A `code_verifier` must be 43 to 128 characters from `A-Z a-z 0-9 - . _ ~`. This one is not, so the server answers `invalid_request` without even comparing it. That length is what makes a verifier impossible to guess.
    .next = A correct client generates a random verifier of the right shape for every flow.

topic-verifier-mismatch = Token request refused: verifier does not match
    .why = Hashing this `code_verifier` does not give the `code_challenge` sent at the start of the flow, so whoever is redeeming the code is not the party that started it. That is what a stolen or injected code looks like, and the server answers `invalid_grant`. This check is what keeps a code caught in the front channel useless.
    .next = No tokens are issued; only the client holding the original verifier can redeem this code.

topic-verifier-without-challenge = Token request refused: verifier but no challenge
    .why = A `code_verifier` arrived for a code that was issued without any `code_challenge`. A client that uses PKCE would have sent a challenge, so someone probably stripped it from the authorization request: a PKCE downgrade attack. The server answers `invalid_request` rather than let the attack through.
    .next = No tokens are issued; a correct flow sends the challenge at `/authorize` and the verifier here.

topic-resource-served = The resource server hands over the photos
    .why = Photo Printer sent the access token in the `Authorization: Bearer` header, never in the URL, where logs and history would keep it. The resource server keeps no tokens of its own: it asked the authorization server whether this one is live, meant for it and carries the needed scope, and only then served the photos. Asking on every call is always current; checking a signed token locally is faster but cannot see a revocation until the token expires.
    .next = The access token has a lifetime (`expires_in`): once it runs out, this same call gets a 401.

topic-access-token-in-query = Photos served, but the token travelled in the URL
    .why = The access token came as `?access_token=` in the address. RFC 6750 §2.3 still defines this way, so the resource server understood it, asked the authorization server and served the photos: the token worked. But an address is written to server and proxy logs and to browser history, and is sent on to other sites in the `Referer` header; whoever reads any of them can use the token until it expires. RFC 9700 §4.3.2 says clients should not send tokens in the query, and RFC 6750 §5.3 says not to put bearer tokens in page URLs.
    .next = A correct client sends the same token as `Authorization: Bearer`, which no log line, history entry or `Referer` repeats.

topic-access-token-in-form = Photos served, but the token rode in the form body
    .why = The access token came as an `access_token` field of a form-encoded POST body. RFC 6750 §2.2 defines this way, so the resource server understood it and served the photos: the token worked. It is meant only for a page that cannot set the `Authorization` header: it turns every call into a POST, mixes the credential with the data, and a body is logged and resent by tools that treat the `Authorization` header as secret. RFC 6750 says it SHOULD NOT be used otherwise.
    .next = A correct client sends the same token as `Authorization: Bearer`, the one way every resource server must support.

topic-access-token-missing = 401: the call carried no access token
    .why = The request reached the resource server with no bearer token: no `Authorization: Bearer` header (another scheme, such as `Basic`, is not one) and no `access_token` parameter. The server answers 401 with `WWW-Authenticate: Bearer realm=...` and no error code: not an accusation, just a statement of what this API needs. No token, no photos.
    .next = A correct client sends its access token as `Authorization: Bearer`, or first gets one through the flow.

topic-access-token-malformed = 400: the bearer token is empty or malformed
    .why = The call says `Bearer` but the token after it is missing or has characters a bearer token cannot have (spaces, for instance), or an `access_token` parameter is empty. That is a malformed request, not a bad token, so the resource server answers 400 `invalid_request` with its `Bearer` challenge and asks nobody about it. The scheme name itself is case-insensitive: `bearer abc` is a well-formed token.
    .next = A correct client sends exactly `Authorization: Bearer <token>`.

topic-authorization-header-repeated = 400: two Authorization headers
    .why = The call carried the `Authorization` header twice. The header holds a single credential, so the resource server cannot tell which one the client meant, and a proxy or a second component might read the other one. It answers 400 `invalid_request` with its `Bearer` challenge and does not look either token up.
    .next = A correct client sends one `Authorization: Bearer` header with one token.

topic-access-token-sent-twice = 400: the access token was sent more than once
    .why = The call carried a token in more than one place (the `Authorization` header, the query, the form body), or the `access_token` parameter twice. RFC 6750 §2 says a client MUST NOT use more than one method per request: if the copies differed, the server could check one and a log or a proxy act on the other. The resource server answers 400 `invalid_request` with its `Bearer` challenge and looks nothing up.
    .next = A correct client sends its token once, as `Authorization: Bearer`.

topic-access-token-inactive = 401: the authorization server says the token is not active
    .why = The resource server asked about this token and got back only `"active": false`, so it answers 401 `invalid_token` and serves nothing. It cannot say more: introspection deliberately hides why, so a thief or a guesser learns nothing. The authorization server's answer in this step names the reason: `expired` (the token's life ran out; the grant lives on in the refresh token), `revoked` (the grant was ended, by revocation or after a replayed code or refresh token), or `unknown` (never issued, or altered).
    .next = After `expired`, a correct client uses its refresh token; after `revoked` or `unknown`, it stops using the token and, if needed, asks Alice again.

topic-access-token-wrong-audience = 401: the token is meant for another API
    .why = The token is live, but its `aud` (audience) in the introspection answer does not name this resource server, so it answers 401 `invalid_token`. A token restricted to one API cannot be replayed at another: if a different service, or a malicious one, received Alice's token, it could not use it here. RFC 9700 §2.3 recommends restricting every access token to its intended resource servers.
    .next = A correct client uses each token only at the API it was issued for.

topic-scope-insufficient = 403: the token lacks the required scope
    .why = The token is valid, but it does not carry the scope this resource needs, so the answer is 403 `insufficient_scope`, with the needed `scope` named in `WWW-Authenticate`. Note the difference: 401 means the token itself is bad or expired, 403 means it is fine but not allowed to do this. Refreshing will not help, because a refresh can never widen the grant.
    .next = A correct client asks Alice for the wider scope through a new authorization request.

topic-access-token-unknown = Introspection: the token was never issued here
    .why = The authorization server has no record of this token: it was never issued, or it was altered. It answers the resource server only `"active": false`, never why, so a guesser learns nothing.
    .next = Watch the resource server answer 401 `invalid_token` without knowing the reason.

topic-access-token-expired = Introspection: the token has expired
    .why = The token's lifetime is over, so the authorization server calls it inactive. A short life limits what a leaked bearer token can do. Expiry ends the key, not Alice's permission: the grant lives on in the refresh token, and a client must handle the resulting 401 even if it tracks `expires_in`.
    .next = Watch Photo Printer send its refresh token to the authorization server for a new access token, without asking Alice.

topic-access-token-revoked = Introspection: the token was revoked
    .why = The grant behind this token was ended, by revocation or by the server after a replayed code or refresh token, so the authorization server calls the token inactive. Because the resource server asks on every call, revocation takes effect at once; a self-contained token would keep working until it expired.
    .next = A correct client stops using the token; if its refresh token was revoked too, it must ask Alice again.

topic-clock-moved = Time passes
    .why = Nobody sent anything; the simulated clock moved forward. Codes and tokens have lifetimes, and some may now have run out: the access token after `expires_in`, the refresh token much later. Short lives limit the damage a leaked bearer token can do, and expiry ends the key, not Alice's permission.
    .next = Watch the next call: a token past its lifetime gets 401 `invalid_token`.

topic-refreshed = Refreshed: a new access token without asking Alice
    .why = Photo Printer sent its refresh token to the authorization server (refresh tokens never go to the resource server) and got a fresh access token without bothering Alice. The server can re-check the grant each time, and the scope can stay the same or shrink, never grow. With rotation each refresh token works once: the old one is retired and a new one comes back.
    .next = Watch the API call succeed again with the new token; the old refresh token will not work a second time.

topic-refresh-token-missing = Refresh refused: no refresh_token
    .why = The request says `grant_type=refresh_token` but carries no `refresh_token`, so the server answers `invalid_request`. There is no grant to look up, and nothing is issued.
    .next = A correct client sends the latest refresh token it received.

topic-refresh-token-unknown = Refresh refused: the refresh token is not valid
    .why = The server has no record of this refresh token, which was mistyped, altered or made up, so it answers `invalid_grant` and says nothing more. Refresh tokens live long, so they are long random values that nobody can guess.
    .next = A correct client sends the exact refresh token it stored; if it lost it, Alice must approve again.

topic-refresh-token-expired = Refresh refused: the refresh token has expired
    .why = Refresh tokens live long but not forever, and this one is past its end, so the server answers `invalid_grant`. Its expiry is the point the server chose to ask Alice again rather than let the grant run on indefinitely.
    .next = A correct client starts a new authorization request, and Alice approves again.

topic-refresh-token-revoked = Refresh refused: the refresh token was revoked
    .why = The grant behind this refresh token has ended, because it was revoked or because the server revoked it after spotting a replay, so the answer is `invalid_grant`. Revocation is meant to be final: a revoked refresh token that could still renew itself would make revoking pointless.
    .next = A correct client discards its tokens and, if it still needs access, asks Alice again.

topic-refresh-token-of-another-client = Refresh refused: token belongs to another app
    .why = This refresh token was issued to a different app than the one now authenticating. Refresh tokens are bound to their client, so a stolen one is useless to another app that must prove who it is; the server answers `invalid_grant`.
    .next = Only a request authenticated as Photo Printer can use Photo Printer's refresh token.

topic-refresh-token-replayed = Refresh token replayed: the whole family is revoked
    .why = With rotation each refresh token works once, and this one was already used, so a copy must exist. The server cannot tell whether the thief or Photo Printer is asking, so it answers `invalid_grant` and revokes the whole token family, every token issued from this one grant: the current refresh token and the access tokens it produced. An honest race, such as two tabs refreshing at once, looks exactly the same, which is why real servers allow a short grace window.
    .next = Watch even the newest tokens stop working; Alice must approve Photo Printer again.

topic-refresh-scope-wider = Refresh refused: scope wider than Alice granted
    .why = The refresh request asked for more scope than the original grant, so the server answers `invalid_scope`. A refresh can keep the scope or narrow it, never widen it: anything new must come from Alice herself, on a consent page.
    .next = A correct client refreshes with the same or a narrower scope, or sends Alice through a new authorization request.

topic-token-revoked = Token revoked: the grant is over
    .why = Photo Printer told the authorization server it no longer needs this token, and revoking a refresh token also revokes the access tokens of that grant. What stops at once depends on how APIs check tokens: one that asks the server, as this one does, refuses the token from now on, while one that checks self-contained tokens locally accepts them until they expire.
    .next = Watch the next API call with the revoked token get 401 `invalid_token`.

topic-revoked-nothing = Nothing to revoke, and still 200
    .why = The token was unknown or already invalid, yet the server answers 200 just as if it had revoked something. The revocation endpoint reveals nothing about which tokens exist, so it cannot be used to test guesses. For the client the outcome is the same either way: that token does not work.
    .next = A correct client treats 200 as done and forgets the token.

topic-revoke-token-missing = Revocation refused: no token given
    .why = The revocation request carries no `token` parameter, so there is nothing to revoke and the server answers `invalid_request`. Unlike an unknown token, a missing one is a plain mistake in the request.
    .next = A correct client sends the token to revoke, preferably the refresh token, which ends the whole grant.

topic-revoke-token-of-another-client = Revocation refused: token belongs to another app
    .why = The token was issued to a different app than the one asking to revoke it. The server checks ownership first and answers `invalid_grant`; otherwise any registered app could cut off Alice's other apps just by learning their tokens.
    .next = Only the client a token was issued to can revoke it; watch that the token stays live.

topic-consent-withdrawn = Alice withdraws her consent for the app
    .why = Signed in at the authorization server, Alice used her account page to take back what she gave Photo Printer. The server deletes her consent and revokes every access and refresh token of her grants to that app, as a revocation of the grant would (RFC 7009). The app is not asked and cannot object: the permission was always hers. Because the API asks the server about every token, the next call fails at once.
    .next = Watch the app's next API call get 401 and its refresh get `invalid_grant`; only a new consent lets it back in.

topic-no-consent-to-withdraw = Nothing to withdraw: Alice never let this app in
    .why = Alice asked to withdraw her consent for an app that has none from her (or named no app), so the server changes nothing and says so. Her other apps and their tokens are untouched: withdrawing is always about one named client.
    .next = Withdraw consent by the `client_id` of an app Alice has actually approved.

topic-account-not-signed-in = 403: sign in before managing your apps
    .why = The request to withdraw a consent came without a signed-in session at the authorization server, so it is refused with 403 and changes nothing. Only Alice, proven by her own session, may end her grants; the session cookie is `SameSite=Lax`, so another site cannot post this form in her name.
    .next = Alice signs in at the authorization server first, then withdraws her consent.

topic-account-page-shown = Alice's account page lists the apps she let in
    .why = Alice opened her account page at the authorization server, where she is signed in. It lists each app she gave consent to and the scopes she granted, each with a button that withdraws it. The grant is hers: she can end it here without asking the app, and the server then revokes the app's tokens.
    .next = Watch what withdrawing does to the tokens the app holds.

topic-nothing-sent = Nothing was sent
    .why = A send step carries its request in "raw", and this one had none, so nobody received anything and nothing changed. Scenario files cannot load such a step; only a program that builds steps itself can make one.
    .next = Give the step its request text.

topic-variable-unset = This step names a value nobody has yet
    .why = The scenario refers to a `$variable`, such as `$code` or `$access_token`, that has no value at this point of the run, so the step cannot be sent. In OAuth every value has an owner and a moment: the `client_id` appears at registration, the code only after Alice consents, the tokens only after the exchange. This is a problem in the scenario file, not an answer from any server.
    .next = Check the order of the steps: the one that produces this value must come before the one that uses it.

topic-sign-in-started = The client sends the browser to the authorization server
    .why = The browser asked Photo Printer to sign in, and Photo Printer answered with a redirect to `/authorize`. The query carries only public values: the `client_id`, the `redirect_uri`, the `scope`, a fresh `state` and the PKCE `code_challenge`. The `state` and the `code_verifier` stay at the client, tied to this browser by a session cookie, so the callback can later be matched to the browser that started it.
    .next = Follow the redirect: the browser now talks to the authorization server, and Photo Printer is not in the conversation.

topic-not-signed-in = The client shows photos only to the browser that signed in
    .why = Photo Printer keeps its tokens for the browser session that ran the flow. This browser has no such session, so the client does not use the tokens for it: a token held by a client serves the person whose flow obtained it, not whoever opens the page.
    .next = Sign in first with `authorize`, `login`, `consent` and `callback` in this browser.

topic-photos-shown = The client's page shows what the API returned
    .why = The browser opened Photo Printer's photos page. The client called the photo API with the access token of this browser's session, the API asked the authorization server about the token, and the client now shows the photos to whoever holds this session. If that is not Alice, her data has reached someone else.
    .next = Look at whose photos these are, and which browser sees them.

topic-photos-unavailable = The API refused, so the client has nothing to show
    .why = Photo Printer called the photo API with the token of this browser's session and the API refused it. The client passes the failure on as its own error page; the API's answer, just above, says why.
    .next = Read the resource server's answer and its `WWW-Authenticate` header.

topic-no-such-page = Nothing is served at this address
    .why = The request reached a server, but no endpoint lives at this path, so it answers 404 Not Found. Each party serves only its own endpoints: the authorization server `/authorize`, `/token` and the rest, the API its resource path, the client its sign-in page, callback and photos page.
    .next = Check the path the step sends to.

topic-method-not-allowed = The endpoint does not accept this method
    .why = The path exists but takes another method, so the server answers 405 and names the one it accepts in `Allow`. The authorization endpoint takes GET, because the browser arrives there by a redirect; the token endpoint takes only POST, so credentials and codes never sit in a URL.
    .next = Send the step with the method the `Allow` header names.

topic-attacker-page-shown = The browser is on the attacker's page
    .why = The browser arrived at an address the attacker controls. The page looks like a sign-in form. Whatever the user types there goes to the attacker, and nothing on the page proves who runs it: only the address bar does.
    .next = Watch where the next form goes: the browser posts it to the server that served this page.

topic-lure-followed = The attacker's link takes Alice to the authorization server
    .why = Alice opened a link from the attacker, and the attacker's page redirected her browser to an authorization request it crafted: the photo printer's public `client_id`, with the attacker's own `state` and PKCE challenge, and any other changes it chose. The authorization server cannot tell who wrote the link; it can only check what the link asks for.
    .next = See whether the authorization server accepts what the link asks for.

topic-code-leaked-through-referer = The Referer header carried the code to another site
    .why = Photo Printer's callback page embeds content from another site. To fetch it, the browser sent a `Referer` header, and because the page's `Referrer-Policy` allowed the whole URL, the header carried the callback URL with the authorization code and `state`. The other site now holds the code. A callback page should send `Referrer-Policy: no-referrer` or redirect at once to a clean URL, and embed nothing from third parties.
    .next = Watch whether the attacker can still redeem the code before the client does.

topic-password-phished = Alice typed her password into the attacker's page
    .why = The browser posted the sign-in form to the server that served the page, and that page was the attacker's. OAuth keeps passwords away from clients, but it cannot stop a user from typing one into a look-alike page; that is why an authorization server must not redirect users to addresses it does not trust, even to report an error.
    .next = Watch the attacker sign in with what it got.

topic-values-stolen = The attacker copied values that leaked outside any message
    .why = Not every leak is a message on the wire: a code stays in browser history, a token in a log file, a refresh token in a stolen backup. The scenario says what leaked, and the attacker now holds it. What matters next is what the servers do when the attacker tries to use it.
    .next = Watch the attacker use what it holds, and which defense stops it.

topic-resource-served-from-cache = The API served the call from its cache, without asking
    .why = The resource server asked the authorization server about this token a little earlier, was told it was active, and kept that answer for a while. This call it believed the cached answer and did not ask again. That saves a round trip, but whatever happened since (a revocation, a withdrawn consent) is not seen until the entry expires: a stolen token keeps working for that long. Keep the cache short, or ask every time.
    .next = Compare with the same call in a run where the resource server asks every time.
