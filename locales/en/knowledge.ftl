### The attacker's knowledge in words (crate::explain::knowledge).

## The labels of the attacker's part of an explanation

knowledge-knows = What the attacker knows now
knowledge-holds-nothing = It holds nothing yet.
knowledge-gains = Gain:{" "}

## What the attacker can do with the strongest thing it holds

reach-resource = It holds the owner's photos as the API served them: the attack worked.
reach-access-token = It holds an access token the authorization server counts as live: it can call the API with it until the token expires or is revoked.
reach-refresh-token = It holds a refresh token the authorization server still honours: it can try to get new access tokens with it.
reach-code = It holds a code the authorization server would still redeem, for a request that passes the token endpoint's checks; no token yet.
reach-password = It holds a password typed into its page: it can try to sign in with it.
reach-nothing = Nothing it can use: what it holds is spent, revoked, expired, public, or its own.

## Where a thing the attacker holds came from: one line of its list.

source-start = held before step 1
source-leak = step { $step }: copied from a leak, not from a message
source-own = step { $step }: made by itself
source-message = step { $step }: { $label } from { $sender }
source-message-at = step { $step }: { $label } from { $sender }, { $place }

## Where in a message ($name is the parameter or header, as on the wire).

place-query = in the query's { $name }
place-header = in the { $name } header
place-field = in the body's { $name }
place-body = in the body
