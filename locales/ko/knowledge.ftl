### The attacker's knowledge in words (crate::explain::knowledge).

## The labels of the attacker's part of an explanation

knowledge-knows = 공격자가 지금 아는 것
knowledge-holds-nothing = 아직 가진 것이 없습니다.
knowledge-gains = 얻은 것:{" "}

## What the attacker can do with the strongest thing it holds

reach-resource = API가 내준 리소스 오너의 사진을 갖고 있습니다. 공격이 성공했습니다.
reach-access-token = 인가 서버가 유효하다고 보는 access token을 갖고 있습니다. 토큰이 만료되거나 폐기될 때까지 그 토큰으로 API를 부를 수 있습니다.
reach-refresh-token = 인가 서버가 아직 받아 주는 refresh token을 갖고 있습니다. 그것으로 새 access token을 받으려 할 수 있습니다.
reach-code = 인가 서버가 아직 교환해 줄 인가 코드를 갖고 있습니다. 토큰 엔드포인트의 검사를 통과하는 요청이어야 하며, 아직 토큰은 없습니다.
reach-password = 자기 페이지에 입력된 비밀번호를 갖고 있습니다. 그것으로 로그인하려 할 수 있습니다.
reach-nothing = 쓸 수 있는 것이 없습니다. 가진 것은 이미 쓰였거나, 폐기되었거나, 만료되었거나, 공개된 값이거나, 자기 것입니다.

## Where a thing the attacker holds came from: one line of its list.

source-start = 1단계 전부터 가짐
source-leak = { $step }단계: 메시지가 아닌 유출에서 복사함
source-own = { $step }단계: 스스로 만듦
source-message = { $step }단계: { $sender }의 { $label }
source-message-at = { $step }단계: { $sender }의 { $label }, { $place }

## Where in a message ($name is the parameter or header, as on the wire).

place-query = 쿼리의 { $name }에서
place-header = { $name } 헤더에서
place-field = 본문의 { $name }에서
place-body = 본문에서
