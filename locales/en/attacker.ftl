### What a step teaches when the attacker takes it (crate::explain::attacker).

## What a step teaches when the attacker takes it: the headline, .why and .next,
## as for a topic in explain.ftl. Each id is the attacker's action and the topic it
## ended on (attacker-<action>-<topic>), and a condition where one arm has two.

attacker-authorize-login-page-shown = The attacker starts a sign-in of its own
    .why = The attacker opened Photo Printer's sign-in page in its own browser, as any user may. The printer saved a fresh `state` (and a PKCE verifier, when it uses PKCE) for the attacker's session, tied to its session cookie, and sent the attacker's browser to the authorization server, which shows it the login page. Nothing here is Alice's: the attacker wants a flow of its own, whose `state` the printer's callback will accept.
    .next = Watch what the attacker does with this flow: the `state` it now knows is what the printer's callback checks.

attacker-lure-login-page-shown = The attacker's link brings Alice to the real login page
    .why = Alice opened the attacker's page, and it sent her browser to an authorization request the attacker wrote: Photo Printer's public `client_id`, with a `state` and PKCE values the attacker chose (or none), and any other change it wanted. The authorization server accepted the request and shows Alice its real login page; nothing on it says who wrote the link. Only the server's checks on the request, such as an exact `redirect_uri` or a required `code_challenge`, can stop what the attacker changed.
    .next = Watch where the code goes once Alice approves, and what the attacker can do with it.

attacker-lure-redirect-uri-mismatch = The server refuses the attacker's crafted redirect_uri
    .why = The attacker's page sent Alice's browser to an authorization request it wrote, with a `redirect_uri` that Photo Printer never registered. The server compares redirect URIs as exact strings, so it shows an error page (400 `invalid_request`) and redirects nowhere: no login, no consent, and no code for the attacker's address. This exact comparison is the defense of RFC 9700 §4.1.3.
    .next = Watch the rest of the attack find nothing to use.

attacker-callback-callback-accepted-injected = The attacker injects a code into its own session
    .why = The attacker's browser called Photo Printer's callback itself, with a code it obtained elsewhere and the `state` of the flow it started. The `state` matches, because the session really is the attacker's: `state` shows that a callback answers a request this browser started, not that the code belongs to that request. The printer now keeps the code for the attacker's session. Only PKCE (or an OpenID Connect nonce) ties a code to the flow that asked for it.
    .next = Watch the token request: PKCE, when the printer uses it, is what can tell that this code came from another flow.

attacker-callback-callback-accepted = The printer keeps the code for the attacker's session
    .why = The attacker's browser brought its code back to Photo Printer's callback. The printer started this flow for that browser, so the `state` matches and it keeps the code for the attacker's session. Every check passes because nothing here is forged: what matters is whose account signed in at the authorization server, and the printer cannot see that.
    .next = Watch the printer redeem the code and show the attacker's browser what it got.

attacker-register-registered = The attacker registers an app of its own
    .why = The attacker used the open registration endpoint like any developer: the server gave its app a `client_id` and a `client_secret`, and stored the redirect URI it asked for, an address on the attacker's own server. Open registration (RFC 7591) lets anyone do this, so a registered client is not a trusted one: the server knows the app exists, not who runs it or whether its addresses are safe to send users to.
    .next = Watch how the server treats this client's redirect URI when a request for it goes wrong.

attacker-lure-scope-invalid-redirected = The server's error redirect takes Alice to the attacker
    .why = The attacker's page sent Alice's browser to an authorization request for the attacker's own app, with a scope that does not exist. The client and its redirect URI are valid, so the server reports `invalid_scope` the way RFC 6749 §4.1.2.1 says: by redirecting to the client's redirect URI, which is the attacker's server. Alice clicked a link to auth.example, a site she trusts, and her browser is on its way to attacker.example: the authorization server served as an open redirector.
    .next = Watch what the page at the attacker's address asks her for.

attacker-lure-scope-invalid = The server shows the error instead of redirecting
    .why = The attacker's page sent Alice's browser to an authorization request for the attacker's own app, with a scope that does not exist. That app was registered dynamically, so the server has no reason to trust its redirect URI: it shows the `invalid_scope` error on its own page instead of sending Alice there (RFC 9700 §4.11.2). Alice stays on auth.example, and nothing takes her to the attacker's site.
    .next = Watch the rest of the attack find nothing to use.

attacker-login-logged-in = The attacker signs in at the authorization server
    .why = The attacker's browser posted a name and password to the authorization server's login page, and they were right, so the server opened a session for that account. The server checks the password, not who types it: signed in with a password phished from Alice, the attacker is Alice as far as the server can tell; signed in with its own account, it reaches only its own data.
    .next = See whose account the session is for, in what the authorization server remembers.

attacker-consent-code-issued = The attacker approves; a code comes back to its browser
    .why = On the consent page of the account it signed in as, the attacker allowed Photo Printer. The server sent the attacker's browser back to the printer's registered address with a code for that account's grant. Nothing went wrong on the server's side: whoever was at the keyboard had the account's password, and that is all a login can check.
    .next = Watch the attacker's browser deliver the code to the printer's callback.

attacker-token-tokens-issued = The attacker redeems a code and gets tokens
    .why = The attacker sent a code to the token endpoint itself, and every check the server makes passed: client authentication (a public client has no secret to prove), the `redirect_uri`, and PKCE when the code carries a challenge, which the attacker can meet only for a flow it started. The server issued an access token and a refresh token of the grant behind the code, and they work for whoever holds them: now the attacker. If the code was issued for Alice, the grant is hers.
    .next = Watch the attacker call the API with the access token it got.

attacker-token-code-missing = The attacker has no code to redeem
    .why = The attacker tried the token endpoint, but its request carries no `code`, because the attacker holds none, and the server answers `invalid_request`. The defense acted earlier in the story: the code never reached the attacker. An attack that ends here took nothing from the flow.
    .next = Watch the attacker's last try, at the API, fail too.

attacker-token-code-replayed = The attacker's replayed code is refused; its tokens die
    .why = The attacker sent a code that was already redeemed. The server deleted the code at that exchange but kept a `used_code` record of it to recognise exactly this: a second redemption means a copy exists. It answers `invalid_grant`, issues nothing, and revokes the tokens it issued from that code the first time (their token family), because it cannot tell which redemption was the honest one. The attacker gets nothing, and the client that redeemed the code first loses its tokens too.
    .next = Watch the first tokens stop working: the client must send Alice through the flow again.

attacker-call-api-resource-served = The attacker reads photos with a token it holds
    .why = The attacker called the photo API with an access token it holds. The resource server asked the authorization server about it, heard that it is active and carries the scope, and served the photos of the token's owner: a bearer token works for whoever presents it, and nothing in the call says who that is. The attacker now holds those photos.
    .next = Look at whose photos these are, in the API's answer.

attacker-call-api-resource-served-from-cache = The API serves the attacker from a cached answer
    .why = The attacker called the photo API with a token it holds. The resource server had asked about this token earlier, heard `active`, and kept the answer; this time it did not ask again, so it did not learn what happened since, such as a revocation, and it served the photos to the attacker. A cache lifetime is a window in which a stolen or revoked token still works; RFC 9700 §4.10 asks that such windows be short.
    .next = Compare with the defended run of this lab, where the resource server asks every time.

attacker-call-api-access-token-missing = The attacker has no access token to present
    .why = The attacker called the photo API with no bearer token, because it holds none: what it tried before this step gave it no access token. The API answers 401 with `WWW-Authenticate: Bearer` and serves nothing.
    .next = See what the attacker holds now, below, and whether any of it is still usable.

attacker-call-api-access-token-inactive = The attacker's token is no longer active
    .why = The attacker called the photo API with an access token it holds, and the resource server asked the authorization server about it. The answer was `"active": false`: the token was revoked, has expired, or was never issued, and the authorization server's answer in this step names which. The API answers 401 `invalid_token` and serves nothing: a token checked at every call stops working for a thief the moment its grant ends.
    .next = See what the attacker holds now, below, and whether any of it is still usable.

attacker-visit-photos-shown = Photo Printer shows the attacker's browser the photos
    .why = The attacker's browser opened Photo Printer's photos page. The printer called the API with the access token it holds for this browser's session, the session the attacker started, and shows the attacker whatever the API returned. Whose photos they are is whose grant that token carries: Alice's, if her code was injected into the session or her phished password signed it in, and otherwise the attacker's own. The attacker never held a token.
    .next = Look at whose photos these are, in the API's answer.

attacker-visit-not-signed-in = The printer has no tokens for the attacker's session
    .why = The attacker's browser opened Photo Printer's photos page, but the printer holds no tokens for this session: no flow of this browser ended with tokens, for example because the code injected into it was refused at the token endpoint. The printer shows nothing, and the attacker gains nothing from the session.
    .next = See what the attacker holds now, below, and whether any of it is still usable.

attacker-refresh-refreshed = The attacker refreshes with a copied refresh token
    .why = The attacker sent a refresh token it holds to the token endpoint, as the client it was issued to: a public client has no secret, so its public `client_id` is all it takes. The server cannot tell the attacker from Photo Printer and issues a new access token of the same grant. Without rotation the same refresh token keeps working for both; RFC 9700 §4.14.2 asks that a public client's refresh tokens be rotated or sender-constrained.
    .next = Watch the attacker call the API with the new access token.

attacker-refresh-refresh-token-replayed = The attacker's copy was used already: family revoked
    .why = The attacker sent a refresh token that rotation had already retired: it was used once before, and a new refresh token took its place. A retired refresh token coming back means a copy exists, so the server answers `invalid_grant` and revokes the whole token family (every token issued from this one grant), the newest tokens of the client included. The attacker gets nothing; the client must ask Alice again.
    .next = Watch the client's newest tokens stop working too.
