## OpenID Connect (issue 11, part C): id_token, discovery, 공개 키, userinfo
## 용어: sign in → 로그인 (서명은 signature만), claim과 issuer는 영어 그대로, provider → OpenID Provider

item-nonce = nonce
item-id-token = id_token
item-jwks = 서명 검증용 공개 키

topic-discovery-served = Photo Printer가 인가 서버의 discovery 문서와 공개 키를 가져옵니다
    .why = OpenID Connect에서는 클라이언트가 잘 알려진(well-known) 주소 하나에서 OpenID Provider에 대해 알아야 할 것을 모두 알아냅니다. `/.well-known/openid-configuration`은 `issuer`(모든 id_token의 `iss`가 똑같이 담아야 하는 문자열), 엔드포인트, scope, 서명 알고리즘을 알려 줍니다. 문서가 가리키는 `jwks_uri`에는 `kid`가 붙은 공개 키가 있어서, 클라이언트는 인가 서버와 비밀을 나누지 않고도 id_token의 서명을 검사할 수 있습니다. 문서에 나오는 엔드포인트는 이 인가 서버가 실제로 요청을 받는 주소입니다.
    .next = 공개 키가 있으니 클라이언트는 진짜 id_token과 위조된 것을 가려낼 수 있습니다.

topic-metadata-served = 인가 서버가 일반 OAuth 메타데이터로 자신을 설명합니다
    .why = RFC 8414는 OpenID Connect의 discovery와 같은 자기 설명 문서를 일반 OAuth 인가 서버에도 마련해 줍니다. `/.well-known/oauth-authorization-server`에는 `issuer`, 엔드포인트, 지원하는 grant type과 PKCE 방식이 있습니다. `userinfo_endpoint`는 OpenID Connect의 것이라 여기에는 없습니다.
    .next = 클라이언트는 URL을 코드에 박아 두지 않고 이 문서로 설정합니다.

topic-jwks-served = Photo Printer가 id_token 서명용 공개 키를 가져옵니다
    .why = JWK Set에는 인가 서버 서명 키 쌍의 공개 키가 `kid`(여기서는 RFC 7638 thumbprint)와 함께 들어 있습니다. 키는 Ed25519(`EdDSA`)이고 시나리오의 seed에서 만들어지므로 실행할 때마다 똑같습니다. 개인 키는 인가 서버만 가지므로, 이 공개 키로 검증되는 서명은 인가 서버만 만들 수 있습니다.
    .next = 클라이언트는 이 공개 키를 보관하고 id_token마다 `kid`와 서명을 확인합니다.

topic-userinfo-served = UserInfo 엔드포인트가 로그인한 사용자를 알려 줍니다
    .why = UserInfo 엔드포인트는 인가 서버에 있는 보호된 리소스입니다. access token을 Bearer 토큰으로 받고, 그 사용자에 대한 claim을 돌려줍니다. `sub`는 항상, 나머지는 허용된 scope만큼만 줍니다(`profile`이면 이름). `sub`는 id_token의 것과 정확히 같아야 하므로, 클라이언트는 두 값을 비교한 뒤에만 claim을 써야 합니다(OIDC Core §5.3.2).
    .next = 누가 로그인했는지는 id_token이 이미 알려 주었습니다. userinfo는 추가 claim을 얻는 곳입니다.

topic-userinfo-token-missing = UserInfo가 access token 없는 호출을 거부합니다
    .why = 요청에 Bearer 토큰이 없어서 엔드포인트는 오류 코드 없이 `WWW-Authenticate: Bearer` challenge만 붙여 401로 답합니다. RFC 6750 §3.1은 인증을 시도하지 않은 요청에 이렇게 답하라고 합니다.
    .next = 클라이언트는 로그인으로 받은 access token을 `Authorization` 헤더에 담아 보냅니다.

topic-userinfo-token-invalid = UserInfo가 유효하지 않은 access token을 거부합니다
    .why = 인가 서버가 모르는 access token이거나, 만료되었거나, 폐기되어서 엔드포인트는 401 `invalid_token`으로 답합니다. 사용자의 claim은 지금 유효한 토큰에만 내줍니다.
    .next = refresh token이 있는 클라이언트는 새 access token을 받고, 없으면 사용자가 다시 로그인합니다.

topic-userinfo-scope-insufficient = UserInfo가 openid 없이 발급된 토큰을 거부합니다
    .why = access token은 유효하지만 `openid` scope를 받지 않았습니다. 이 토큰은 API를 부를 수 있게 할 뿐, 사용자가 누구인지 알려 주지는 않습니다. 엔드포인트는 403 `insufficient_scope`로 답하고 필요한 scope를 알려 줍니다.
    .next = 사용자가 누구인지 알려면 클라이언트가 인가 요청에서 `openid`를 요청해야 합니다.

topic-signed-in = Photo Printer가 id_token을 검사하고 Alice를 로그인시킵니다
    .why = 요청이 `openid`를 담았기 때문에 토큰 응답에 access token과 함께 `id_token`이 왔습니다. 클라이언트는 믿기 전에 OIDC Core §3.1.3.7대로 검사했습니다. `iss`는 discovery로 알아낸 issuer이고, `aud`에 자기 `client_id`가 있고, 서명은 JWKS에서 `kid`가 가리키는 키로 검증되고, `exp`는 시뮬레이션 시계로 아직 지나지 않았고, `iat`는 미래가 아니고, `nonce`는 바로 이 요청에 보낸 값이고, `at_hash`는 함께 온 access token과 맞습니다. 이제야 "Alice"는 방금 auth.example에서 이 앱을 위해 로그인한 사람이라는 뜻이 됩니다.
    .next = access token은 여전히 API를 여는 열쇠일 뿐입니다. 로그인의 증거는 id_token이고, 그것은 API가 아니라 클라이언트를 위한 것입니다.

topic-id-token-missing = id_token이 없어서 Photo Printer가 로그인을 거부합니다
    .why = 클라이언트가 `openid`를 요청하고 `nonce`를 보냈으므로 응답에는 `id_token`이 있어야 합니다(OIDC Core §3.1.3.3). 그것이 없으면 누가 로그인했는지 알려 주는 것이 없습니다. access token은 신원의 증거가 아닙니다. 클라이언트는 이 응답에서 아무것도 보관하지 않습니다.
    .next = 올바른 클라이언트는 access token만으로 누구도 로그인시키지 않습니다.

topic-id-token-wrong-issuer = 다른 issuer의 id_token이라 Photo Printer가 거부합니다
    .why = id_token의 `iss`가 클라이언트가 알아낸 issuer와 정확히 같지 않습니다(OIDC Core §3.1.3.7 2단계). 다른 OpenID Provider가 만든 토큰은 그 provider의 키로 서명이 맞더라도 여기서 누가 로그인했는지 알려 주지 않습니다. 클라이언트는 다른 무엇보다 먼저 이것을 확인하고 거부합니다.
    .next = 올바른 클라이언트는 `iss`를 설정해 둔 issuer나 discovery로 알아낸 issuer와 한 글자씩 똑같이 비교합니다.

topic-id-token-wrong-audience = 다른 앱을 위한 id_token이라 Photo Printer가 거부합니다
    .why = id_token의 `aud`에 이 클라이언트의 `client_id`가 없습니다(3단계). 인가 서버가 다른 클라이언트에게 발급한 진짜 토큰일 수도, 도중에 바뀐 토큰일 수도 있습니다. 클라이언트는 서명보다 `aud`를 먼저 검사하므로 어느 쪽이든 여기서 멈춥니다. 다른 앱에 발급된 토큰은 여기서의 로그인에 대해 아무것도 증명하지 못합니다. 그 앱이 받은 누군가의 id_token을 누가 여기에 다시 내밀어 그 사람으로 로그인하려는 것일 수 있습니다.
    .next = 올바른 클라이언트는 `aud`에 자기가 있는 id_token만 받아들입니다.

topic-id-token-signature-invalid = 서명이 맞지 않아 Photo Printer가 id_token을 거부합니다
    .why = 클라이언트가 가져온 JWKS에서 `kid`가 가리키는 키로 서명이 검증되지 않습니다(6단계). 인가 서버가 서명한 뒤에 payload가 바뀌었거나, 다른 키로 서명되었거나, 클라이언트에게 검사할 키가 없습니다. `"sub": "alice"`라고 쓴 JSON은 누구나 만들 수 있지만 서명은 인가 서버의 키로만 만들 수 있으므로, 서명이 있어야 claim이 의미를 가집니다.
    .next = 올바른 클라이언트는 `jwks_uri`에서 키를 가져오고 이 검사를 절대 건너뛰지 않습니다.

topic-id-token-expired = 만료된 id_token이라 Photo Printer가 거부합니다
    .why = 시뮬레이션 시계로 id_token의 `exp`가 이미 지났습니다(9단계). id_token은 일부러 수명을 짧게 둡니다. 방금 있었던 로그인을 증명하는 토큰이므로, 오래된 id_token은 재사용 공격의 모습과 같습니다.
    .next = 사용자가 다시 로그인하면 새 `nonce`와 함께 새 id_token이 옵니다.

topic-id-token-iat-invalid = 미래에 발급된 id_token이라 Photo Printer가 거부합니다
    .why = id_token의 `iat`가 없거나 클라이언트의 시계보다 늦습니다(10단계). 아직 오지 않은 시각에 발급되었다고 주장하는 토큰입니다. 너무 오래전에 발급된 토큰도 거부할 수 있습니다.
    .next = 올바른 클라이언트는 약간의 시계 오차만 허용하고 `iat`를 자기 시계와 비교합니다.

topic-id-token-nonce-missing = nonce가 없는 id_token이라 Photo Printer가 거부합니다
    .why = 클라이언트가 이 로그인에 `nonce`를 보냈으므로 id_token은 그 값을 돌려줘야 합니다(11단계). nonce가 없으면 토큰이 이 요청에 묶이지 않으므로, 다른 로그인에서 가로챈 토큰을 여기서 재사용한 것일 수도 있습니다.
    .next = 올바른 클라이언트는 자기가 보낸 `nonce`가 정확히 담기지 않은 id_token을 모두 거부합니다.

topic-id-token-nonce-mismatch = nonce가 달라 Photo Printer가 재사용된 id_token을 거부합니다
    .why = id_token에 `nonce`가 있지만 클라이언트가 이 로그인에 보낸 값이 아닙니다(11단계). 이전 요청이나 다른 사람의 요청에 대한 토큰입니다. 클라이언트는 nonce를 이 브라우저의 세션에 보관했다가 처음 검사하는 id_token에 한 번 쓰고 버리므로, 재사용된 토큰은 두 번 통하지 않습니다.
    .next = 올바른 클라이언트는 로그인마다 새 `nonce`를 만들고 정확히 비교합니다.

topic-id-token-at-hash-mismatch = id_token이 보증하지 않는 access token이라 Photo Printer가 거부합니다
    .why = `at_hash`는 access token 해시(`EdDSA`에서는 SHA-512)의 왼쪽 절반으로, 서명된 id_token 안에 들어 있습니다(OIDC Core §3.1.3.8). 여기서는 함께 온 access token과 맞지 않습니다. 둘은 함께 발급된 것이 아니므로, access token이 도중에 바뀐 것입니다.
    .next = 올바른 클라이언트는 id_token의 `at_hash`가 맞는 access token만 씁니다.

## The JWT view of the TUI (`v`)

tui-jwt = JWT
tui-jwt-none = 이 메시지에는 JWT가 없습니다. JWT가 있는 메시지를 고르세요(↑/↓). id_token이 있는 토큰 응답이나 Authorization: Bearer가 있는 요청입니다.
tui-jwt-header = 헤더
tui-jwt-payload = payload
tui-jwt-signature = 서명
tui-jwt-verified = ✓ 가져온 JWKS로 검증됩니다
tui-jwt-failed = ✗ 검증 실패. 바뀌었거나 다른 키입니다
tui-jwt-no-keys = 검사하지 않음. 아직 가져온 JWKS가 없습니다
tui-jwt-valid-for = 시뮬레이션 시계로 남은 시간
tui-jwt-expired-ago = 시뮬레이션 시계로 만료된 지
tui-jwt-header-alg = 서명 방식
tui-jwt-header-kid = 서명한 JWKS 키
tui-jwt-header-typ = 토큰 종류
tui-jwt-claim-iss = 발급한 곳(issuer)
tui-jwt-claim-sub = 이 issuer에서 로그인한 사용자
tui-jwt-claim-aud = 이 토큰을 받을 클라이언트
tui-jwt-claim-exp = 이 시각부터 유효하지 않음
tui-jwt-claim-iat = 발급된 시각
tui-jwt-claim-auth-time = 사용자가 로그인한 시각
tui-jwt-claim-nonce = 한 번의 로그인 요청에 묶음
tui-jwt-claim-at-hash = 함께 온 access token과 묶음
tui-hint-jwt = JWT

## JWT access tokens (RFC 9068), checked by the resource server itself

topic-resource-served-from-jwt = API가 JWT access token을 직접 검사하고 사진을 내줍니다
    .why = `signed_access_tokens`를 켜면 access token은 인가 서버가 서명한 JWT(`typ: at+jwt`, RFC 9068)입니다. API는 인가 서버의 공개 키로 서명, `iss`, `aud`(이 API), 자기 시계로 본 `exp`, `scope`를 혼자 검사했습니다. introspection 요청은 보내지 않았습니다. 호출마다 인가 서버에 다녀오지 않는 것이 바로 목적입니다. 그 대가로 API는 폐기 소식을 듣지 못합니다. 인가 서버에서 폐기된 토큰도 `exp`까지는 여기서 통합니다. opaque 토큰이었다면 다음 introspection이 `active: false`라고 알려 주었을 것입니다.
    .next = 폐기되었거나 도난당한 토큰의 피해를 줄이는 것은 짧은 access token 수명입니다.

topic-access-token-jwt-invalid = API가 진짜가 아닌 JWT access token을 거부합니다
    .why = JWT의 서명이 인가 서버의 키로 검증되지 않거나, `iss`가 그 인가 서버가 아니거나, `aud`가 이 API가 아닙니다(RFC 9068 §4). API는 401 `invalid_token`으로 답합니다. 믿을 수 없는 토큰이나 다른 API를 위해 만든 토큰으로는 여기서 아무것도 열 수 없습니다.
    .next = 올바른 클라이언트는 인가 서버가 발급한 access token을 그대로 보냅니다.

topic-access-token-jwt-expired = API가 만료된 JWT access token을 거부합니다
    .why = API의 시계로 JWT access token의 `exp`가 지났습니다. API는 인가 서버에 묻지 않고 혼자 판단합니다. JWT access token이 끝나는 여러 경우 가운데 API가 언제나 스스로 알 수 있는 것은 만료뿐이라, 이런 토큰은 수명을 짧게 둡니다.
    .next = `exp`가 지나면 새 access token만 통합니다. refresh token으로 갱신하거나 권한을 새로 받아야 합니다.

# The picker's heading for the sign-in failures.
tui-group-open-id-connect = OpenID Connect와 JWT
