### 예전 흐름(implicit, RFC 6749 §4.2; password, §4.3)과 테스터가 직접 보내는
### introspection(RFC 7662): 각 단계가 가르치는 것과 새 상태 라벨 하나.
### 규칙은 explain.ftl과 같습니다.

item-history = 방문 기록

topic-implicit-token-issued = access token이 redirect의 fragment에 실립니다
    .why = `response_type=token`이면 인가 서버는 인가 코드를 건너뜁니다. Alice가 동의하면 access token 자체를 `Location`의 `#` 뒤에 `token_type`, `expires_in`, Alice의 `state`와 함께 넣습니다(RFC 6749 §4.2.2). 뒤따르는 back channel 요청이 없으므로 클라이언트 secret도 PKCE verifier도 묻지 않습니다. 이 주소를 가진 사람이 곧 토큰을 가진 사람입니다. refresh token도 없습니다. 이 흐름에서 인가 서버는 refresh token을 발급하면 안 됩니다(MUST NOT).
    .next = 이어지는 요청에서 브라우저가 fragment를 뺀 채 콜백으로 가는 것을 보세요.

topic-implicit-page-served = 앱의 페이지가 열리고, 토큰은 브라우저에 남습니다
    .why = 브라우저는 주소의 fragment를 보내지 않으므로(RFC 3986 §3.5), 앱의 콜백으로 가는 요청에는 토큰이 없고 앱의 서버는 아무것도 알지 못합니다. 앱의 서버가 할 수 있는 일은 주소창에서 토큰을 읽는 스크립트가 든 페이지를 내주는 것뿐입니다. 토큰이 담긴 이 주소는 이제 브라우저의 방문 기록에 남고(RFC 9700 §4.3.2), 그 페이지의 모든 스크립트가 읽을 수 있습니다.
    .next = 페이지의 스크립트가 주소에서 토큰을 꺼내 클라이언트의 기억에 넣는 것을 보세요.

topic-implicit-token-read = 페이지의 스크립트가 주소에서 토큰을 꺼냅니다
    .why = 스크립트는 `state`를 비교하고 access token을 보관했습니다. 오간 메시지 없이 토큰이 주소창에서 앱으로 옮겨졌습니다. 앱은 이 토큰이 이 흐름에서 인가 서버가 자기에게 발급한 것인지, 공격자가 주소에 넣은 공격자 자신의 토큰인지 구별할 수 없습니다(RFC 9700 §4.6, RFC 6749 §10.16). 토큰은 앱에 묶여 있지도 않아서, 방문 기록이나 로그에서 복사한 사람은 누구나 쓸 수 있습니다. 그래서 RFC 9700 §2.1.2는 implicit grant를 쓰지 말라고 합니다. PKCE를 쓰는 인가 코드 흐름은 토큰을 back channel로 전달합니다.
    .next = 토큰은 만료될 때까지 API에서 통하고, 만료된 뒤 갱신할 refresh token은 없습니다.

topic-implicit-without-token = fragment에 토큰도 오류도 없습니다
    .why = 페이지의 스크립트가 주소의 fragment에서 `access_token`도 `error`도 찾지 못했습니다. 그래서 보관할 것도 알릴 것도 없습니다(RFC 6749 §4.2.2, §4.2.2.1). 브라우저가 인가 서버의 redirect 없이 이곳에 왔거나, fragment가 잘렸을 수 있습니다.
    .next = 올바른 앱은 짐작하지 않고 흐름을 처음부터 다시 시작합니다.

topic-implicit-state-mismatch = state가 달라 페이지의 스크립트가 토큰을 거부합니다
    .why = fragment의 `state`가 없거나, 페이지가 Alice를 보내기 전에 저장해 둔 값과 다릅니다. 그래서 스크립트는 이 토큰이 Alice가 시작한 요청의 답인지 알 수 없습니다. implicit 흐름에서 앱이 할 수 있는 확인은 이것뿐입니다. 공격자는 자기 access token을 원하는 `state`와 함께 Alice 브라우저의 주소에 넣을 수 있고, 이 확인이 없으면 앱은 Alice도 모르는 사이에 공격자의 계정으로 동작합니다(RFC 9700 §4.6, RFC 6749 §10.12). 그래서 스크립트는 토큰을 버립니다(`invalid_state`).
    .next = 앱에는 토큰이 없습니다. 올바른 앱은 새 `state`로 처음부터 다시 시작합니다.

topic-password-collected = Alice가 앱에 비밀번호를 입력합니다
    .why = password grant에서 Alice는 사용자 이름과 비밀번호를 인가 서버가 아니라 앱 자신의 페이지에서 앱에 건넵니다(RFC 6749 §4.3.1). 다른 모든 흐름에서는 인가 서버만 보는 Alice의 비밀번호를 이제 앱이 가집니다. 앱이 그것으로 무엇을 하든 막을 수 없습니다. 보관할 수도, 로그에 남길 수도, Alice가 같은 비밀번호를 쓰는 어느 서비스에든 Alice로 로그인할 수도 있습니다. RFC 9700 §2.4는 이 grant를 쓰면 안 된다(MUST NOT)고 합니다.
    .next = 이어지는 요청에서 앱이 Alice의 비밀번호를 토큰 엔드포인트로 보내는 것을 보세요.

topic-password-tokens-issued = Alice의 비밀번호로 토큰이 발급되었습니다
    .why = 인가 서버는 자기 로그인 페이지에서 하듯 Alice의 사용자 이름과 비밀번호를 확인하고, 클라이언트도 인증한 뒤 access token과 refresh token을 발급했습니다(RFC 6749 §4.3.3). 동의 화면은 없었습니다. 비밀번호를 가진 것이 동의를 대신하므로, 앱은 등록된 범위 안에서 요청한 scope를 그대로 받습니다. RFC 6749 §4.3은 앱이 이제 비밀번호를 반드시 버려야 한다(MUST)고 하지만, 그렇게 하도록 강제하는 것은 없습니다. 이 앱도 많은 앱처럼 기억에 비밀번호를 그대로 두었고, Alice는 그 사실을 알 수 없습니다.
    .next = 토큰은 인가 코드 흐름에서와 똑같이 쓰입니다. 이 수업의 핵심은 앱이 도중에 무엇을 보았는가입니다.

topic-password-credentials-missing = 거부: 사용자 이름이나 비밀번호가 없습니다
    .why = password 요청에는 `username`과 `password`가 모두 있어야 합니다(RFC 6749 §4.3.2). 하나라도 없으면 형식이 잘못된 요청이므로 `invalid_request`입니다(§5.2).
    .next = 올바른 앱은 둘 다 보내고, 더 나은 앱은 인가 코드 흐름을 써서 비밀번호를 아예 묻지 않습니다.

topic-password-credentials-wrong = 거부: 사용자 이름이나 비밀번호가 틀렸습니다
    .why = 인가 서버에 이 사용자 이름과 비밀번호를 가진 계정이 없습니다. 여기서는 리소스 오너의 자격 증명이 곧 grant이므로 오류는 `invalid_grant`입니다(RFC 6749 §5.2). 앱이나 공격자가 보내는 추측 하나하나가 인가 서버에 대고 Alice의 비밀번호를 시도하는 셈입니다. 인가 코드 흐름은 비밀번호를 인가 서버 자신의 페이지에 두므로, 인가 서버가 시도 횟수를 제한하고 두 번째 인증 요소를 물을 수 있습니다(RFC 9700 §2.4).
    .next = 토큰은 발급되지 않았고, 앱에는 통하지 않는 비밀번호가 남았습니다.

topic-password-scope-invalid = 거부: 앱이 요청할 수 없는 scope
    .why = password 요청이 인가 서버가 모르는 scope나 앱이 등록한 범위를 넘는 scope를 요청합니다. 이 grant에는 Alice가 범위를 좁힐 동의 화면이 없으므로, 인가 서버가 직접 scope를 확인하고 요청 전체를 거부합니다(`invalid_scope`, RFC 6749 §3.3, §5.2).
    .next = 올바른 앱은 등록한 범위만 요청합니다. 토큰은 발급되지 않았습니다.

topic-token-active = introspection: 토큰이 유효합니다
    .why = 인가 서버가 `"active": true`와 함께 토큰의 정보를 답했습니다. 어느 앱에 발급되었는지, 누구를 위한 것인지, scope, 발급 시각과 만료 시각입니다(RFC 7662 §2.2). 묻는 쪽은 먼저 자신을 인증했습니다(§2.1). 앱은 자기 토큰에 대해서만 알 수 있습니다.
    .next = 토큰을 폐기하거나 만료되게 둔 뒤 다시 물어보세요. 답은 `"active": false`가 됩니다.

topic-introspection-not-allowed = introspection: 묻는 쪽의 토큰이 아닙니다
    .why = 토큰은 있지만 다른 앱에 발급된 것이고, 이 호출자는 그 토큰에 대해 알 수 없습니다. 인가 서버는 모르는 토큰일 때와 똑같이 `"active": false`로 답하므로(RFC 7662 §2.2, §4), 다른 앱의 토큰에 대해서는 아무것도 새지 않습니다.
    .next = 토큰이 유효한지는 그 토큰의 앱이나 리소스 서버만 알 수 있습니다.

# The picker's heading for the legacy flows' failures.
tui-group-legacy = 예전 흐름 (implicit, password)
