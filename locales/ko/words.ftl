### Words every view shares (crate::explain::words): party names, arrow labels,
### what a party remembers and why it changed.

## Each party's name, as every report names it

party-client = 클라이언트
party-resource-owner = 리소스 오너
party-authorization-server = 인가 서버
party-resource-server = 리소스 서버
party-attacker = 공격자

## What an answer amounts to (an arrow's label)

gist-login-page = 로그인 페이지
gist-consent-page = 동의 페이지
gist-code-kept = 코드 보관
gist-code-stolen = 코드 탈취
gist-photos-page = 사진 페이지
gist-consent-withdrawn = 동의 철회
gist-page = 페이지
gist-lure = → 미끼 링크
gist-client-id = client_id 발급
gist-access-token = access_token 발급
gist-active = active: true (유효)
gist-inactive-expired = 비활성: 만료됨
gist-inactive-revoked = 비활성: 폐기됨
gist-inactive-unknown = 비활성: 모르는 토큰
gist-photos = 사진
gist-revoked = 폐기됨
gist-no-token = 토큰 없음

## What kind of thing a party remembers

item-client = 클라이언트
item-session = 세션
item-consent = 동의
item-code = 인가 코드
item-used-code = 쓰인 인가 코드
item-access-token = access_token
item-refresh-token = refresh_token
item-client-id = client_id
item-client-secret = client_secret
item-state = state
item-code-verifier = code_verifier
item-cookie = 쿠키
item-redirect = 리다이렉트
item-stolen-code = 훔친 인가 코드
item-resource = 리소스
item-password = 비밀번호
item-cached-introspection = 캐시된 introspection 응답

## The name of a detail of a remembered item (others stay as on the wire)

detail-name = 이름
detail-user = 사용자
detail-client = 클라이언트
detail-request = 요청
detail-family = 토큰 패밀리
detail-issued = 발급한 토큰
detail-auth = 인증 방식

## Why something was deleted or changed

reason-exchanged = 교환됨
reason-replaced = 새 값으로 바뀜
reason-checked = 확인 후 사용됨
reason-rotated = 새 refresh_token으로 교체됨
reason-revoked = 폐기됨
reason-replay-detected = 재사용 감지
reason-progressed = 흐름이 진행됨
reason-rejected = 거부됨
reason-expired = 만료됨

## A status other than live

status-retired = 교체되어 보관 중
status-revoked = 폐기됨

## Why a step could not run. $origin is English text from the scenario loader: the
## Korean leaves it out (the selector below uses it and shows nothing).

problem-unset = { $path }: { $name }: { $step }단계에서는 아직 값이 없어 실행이 여기서 멈춥니다
problem-stopped =
    { $path }: { $name }: { $step }단계에서는 아직 값이 없어 실행이 여기서 멈춥니다{ $origin ->
       *[other] {""}
    }

## Before the date a remembered item expires, in the reports.

item-expires = 만료

## Why the client did not take a step: what it lacks, then where its flow stopped
## ($step; $error is the refusal's error code in parentheses after a space, or
## nothing), joined by skip-reason; skip-skipped marks such a step. Korean says it
## as one sentence, the cause first: each skip-cause-* ends in a connective (-어/-아).

skip-lacks-code = 인가 코드가 없습니다
skip-lacks-access-token = access token이 없습니다
skip-lacks-refresh-token = refresh token이 없습니다
skip-cause-denied = { $step }단계에서 인가가 거부되어
skip-cause-error-redirect = { $step }단계에서 인가 서버가 오류로 답해{ $error }
skip-cause-state-mismatch = { $step }단계에서 콜백의 state가 일치하지 않아
skip-cause-token-refused = { $step }단계에서 토큰 요청이 거부되어{ $error }
skip-cause-refresh-refused = { $step }단계에서 토큰 갱신이 거부되어{ $error }
skip-reason = { $cause } { $lacks }
skip-skipped = 건너뜀
