## OpenID Connect (issue 11, part C): the id_token, discovery, keys and userinfo

item-nonce = nonce
item-id-token = id_token
item-jwks = jwks

topic-discovery-served = Photo Printer reads discovery, then fetches the keys
    .why = OpenID Connect lets a client learn everything about a provider from one well-known address: `/.well-known/openid-configuration` names the `issuer` (the exact string every id_token's `iss` must repeat), the endpoints, the scopes and the signing algorithms. The `jwks_uri` it names serves the public keys, each with a `kid`; with them the client can check an id_token's signature without sharing any secret with the server. The endpoints listed are the ones this server really routes.
    .next = With the keys at hand, the client can tell a genuine id_token from a forged one.

topic-metadata-served = The server describes itself as a plain OAuth server
    .why = RFC 8414 gives OAuth the same self-description as OpenID Connect's discovery, at `/.well-known/oauth-authorization-server`: the `issuer`, the endpoints, the grant types and the PKCE methods it supports. It has no `userinfo_endpoint`: that belongs to OpenID Connect.
    .next = A client configures itself from this document instead of hard-coding URLs.

topic-jwks-served = Photo Printer fetches the keys that sign id_tokens
    .why = The JWK Set holds the public half of the server's signing key, named by its `kid` (here the key's RFC 7638 thumbprint). The key is Ed25519 (`EdDSA`), derived from the scenario's seed so runs repeat exactly. Only the server holds the private half, so only it can make a signature these keys verify.
    .next = The client keeps these keys and checks each id_token's `kid` and signature against them.

topic-userinfo-served = The UserInfo endpoint says who signed in
    .why = The UserInfo endpoint is a protected resource of the authorization server: it takes the access token as a Bearer token and answers with claims about its user, `sub` always and more only as the granted scope allows (`profile` adds the name). The `sub` must be exactly the one in the id_token; a client compares them and uses these claims only if they match (OIDC Core §5.3.2).
    .next = The id_token already said who signed in; userinfo is for the extra claims.

topic-userinfo-token-missing = UserInfo refuses a call without an access token
    .why = No Bearer token came with the request, so the endpoint answers 401 with a bare `WWW-Authenticate: Bearer` challenge and no error code, as RFC 6750 §3.1 says for a request that did not try to authenticate.
    .next = The client sends the access token of a sign-in in the `Authorization` header.

topic-userinfo-token-invalid = UserInfo refuses an access token that is not live
    .why = The access token is unknown, expired or revoked, so the endpoint answers 401 `invalid_token`. The user's claims are only for a token that is alive right now.
    .next = A client with a refresh token gets a new access token; otherwise the user signs in again.

topic-userinfo-scope-insufficient = UserInfo refuses a token granted without openid
    .why = The access token is live, but it was not granted the `openid` scope: it lets the app call an API, not learn who the user is. The endpoint answers 403 `insufficient_scope` and names the scope it needs.
    .next = To learn who the user is, the client asks for `openid` in the authorization request.

topic-signed-in = Photo Printer checks the id_token and signs Alice in
    .why = The token response brought an `id_token` beside the access token because the request asked for `openid`. The client checked it as OIDC Core §3.1.3.7 says before believing it: `iss` is the discovered issuer, `aud` contains its `client_id`, the signature verifies with the key its `kid` names in the JWKS, `exp` is still ahead on the simulated clock, `iat` is not in the future, the `nonce` is the one it sent with this very request, and `at_hash` matches the access token beside it. Only now does "Alice" mean a person who just logged in at auth.example for this app.
    .next = The access token still only opens the API; the id_token is the proof of sign-in, and it is for the client, never for an API.

topic-id-token-missing = Photo Printer refuses a sign-in without an id_token
    .why = The client asked for `openid` and sent a `nonce`, so the answer must carry an `id_token` (OIDC Core §3.1.3.3). Without it nothing says who logged in: an access token is not proof of identity. The client keeps nothing from this answer.
    .next = A correct client does not sign anyone in from an access token alone.

topic-id-token-wrong-issuer = Photo Printer refuses an id_token from another issuer
    .why = The id_token's `iss` is not exactly the issuer the client discovered (OIDC Core §3.1.3.7 step 2). A token minted by another provider says nothing about who logged in here, even if its signature is good under its own keys. The client refuses before anything else.
    .next = A correct client compares `iss` byte for byte with the issuer it configured or discovered.

topic-id-token-wrong-audience = Photo Printer refuses an id_token meant for another app
    .why = The id_token's `aud` does not contain this client's `client_id` (step 3). It may be a genuine token the server issued to another client, or one changed on the way; the client checks `aud` before the signature, so either way it stops here. A token issued to another app proves nothing about a sign-in here: whoever holds it could be replaying someone's sign-in at that app to log in here as them.
    .next = A correct client accepts only id_tokens whose `aud` names it.

topic-id-token-signature-invalid = Photo Printer refuses an id_token whose signature fails
    .why = The signature does not verify with the key the `kid` names in the JWKS the client fetched (step 6): the payload was changed after the server signed it, it was signed with another key, or the client has no keys to check it with. Anyone can write a JSON payload that says `"sub": "alice"`; only the server's key can sign it, so the signature is what makes the claims worth anything.
    .next = A correct client fetches the keys from the `jwks_uri` and never skips this check.

topic-id-token-expired = Photo Printer refuses an expired id_token
    .why = The id_token's `exp` is already past on the simulated clock (step 9). An id_token is short-lived by design: it proves a login that just happened, and an old one is what a replay looks like.
    .next = The user signs in again; a fresh id_token comes with a fresh `nonce`.

topic-id-token-iat-invalid = Photo Printer refuses an id_token issued in the future
    .why = The id_token's `iat` is missing or later than the client's clock (step 10): the token claims a time that has not happened yet. A client may also refuse one issued too long ago.
    .next = A correct client checks `iat` against its own clock, with a small allowance for skew.

topic-id-token-nonce-missing = Photo Printer refuses an id_token without its nonce
    .why = The client sent a `nonce` with this sign-in, so the id_token must carry it back (step 11). Without it the token is not bound to this request, and could be one captured from another sign-in and replayed here.
    .next = A correct client refuses any id_token without the exact `nonce` it sent.

topic-id-token-nonce-mismatch = Photo Printer refuses a replayed id_token: the nonce differs
    .why = The id_token carries a `nonce`, but not the one the client sent with this sign-in (step 11): it answers another request, earlier or someone else's. The client kept its nonce in this browser's session and spends it on the first id_token it checks, so a replayed token cannot be used twice.
    .next = A correct client makes a fresh `nonce` for every sign-in and checks it exactly.

topic-id-token-at-hash-mismatch = Photo Printer refuses: at_hash does not match
    .why = `at_hash` is the left half of the access token's hash (SHA-512 for `EdDSA`), inside the signed id_token (OIDC Core §3.1.3.8). Here it does not match the access token that came beside it: the two were not issued together, so the access token was swapped on the way.
    .next = A correct client uses an access token only when the id_token's `at_hash` matches it.

## The JWT view of the TUI (`v`)

tui-jwt = JWT
tui-jwt-none = This message carries no JWT. Select one that does (↑/↓): a token answer with an id_token, or a request with Authorization: Bearer.
tui-jwt-header = header
tui-jwt-payload = payload
tui-jwt-signature = signature
tui-jwt-verified = ✓ verifies with the fetched JWKS
tui-jwt-failed = ✗ does not verify: changed, or another key
tui-jwt-no-keys = not checked: no JWKS fetched yet
tui-jwt-valid-for = valid on the simulated clock for
tui-jwt-expired-ago = expired on the simulated clock for
tui-jwt-header-alg = how it is signed
tui-jwt-header-kid = which JWKS key signs it
tui-jwt-header-typ = what kind of token
tui-jwt-claim-iss = who issued it: the issuer
tui-jwt-claim-sub = who logged in, for this issuer
tui-jwt-claim-aud = which client it is for
tui-jwt-claim-exp = not valid from this time on
tui-jwt-claim-iat = when it was issued
tui-jwt-claim-auth-time = when the user logged in
tui-jwt-claim-nonce = ties it to one sign-in request
tui-jwt-claim-at-hash = binds the access token beside it
tui-hint-jwt = JWT

## JWT access tokens (RFC 9068), checked by the resource server itself

topic-resource-served-from-jwt = The API checks the JWT access token itself and serves
    .why = With `signed_access_tokens` the access token is a JWT (`typ: at+jwt`, RFC 9068) signed by the authorization server. The API checked it alone, with the server's public key: the signature, `iss`, `aud` (this API), `exp` on its clock and the `scope`. It sent no introspection request, which is the point: no round trip per call. The price is that the API never hears of a revocation: a token revoked at the authorization server still passes here until its `exp`. With an opaque token, the next introspection would have said `active: false`.
    .next = A short access token lifetime is what limits the damage of a token that was revoked or stolen.

topic-access-token-jwt-invalid = The API refuses a JWT access token that is not genuine
    .why = The JWT's signature does not verify with the authorization server's key, or its `iss` is not that server, or its `aud` is not this API (RFC 9068 §4). The API answers 401 `invalid_token`: a token it cannot trust, or one minted for another API, opens nothing here.
    .next = A correct client sends the access token exactly as the authorization server issued it.

topic-access-token-jwt-expired = The API refuses an expired JWT access token
    .why = The JWT access token's `exp` has passed on the API's clock. The API decides this alone, without asking: expiry is the one end of a JWT access token it can always see, which is why these tokens are kept short-lived.
    .next = Past its `exp` only a new access token works: a refresh, or a new grant.

# The picker's heading for the sign-in failures.
tui-group-open-id-connect = OpenID Connect and JWTs
