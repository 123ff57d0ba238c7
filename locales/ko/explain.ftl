### What each step of the lesson teaches (crate::explain). A topic's message is its
### headline (one short line, at most 60 characters in English); .why says what
### happened and why it matters (2-4 sentences); .next says what to watch next.
### Parameter, header and error names stay as on the wire.

## The six chapters of the lesson

chapter-roles = 역할
chapter-registration = 등록
chapter-owner-approval = 리소스 오너의 승인
chapter-server-approval = 인가 서버의 승인 (인가 코드)
chapter-access-token = 액세스 토큰 발급
chapter-refresh-token = 리프레시 토큰

## What each topic teaches: the headline, .why (what happened and why it matters), .next (what to watch next)


topic-roles-introduced = 역할 넷, 세로줄 넷
    .why = OAuth에는 네 가지 역할이 있고, 화면의 흐름도에서 왼쪽부터 하나씩 세로줄을 차지합니다. 클라이언트는 printer.example의 Photo Printer 앱입니다. Alice의 사진을 인쇄하려는 쪽으로, 아직 아무것도 갖고 있지 않지만 곧 `client_id`와, secret을 지킬 수 있는 앱이라면 client secret을, 나중에는 토큰을 받습니다. 리소스 오너는 브라우저를 쓰는 Alice입니다. 사진의 주인이고, 비밀번호는 Alice만 알며, 앱에 무엇을 허락할지도 Alice가 정합니다. 인가 서버 auth.example은 Alice의 계정과 등록된 앱을 알고 있으며, Alice에게 동의를 묻고 인가 코드와 토큰을 발급합니다. 리소스 서버 photos.example은 사진을 보관하고, 유효한 access token이 있을 때만 사진을 내줍니다. 학습 노트는 두 서버를 하나로 묶어 설명하지만 RFC는 둘을 나눕니다. 한 회사가 두 서버를 함께 운영하더라도, 인가 서버는 허락을 다루고 리소스 서버는 리소스를 내준다는 점에서 역할이 다릅니다.
    .next = 클라이언트의 세로줄을 보세요. 앱은 먼저 인가 서버에 등록합니다.

topic-registered = Photo Printer가 인가 서버에 등록되었습니다
    .why = 이제 인가 서버는 이 앱을 압니다. 공개해도 되는 `client_id`, 앱의 비밀번호 역할을 하는 `client_secret`, 그리고 사용자를 돌려보낼 수 있는 정확한 redirect URI 목록을 함께 기록합니다. 브라우저나 모바일 앱처럼 비밀을 숨길 수 없는 앱은 공개 클라이언트로 등록되어 secret을 받지 않으므로, 토큰 엔드포인트에서 어느 앱이 요청하는지 증명할 방법이 없습니다. 그래도 PKCE가 흐름마다 인가 코드를 그 흐름을 시작한 쪽에 묶어 흐름을 지켜 주지만, PKCE가 클라이언트를 인증하는 것은 아닙니다(RFC 7636 §1). 학습 노트에서는 리소스 서버에 등록한다고 했지만 RFC 6749에서는 이 일을 인가 서버가 맡습니다. 작은 서비스에서는 한 서버가 두 역할을 함께 하기 때문에 노트처럼 합쳐서 보기도 합니다.
    .next = 이어지는 인가 요청에는 공개된 `client_id`만 실리고 secret은 실리지 않는다는 점을 보세요.

topic-register-no-redirect-uri = 등록 거부: redirect URI가 없습니다
    .why = Photo Printer가 사용자를 돌려보낼 주소를 하나도 적지 않아 인가 서버가 `invalid_redirect_uri`로 답했습니다. 인가 코드는 미리 약속한 주소로만 전달됩니다. 약속한 주소가 없으면 이 앱의 흐름을 안전하게 끝낼 방법이 없으므로, 나중에 추측하기보다 지금 거부하는 편이 안전합니다.
    .next = 올바른 클라이언트는 `https://printer.example/callback` 같은 정확한 `https` 주소를 하나 이상 적어 다시 등록합니다.

topic-register-bad-redirect-uri = 등록 거부: 안전하지 않은 redirect URI
    .why = redirect URI는 절대 주소여야 하고, `#fragment`가 없어야 하며, loopback 주소가 아니라면 `https`를 써야 합니다. 인가 코드는 이 주소로 전달되므로, 네트워크 위의 평범한 `http` 주소라면 중간에 있는 누구나 코드를 읽을 수 있습니다. loopback 통신은 기기 밖으로 나가지 않기 때문에 네이티브 앱은 `http://127.0.0.1`을 쓸 수 있습니다. 그래서 인가 서버는 코드를 안전하게 보낼 수 없는 주소를 저장하는 대신 `invalid_redirect_uri`로 답했습니다.
    .next = 올바른 클라이언트는 주소를 고쳐 다시 등록하며, 이후의 모든 `redirect_uri`는 이 주소와 한 글자도 달라서는 안 됩니다.

topic-register-bad-metadata = 등록 거부: 지원하지 않는 메타데이터
    .why = Photo Printer가 자신에 대해 보낸 값 중 하나(예: 클라이언트 인증 방식이나 grant type)를 이 인가 서버가 지원하지 않아 `invalid_client_metadata`로 답했습니다. 설정을 몰래 바꿔 등록하면 앱은 서버가 지키지 않을 약속을 믿게 됩니다. 지금 분명히 거부해야 양쪽의 이해가 어긋나지 않습니다.
    .next = 올바른 클라이언트는 인가 서버가 지원하는 값만 보내 다시 등록합니다.

topic-register-grant-type-unsupported = 등록 거부: 제공하지 않는 grant type
    .why = 클라이언트가 이 인가 서버가 제공하지 않는 `grant_types` 값을 적었습니다. 이 인가 서버는 인가 코드 방식과 그 갱신, client credentials, 기기 코드 흐름만 제공합니다. 예를 들어 password 방식은 Alice의 비밀번호를 앱에 넘겨야 합니다. 그래도 등록해 주면 토큰 엔드포인트가 나중에 거부할 방식을 약속하는 셈이므로, 인가 서버는 지금 `invalid_client_metadata`로 답합니다.
    .next = 올바른 클라이언트는 여기서 제공하는 grant(`authorization_code`, `refresh_token`, `client_credentials`, 기기 코드 grant)만 적어 다시 등록합니다.

topic-register-response-type-unsupported = 등록 거부: 제공하지 않는 response type
    .why = 클라이언트가 `code`가 아닌 `response_types` 값을 적었습니다. 예전 implicit 방식의 `token`은 access token 자체를 redirect에 실어 방문 기록이나 `Referer` 헤더로 새어 나갈 수 있으므로, 이 인가 서버는 인가 코드 방식만 제공합니다. 인가 엔드포인트가 거부할 방식을 등록하는 대신 `invalid_client_metadata`로 답합니다.
    .next = 올바른 클라이언트는 `response_types`에 `["code"]`를 적어 다시 등록합니다.

topic-register-flows-inconsistent = 등록 거부: response type과 grant type이 맞지 않습니다
    .why = `response_types`는 클라이언트가 인가 엔드포인트에서 무엇을 요청하는지, `grant_types`는 토큰 엔드포인트에서 무엇을 교환하는지 나타내며, 두 값은 서로 맞아야 합니다. `code`와 `authorization_code`는 서로를 필요로 합니다. 하나만 있으면 교환할 수 없는 코드를 받거나 시작할 수 없는 grant를 갖게 되므로, 인가 서버는 `invalid_client_metadata`로 답합니다.
    .next = 올바른 클라이언트는 `code`와 `authorization_code`를 함께 등록하거나 둘 다 등록하지 않습니다.

topic-login-page-shown = Alice의 브라우저가 로그인 페이지에 도착했습니다
    .why = Photo Printer가 Alice의 브라우저를 인가 서버로 보냈고, 인가 서버는 `client_id`와 `redirect_uri`를 등록 정보와 대조한 뒤 로그인을 요청합니다. 학습 노트에서는 리소스 오너가 리소스 서버에 접속한다고 했지만, 실제로 Alice를 데려가는 것은 브라우저이고 도착지는 인가 서버입니다. 이 요청은 주소창에 실려 가는 front channel이라 기록과 로그에 남고 바뀔 수도 있으므로 비밀은 담지 않습니다. 실리는 것은 공개된 `client_id`, 클라이언트가 먼저 저장해 둔 무작위 `state`, 그리고 verifier는 클라이언트에 남겨 둔 채 보내는 PKCE `code_challenge`뿐입니다. `scope`는 요청일 뿐이며, 실제로 무엇을 허용할지는 Alice와 인가 서버가 정합니다.
    .next = 이어서 Alice가 비밀번호를 입력합니다. 비밀번호가 인가 서버에만 전달되는지 보세요.

topic-consent-page-shown = 인가 서버가 Alice에게 무엇을 허용할지 묻습니다
    .why = 동의 화면에는 앱 이름(Photo Printer)과, 앱이 요청한 scope 하나하나가 나옵니다. Alice는 비밀번호나 계정 전체가 아니라, 이름이 밝혀진 앱 하나에게 정해진 일부 권한(여기서는 사진 읽기)만 넘겨주는 것입니다. Alice는 허용하거나 거부할 수 있고, 인가 서버는 요청보다 적게 허용할 수도 있으므로, 클라이언트는 토큰 응답의 `scope`에서 실제로 허락된 범위를 확인합니다. 인가 서버의 다른 페이지처럼 이 페이지에도 `X-Frame-Options: DENY`와 `Content-Security-Policy: frame-ancestors 'none'` 헤더가 붙어 있어서, 다른 사이트가 이 페이지를 보이지 않는 프레임에 넣고 Alice가 허용을 누르도록 속이는 클릭재킹(clickjacking)을 할 수 없습니다.
    .next = Alice가 허용하면 인가 코드가, 거부하면 `access_denied`가 같은 `state`와 함께 클라이언트로 돌아갑니다.

topic-client-id-missing = 중단: 요청에 클라이언트 정보가 없습니다
    .why = 인가 요청에 `client_id`가 없어 인가 서버는 어떤 앱이 요청했는지, 어느 redirect URI가 그 앱의 것인지 알 수 없습니다. 그래서 redirect하지 않고 Alice에게 오류 페이지(400 `invalid_request`)를 보여 줍니다. 확인할 수 없는 주소로 사용자를 보내면 인가 서버가 피싱 사이트에 악용되는 open redirector가 되기 때문입니다.
    .next = 올바른 클라이언트는 항상 `client_id`를 보내며, 이번에는 Photo Printer로 돌아가는 메시지가 없다는 점을 확인하세요.

topic-client-unknown = 중단: 등록되지 않은 client_id입니다
    .why = 이 `client_id`로 등록된 앱이 없습니다. 오타일 수도, 삭제된 앱일 수도, 앱을 흉내 내는 페이지일 수도 있습니다. 등록 정보가 없으면 믿을 수 있는 redirect URI도 없으므로, 인가 서버는 어디로도 redirect하지 않고 Alice에게 오류 페이지(400 `invalid_request`)를 보여 줍니다. 여기서 redirect하면 누구든 인가 서버의 신뢰를 빌려 사용자를 자기 사이트로 보낼 수 있게 됩니다.
    .next = 올바른 클라이언트는 등록 때 받은 `client_id`를 쓰며, 이번에는 클라이언트에게 아무것도 전달되지 않습니다.

topic-redirect-uri-mismatch = 중단: redirect_uri가 정확히 일치하지 않습니다
    .why = 요청의 `redirect_uri`가 Photo Printer가 등록한 주소와 한 글자씩 같지 않습니다. 경로가 다르거나, 끝에 `/`가 붙거나, 대소문자가 달라도 다른 주소로 봅니다. 확인되지 않은 주소로 코드나 오류를 보내면 공격자의 사이트에 도착할 수 있으므로, 인가 서버는 redirect하지 않고 오류 페이지(400 `invalid_request`)를 보여 줍니다. 정확히 일치하는지 비교해야만 코드가 앱이 약속한 곳으로만 갑니다.
    .next = 올바른 클라이언트는 등록한 주소를 그대로 보냅니다. 이번에는 Alice의 브라우저가 인가 서버에 머뭅니다.

topic-redirect-uri-required = 중단: redirect URI가 여러 개인데 고르지 않았습니다
    .why = Photo Printer는 redirect URI를 여러 개 등록했지만 이번 요청에서 어느 것을 쓸지 밝히지 않았습니다. 잘못 고르면 코드가 엉뚱한 곳으로 갈 수 있으므로 인가 서버는 대신 골라 주지 않습니다. 어디로도 redirect하지 않고 오류 페이지(400 `invalid_request`)를 보여 줍니다.
    .next = 주소가 여러 개인 올바른 클라이언트는 매 요청에 등록된 `redirect_uri`를 정확히 적어 보냅니다.

topic-redirect-uri-malformed = 중단: redirect_uri 형식이 올바르지 않습니다
    .why = redirect URI는 절대 주소여야 하고 `#fragment`가 없어야 합니다. 이 주소는 상대 주소이거나 fragment를 담고 있어 어떤 등록 정보와도 일치할 수 없습니다. 인가 서버는 이를 확인되지 않은 주소와 똑같이 다루어, redirect하지 않고 Alice에게 오류 페이지(400 `invalid_request`)를 보여 줍니다.
    .next = 올바른 클라이언트는 등록한 전체 주소를 보내며, 이번에는 클라이언트로 아무것도 돌아가지 않습니다.

topic-client-or-redirect-uri-repeated = 중단: client_id나 redirect_uri가 두 번 왔습니다
    .why = 요청에 클라이언트나 redirect URI가 두 번 이상 들어 있습니다. 어느 값을 믿어야 할지 알 수 없기 때문에 OAuth는 이를 금지합니다. URL 뒤에 값을 덧붙일 수 있는 사람이 두 번째 `redirect_uri`를 끼워 넣어 자기 값이 선택되기를 노릴 수 있습니다. 클라이언트와 redirect URI가 확실해지기 전에는 오류를 안전하게 보낼 곳이 없으므로, 인가 서버는 redirect하지 않고 Alice에게 오류 페이지(400 `invalid_request`)를 보여 줍니다.
    .next = 올바른 클라이언트는 각 파라미터를 한 번만 보내며, 이번에는 브라우저가 클라이언트로 돌아가지 않는 것을 보세요.

topic-parameter-repeated = 거부: 같은 파라미터가 두 번 왔습니다
    .why = `scope` 같은 파라미터가 두 번 이상 왔습니다. 클라이언트가 어느 값을 뜻했는지 알 수 없기 때문에 OAuth는 이를 금지합니다. 클라이언트와 redirect URI는 이미 확인되었으므로 이는 클라이언트에게 알리는 보통의 `invalid_request`입니다. 브라우저를 `error`와 클라이언트가 보낸 `state`와 함께 redirect URI로 돌려보냅니다.
    .next = 올바른 클라이언트는 각 파라미터를 한 번만 보내고, 여러 scope는 공백으로 이어 하나의 `scope`에 담습니다.

topic-response-type-missing = 오류 반환: response_type이 없습니다
    .why = 클라이언트와 `redirect_uri` 확인은 통과했으므로, 이제부터 오류는 `error`, `error_description`, 그리고 같은 `state`를 담은 redirect로 Photo Printer에게 돌아갑니다. 이 요청에는 어떤 흐름을 원하는지 알려 주는 `response_type`이 없어 `invalid_request`로 답합니다. 앱이 등록한 주소이기 때문에 이제는 redirect해도 안전합니다.
    .next = redirect가 이 오류를 클라이언트의 콜백으로 전합니다. 올바른 클라이언트는 `response_type=code`를 보냅니다.

topic-response-type-unsupported = 오류 반환: response_type=code만 지원합니다
    .why = 이 인가 서버는 인가 코드 방식만 제공하므로, 예전 implicit 방식의 `token` 같은 다른 `response_type`에는 클라이언트 주소로 `unsupported_response_type`을 돌려보냅니다. implicit 방식에서는 access token 자체가 redirect에 실려 방문 기록, `Referer` 헤더, 브라우저 확장 프로그램에 노출되고, 누가 그것을 받았는지 아무도 확인하지 않습니다. 지금은 브라우저에서도 인가 코드와 PKCE를 쓸 수 있으므로 implicit 방식만 할 수 있는 일은 남아 있지 않습니다.
    .next = 올바른 클라이언트는 `response_type=code`를 요청합니다. 이번 오류는 redirect에 실려 같은 `state`와 함께 콜백으로 갑니다.

topic-response-type-not-allowed = 오류 반환: 코드 방식으로 등록되지 않은 앱
    .why = 인가 서버는 `response_type=code`를 제공하지만 이 클라이언트는 그것을(그리고 `authorization_code` grant도) 등록하지 않았으므로, 같은 `state`와 함께 `unauthorized_client`를 돌려보냅니다. 앱은 등록한 방식만 쓸 수 있으므로, 누가 `client_id`를 알아내도 그 앱이 요청한 적 없는 흐름을 시작할 수 없습니다.
    .next = 올바른 클라이언트는 사용자를 보내기 전에 `response_types` `["code"]`와 `authorization_code` grant를 등록합니다.

topic-scope-invalid = 오류 반환: 알 수 없거나 허용되지 않은 scope입니다
    .why = Photo Printer가 인가 서버가 모르는 scope, 또는 이 앱에는 허용되지 않은 scope를 요청했습니다. 인가 서버는 그 scope를 조용히 빼 버리지 않고, 등록된 주소로 같은 `state`와 함께 `invalid_scope`를 돌려보냅니다. 그래야 앱이 받지도 않은 권한을 받았다고 착각하지 않습니다. `scope`는 언제나 요청일 뿐이고 결정은 인가 서버가 합니다.
    .next = 올바른 클라이언트는 인가 서버가 제공하는 scope만 요청합니다. 이번 오류는 redirect에 실려 콜백으로 갑니다.

topic-pkce-challenge-missing = 오류 반환: PKCE code_challenge가 필요합니다
    .why = 이 인가 서버는 PKCE를 요구하는데 요청에 `code_challenge`가 없습니다. challenge는 클라이언트만 가지고 있는 비밀 값 `code_verifier`의 해시입니다. 토큰 교환 때 흐름을 시작한 쪽만 verifier를 내밀 수 있으므로, 코드를 훔치거나 끼워 넣은 사람은 그 코드를 쓸 수 없습니다. challenge가 없으면 나중에 이 확인을 할 수 없기 때문에 인가 서버는 지금 `invalid_request`로 답합니다.
    .next = 올바른 클라이언트는 흐름마다 새 verifier를 만들어 그 S256 challenge를 보냅니다. 이번 오류는 redirect에 실려 콜백으로 갑니다.

topic-pkce-method-unsupported = 오류 반환: S256 방식만 받습니다
    .why = 요청이 `S256`이 아닌 PKCE 방식을 지정했거나, 아무 방식도 지정하지 않았습니다(지정하지 않으면 `plain`으로 봅니다). `plain`에서는 challenge가 곧 verifier라서 노출될 수 있는 front channel을 그대로 지나갑니다. `S256`에서는 해시만 지나가고, verifier는 서버끼리 직접 교환할 때까지 클라이언트에 남아 있습니다. 그래서 인가 서버는 `invalid_request`로 답합니다.
    .next = 올바른 클라이언트는 `code_challenge_method=S256`을 보냅니다. 이번 오류는 redirect에 실려 같은 `state`와 함께 콜백으로 갑니다.

topic-pkce-challenge-malformed = 오류 반환: code_challenge 형식이 잘못되었습니다
    .why = `code_challenge`는 unreserved 문자 43~128개여야 하고, S256 challenge는 언제나 base64url 문자 43개입니다. 형식이 다르다면 클라이언트가 challenge를 잘못 계산한 것이고, 어떤 verifier와도 맞지 않습니다. 인가 서버는 교환할 수 없는 코드를 발급하는 대신 지금 `invalid_request`로 답합니다.
    .next = 올바른 클라이언트는 verifier를 SHA-256으로 해시해 padding 없는 base64url로 인코딩합니다. 이번 오류는 redirect에 실려 콜백으로 갑니다.

topic-logged-in = Alice가 인가 서버에 로그인했습니다
    .why = Alice는 인가 서버의 페이지에서 직접 비밀번호를 입력했고, Photo Printer는 이를 전혀 보지 못합니다. 비밀번호, 2단계 인증, 패스키, 기존 세션 중 무엇으로 확인할지는 인가 서버가 정할 일입니다. 지금 한 일은 Alice가 누구인지 확인하는 인증(authentication)이고, OAuth가 다루는 것은 Photo Printer가 무엇을 해도 되는지 허락하는 인가(authorization)입니다. 여러 서비스 문서는 이 서버를 '인증 서버'라고 부르기도 하지만, OAuth에서 이 서버가 내주는 것은 인가이므로 여기서는 인가 서버라고 부릅니다. 앞으로 받을 토큰은 API를 여는 열쇠일 뿐 사용자가 누구인지 증명하지 않으며, 앱에 사용자를 로그인시키는 일은 OpenID Connect가 맡습니다.
    .next = 인가 서버가 돌려준 것은 동의 화면입니다. Alice가 허용과 거부 중 무엇을 고르는지 보세요.

topic-login-failed = 로그인 실패: 아이디 또는 비밀번호가 틀렸습니다
    .why = 인가 서버가 Alice임을 확인하지 못해 로그인 페이지를 다시 보여 주고, 아무것도 발급하지 않습니다. 로그인은 Alice와 인가 서버 사이에서만 일어나므로 Photo Printer는 비밀번호는 물론 잘못 입력했다는 사실조차 알지 못합니다. 진행 중인 인가 요청은 그대로 기다립니다.
    .next = Alice가 다시 로그인에 성공해야만 동의 화면으로 넘어간다는 점을 보세요.

topic-no-authorization-in-progress = 거부: 진행 중인 인가 요청이 없습니다
    .why = 브라우저가 인가 요청 없이 로그인이나 동의를 보냈기 때문에, 인가 서버는 이 답이 어느 앱, 어느 `redirect_uri`, 어느 scope에 대한 것인지 알 수 없습니다. 그래서 추측하지 않고 `invalid_request`로 답합니다. 리소스 오너가 실제로 본 요청과 연결되지 않은 동의는 공격자가 위조한 폼이 보낼 법한 것입니다.
    .next = 흐름은 언제나 `/authorize`로 시작하므로, 로그인과 동의 앞에 그 요청이 있는지 보세요.

topic-consent-before-login = 거부: 로그인 전에는 동의할 수 없습니다
    .why = 아무도 로그인하지 않았는데 동의 답변이 도착했습니다. 사진을 공유할 수 있는 사람은 리소스 오너뿐인데, 인가 서버는 아직 이 브라우저가 Alice의 것인지 모르므로 먼저 로그인하라고 안내합니다. 그렇지 않으면 동의 폼에 접근한 누구나 다른 사람의 계정에 대한 접근을 허용할 수 있게 됩니다.
    .next = Alice가 로그인한 다음에야 동의 화면이 나오는 것을 보세요.

topic-consent-decision-invalid = 거부: 허용 또는 거부 중 하나여야 합니다
    .why = 동의 폼의 `decision` 값이 `allow`도 `deny`도 아닙니다. 권한은 리소스 오너가 분명히 동의했을 때만 주어지므로, 인가 서버는 애매한 답을 허용으로 해석하지 않습니다. `invalid_request`로 답하고 아무것도 발급하지 않습니다.
    .next = Alice가 이번에는 `allow`(허용)나 `deny`(거부)를 분명히 고르는지 보세요.

topic-code-issued = Alice가 허용했고, 브라우저가 인가 코드를 가져갑니다
    .why = 인가 서버는 인가 코드와 같은 `state`를 붙여 Alice의 브라우저를 Photo Printer의 등록된 주소로 돌려보냅니다. 학습 노트는 이 장을 'Resource Server의 승인'이라고 부르지만, 인가 코드를 발급하는 것은 인가 서버이고 리소스 서버는 나중에 사진을 내줄 뿐입니다. 인가 코드는 누구나 볼 수 있는 front channel로 오기 때문에 수명이 짧고 한 번만 쓸 수 있는 교환권으로 만들어집니다. 코드가 보이더라도 그것만으로는 아무것도 할 수 없고, 클라이언트가 자기 자격 증명을 들고 back channel(서버 간 직접 호출)로 교환해야만 토큰이 됩니다. 코드는 등록 정보와 정확히 같은 주소로만 가며, 끝에 `/` 하나만 달라도 다른 주소입니다.
    .next = 콜백에서 Photo Printer가 코드를 받아 두기 전에 `state`를 저장해 둔 값과 비교하는지 보세요.

topic-access-denied = Alice가 거부했습니다 (access_denied)
    .why = Alice가 요청을 거부했습니다. 이는 오류가 아니라 정상적인 결과입니다. 인가 서버는 `error=access_denied`와 같은 `state`를 붙여 Photo Printer의 등록된 주소로 redirect하며, 코드도 토큰도 발급하지 않습니다. Alice의 계정은 그대로입니다.
    .next = 올바른 클라이언트는 `state`를 확인한 뒤 아무것도 공유되지 않았다고 알려 주고, 같은 요청을 되풀이하지 않습니다.

topic-callback-accepted = Photo Printer가 state를 확인하고 코드를 받아 둡니다
    .why = 브라우저가 Photo Printer의 콜백으로 인가 코드를 전달했고, `state`가 클라이언트가 이 브라우저를 위해 저장해 둔 값과 같습니다. 값이 같다는 것은 이 응답이 공격자가 밀어 넣은 것이 아니라 이 브라우저가 실제로 시작한 요청에 대한 답이라는 뜻입니다. 이 확인은 클라이언트만 할 수 있으며, 인가 서버는 `state`를 그대로 돌려줄 뿐입니다.
    .next = 이제 클라이언트는 브라우저를 거치지 않고 토큰 엔드포인트를 직접 호출합니다. 이것이 back channel입니다.

topic-callback-state-mismatch = state가 달라 Photo Printer가 콜백을 거부합니다
    .why = 콜백의 `state`가 없거나 이 브라우저에 저장해 둔 값과 달라서, 클라이언트는 이 응답이 Alice가 시작한 요청의 답인지 알 수 없습니다. 여기서는 인가 코드는 Alice의 것이고 `state`만 바뀌었지만, 클라이언트는 그 사실을 알 방법이 없습니다. 위조된 콜백(login CSRF)에서는 공격자가 자기 인가 코드를 원하는 `state`와 함께 Alice의 브라우저에 밀어 넣어, Alice의 세션을 공격자의 계정에 몰래 연결합니다. 그래서 클라이언트는 코드를 버리고 토큰 요청을 보내지 않습니다(`invalid_state`). PKCE도 끼워 넣은 코드를 막아 주지만, 인가 서버가 PKCE를 반드시 검사한다는 것을 클라이언트가 알 때만 믿을 수 있습니다.
    .next = 뒤이어 `/token` 요청은 나가지 않으며, 클라이언트에는 코드가 남아 있지 않습니다. 올바른 클라이언트는 새 `state`로 처음부터 다시 시작합니다.

topic-callback-carried-error = 콜백에 코드 대신 오류가 왔습니다
    .why = 인가 서버가 인가 코드 대신 `error`와 `error_description`을 붙여 브라우저를 돌려보냈습니다. Alice가 거부했거나 요청이 잘못된 경우입니다. 클라이언트는 위조된 오류에 속지 않도록 여기서도 `state`를 확인한 뒤, Alice에게 무엇이 잘못되었는지 보여 줍니다. 코드가 없으니 교환할 것도 없습니다.
    .next = 올바른 클라이언트는 여기서 토큰 요청을 보내지 않고, 요청을 고치거나 Alice가 다시 시도하게 합니다.

topic-callback-without-code = 거부: 콜백에 코드도 오류도 없습니다
    .why = Photo Printer의 콜백이 `code`도 `error`도 없이 열렸습니다. 인가 서버는 이런 응답을 보내지 않으니, 누군가 주소를 직접 열었거나 링크가 잘렸을 수 있습니다. 교환할 것도 믿을 것도 없으므로 클라이언트는 `invalid_request`로 답하고 더 이상 아무것도 하지 않습니다.
    .next = 뒤이어 토큰 요청이 나가지 않으며, 흐름은 `/authorize`부터 다시 시작해야 한다는 점을 보세요.

topic-code-leaked-to-attacker = 인가 코드가 클라이언트의 것이 아닌 페이지로 갔습니다
    .why = 브라우저가 인가 코드를 Photo Printer가 아닌 주소로 전달해서, 이제 공격자가 코드를 갖고 있습니다. front channel의 위험이 실제로 드러난 경우이며, 인가 서버가 redirect URI를 정확히 비교해야 하는 이유이기도 합니다. 앞부분만 맞으면 통과시키는 느슨한 비교에서는 비슷하게 생긴 주소도 코드를 받을 수 있습니다. 다만 코드만으로는 부족합니다. 공격자가 코드를 교환하려면 클라이언트의 secret이나, Photo Printer를 떠난 적 없는 PKCE verifier도 있어야 합니다.
    .next = 공격자가 `/token`에서 이 코드를 교환하려면 클라이언트의 secret이나 PKCE verifier도 있어야 하며, 그것 없이는 교환이 실패합니다.

topic-client-auth-unknown-client = 클라이언트 인증 실패: 등록되지 않은 클라이언트
    .why = 클라이언트가 보낸 자격 증명의 `client_id`가 등록된 적이 없어, 인가 서버가 401 `invalid_client`로 답했습니다. 모든 401에는 `WWW-Authenticate` 헤더가 있어야 하므로, 클라이언트가 자격 증명을 form 본문에 담았더라도 `Basic` 방식을 알려 줍니다. `/token`과 `/revoke`에서는 클라이언트가 어느 앱인지 증명해야 하므로, 모르는 앱은 어떤 코드나 토큰을 가져와도 아무것도 얻지 못합니다.
    .next = 올바른 클라이언트는 등록 때 받은 `client_id`와 secret으로 인증합니다.

topic-client-auth-wrong-secret = 클라이언트 인증 실패: client secret이 틀렸습니다
    .why = `client_id`는 맞지만 `client_secret`이 틀려 인가 서버가 401 `invalid_client`로 답했습니다. secret은 앱의 비밀번호이며, 브라우저에서 가로챈 코드가 Photo Printer가 아닌 사람에게 쓸모없는 것도 이 secret 덕분입니다. 이렇게 실패한 시도로는 코드가 소모되지 않습니다.
    .next = 올바른 클라이언트는 등록 때 받은 secret을 자기 서버만 읽을 수 있는 곳에 보관했다가 보냅니다.

topic-client-auth-missing = 클라이언트 인증 실패: 자격 증명이 없습니다
    .why = Photo Printer는 secret을 받은 기밀 클라이언트인데 자격 증명을 보내지 않았습니다. 그래서 인가 서버는 받아들이는 방식을 알려 주는 `WWW-Authenticate: Basic` 헤더와 함께 401 `invalid_client`로 답했습니다. 자격 증명 없이 토큰을 준다면 코드를 가진 누구나 이 앱 행세를 할 수 있습니다. secret을 지킬 수 없는 앱은 처음부터 공개 클라이언트로 등록하며, 이런 앱은 전혀 인증되지 않습니다. PKCE는 그 앱의 인가 코드를 코드를 요청한 흐름에 묶어 훔친 코드를 막아 주지만, 어느 앱이 요청하는지 증명하지는 않습니다.
    .next = 올바른 기밀 클라이언트는 id와 secret을 Basic 헤더나 form 본문 중 한 곳에만 담아 보냅니다.

topic-client-auth-malformed = 클라이언트 인증 실패: Basic 헤더 형식이 잘못되었습니다
    .why = `Authorization` 헤더를 HTTP Basic 자격 증명으로 읽을 수 없습니다. base64가 올바르지 않거나 id와 secret 사이에 `:`가 없습니다. 누가 요청했는지 알 수 없으므로 인가 서버는 `WWW-Authenticate: Basic` 헤더와 함께 401 `invalid_client`로 답합니다. OAuth에서는 id와 secret을 먼저 form 인코딩한 뒤 둘을 합쳐 base64로 인코딩한다는 점도 기억하세요.
    .next = 올바른 클라이언트는 헤더를 `Basic base64(urlencode(id):urlencode(secret))` 형태로 만듭니다.

topic-client-auth-wrong-method = 클라이언트 인증 실패: 등록한 방식이 아닙니다
    .why = 클라이언트는 등록할 때 토큰 엔드포인트에서 자신을 어떻게 증명할지 정했습니다(`token_endpoint_auth_method` 값으로 Basic 헤더, form 본문의 secret, 없음 중 하나). 이번 요청은 다른 방식을 썼습니다. 인가 서버는 등록한 약속대로만 받아들이고, 지원하지 않는 인증 방식에 대해 RFC 6749 §5.2가 정한 401 `invalid_client`로 답합니다. secret이 어떤 방식으로 와야 하는지까지 정해 두면 secret이 새어 나가도 쓰기가 더 어려워집니다.
    .next = 올바른 클라이언트는 언제나 등록한 방식으로 인증합니다.

topic-client-auth-twice = 거부: 클라이언트 자격 증명을 두 방식으로 보냈습니다
    .why = Photo Printer가 자격 증명을 `Authorization` 헤더와 form 본문에 모두 담았습니다. 두 값이 다르면 어느 쪽을 믿어야 할지 알 수 없으므로, 클라이언트는 요청마다 한 가지 인증 방식만 써야 합니다. 인가 서버는 `invalid_request`로 답합니다.
    .next = 올바른 클라이언트는 `client_secret_basic`처럼 등록한 방식 하나만 씁니다.

topic-tokens-issued = 코드 교환 완료: Photo Printer가 토큰을 받았습니다
    .why = Photo Printer는 back channel에서 자신을 증명했습니다. secret은 어느 앱인지를, `code_verifier`는 이 흐름을 시작한 바로 그쪽인지를 보여 주고, 다시 보낸 `redirect_uri`도 코드에 묶인 주소와 같습니다. 이제 인가 코드는 다 쓰였습니다. 학습 노트는 클라이언트와 resource server가 코드를 지운다고 했는데, 클라이언트가 자기 코드를 지우는 것은 맞지만 코드를 가진 다른 쪽은 리소스 서버가 아니라 인가 서버입니다. 인가 서버는 다시 교환할 수 있는 코드는 지우되, 그 코드로 무엇을 발급했는지와 토큰 패밀리(이 한 번의 권한 부여로 발급되어 함께 폐기되는 모든 토큰)를 담은 '쓰인 인가 코드' 기록을 남깁니다. 그래서 같은 코드가 다시 오면 거부하고 그 토큰들을 폐기할 수 있습니다. access token은 가진 사람이 누구든 쓸 수 있는 bearer 토큰이라 `Cache-Control: no-store`와 짧은 `expires_in`이 함께 오며, Alice가 누구인지 알려 주는 것이 아니라 API를 여는 열쇠일 뿐입니다. 응답의 `scope`도 확인하세요. 인가 서버가 요청보다 적게 허용했을 수 있습니다.
    .next = 이제부터 클라이언트는 access token을 URL이 아니라 `Authorization: Bearer` 헤더에 담아 리소스 서버에 보냅니다.

topic-form-parameter-repeated = 거부: 폼에 같은 파라미터가 두 번 왔습니다
    .why = 토큰 엔드포인트(또는 `/revoke`)로 보낸 클라이언트의 폼에 같은 파라미터가 두 번 이상 들어 있습니다. 토큰 엔드포인트 요청의 파라미터는 두 번 이상 넣어서는 안 됩니다. 클라이언트가 어느 값을 뜻했는지 서버가 알 수 없기 때문입니다. 이런 요청은 `invalid_request`이며, 인가 서버는 redirect 없이 JSON 오류 본문을 담은 400으로 클라이언트에게 바로 답합니다.
    .next = 올바른 클라이언트는 폼의 각 파라미터를 한 번만 보냅니다.

topic-grant-type-missing = 토큰 요청 거부: grant_type이 없습니다
    .why = 토큰 엔드포인트는 코드 교환, 토큰 갱신 등 여러 종류의 요청을 받으며, `grant_type`이 그중 무엇인지 알려 줍니다. 이 값이 없으면 어떤 규칙을 적용할지 알 수 없으므로 인가 서버는 `invalid_request`로 답하고, 코드는 쓰이지 않은 채 남습니다.
    .next = 올바른 클라이언트는 코드와 함께 `grant_type=authorization_code`를 보냅니다.

topic-grant-type-unsupported = 토큰 요청 거부: 지원하지 않는 grant_type
    .why = 클라이언트가 지정한 `grant_type`을 이 인가 서버가 제공하지 않아 `unsupported_grant_type`으로 답했습니다. 인가 서버는 일부러 몇 가지 방식만 지원합니다. 예를 들어 예전의 password 방식은 Alice의 비밀번호를 앱에 넘겨야 하는데, 이것이야말로 OAuth가 피하려는 일입니다.
    .next = 올바른 클라이언트는 코드 교환에는 `authorization_code`, 갱신에는 `refresh_token`을 씁니다.

topic-grant-type-not-allowed = 토큰 요청 거부: 이 앱에 허용되지 않은 grant
    .why = 인가 서버는 이 `grant_type`을 알지만 Photo Printer는 이를 쓰도록 등록되지 않았으므로 `unauthorized_client`로 답합니다. 앱은 등록한 방식만 쓸 수 있습니다. 클라이언트가 할 수 있는 일을 줄이면, 그 자격 증명을 손에 넣은 사람이 할 수 있는 일도 줄어듭니다.
    .next = 올바른 클라이언트는 등록된 grant type만 쓰거나, 필요한 방식을 등록에 추가합니다.

topic-code-missing = 토큰 요청 거부: 인가 코드가 없습니다
    .why = 인가 코드를 교환하겠다는 요청인데 `code`가 없습니다. Alice의 동의와 대조할 것이 없으므로 인가 서버는 `invalid_request`로 답합니다.
    .next = 올바른 클라이언트는 콜백에서 받은 코드를 보냅니다.

topic-code-unknown = 토큰 요청 거부: 발급된 적 없는 코드입니다
    .why = 인가 서버에 이 코드의 기록이 없습니다. 잘못 입력했거나, 잘렸거나, 지어낸 코드입니다. 어디가 틀렸는지 알려 주면 추측하는 사람만 도울 뿐이므로 인가 서버는 `invalid_grant`로만 답합니다. 인가 코드가 길고 무작위인 것도 아무도 추측할 수 없게 하기 위해서입니다.
    .next = 올바른 클라이언트는 콜백에서 받은 코드를 그대로, 한 번만 보냅니다.

topic-code-expired = 토큰 요청 거부: 인가 코드가 만료되었습니다
    .why = 인가 코드는 몇 분만 유효한데(여기서는 `code_lifetime`, 기본 10분) 이 코드는 그 시간이 지났으므로 인가 서버가 `invalid_grant`로 답했습니다. 수명이 짧으면 front channel에서 노출된 코드가 악용될 수 있는 시간도 짧아집니다. 정상적인 클라이언트는 코드를 받자마자 교환합니다.
    .next = 올바른 클라이언트라면 이제 새 인가 요청을 시작하고, Alice가 다시 동의하게 됩니다.

topic-code-replayed = 인가 코드 재사용: 거부하고 발급된 토큰도 폐기합니다
    .why = 이 코드는 이미 교환되었습니다. 인가 서버는 그때 코드를 지웠지만 '쓰인 인가 코드' 기록을 남겨 두었기 때문에 두 번째 사용을 알아봅니다. 두 번째 사용은 로그나 방문 기록, 혹은 공격자의 손에 복사본이 있다는 뜻입니다. 어느 요청이 정상인지 가릴 수 없으므로 인가 서버는 `invalid_grant`로 답하고, 그 코드로 발급했던 토큰, 곧 토큰 패밀리 전체를 폐기합니다. 공격자가 토큰을 가지고 있을지도 모르는 상황보다 토큰이 모두 사라진 상황이 Alice에게 더 안전합니다.
    .next = 올바른 클라이언트는 코드를 두 번 보내지 않으며, 이번에는 첫 교환에서 받은 토큰까지 더 이상 통하지 않는 것을 보세요.

topic-code-of-another-client = 토큰 요청 거부: 다른 앱의 인가 코드입니다
    .why = 이 코드는 지금 인증한 앱이 아닌 다른 앱에게 발급되었습니다. 인가 코드는 Alice가 허용한 클라이언트에 묶여 있어서, 자기 자격 증명이 올바른 다른 등록 앱이라도 이 코드를 교환할 수 없습니다. 인가 서버는 `invalid_grant`로 답합니다.
    .next = Alice가 동의한 클라이언트만 그 코드를 교환할 수 있으며, 이번에는 토큰이 발급되지 않습니다.

topic-code-consent-withdrawn = 토큰 요청 거부: Alice가 동의를 철회했습니다
    .why = 인가 코드는 진짜이고 만료되지도 않았지만, 코드가 발급된 뒤 Alice가 계정 페이지에서 이 앱에 대한 동의를 철회했습니다. 인가 코드는 그 동의를 근거로 하므로 인가 서버는 `invalid_grant`(권한이 폐기됨)로 거부하고 아무것도 발급하지 않습니다.
    .next = 올바른 클라이언트는 거부를 받아들이며, Alice만이 새 인가 요청으로 다시 허용할 수 있습니다.

topic-token-redirect-uri-missing = 토큰 요청 거부: redirect_uri를 다시 보내야 합니다
    .why = Photo Printer가 인가 요청에 `redirect_uri`를 보냈으므로 인가 코드는 그 주소에 묶여 있고, 토큰 요청에서도 같은 값을 다시 보내야 합니다. 빠뜨리면 필수 파라미터가 없는 것이므로 `invalid_request`입니다. 다시 보내야 인가 서버가 코드가 클라이언트가 요청한 주소로 전달되었음을 확인할 수 있습니다.
    .next = 올바른 클라이언트는 `/authorize`에서 쓴 것과 똑같은 `redirect_uri`를 보냅니다.

topic-token-redirect-uri-mismatch = 토큰 요청 거부: redirect_uri가 다릅니다
    .why = 토큰 요청의 `redirect_uri`가 인가 코드를 발급할 때의 주소와 달라 인가 서버가 `invalid_grant`로 답했습니다. 브라우저를 속여 코드를 자기 주소로 받은 공격자는 여기서 그 주소를 내밀 수밖에 없고, 이 불일치로 들통이 납니다.
    .next = 올바른 클라이언트는 `/authorize`에서 보낸 주소를 정확히 되풀이합니다.

topic-verifier-missing = 토큰 요청 거부: code_verifier가 없습니다
    .why = 이 인가 코드는 PKCE challenge와 함께 발급되었으므로, 교환하는 쪽은 짝이 맞는 `code_verifier`를 보여야 합니다. 요청에 verifier가 없어 인가 서버는 `invalid_request`로 답합니다. 클라이언트 인증은 어느 앱인지를, verifier는 이 흐름을 시작한 바로 그쪽인지를 증명하는 서로 다른 증거입니다.
    .next = 올바른 클라이언트는 인가 요청 때부터 보관해 온 verifier를 보냅니다.

topic-verifier-malformed = 토큰 요청 거부: code_verifier 형식이 잘못되었습니다
    .why = `code_verifier`는 `A-Z a-z 0-9 - . _ ~` 문자로 된 43~128자여야 합니다. 이 값은 그렇지 않아 인가 서버는 비교해 보지도 않고 `invalid_request`로 답합니다. 이만큼 길어야 verifier를 추측할 수 없습니다.
    .next = 올바른 클라이언트는 흐름마다 형식에 맞는 무작위 verifier를 새로 만듭니다.

topic-verifier-mismatch = 토큰 요청 거부: verifier가 맞지 않습니다
    .why = 이 `code_verifier`를 해시한 값이 흐름을 시작할 때 보낸 `code_challenge`와 다르므로, 지금 코드를 교환하려는 쪽은 흐름을 시작한 쪽이 아닙니다. 훔치거나 끼워 넣은 코드가 바로 이런 모습이기에 인가 서버는 `invalid_grant`로 답합니다. front channel에서 가로챈 코드를 쓸모없게 만드는 것이 바로 이 확인입니다.
    .next = 토큰은 발급되지 않습니다. 원래 verifier를 가진 클라이언트만 이 코드를 교환할 수 있습니다.

topic-verifier-without-challenge = 토큰 요청 거부: challenge 없이 verifier만 왔습니다
    .why = `code_challenge` 없이 발급된 인가 코드에 `code_verifier`가 함께 왔습니다. PKCE를 쓰는 클라이언트라면 challenge를 보냈을 것이므로, 누군가 인가 요청에서 challenge를 지워 버렸을 가능성이 큽니다(PKCE downgrade 공격). 인가 서버는 이 공격을 통과시키지 않고 `invalid_request`로 답합니다.
    .next = 토큰은 발급되지 않습니다. 올바른 흐름은 `/authorize`에서 challenge를, 여기서 verifier를 보냅니다.

topic-resource-served = 리소스 서버가 사진을 내줍니다
    .why = Photo Printer는 access token을 URL이 아니라 `Authorization: Bearer` 헤더에 담아 보냈습니다. URL에 넣으면 로그와 방문 기록에 남기 때문입니다. 학습 노트에서는 리소스 서버가 자기가 가진 토큰을 찾는다고 했지만, 여기서는 토큰을 발급한 인가 서버에 이 토큰이 유효한지, 자기에게 온 것인지, 필요한 scope가 있는지 물어본 뒤에야 사진을 내줍니다. 매번 물어보면 항상 최신 상태를 알 수 있고, 서명된 토큰을 직접 검사하면 빠르지만 만료될 때까지 폐기 여부를 알 수 없습니다.
    .next = access token에는 수명(`expires_in`)이 있어서, 수명이 끝나면 같은 호출도 401을 받습니다.

topic-access-token-in-query = 사진은 받았지만 토큰이 URL에 실려 갔습니다
    .why = access token이 주소의 `?access_token=`으로 왔습니다. RFC 6750 §2.3이 아직 이 방식을 정의하므로 리소스 서버는 토큰을 읽고 인가 서버에 물어본 뒤 사진을 내주었습니다. 토큰은 통했습니다. 하지만 주소는 서버와 프록시의 로그, 브라우저 방문 기록에 남고 `Referer` 헤더로 다른 사이트에도 전해지므로, 그중 하나라도 읽는 사람은 만료될 때까지 이 토큰을 쓸 수 있습니다. RFC 9700 §4.3.2는 클라이언트가 토큰을 query에 넣지 말라고 하고, RFC 6750 §5.3도 bearer 토큰을 페이지 URL에 넣지 말라고 합니다.
    .next = 올바른 클라이언트는 같은 토큰을 `Authorization: Bearer` 헤더에 담아, 로그나 방문 기록, `Referer`에 남지 않게 보냅니다.

topic-access-token-in-form = 사진은 받았지만 토큰이 form 본문에 실려 갔습니다
    .why = access token이 form 인코딩된 POST 본문의 `access_token` 필드로 왔습니다. RFC 6750 §2.2가 이 방식을 정의하므로 리소스 서버는 토큰을 읽고 사진을 내주었습니다. 토큰은 통했습니다. 이 방식은 `Authorization` 헤더를 쓸 수 없는 페이지만을 위한 것입니다. 모든 호출을 POST로 바꾸고, 자격 증명을 데이터와 섞으며, `Authorization` 헤더는 비밀로 다루는 도구들도 본문은 기록하거나 다시 보내곤 합니다. RFC 6750은 그런 경우가 아니면 쓰지 말라(SHOULD NOT)고 합니다.
    .next = 올바른 클라이언트는 같은 토큰을 모든 리소스 서버가 지원해야 하는 `Authorization: Bearer` 헤더에 담아 보냅니다.

topic-access-token-missing = 401: access token 없이 호출했습니다
    .why = 요청이 bearer 토큰 없이 리소스 서버에 도착했습니다. `Authorization: Bearer` 헤더도(`Basic` 같은 다른 방식은 해당하지 않습니다) `access_token` 파라미터도 없습니다. 리소스 서버는 오류 코드 없이 `WWW-Authenticate: Bearer realm=...`과 함께 401로 답합니다. 무언가 잘못했다고 탓하는 것이 아니라, 이 API를 쓰려면 토큰이 필요하다고 알려 주는 것입니다.
    .next = 올바른 클라이언트는 access token을 `Authorization: Bearer` 헤더에 담아 보내고, 토큰이 없다면 먼저 흐름을 거쳐 받습니다.

topic-access-token-malformed = 400: bearer 토큰이 비었거나 형식이 잘못되었습니다
    .why = 요청에 `Bearer`는 있지만 그 뒤의 토큰이 없거나, 공백처럼 bearer 토큰에 쓸 수 없는 문자가 들어 있거나, `access_token` 파라미터가 비어 있습니다. 잘못된 토큰이 아니라 형식이 잘못된 요청이므로, 리소스 서버는 `Bearer` challenge와 함께 400 `invalid_request`로 답하고 인가 서버에 묻지도 않습니다. 방식 이름은 대소문자를 가리지 않으므로 `bearer abc`는 올바른 토큰입니다.
    .next = 올바른 클라이언트는 `Authorization: Bearer <token>` 형태를 정확히 지켜 보냅니다.

topic-authorization-header-repeated = 400: Authorization 헤더가 두 개입니다
    .why = 요청에 `Authorization` 헤더가 두 번 들어 있습니다. 이 헤더에는 자격 증명이 하나만 들어가므로, 리소스 서버는 클라이언트가 어느 쪽을 뜻했는지 알 수 없고 프록시나 다른 구성 요소는 다른 쪽을 읽을 수도 있습니다. 리소스 서버는 `Bearer` challenge와 함께 400 `invalid_request`로 답하고 어느 토큰도 확인하지 않습니다.
    .next = 올바른 클라이언트는 토큰 하나를 담은 `Authorization: Bearer` 헤더 하나만 보냅니다.

topic-access-token-sent-twice = 400: access token을 두 번 이상 보냈습니다
    .why = 요청이 토큰을 여러 곳(`Authorization` 헤더, query, form 본문)에 담았거나 `access_token` 파라미터를 두 번 보냈습니다. RFC 6750 §2는 요청마다 한 가지 방식만 써야 한다(MUST NOT)고 합니다. 두 값이 다르면 서버는 하나를 확인하고 로그나 프록시는 다른 하나를 쓸 수 있기 때문입니다. 리소스 서버는 `Bearer` challenge와 함께 400 `invalid_request`로 답하고 아무것도 확인하지 않습니다.
    .next = 올바른 클라이언트는 토큰을 `Authorization: Bearer` 헤더에 한 번만 보냅니다.

topic-access-token-inactive = 401: 인가 서버가 이 토큰은 유효하지 않다고 답했습니다
    .why = 리소스 서버가 이 토큰을 물어보니 `"active": false`만 돌아왔으므로, 401 `invalid_token`으로 답하고 아무것도 내주지 않습니다. 그 이상은 알 수 없습니다. introspection은 훔친 사람이나 추측하는 사람이 아무것도 알아내지 못하도록 이유를 일부러 숨깁니다. 이 단계에서 인가 서버의 답이 이유를 보여 줍니다. 이유는 `expired`(토큰의 수명이 끝났지만 허락은 refresh token에 남아 있음), `revoked`(폐기 요청이나 인가 코드, refresh token 재사용으로 권한이 끝남), `unknown`(발급된 적이 없거나 변조된 토큰) 중 하나입니다.
    .next = `expired`라면 올바른 클라이언트는 refresh token을 쓰고, `revoked`나 `unknown`이라면 토큰을 더 쓰지 않으며 필요하면 Alice에게 다시 묻습니다.

topic-access-token-wrong-audience = 401: 다른 API를 위한 토큰입니다
    .why = 토큰은 유효하지만 introspection 응답의 `aud`(audience)에 이 리소스 서버가 없어서 401 `invalid_token`으로 답합니다. 한 API로 제한된 토큰은 다른 API에서 다시 쓸 수 없습니다. 다른 서비스나 악의적인 서비스가 Alice의 토큰을 받더라도 여기서는 쓸 수 없습니다. RFC 9700 §2.3은 모든 access token을 원래 쓰일 리소스 서버로 제한하라고 권합니다.
    .next = 올바른 클라이언트는 토큰을 발급받은 API에서만 씁니다.

topic-scope-insufficient = 403: 필요한 scope가 토큰에 없습니다
    .why = 토큰은 유효하지만 이 리소스에 필요한 scope가 없어, `WWW-Authenticate`에 필요한 `scope`를 밝히며 403 `insufficient_scope`로 답했습니다. 401은 토큰 자체가 잘못되었거나 만료되었다는 뜻이고, 403은 토큰은 괜찮지만 이 일은 허락되지 않았다는 뜻입니다. 갱신으로는 권한을 넓힐 수 없으므로 refresh token으로도 해결되지 않습니다.
    .next = 올바른 클라이언트는 새 인가 요청으로 Alice에게 더 넓은 scope를 다시 요청합니다.

topic-access-token-unknown = introspection: 여기서 발급한 적이 없는 토큰입니다
    .why = 인가 서버에 이 토큰의 기록이 없습니다. 발급된 적이 없거나 변조된 토큰입니다. 인가 서버는 리소스 서버에 이유 없이 `"active": false`만 알려 주므로, 추측하는 사람이 얻을 정보가 없습니다.
    .next = 리소스 서버가 이유를 모른 채 401 `invalid_token`으로 답하는지 보세요.

topic-access-token-expired = introspection: access token이 만료되었습니다
    .why = 토큰의 수명이 끝나 인가 서버가 비활성이라고 답합니다. 수명이 짧으면 유출된 bearer 토큰으로 할 수 있는 일도 그만큼 줄어듭니다. 만료로 끝나는 것은 열쇠일 뿐 Alice의 허락이 아닙니다. 허락은 refresh token에 그대로 남아 있고, 클라이언트는 `expires_in`을 따로 기록하더라도 그 결과인 401을 처리할 수 있어야 합니다.
    .next = Photo Printer가 Alice에게 다시 묻지 않고 refresh token을 인가 서버에 보내 새 access token을 받는지 보세요.

topic-access-token-revoked = introspection: 폐기된 access token입니다
    .why = 이 토큰의 권한이 폐기 요청이나, 인가 코드 또는 refresh token 재사용으로 끝났기 때문에 인가 서버가 비활성이라고 답합니다. 리소스 서버가 호출마다 물어보므로 폐기가 즉시 효과를 냅니다. 스스로 정보를 담은 토큰을 직접 검사했다면 만료될 때까지 계속 통했을 것입니다.
    .next = 올바른 클라이언트는 이 토큰을 더 쓰지 않으며, refresh token도 폐기되었다면 Alice에게 다시 동의를 받아야 합니다.

topic-clock-moved = 시간이 흘렀습니다
    .why = 아무도 요청을 보내지 않았고 시뮬레이션 시계만 앞으로 갔습니다. 인가 코드와 토큰에는 수명이 있어서, 이제 일부는 끝났을 수 있습니다. access token은 `expires_in`이 지나면, refresh token은 훨씬 나중에 만료됩니다. 수명이 짧으면 유출된 bearer 토큰의 피해가 줄어들며, 만료로 끝나는 것은 열쇠일 뿐 Alice의 허락이 아닙니다.
    .next = 이제 수명이 지난 토큰으로 호출하면 401 `invalid_token`을 받습니다.

topic-refreshed = 갱신 완료: Alice에게 묻지 않고 새 access token을 받았습니다
    .why = Photo Printer는 refresh token을 인가 서버에 보내(refresh token은 리소스 서버로 가지 않습니다) Alice를 번거롭게 하지 않고 새 access token을 받았습니다. 인가 서버는 갱신할 때마다 권한이 아직 유효한지 다시 확인할 수 있고, scope는 그대로이거나 줄어들 수는 있어도 늘어날 수는 없습니다. rotation을 쓰면 refresh token은 한 번만 쓸 수 있습니다. 이전 것은 폐기되고 새 것이 함께 옵니다.
    .next = 새 토큰으로 API 호출이 다시 성공하는지 보세요. 이전 refresh token은 두 번 다시 통하지 않습니다.

topic-refresh-token-missing = 갱신 거부: refresh_token이 없습니다
    .why = `grant_type=refresh_token`이라고 해 놓고 `refresh_token`을 보내지 않아 인가 서버가 `invalid_request`로 답했습니다. 찾아볼 권한이 없으니 아무것도 발급되지 않습니다.
    .next = 올바른 클라이언트는 가장 최근에 받은 refresh token을 보냅니다.

topic-refresh-token-unknown = 갱신 거부: 유효하지 않은 refresh token입니다
    .why = 인가 서버에 이 refresh token의 기록이 없습니다. 잘못 입력했거나, 변조했거나, 지어낸 값이므로 `invalid_grant`로만 답합니다. refresh token은 오래 살기 때문에 아무도 추측할 수 없는 긴 무작위 값으로 만듭니다.
    .next = 올바른 클라이언트는 저장해 둔 refresh token을 그대로 보내며, 잃어버렸다면 Alice에게 다시 동의를 받아야 합니다.

topic-refresh-token-expired = 갱신 거부: refresh token이 만료되었습니다
    .why = refresh token은 오래 살지만 영원하지는 않으며, 이 토큰은 수명이 끝났으므로 인가 서버가 `invalid_grant`로 답했습니다. 이 만료 시점은 권한이 끝없이 이어지지 않도록 Alice에게 다시 물어야 할 때를 인가 서버가 정해 둔 것입니다.
    .next = 올바른 클라이언트는 새 인가 요청을 시작하고, Alice가 다시 동의합니다.

topic-refresh-token-revoked = 갱신 거부: 폐기된 refresh token입니다
    .why = 이 refresh token의 권한은 이미 끝났습니다. 폐기 요청이 있었거나, 인가 서버가 재사용을 발견하고 폐기한 것이므로 `invalid_grant`로 답합니다. 폐기된 refresh token으로 계속 갱신할 수 있다면 폐기가 아무 의미가 없으므로, 폐기는 되돌릴 수 없어야 합니다.
    .next = 올바른 클라이언트는 가진 토큰을 버리고, 여전히 접근이 필요하면 Alice에게 다시 동의를 받습니다.

topic-refresh-token-of-another-client = 갱신 거부: 다른 앱의 refresh token입니다
    .why = 이 refresh token은 지금 인증한 앱이 아닌 다른 앱에게 발급되었습니다. refresh token은 발급받은 클라이언트에 묶여 있으므로, 자신을 증명해야 하는 다른 앱에게는 훔친 토큰이 쓸모없습니다. 인가 서버는 `invalid_grant`로 답합니다.
    .next = Photo Printer의 refresh token은 Photo Printer로 인증한 요청에서만 쓸 수 있다는 점을 보세요.

topic-refresh-token-replayed = refresh token 재사용: 토큰 패밀리 전체를 폐기합니다
    .why = rotation을 쓰면 refresh token은 한 번만 쓸 수 있는데, 이 토큰은 이미 쓰였으므로 어딘가에 복사본이 있다는 뜻입니다. 요청한 쪽이 도둑인지 Photo Printer인지 가릴 수 없어서, 인가 서버는 `invalid_grant`로 답하고 토큰 패밀리 전체, 즉 이 한 번의 권한 부여로 발급된 모든 토큰(현재 refresh token과 그로부터 발급된 access token)을 폐기합니다. 탭 두 개가 동시에 갱신하는 것처럼 정상적인 경쟁 상황도 똑같아 보이기 때문에, 실제 서버는 짧은 유예 시간을 두기도 합니다.
    .next = 가장 최근에 받은 토큰까지 통하지 않게 되어, Alice가 Photo Printer를 다시 허용해야 하는 것을 보세요.

topic-refresh-scope-wider = 갱신 거부: Alice가 허용한 것보다 넓은 scope입니다
    .why = 갱신 요청이 처음 허용받은 것보다 넓은 scope를 요청해 인가 서버가 `invalid_scope`로 답했습니다. 갱신은 scope를 유지하거나 줄일 수는 있어도 넓힐 수는 없습니다. 새 권한은 동의 화면에서 Alice가 직접 허락해야만 생깁니다.
    .next = 올바른 클라이언트는 같거나 더 좁은 scope로 갱신하거나, 새 인가 요청으로 Alice에게 다시 묻습니다.

topic-token-revoked = 토큰 폐기: 권한이 끝났습니다
    .why = Photo Printer가 인가 서버에 이 토큰이 더 필요 없다고 알렸습니다. refresh token을 폐기하면 같은 권한으로 발급된 access token도 함께 폐기됩니다. 무엇이 즉시 멈추는지는 API가 토큰을 확인하는 방식에 달려 있습니다. 이 API처럼 인가 서버에 물어보면 지금부터 거부하지만, 스스로 정보를 담은 토큰을 직접 검사하는 API는 만료될 때까지 받아 줍니다.
    .next = 폐기된 토큰으로 API를 호출하면 401 `invalid_token`을 받는지 보세요.

topic-revoked-nothing = 폐기할 것이 없지만 200으로 답합니다
    .why = 알 수 없거나 이미 무효인 토큰이지만, 인가 서버는 실제로 폐기한 것처럼 200으로 답합니다. 폐기 엔드포인트는 어떤 토큰이 존재하는지 아무것도 알려 주지 않으므로 추측을 시험하는 데 쓸 수 없습니다. 클라이언트 입장에서도 결과는 같습니다. 그 토큰은 통하지 않습니다.
    .next = 올바른 클라이언트는 200을 완료로 보고 그 토큰을 잊습니다.

topic-revoke-token-missing = 폐기 거부: token이 없습니다
    .why = 폐기 요청에 `token` 파라미터가 없어 폐기할 것이 없으므로 인가 서버가 `invalid_request`로 답했습니다. 알 수 없는 토큰과 달리, 토큰이 아예 없는 것은 요청 자체의 실수입니다.
    .next = 올바른 클라이언트는 폐기할 토큰을 보내며, 권한 전체를 끝내려면 refresh token을 보내는 것이 좋습니다.

topic-revoke-token-of-another-client = 폐기 거부: 다른 앱의 토큰입니다
    .why = 이 토큰은 폐기를 요청한 앱이 아닌 다른 앱에게 발급되었습니다. 인가 서버는 먼저 토큰의 주인을 확인하고 `invalid_grant`로 답합니다. 그렇지 않으면 등록된 앱 누구나 다른 앱의 토큰을 알아내기만 해도 Alice가 쓰는 다른 앱을 끊어 버릴 수 있습니다.
    .next = 토큰은 발급받은 클라이언트만 폐기할 수 있으며, 이번에는 토큰이 계속 유효한 것을 보세요.

topic-consent-withdrawn = Alice가 앱에 대한 동의를 철회합니다
    .why = 인가 서버에 로그인한 Alice가 계정 페이지에서 Photo Printer에게 준 허락을 거두었습니다. 인가 서버는 Alice의 동의 기록을 지우고, 그 앱에 준 권한의 access token과 refresh token을 모두 폐기합니다. 권한 전체를 폐기하는 요청과 같은 효과입니다(RFC 7009). 허락은 처음부터 Alice의 것이므로 앱에게 묻지 않습니다. API가 호출마다 인가 서버에 물어보므로 다음 호출부터 바로 실패합니다.
    .next = 앱의 다음 API 호출이 401을, refresh가 `invalid_grant`를 받는지 보세요. 새로 동의해야만 다시 들어올 수 있습니다.

topic-no-consent-to-withdraw = Alice가 허용한 적 없는 앱이라 철회할 것이 없습니다
    .why = Alice가 동의한 적 없는 앱에 대해(또는 앱을 지정하지 않고) 동의 철회를 요청했으므로, 인가 서버는 아무것도 바꾸지 않고 그렇게 알려 줍니다. 다른 앱과 그 토큰은 그대로입니다. 철회는 언제나 이름을 밝힌 클라이언트 하나에 대한 것입니다.
    .next = Alice가 실제로 허용한 앱의 `client_id`로 동의를 철회하세요.

topic-account-not-signed-in = 403: 앱을 관리하려면 먼저 로그인하세요
    .why = 동의 철회 요청이 인가 서버에 로그인한 세션 없이 왔으므로 403으로 거부되고 아무것도 바뀌지 않습니다. 자기 세션으로 증명된 Alice만 자기 권한을 끝낼 수 있습니다. 세션 쿠키는 `SameSite=Lax`이므로 다른 사이트가 Alice 이름으로 이 form을 보낼 수 없습니다.
    .next = Alice가 먼저 인가 서버에 로그인한 뒤 동의를 철회합니다.

topic-account-page-shown = Alice의 계정 페이지가 허락한 앱을 보여 줍니다
    .why = Alice가 로그인되어 있는 인가 서버에서 자기 계정 페이지를 열었습니다. 페이지에는 동의를 준 앱과 허락한 scope가 나오고, 각각 동의를 철회하는 버튼이 있습니다. 권한은 Alice의 것이므로 앱에 묻지 않고 여기서 끝낼 수 있으며, 그러면 인가 서버가 그 앱의 토큰을 폐기합니다.
    .next = 동의를 철회하면 앱이 가진 토큰이 어떻게 되는지 보세요.

topic-nothing-sent = 아무것도 보내지 않았습니다
    .why = send 단계는 "raw"에 요청을 담는데, 이 단계에는 요청이 없어서 아무도 받지 않았고 바뀐 것도 없습니다. 시나리오 파일은 이런 단계를 불러올 수 없고, 단계를 직접 만드는 프로그램만 만들 수 있습니다.
    .next = 단계에 요청 텍스트를 넣으세요.

topic-variable-unset = 이 단계가 아직 아무도 갖지 않은 값을 씁니다
    .why = 시나리오가 `$code`나 `$access_token` 같은 `$variable`을 썼는데, 실행의 이 시점에는 아직 값이 없어 이 단계를 보낼 수 없습니다. OAuth에서 모든 값에는 주인과 생기는 때가 있습니다. `client_id`는 등록할 때, 인가 코드는 Alice가 동의한 뒤에, 토큰은 교환한 뒤에야 생깁니다. 이것은 어느 서버의 응답이 아니라 시나리오 파일의 문제입니다.
    .next = 단계 순서를 확인하세요. 이 값을 만드는 단계가 그 값을 쓰는 단계보다 앞에 있어야 합니다.

topic-sign-in-started = 클라이언트가 브라우저를 인가 서버로 보냅니다
    .why = 브라우저가 Photo Printer에 로그인을 요청했고, Photo Printer는 `/authorize`로 가는 리다이렉트로 답했습니다. 쿼리에는 공개해도 되는 값만 있습니다. 바로 `client_id`, `redirect_uri`, `scope`, 새 `state`, PKCE `code_challenge`입니다. `state`와 `code_verifier`는 클라이언트에 남고, 세션 쿠키로 이 브라우저와 묶입니다. 그래서 나중에 콜백이 오면 흐름을 시작한 브라우저인지 확인할 수 있습니다.
    .next = 리다이렉트를 따라가 보세요. 이제 브라우저가 인가 서버와 이야기하고, Photo Printer는 그 대화에 끼지 않습니다.

topic-not-signed-in = 클라이언트는 로그인한 브라우저에만 사진을 보여 줍니다
    .why = Photo Printer는 흐름을 진행한 브라우저 세션에 토큰을 묶어 둡니다. 이 브라우저에는 그런 세션이 없으므로 클라이언트는 토큰을 쓰지 않습니다. 클라이언트가 가진 토큰은 그 흐름을 거친 사람을 위한 것이지, 페이지를 연 아무나를 위한 것이 아닙니다.
    .next = 이 브라우저에서 먼저 `authorize`, `login`, `consent`, `callback`을 진행하세요.

topic-photos-shown = 클라이언트 페이지가 API가 준 사진을 보여 줍니다
    .why = 브라우저가 Photo Printer의 사진 페이지를 열었습니다. 클라이언트는 이 브라우저 세션의 access token으로 사진 API를 불렀고, API는 인가 서버에 토큰을 물어본 뒤 답했습니다. 이제 클라이언트는 이 세션을 가진 사람에게 사진을 보여 줍니다. 그 사람이 Alice가 아니라면 Alice의 데이터가 다른 사람에게 간 것입니다.
    .next = 누구의 사진인지, 어느 브라우저가 보고 있는지 확인하세요.

topic-photos-unavailable = API가 거절해서 클라이언트가 보여 줄 것이 없습니다
    .why = Photo Printer가 이 브라우저 세션의 토큰으로 사진 API를 불렀지만 API가 거절했습니다. 클라이언트는 그 실패를 자기 오류 페이지로 전합니다. 이유는 바로 위 API의 응답에 있습니다.
    .next = 리소스 서버의 응답과 `WWW-Authenticate` 헤더를 읽어 보세요.

topic-no-such-page = 이 주소에는 아무것도 없습니다
    .why = 요청이 서버에 닿았지만 이 경로에는 엔드포인트가 없어서 404 Not Found로 답합니다. 각 참여자는 자기 엔드포인트만 제공합니다. 인가 서버는 `/authorize`, `/token` 등을, API는 리소스 경로를, 클라이언트는 로그인 페이지와 콜백, 사진 페이지를 제공합니다.
    .next = 단계가 보내는 경로를 확인하세요.

topic-method-not-allowed = 이 엔드포인트는 이 메서드를 받지 않습니다
    .why = 경로는 있지만 다른 메서드만 받으므로 서버는 405로 답하고 `Allow` 헤더에 받는 메서드를 적습니다. 인가 엔드포인트는 브라우저가 리다이렉트로 오기 때문에 GET을 받고, 토큰 엔드포인트는 POST만 받아 자격 증명과 인가 코드가 URL에 남지 않게 합니다.
    .next = `Allow` 헤더가 말하는 메서드로 단계를 보내세요.

topic-attacker-page-shown = 브라우저가 공격자의 페이지에 있습니다
    .why = 브라우저가 공격자가 가진 주소에 도착했습니다. 페이지는 로그인 양식처럼 보입니다. 사용자가 여기에 입력하는 것은 모두 공격자에게 가고, 페이지 내용으로는 누가 운영하는지 알 수 없습니다. 주소창만이 알려 줍니다.
    .next = 이 페이지의 양식이 어디로 가는지 보세요. 브라우저는 페이지를 준 서버로 양식을 보냅니다.

topic-lure-followed = 공격자의 링크가 Alice의 브라우저를 인가 서버로 보냅니다
    .why = Alice가 공격자가 보낸 링크를 열었고, 공격자의 페이지는 직접 만든 인가 요청으로 브라우저를 리다이렉트했습니다. 그 요청에는 Photo Printer의 공개된 `client_id`에 공격자의 `state`와 PKCE challenge, 그리고 공격자가 바꾼 값들이 들어 있습니다. 인가 서버는 누가 링크를 썼는지 알 수 없고, 링크가 요구하는 내용만 검사할 수 있습니다.
    .next = 인가 서버가 링크의 요구를 받아들이는지 보세요.

topic-code-leaked-through-referer = Referer 헤더가 인가 코드를 다른 사이트로 보냈습니다
    .why = Photo Printer의 콜백 페이지가 다른 사이트의 콘텐츠를 포함하고 있습니다. 브라우저는 그것을 가져오면서 `Referer` 헤더를 보냈고, 페이지의 `Referrer-Policy`가 전체 URL을 허용했기 때문에 헤더에 인가 코드와 `state`가 든 콜백 URL이 그대로 실렸습니다. 이제 다른 사이트가 코드를 갖고 있습니다. 콜백 페이지는 `Referrer-Policy: no-referrer`를 보내거나 곧바로 깨끗한 URL로 리다이렉트해야 하고, 제3자 콘텐츠를 넣지 말아야 합니다.
    .next = 클라이언트보다 먼저 공격자가 코드를 교환할 수 있는지 보세요.

topic-password-phished = Alice가 공격자의 페이지에 비밀번호를 입력했습니다
    .why = 브라우저는 페이지를 준 서버로 로그인 양식을 보냈고, 그 페이지는 공격자의 것이었습니다. OAuth는 클라이언트가 비밀번호를 보지 못하게 하지만, 사용자가 비슷하게 생긴 페이지에 비밀번호를 입력하는 것까지는 막지 못합니다. 그래서 인가 서버는 오류를 알릴 때에도 믿을 수 없는 주소로 사용자를 리다이렉트하면 안 됩니다.
    .next = 공격자가 얻은 값으로 로그인하는지 보세요.

topic-values-stolen = 공격자가 메시지 밖으로 샌 값을 복사했습니다
    .why = 모든 유출이 전송되는 메시지인 것은 아닙니다. 인가 코드는 브라우저 기록에, 토큰은 로그 파일에, refresh token은 도난당한 백업에 남습니다. 시나리오가 무엇이 샜는지 정하고, 이제 공격자가 그것을 갖고 있습니다. 중요한 것은 공격자가 그것을 쓰려 할 때 서버들이 어떻게 하느냐입니다.
    .next = 공격자가 가진 것을 쓰는 모습과, 어떤 방어가 그것을 막는지 보세요.

topic-resource-served-from-cache = API가 묻지 않고 캐시로 답했습니다
    .why = 리소스 서버는 조금 전에 이 토큰을 인가 서버에 물어 활성이라는 답을 받았고, 그 답을 한동안 보관합니다. 이번 호출에서는 캐시된 답을 믿고 다시 묻지 않았습니다. 왕복 한 번을 아끼지만, 그 사이에 일어난 일(폐기, 철회된 동의)은 항목이 만료될 때까지 보이지 않습니다. 도난당한 토큰이 그동안 계속 작동합니다. 캐시를 짧게 하거나 매번 물어야 합니다.
    .next = 리소스 서버가 매번 물어보는 실행에서의 같은 호출과 비교해 보세요.
