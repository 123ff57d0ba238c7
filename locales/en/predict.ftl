### Predict mode (crate::predict): its questions, the choices, the facts that
### explain an answer, the verdict and the score. $party is a party's name
### (party-* of words.ftl) in lower case; status codes, error codes, methods and
### paths stay as on the wire. Korean picks a particle for the word before it with
### JOSA($word, "after a consonant", "after a vowel").

## The questions ($endpoint: a method and path, or a predict-endpoint-* message)

predict-answer = What will { $endpoint } answer?
predict-holders-access-token = Who holds this access token now?
predict-holders-refresh-token = Who holds this refresh token now?
predict-holders-code = Who holds this authorization code now?
predict-client-deleted = What did the client just delete?
predict-endpoint-callback = the client's redirect_uri
predict-endpoint-api = the API
predict-endpoint-photos = the client's photos page
predict-endpoint-account = the account page

## The choices. A list is joined with commas, then the last name after $before,
## the list so far.

predict-nobody = nobody
predict-nothing = nothing
predict-deleted = { $before } and { $last }
predict-party = the { $party }
predict-parties = { $before } and { $last }
predict-redirect-error = 302 redirect with error={ $code }
predict-redirect-code = 302 redirect with a code
predict-redirect = 302 redirect
predict-no-error-code = { $status } without an error code

## The facts behind an answer ($standing: a status in parentheses after a space,
## or nothing)

predict-fact-used-code = The { $party } keeps a record of the used code: a second use is refused and what the code issued is revoked (RFC 6749 §4.1.2, §10.5).
predict-fact-holds = The { $party } keeps the { $kept }{ $standing }.
predict-fact-removed = The { $party } deleted the { $gone } ({ $why }).

## After an answer, and the header's score

predict-right = Right: { $right }.
predict-wrong = Not this time. The answer is { $number }: { $right }.
predict-score = score { $right }/{ $asked } · streak { $streak }
