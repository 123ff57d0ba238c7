### The legacy flows (implicit, RFC 6749 §4.2; password, §4.3) and the
### introspection a tester asks for (RFC 7662): what each of their steps teaches,
### and the one State label they add. Same conventions as explain.ftl.

item-history = history

topic-implicit-token-issued = The access token rides the redirect's fragment
    .why = With `response_type=token` the authorization server skips the code: after Alice's consent it puts the access token itself in the `Location`, after the `#`, with `token_type`, `expires_in` and her `state` (RFC 6749 §4.2.2). No client secret and no PKCE verifier were asked for, because no back channel follows: whoever holds this address holds the token. There is no refresh token either; the server must not issue one in this flow.
    .next = Watch the next request: the browser goes to the callback without the fragment.

topic-implicit-page-served = The app's page loads; the token stays in the browser
    .why = A browser never sends the fragment of an address (RFC 3986 §3.5), so the request to the app's callback has no token in it and the app's server learns nothing. It can only serve a page whose script reads the token from the address bar. The address, token included, is now in the browser's history (RFC 9700 §4.3.2), and every script on that page can read it.
    .next = Watch the Client's memory: the page's script takes the token out of the address.

topic-implicit-token-read = The page's script takes the token from the address
    .why = The script compared `state` and kept the access token, with no message at all: the token went from the address bar into the app. The app cannot tell whether the authorization server issued this token to it for this flow, or an attacker put its own token in the address (RFC 9700 §4.6, RFC 6749 §10.16); and the token is not bound to the app, so whoever copies it from the history or a log can use it too. That is why RFC 9700 §2.1.2 says not to use the implicit grant: the code flow with PKCE delivers the token over the back channel instead.
    .next = The token works at the API until it expires; there is no refresh token to renew it.

topic-implicit-without-token = The fragment carries neither token nor error
    .why = The page's script found no `access_token` and no `error` in the address's fragment, so there is nothing to keep and nothing to report (RFC 6749 §4.2.2, §4.2.2.1). The browser may have arrived here without a redirect from the authorization server, or the fragment was cut off.
    .next = A correct app starts the flow again rather than guessing.

topic-implicit-state-mismatch = The page's script rejects a token with the wrong state
    .why = The `state` in the fragment is missing or differs from the one the page saved before it sent Alice away, so the script cannot tell whether this token answers a request Alice started. In the implicit flow that is the only check the app can make: an attacker can put its own access token, with a `state` of its choosing, into the address of Alice's browser, and without the check the app would quietly act on the attacker's account (RFC 9700 §4.6, RFC 6749 §10.12). So the script throws the token away: `invalid_state`.
    .next = The app holds no token; a correct app starts over with a fresh `state`.

topic-password-collected = Alice types her password into the app
    .why = The password grant asks Alice to give her username and password to the app itself, on the app's own page, not to the authorization server (RFC 6749 §4.3.1). The app now holds her password, which in every other flow only the authorization server sees. Nothing limits what it does with it: it could keep it, log it, or sign in as her anywhere she uses it. RFC 9700 §2.4 says this grant MUST NOT be used.
    .next = Watch the next request: the app posts her password to the token endpoint.

topic-password-tokens-issued = Tokens issued for Alice's password
    .why = The authorization server checked Alice's username and password as its own login page would, and the client's credentials, and issued an access token and a refresh token (RFC 6749 §4.3.3). No consent page was shown: having her password stands in for her consent, so the app gets whatever scope it asks for within its registration. RFC 6749 §4.3 says the app MUST now discard the password, but nothing makes it: this one, like many, still holds it, as its memory shows, and Alice cannot tell.
    .next = The tokens work as in the code flow; the lesson is what the app saw on the way.

topic-password-credentials-missing = Refused: no username or password
    .why = A password request must carry both `username` and `password` (RFC 6749 §4.3.2); without them the request is malformed, `invalid_request` (§5.2).
    .next = A correct app sends both, or better, uses the code flow and never asks for the password.

topic-password-credentials-wrong = Refused: wrong username or password
    .why = The authorization server found no account with this username and password: `invalid_grant`, the error for an invalid grant, and the owner's credentials are the grant here (RFC 6749 §5.2). Every guess an app or an attacker sends is a try at Alice's password against the server; the code flow keeps passwords on the server's own page, where it can rate-limit and ask for a second factor (RFC 9700 §2.4).
    .next = No token was issued; the app holds a password that does not work.

topic-password-scope-invalid = Refused: scope beyond what the app may ask
    .why = The password request asks for a scope the server does not know, or one beyond what the app registered. There is no consent page in this grant where Alice could narrow it, so the server checks the scope itself and refuses the whole request: `invalid_scope` (RFC 6749 §3.3, §5.2).
    .next = A correct app asks only for what it registered; no token was issued.

topic-token-active = Introspection: the token is active
    .why = The authorization server answered `"active": true` with the token's metadata: which app it was issued to, for whom, its scope, when it was issued and when it expires (RFC 7662 §2.2). The caller authenticated first (§2.1); an app learns only about its own tokens.
    .next = Revoke the token or let it expire, then ask again: the answer becomes `"active": false`.

topic-introspection-not-allowed = Introspection: not this caller's token
    .why = The token exists, but it was issued to another app, and this caller may not learn about it: the server answers `"active": false` exactly as for an unknown token (RFC 7662 §2.2, §4), so nothing leaks about other apps' tokens.
    .next = Only the token's own app, or the resource server, learns that it is live.

# The picker's heading for the legacy flows' failures.
tui-group-legacy = Legacy flows (implicit, password)
