# The glossary: one message per term, its value the term as the screen names it,
# `.definition` two or three sentences, `.rfc` where to read more. Protocol names
# (client_id, code_verifier, WWW-Authenticate) stay as on the wire.

glossary-resource-owner = resource owner
    .definition = The person (here Alice) who owns the data and can grant access to it. She signs in only at the authorization server and never gives her password to the client.
    .rfc = RFC 6749 §1.1, §10.11

glossary-client = client
    .definition = The application that wants to use the owner's resource on her behalf (here Photo Printer). Client names a role, not a kind of software: a web server, a phone app or a browser app can each be one. It is either confidential or public.
    .rfc = RFC 6749 §1.1, §2.1

glossary-authorization-server = authorization server
    .definition = Authenticates the owner, asks her consent, and issues codes and tokens; it also answers introspection and revocation. It is a different role from the resource server, even when one machine plays both.
    .rfc = RFC 6749 §1.1, §3

glossary-resource-server = resource server
    .definition = The API that holds the protected resource and serves requests that carry a good access token. It issues nothing: it checks each token, by introspection or by verifying a signed token.
    .rfc = RFC 6749 §1.1, §7; RFC 6750 §2

glossary-authentication-vs-authorization = authentication vs authorization
    .definition = Authentication says who someone is; authorization says what a party may do. OAuth is authorization: it lends the client a limited key, and an access token is no proof of who the user is. Signing a user in is the job of OpenID Connect and its ID token.
    .rfc = RFC 6749 §1, §10.16; OpenID Connect Core 1.0 §1

glossary-confidential-client = confidential client
    .definition = A client that can keep a secret, such as a web application running on its own server. It authenticates at the token endpoint with its client_secret (or a key), and should use PKCE as well.
    .rfc = RFC 6749 §2.1, §2.3.1; RFC 9700 §2.1.1

glossary-public-client = public client
    .definition = A client that cannot keep a secret because its code runs on the user's device: a browser app or a phone app. It gets no client_secret; PKCE binds each code to the flow that started it, but nothing proves which app is asking.
    .rfc = RFC 6749 §2.1; RFC 7636 §1; RFC 8252 §8.4

glossary-client-id = client_id
    .definition = The public identifier the authorization server gives the client at registration. It is not a secret: every authorization request carries it in the address bar.
    .rfc = RFC 6749 §2.2; RFC 7591 §3.2.1

glossary-client-secret = client_secret
    .definition = The confidential client's password, given at registration and sent only on the back channel, to authenticate at the token endpoint (Basic in the Authorization header, or in the form). It says which app is asking, not who started the flow.
    .rfc = RFC 6749 §2.3.1; RFC 7591 §3.2.1

glossary-redirect-uri = redirect URI
    .definition = The address at the client where the authorization server sends the browser back with the code. It is registered in advance and compared exactly (a trailing slash makes another address); on a mismatch the server shows an error page and redirects nowhere, or it would be an open redirector.
    .rfc = RFC 6749 §3.1.2, §4.1.2.1, §10.15; RFC 9700 §4.1

glossary-front-channel = front channel
    .definition = Messages that travel through the user's browser as redirects: the authorization request, and the redirect that brings the code back. Anything on the front channel can be seen in the address bar, history and logs, and can be changed or forged, so it carries nothing secret and the client checks what comes back (state, PKCE, the exact redirect URI).
    .rfc = RFC 6749 §1.2, §4.1; RFC 9700 §4.1

glossary-back-channel = back channel
    .definition = Direct server-to-server calls over TLS that no browser sees: the client's token request, and the resource server's introspection call. Secrets (client_secret, code_verifier, tokens) travel here, which is why the code seen on the front channel is traded for tokens on the back channel.
    .rfc = RFC 6749 §4.1.3; RFC 7662 §2

glossary-scope = scope
    .definition = The permissions the client asks for (photos.read). A scope is a request, not a grant: the owner and the server may give less, and the token response says what was granted. An API refuses a call outside the token's scope with 403 insufficient_scope.
    .rfc = RFC 6749 §3.3; RFC 6750 §3.1

glossary-consent = consent
    .definition = The owner's decision on the authorization server's consent page, which names the client and each requested scope, with Allow and Deny. Deny is a normal outcome: the client gets error=access_denied and nothing is issued.
    .rfc = RFC 6749 §3.3, §4.1.1, §4.1.2.1

glossary-state = state
    .definition = A fresh random value the client saves before the redirect and expects back unchanged in the callback. A mismatch means a callback this browser never asked for (login CSRF), and the client throws the code away. Only the client can check it; the server just echoes it.
    .rfc = RFC 6749 §4.1.1, §10.12; RFC 9700 §4.7

glossary-authorization-code = authorization code
    .definition = A short-lived, single-use claim ticket that the authorization server sends back through the browser once the owner agrees. It is bound to the client, the redirect URI and the PKCE challenge, and opens nothing until the client exchanges it on the back channel. After the exchange neither side holds a usable code; the server keeps a record of it, so a second use is refused and what it issued is revoked.
    .rfc = RFC 6749 §1.3.1, §4.1.2, §10.5

glossary-pkce = PKCE
    .definition = Proof Key for Code Exchange. The client makes a random secret (code_verifier), sends only its hash (code_challenge) with the authorization request, and shows the verifier when it exchanges the code. It binds the code to whoever started the flow, so a stolen or injected code is useless; it does not authenticate the client.
    .rfc = RFC 7636 §1, §4; RFC 9700 §2.1.1

glossary-code-verifier = code_verifier
    .definition = The PKCE secret: 43 to 128 random characters that the client keeps at home and sends only in the token request, on the back channel. The server hashes it and compares the result with the challenge it received at the start.
    .rfc = RFC 7636 §4.1, §4.5, §4.6

glossary-code-challenge = code_challenge
    .definition = The SHA-256 hash of the code_verifier (method S256), sent with the authorization request on the front channel. Seeing it does not reveal the verifier; the server stores it with the code. The plain method sends the verifier itself and protects little.
    .rfc = RFC 7636 §4.2, §4.3; RFC 9700 §2.1.1

glossary-grant = authorization grant
    .definition = The owner's permission in a form the client can trade for tokens: an authorization code, a refresh token, or another type named by grant_type. The grant outlives any one access token, and revoking it ends them all.
    .rfc = RFC 6749 §1.3, §4

glossary-access-token = access token
    .definition = The credential the client sends to the resource server to use what the owner allowed: a limited key for the API, not proof of who the user is. It expires soon, and the resource server checks that it is live and covers the scope of the call.
    .rfc = RFC 6749 §1.4, §5.1; RFC 6750 §2.1

glossary-bearer-token = bearer token
    .definition = A token that works for whoever holds it: showing it is the whole proof, with no key or signature from the sender. That is why bearer tokens live briefly, travel in the Authorization header rather than in URLs, are stored with care, and can be revoked.
    .rfc = RFC 6750 §1.2, §2.1, §5.3

glossary-www-authenticate = WWW-Authenticate
    .definition = The response header of a refused API call: Bearer, with error="invalid_token" for a bad, expired or revoked token, or error="insufficient_scope" and the scope needed. A request that carries no token gets the challenge without an error code.
    .rfc = RFC 6750 §3, §3.1; RFC 9110 §11.6.1

glossary-introspection = introspection
    .definition = The resource server asks the authorization server about a token: whether it is active, for which client, user and scope, until when. The answer is always current, so a revoked token stops at once; checking a signed token locally is faster but blind to revocation until it expires.
    .rfc = RFC 7662 §2; RFC 9068 §4

glossary-expiry = expiry
    .definition = Codes and tokens have a lifetime (expires_in, in seconds), and a short one limits what a leaked token can do. Expiry ends the key, not the owner's permission: the grant lives on in the refresh token. A client must handle a 401 even when it tracks expires_in.
    .rfc = RFC 6749 §4.1.2, §5.1; RFC 6750 §3.1

glossary-refresh-token = refresh token
    .definition = A longer-lived credential that only ever goes to the authorization server, to get a new access token without asking the owner again. The server re-checks the grant each time, and the scope can stay or shrink but never grow. With rotation, each refresh token works once.
    .rfc = RFC 6749 §1.5, §6; RFC 9700 §4.14

glossary-token-family = token family
    .definition = All the tokens that descend from one grant: the first access and refresh tokens, and every pair a refresh gives after them. When a used code or a retired refresh token comes back, the server cannot tell the thief from the honest client, so it revokes the whole family.
    .rfc = RFC 6749 §10.5; RFC 9700 §4.14.2

glossary-revocation = revocation
    .definition = The client tells the authorization server that a token is no longer needed (POST /revoke); revoking a refresh token ends its grant. Introspected tokens stop at once, self-contained ones only when they expire. An unknown token still gets 200, so the endpoint reveals nothing.
    .rfc = RFC 7009 §2, §2.2

# Issue 11, part A: the other grants.

glossary-client-credentials = client credentials grant
    .definition = A grant with no user: a confidential client trades its own client_id and secret for an access token that acts for the client itself, such as a back-office job calling an API. No refresh token is issued; the client simply asks again.
    .rfc = RFC 6749 §4.4

glossary-device-code = device code
    .definition = In the device flow, the long secret code a device without a browser (a TV, a printer) gets and polls the token endpoint with while its user approves on another device. It is never shown, and it works once.
    .rfc = RFC 8628 §3.2, §3.4

glossary-user-code = user code
    .definition = The short code a device shows with a verification address, for the user to type on her phone or computer: eight consonants such as WDJB-MJHT, easy to read and type. It ties her approval to that device's request.
    .rfc = RFC 8628 §3.2, §6.1
