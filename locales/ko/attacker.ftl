### What a step teaches when the attacker takes it (crate::explain::attacker).

## What a step teaches when the attacker takes it: the headline, .why and .next,
## as for a topic in explain.ftl. Each id is the attacker's action and the topic it
## ended on (attacker-<action>-<topic>), and a condition where one arm has two.

attacker-authorize-login-page-shown = 공격자가 자기 로그인 흐름을 시작합니다
    .why = 공격자가 누구나 그렇듯 자기 브라우저로 Photo Printer의 로그인 페이지를 열었습니다. 프린터는 공격자의 세션을 위해 새 `state`(PKCE를 쓴다면 PKCE verifier도)를 저장해 세션 쿠키에 묶고, 공격자의 브라우저를 인가 서버로 보냈으며, 인가 서버는 로그인 페이지를 보여 줍니다. 여기에는 Alice의 것이 없습니다. 공격자는 프린터의 콜백이 받아 줄 `state`를 가진 자기 흐름을 원합니다.
    .next = 공격자가 이 흐름으로 무엇을 하는지 보세요. 공격자가 이제 아는 `state`가 바로 프린터의 콜백이 확인하는 값입니다.

attacker-lure-login-page-shown = 공격자의 링크가 Alice를 진짜 로그인 페이지로 데려갑니다
    .why = Alice가 공격자의 페이지를 열었고, 그 페이지는 Alice의 브라우저를 공격자가 직접 쓴 인가 요청으로 보냈습니다. 그 요청에는 Photo Printer의 공개된 `client_id`에, 공격자가 고른 `state`와 PKCE 값(또는 없음), 그리고 공격자가 원하는 다른 변경이 들어 있습니다. 인가 서버는 요청을 받아들여 Alice에게 진짜 로그인 페이지를 보여 주며, 페이지에는 누가 링크를 썼는지 나오지 않습니다. 공격자가 바꾼 것을 막을 수 있는 것은 정확한 `redirect_uri` 비교나 필수 `code_challenge` 같은 인가 서버의 요청 검사뿐입니다.
    .next = Alice가 승인하면 인가 코드가 어디로 가는지, 공격자가 그것으로 무엇을 할 수 있는지 보세요.

attacker-lure-redirect-uri-mismatch = 인가 서버가 공격자가 만든 redirect_uri를 거부합니다
    .why = 공격자의 페이지가 Alice의 브라우저를 공격자가 쓴 인가 요청으로 보냈는데, 그 `redirect_uri`는 Photo Printer가 등록한 적 없는 주소입니다. 인가 서버는 redirect URI를 정확한 문자열로 비교하므로 오류 페이지(400 `invalid_request`)를 보여 주고 어디로도 리다이렉트하지 않습니다. 로그인도, 동의도, 공격자의 주소로 갈 인가 코드도 없습니다. 이 정확한 비교가 RFC 9700 §4.1.3의 방어입니다.
    .next = 공격의 나머지 단계가 쓸 것을 하나도 찾지 못하는 것을 보세요.

attacker-callback-callback-accepted-injected = 공격자가 자기 세션에 인가 코드를 주입합니다
    .why = 공격자의 브라우저가 다른 곳에서 얻은 인가 코드와 자기가 시작한 흐름의 `state`를 들고 Photo Printer의 콜백을 직접 불렀습니다. 세션이 정말 공격자의 것이므로 `state`는 일치합니다. `state`는 콜백이 이 브라우저가 시작한 요청의 답이라는 것을 보여 줄 뿐, 인가 코드가 그 요청의 것이라는 것을 보여 주지는 않습니다. 이제 프린터는 공격자의 세션을 위해 그 코드를 보관합니다. 인가 코드를 그것을 요청한 흐름에 묶어 주는 것은 PKCE(또는 OpenID Connect의 nonce)뿐입니다.
    .next = 토큰 요청을 보세요. 프린터가 PKCE를 쓴다면, 이 코드가 다른 흐름에서 왔다는 것을 알아챌 수 있는 것은 PKCE입니다.

attacker-callback-callback-accepted = 프린터가 공격자의 세션을 위해 인가 코드를 보관합니다
    .why = 공격자의 브라우저가 자기 인가 코드를 Photo Printer의 콜백으로 가져왔습니다. 프린터는 이 브라우저를 위해 이 흐름을 시작했으므로 `state`가 일치하고, 공격자의 세션을 위해 코드를 보관합니다. 위조된 것이 없으므로 모든 검사를 통과합니다. 중요한 것은 인가 서버에 누구의 계정으로 로그인했느냐이고, 프린터는 그것을 볼 수 없습니다.
    .next = 프린터가 코드를 교환하고 공격자의 브라우저에 받은 것을 보여 주는 것을 보세요.

attacker-register-registered = 공격자가 자기 앱을 등록합니다
    .why = 공격자가 여느 개발자처럼 열린 등록 엔드포인트를 썼습니다. 인가 서버는 그 앱에 `client_id`와 `client_secret`을 주고, 요청한 redirect URI, 곧 공격자 자기 서버의 주소를 저장했습니다. 열린 등록(RFC 7591)에서는 누구나 이렇게 할 수 있으므로, 등록된 클라이언트라고 믿을 수 있는 것은 아닙니다. 인가 서버는 앱이 있다는 것만 알 뿐, 누가 운영하는지, 그 주소로 사용자를 보내도 안전한지는 모릅니다.
    .next = 이 클라이언트에 대한 요청이 잘못되었을 때 인가 서버가 그 redirect URI를 어떻게 다루는지 보세요.

attacker-lure-scope-invalid-redirected = 인가 서버의 오류 리다이렉트가 Alice를 공격자에게 보냅니다
    .why = 공격자의 페이지가 Alice의 브라우저를 공격자 자기 앱에 대한 인가 요청으로 보냈고, 그 요청의 scope는 존재하지 않습니다. 클라이언트와 redirect URI는 올바르므로 인가 서버는 RFC 6749 §4.1.2.1대로 클라이언트의 redirect URI, 곧 공격자의 서버로 리다이렉트해 `invalid_scope`를 알립니다. Alice는 믿는 사이트인 auth.example의 링크를 눌렀는데 브라우저는 attacker.example로 가고 있습니다. 인가 서버가 open redirector 노릇을 한 것입니다.
    .next = 공격자의 주소에 있는 페이지가 Alice에게 무엇을 요구하는지 보세요.

attacker-lure-scope-invalid = 인가 서버가 리다이렉트하지 않고 오류를 보여 줍니다
    .why = 공격자의 페이지가 Alice의 브라우저를 공격자 자기 앱에 대한 인가 요청으로 보냈고, 그 요청의 scope는 존재하지 않습니다. 그 앱은 동적으로 등록되었으므로 인가 서버는 그 redirect URI를 믿을 이유가 없어, Alice를 그리로 보내는 대신 자기 페이지에 `invalid_scope` 오류를 보여 줍니다(RFC 9700 §4.11.2). Alice는 auth.example에 머물고, 공격자의 사이트로 가지 않습니다.
    .next = 공격의 나머지 단계가 쓸 것을 하나도 찾지 못하는 것을 보세요.

attacker-login-logged-in = 공격자가 인가 서버에 로그인합니다
    .why = 공격자의 브라우저가 인가 서버의 로그인 페이지에 이름과 비밀번호를 보냈고, 그것이 맞았으므로 인가 서버는 그 계정의 세션을 열었습니다. 인가 서버는 비밀번호를 확인할 뿐 누가 입력했는지는 확인하지 않습니다. Alice에게서 가로챈 비밀번호로 로그인했다면 인가 서버가 보기에 공격자는 Alice이고, 자기 계정으로 로그인했다면 자기 데이터에만 닿습니다.
    .next = 인가 서버가 기억하는 것에서 이 세션이 누구의 계정인지 보세요.

attacker-consent-code-issued = 공격자가 허용하고, 인가 코드가 공격자의 브라우저로 옵니다
    .why = 공격자가 로그인한 계정의 동의 화면에서 Photo Printer를 허용했습니다. 인가 서버는 그 계정의 권한에 대한 인가 코드를 붙여 공격자의 브라우저를 프린터의 등록된 주소로 돌려보냈습니다. 인가 서버 쪽에서는 잘못된 것이 없습니다. 키보드 앞의 사람이 그 계정의 비밀번호를 알았고, 로그인이 확인할 수 있는 것은 그것뿐입니다.
    .next = 공격자의 브라우저가 인가 코드를 프린터의 콜백으로 전달하는 것을 보세요.

attacker-token-tokens-issued = 공격자가 인가 코드를 교환해 토큰을 받습니다
    .why = 공격자가 직접 토큰 엔드포인트로 인가 코드를 보냈고, 인가 서버의 검사를 모두 통과했습니다. 통과한 검사는 클라이언트 인증(공개 클라이언트에는 증명할 secret이 없습니다), `redirect_uri`, 그리고 코드에 challenge가 있을 때의 PKCE 검사입니다. PKCE는 공격자가 직접 시작한 흐름에서만 통과할 수 있습니다. 인가 서버는 그 코드 뒤의 권한으로 access token과 refresh token을 발급했고, 이 토큰은 가진 사람 누구에게나 통하므로, 이제 공격자에게도 통합니다. 코드가 누구의 것이었든, 권한도 그 사람의 것입니다.
    .next = 공격자가 받은 access token으로 API를 부르는 것을 보세요.

attacker-token-code-missing = 공격자에게는 교환할 인가 코드가 없습니다
    .why = 공격자가 토큰 엔드포인트를 시도했지만, 가진 인가 코드가 없어 요청에 `code`가 없고, 인가 서버는 `invalid_request`로 답합니다. 방어는 이야기의 앞부분에서 이미 작동했습니다. 인가 코드가 공격자에게 닿지 않았습니다. 여기서 끝나는 공격은 흐름에서 아무것도 얻지 못합니다.
    .next = 공격자의 마지막 시도인 API 호출도 실패하는 것을 보세요.

attacker-token-code-replayed = 공격자가 재사용한 인가 코드는 거부되고 토큰도 폐기됩니다
    .why = 공격자가 이미 교환된 인가 코드를 보냈습니다. 인가 서버는 교환 때 코드를 지웠지만, 바로 이런 경우를 알아보려고 '쓰인 인가 코드' 기록을 남겨 두었습니다. 두 번째 교환은 복사본이 있다는 뜻입니다. 인가 서버는 `invalid_grant`로 답하고 아무것도 발급하지 않으며, 어느 쪽이 정상적인 교환이었는지 가릴 수 없으므로 처음 교환 때 그 코드로 발급한 토큰(그 토큰 패밀리)도 폐기합니다. 공격자는 아무것도 얻지 못하고, 코드를 먼저 교환한 클라이언트도 토큰을 잃습니다.
    .next = 처음 발급된 토큰이 더는 통하지 않는 것을 보세요. 클라이언트는 Alice에게 흐름을 처음부터 다시 거치게 해야 합니다.

attacker-call-api-resource-served = 공격자가 가진 토큰으로 사진을 읽습니다
    .why = 공격자가 가진 access token으로 사진 API를 불렀습니다. 리소스 서버는 인가 서버에 그 토큰을 물어, 활성이고 필요한 scope가 있다는 답을 듣고 토큰 주인의 사진을 내주었습니다. bearer token은 내미는 사람 누구에게나 통하고, 호출에는 그 사람이 누구인지 나오지 않습니다. 이제 공격자가 그 사진을 갖고 있습니다.
    .next = API의 응답에서 누구의 사진인지 보세요.

attacker-call-api-resource-served-from-cache = API가 캐시된 답으로 공격자에게 사진을 내줍니다
    .why = 공격자가 가진 토큰으로 사진 API를 불렀습니다. 리소스 서버는 전에 이 토큰을 물어 `active`라는 답을 받아 보관해 두었고, 이번에는 다시 묻지 않았으므로 그 사이에 일어난 일(예: 폐기)을 모른 채 공격자에게 사진을 내주었습니다. 캐시 수명은 훔치거나 폐기된 토큰이 계속 통하는 시간이며, RFC 9700 §4.10은 이런 시간을 짧게 하라고 합니다.
    .next = 이 실습의 방어된 실행, 곧 리소스 서버가 매번 물어보는 경우와 비교해 보세요.

attacker-call-api-access-token-missing = 공격자에게는 내밀 access token이 없습니다
    .why = 공격자가 bearer token 없이 사진 API를 불렀습니다. 가진 토큰이 없기 때문입니다. 이 단계 전에 시도한 것으로는 access token을 얻지 못했습니다. API는 `WWW-Authenticate: Bearer`와 함께 401로 답하고 아무것도 내주지 않습니다.
    .next = 아래에서 공격자가 지금 가진 것과, 그중 아직 쓸 수 있는 것이 있는지 보세요.

attacker-call-api-access-token-inactive = 공격자의 토큰은 더 이상 활성이 아닙니다
    .why = 공격자가 가진 access token으로 사진 API를 불렀고, 리소스 서버가 인가 서버에 그 토큰을 물었습니다. 답은 `"active": false`였습니다. 토큰이 폐기되었거나, 만료되었거나, 발급된 적이 없으며, 이 단계의 인가 서버 응답이 어느 쪽인지 알려 줍니다. API는 401 `invalid_token`으로 답하고 아무것도 내주지 않습니다. 호출마다 확인하는 토큰은 권한이 끝나는 순간 도둑에게도 통하지 않습니다.
    .next = 아래에서 공격자가 지금 가진 것과, 그중 아직 쓸 수 있는 것이 있는지 보세요.

attacker-visit-photos-shown = Photo Printer가 공격자의 브라우저에 사진을 보여 줍니다
    .why = 공격자의 브라우저가 Photo Printer의 사진 페이지를 열었습니다. 프린터는 이 브라우저 세션, 즉 공격자가 시작한 세션을 위해 가진 access token으로 API를 불렀고, API가 준 것을 공격자에게 보여 줍니다. 누구의 사진인지는 그 토큰이 누구의 권한이냐에 달려 있습니다. Alice의 코드가 세션에 주입되었거나 가로챈 비밀번호로 로그인했다면 Alice의 것이고, 아니면 공격자 자신의 것입니다. 공격자는 토큰을 한 번도 갖지 않았습니다.
    .next = API의 응답에서 누구의 사진인지 보세요.

attacker-visit-not-signed-in = 프린터에는 공격자의 세션을 위한 토큰이 없습니다
    .why = 공격자의 브라우저가 Photo Printer의 사진 페이지를 열었지만, 프린터에는 이 세션을 위한 토큰이 없습니다. 이 브라우저의 어떤 흐름도 토큰으로 끝나지 않았습니다. 예를 들어 주입된 인가 코드가 토큰 엔드포인트에서 거부된 경우입니다. 프린터는 아무것도 보여 주지 않고, 공격자는 이 세션에서 아무것도 얻지 못합니다.
    .next = 아래에서 공격자가 지금 가진 것과, 그중 아직 쓸 수 있는 것이 있는지 보세요.

attacker-refresh-refreshed = 공격자가 복사한 refresh token으로 갱신합니다
    .why = 공격자가 가진 refresh token을, 그 토큰을 발급받은 클라이언트인 것처럼 토큰 엔드포인트로 보냈습니다. 공개 클라이언트에는 secret이 없으므로 공개된 `client_id`만 있으면 됩니다. 인가 서버는 공격자와 Photo Printer를 구별하지 못하고 같은 권한으로 새 access token을 발급합니다. rotation이 없으면 같은 refresh token이 양쪽 모두에게 계속 통합니다. RFC 9700 §4.14.2는 공개 클라이언트의 refresh token을 rotation하거나 보낸 사람에 묶으라고 합니다.
    .next = 공격자가 새 access token으로 API를 부르는 것을 보세요.

attacker-refresh-refresh-token-replayed = 이미 쓰인 복사본이라 토큰 패밀리 전체가 폐기됩니다
    .why = 공격자가 rotation으로 이미 교체된 refresh token을 보냈습니다. 그 토큰은 전에 한 번 쓰였고, 새 refresh token이 그 자리를 대신했습니다. 교체된 refresh token이 다시 온다는 것은 복사본이 있다는 뜻이므로, 인가 서버는 `invalid_grant`로 답하고 클라이언트의 가장 새 토큰까지 포함해 토큰 패밀리(이 한 번의 권한 부여로 발급된 모든 토큰) 전체를 폐기합니다. 공격자는 아무것도 얻지 못하고, 클라이언트는 Alice에게 다시 동의를 받아야 합니다.
    .next = 클라이언트의 가장 새 토큰도 더는 통하지 않는 것을 보세요.
