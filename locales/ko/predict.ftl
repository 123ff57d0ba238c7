### Predict mode (crate::predict): its questions, the choices, the facts that
### explain an answer, the verdict and the score. $party is a party's name
### (party-* of words.ftl) in lower case; status codes, error codes, methods and
### paths stay as on the wire. Korean picks a particle for the word before it with
### JOSA($word, "after a consonant", "after a vowel").

## The questions ($endpoint: a method and path, or a predict-endpoint-* message)

predict-answer = { $endpoint }의 응답은 무엇일까요?
predict-holders-access-token = 지금 이 access token을 가진 쪽은 누구일까요?
predict-holders-refresh-token = 지금 이 refresh token을 가진 쪽은 누구일까요?
predict-holders-code = 지금 이 인가 코드(authorization code)를 가진 쪽은 누구일까요?
predict-client-deleted = 클라이언트는 방금 무엇을 지웠을까요?
predict-endpoint-callback = 클라이언트의 redirect_uri
predict-endpoint-api = API
predict-endpoint-photos = 클라이언트 사진 페이지
predict-endpoint-account = 인가 서버 계정 페이지

## The choices. A list is joined with commas, then the last name after $before,
## the list so far.

predict-nobody = 아무도 없음
predict-nothing = 아무것도 지우지 않음
predict-deleted = { $before }, { $last }
predict-party = { $party }
predict-parties = { $before }{ JOSA($before, "과", "와") } { $last }
predict-redirect-error = 302 리다이렉트 (error={ $code })
predict-redirect-code = 302 리다이렉트 (인가 코드 포함)
predict-redirect = 302 리다이렉트
predict-no-error-code = { $status } (오류 코드 없음)

## The facts behind an answer ($standing: a status in parentheses after a space,
## or nothing)

predict-fact-used-code = { $party }{ JOSA($party, "은", "는") } 쓰인 인가 코드의 기록을 남겨 둡니다. 그 코드가 다시 오면 거부하고, 그 코드로 발급한 토큰도 폐기합니다(RFC 6749 §4.1.2, §10.5).
predict-fact-holds = { $party }{ JOSA($party, "이", "가") } { $kept } 항목을 가지고 있습니다{ $standing }.
predict-fact-removed = { $party }{ JOSA($party, "이", "가") } { $gone } 항목을 지웠습니다 ({ $why }).

## After an answer, and the header's score

predict-right = 맞았습니다. 정답은 { $right }입니다.
predict-wrong = 아쉽네요. 정답은 { $number }번, { $right }입니다.
predict-score = 점수 { $right }/{ $asked } · { $streak }연속
