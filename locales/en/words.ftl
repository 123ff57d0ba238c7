### Words every view shares (crate::explain::words): party names, arrow labels,
### what a party remembers and why it changed.

## Each party's name, as every report names it

party-client = Client
party-resource-owner = Resource Owner
party-authorization-server = Authorization Server
party-resource-server = Resource Server
party-attacker = Attacker

## What an answer amounts to (an arrow's label)

gist-login-page = login page
gist-consent-page = consent page
gist-code-kept = code kept
gist-code-stolen = code stolen
gist-photos-page = photos page
gist-consent-withdrawn = consent withdrawn
gist-page = page
gist-lure = → lure
gist-client-id = client_id
gist-access-token = access_token
gist-active = active: true
gist-inactive-expired = inactive: expired
gist-inactive-revoked = inactive: revoked
gist-inactive-unknown = inactive: unknown
gist-photos = photos
gist-revoked = revoked
gist-no-token = no token

## What kind of thing a party remembers

item-client = client
item-session = session
item-consent = consent
item-code = code
item-used-code = used_code
item-access-token = access_token
item-refresh-token = refresh_token
item-client-id = client_id
item-client-secret = client_secret
item-state = state
item-code-verifier = code_verifier
item-cookie = cookie
item-redirect = redirect
item-stolen-code = stolen_code
item-resource = resource
item-password = password
item-cached-introspection = cached_introspection

## The name of a detail of a remembered item (others stay as on the wire)

detail-name = name
detail-user = user
detail-client = client
detail-request = request
detail-family = family
detail-issued = issued
detail-auth = auth

## Why something was deleted or changed

reason-exchanged = exchanged
reason-replaced = replaced
reason-checked = checked
reason-rotated = rotated
reason-revoked = revoked
reason-replay-detected = replay detected
reason-progressed = progressed
reason-rejected = rejected
reason-expired = expired

## A status other than live

status-retired = retired
status-revoked = revoked

## Why a step could not run: the TUI's line, and the reports' line, which also says
## where the missing value comes from ($origin).

problem-unset = { $path }: { $name } has no value yet at step { $step }; the run stops here
problem-stopped = { $path }: { $name } has no value yet at step { $step } ({ $origin })

## Before the date a remembered item expires, in the reports.

item-expires = expires

## Why the client did not take a step: what it lacks, then where its flow stopped
## ($step; $error is the refusal's error code in parentheses after a space, or
## nothing), joined by skip-reason; skip-skipped marks such a step.

skip-lacks-code = the client has no code
skip-lacks-access-token = the client has no access token
skip-lacks-refresh-token = the client has no refresh token
skip-cause-denied = the authorization was denied at step { $step }
skip-cause-error-redirect = the authorization server returned an error at step { $step }{ $error }
skip-cause-state-mismatch = the callback's state did not match at step { $step }
skip-cause-token-refused = the token request was refused at step { $step }{ $error }
skip-cause-refresh-refused = the refresh was refused at step { $step }{ $error }
skip-reason = { $lacks }: { $cause }
skip-skipped = skipped
