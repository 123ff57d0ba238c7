# 용어집: 용어마다 메시지 하나. 값은 화면에 보이는 용어 이름, `.definition`은 두세 문장의
# 풀이, `.rfc`는 더 읽을 곳입니다. 프로토콜 이름(client_id, code_verifier,
# WWW-Authenticate)은 전송되는 그대로 둡니다. 학습 노트와 RFC가 다른 곳은 풀이에서
# 숨기지 않고 밝힙니다.

glossary-resource-owner = 리소스 오너 (사용자)
    .definition = 데이터의 주인으로, 그 데이터에 접근해도 된다고 허락할 수 있는 사람(여기서는 Alice)입니다. 로그인은 인가 서버에서만 하고, 비밀번호를 클라이언트에게 주지 않습니다.
    .rfc = RFC 6749 §1.1, §10.11

glossary-client = 클라이언트
    .definition = 리소스 오너를 대신해 그 리소스를 쓰려는 애플리케이션(여기서는 Photo Printer)입니다. 클라이언트는 소프트웨어의 종류가 아니라 역할의 이름이라서 웹 서버, 휴대폰 앱, 브라우저 앱 모두 클라이언트가 될 수 있습니다. 비밀을 지킬 수 있는지에 따라 기밀 클라이언트와 공개 클라이언트로 나뉩니다.
    .rfc = RFC 6749 §1.1, §2.1

glossary-authorization-server = 인가 서버
    .definition = 리소스 오너를 인증하고, 동의를 묻고, 인가 코드와 토큰을 발급하며, introspection과 폐기 요청에도 답합니다. 학습 노트는 이 서버가 "인증과 관련된 처리를 전담"한다고 소개하고 여러 서비스 문서도 "인증 서버"라고 부르지만, 핵심 일은 인가(권한 부여)이므로 여기서는 인가 서버라고 부릅니다. 한 기계가 리소스 서버 역할을 함께 맡더라도 두 역할은 다릅니다.
    .rfc = RFC 6749 §1.1, §3

glossary-resource-server = 리소스 서버
    .definition = 보호된 리소스를 가진 API로, 올바른 access token을 담은 요청에 응답합니다. 아무것도 발급하지 않고, introspection이나 서명 검증으로 토큰을 확인할 뿐입니다. 학습 노트는 4장과 5장에서 resource server가 코드와 토큰을 발급한다고 쓰지만 RFC 6749에서는 인가 서버가 발급합니다. 작은 서비스는 두 역할을 한 프로세스에서 돌리기도 해서 학습 노트가 둘을 합쳐 쓴 것입니다.
    .rfc = RFC 6749 §1.1, §7; RFC 6750 §2

glossary-authentication-vs-authorization = 인증과 인가
    .definition = 인증(authentication)은 누구인지 확인하는 것이고, 인가(authorization)는 무엇을 해도 되는지 정하는 것입니다. OAuth는 인가의 규약으로, 클라이언트에게 제한된 열쇠를 빌려줄 뿐이며 access token은 사용자가 누구인지 증명하지 않습니다. 사용자 로그인은 OpenID Connect가 ID 토큰으로 맡습니다.
    .rfc = RFC 6749 §1, §10.16; OpenID Connect Core 1.0 §1

glossary-confidential-client = 기밀 클라이언트 (confidential client)
    .definition = 자기 서버에서 도는 웹 애플리케이션처럼 비밀을 지킬 수 있는 클라이언트입니다. 토큰 엔드포인트에서 client_secret(또는 키)으로 자신을 인증하며, PKCE도 함께 쓰는 것이 좋습니다.
    .rfc = RFC 6749 §2.1, §2.3.1; RFC 9700 §2.1.1

glossary-public-client = 공개 클라이언트 (public client)
    .definition = 브라우저 앱이나 휴대폰 앱처럼 코드가 사용자의 기기에서 돌아 비밀을 지킬 수 없는 클라이언트입니다. client_secret을 받지 않습니다. PKCE가 각 코드를 그 흐름을 시작한 쪽에 묶어 주지만, 어느 앱이 요청하는지는 아무것도 증명하지 못합니다.
    .rfc = RFC 6749 §2.1; RFC 7636 §1; RFC 8252 §8.4

glossary-client-id = client_id (클라이언트 ID)
    .definition = 등록할 때 인가 서버가 클라이언트에게 주는 공개 식별자입니다. 모든 인가 요청에 실려 주소창에 보이므로 비밀이 아닙니다.
    .rfc = RFC 6749 §2.2; RFC 7591 §3.2.1

glossary-client-secret = client_secret (클라이언트 시크릿)
    .definition = 등록할 때 받는 기밀 클라이언트의 비밀번호로, 토큰 엔드포인트에서 인증할 때 백 채널로만 보냅니다(Authorization 헤더의 Basic 방식이나 폼 본문). 어느 앱이 요청하는지를 알려 줄 뿐, 흐름을 누가 시작했는지는 알려 주지 않습니다.
    .rfc = RFC 6749 §2.3.1; RFC 7591 §3.2.1

glossary-redirect-uri = redirect URI (리다이렉트 URI)
    .definition = 인가 서버가 인가 코드를 실어 브라우저를 돌려보내는 클라이언트의 주소입니다. 미리 등록해 두고 글자 그대로 비교하므로 끝의 슬래시 하나만 달라도 다른 주소입니다. 맞지 않으면 인가 서버는 어디로도 리다이렉트하지 않고 오류 페이지에서 멈춥니다. 그러지 않으면 열린 리다이렉터(open redirector)가 되기 때문입니다.
    .rfc = RFC 6749 §3.1.2, §4.1.2.1, §10.15; RFC 9700 §4.1

glossary-front-channel = 프런트 채널 (front channel)
    .definition = 사용자의 브라우저를 거쳐 리다이렉트로 오가는 메시지입니다. 인가 요청과, 인가 코드를 돌려주는 리다이렉트가 여기에 속합니다. 프런트 채널의 내용은 주소창, 방문 기록, 로그에 남고 누군가 바꾸거나 위조할 수 있으므로 비밀을 싣지 않으며, 클라이언트는 돌아온 값(state, PKCE, 정확한 redirect URI)을 확인합니다.
    .rfc = RFC 6749 §1.2, §4.1; RFC 9700 §4.1

glossary-back-channel = 백 채널 (back channel)
    .definition = 브라우저를 거치지 않고 서버끼리 TLS로 직접 주고받는 호출입니다. 클라이언트의 토큰 요청과 리소스 서버의 introspection 호출이 여기에 속합니다. client_secret, code_verifier, 토큰 같은 비밀은 이 길로 다니므로, 프런트 채널에서 보인 인가 코드를 백 채널에서 토큰으로 바꿉니다.
    .rfc = RFC 6749 §4.1.3; RFC 7662 §2

glossary-scope = scope (범위)
    .definition = 클라이언트가 요청하는 권한의 목록(예: photos.read)입니다. scope는 요청일 뿐 허락이 아니어서 리소스 오너와 인가 서버는 더 적게 줄 수 있고, 실제로 허락된 범위는 토큰 응답에 적혀 옵니다. 토큰의 scope를 벗어난 호출은 API가 403 insufficient_scope로 거부합니다.
    .rfc = RFC 6749 §3.3; RFC 6750 §3.1

glossary-consent = 동의 (consent)
    .definition = 인가 서버의 동의 페이지에서 리소스 오너가 내리는 결정입니다. 이 페이지는 클라이언트의 이름과 요청된 scope 하나하나, 그리고 허용과 거부를 보여 줍니다. 거부도 정상적인 결과로, 클라이언트는 error=access_denied를 받고 아무것도 발급되지 않습니다. 학습 노트는 리소스 오너가 resource server에 접속한다고 쓰지만, 실제로는 브라우저가 리소스 오너를 인가 서버로 데려갔다가 클라이언트로 돌려보냅니다.
    .rfc = RFC 6749 §3.3, §4.1.1, §4.1.2.1

glossary-state = state
    .definition = 클라이언트가 리다이렉트 전에 저장해 두고, 콜백에서 그대로 돌아오기를 기대하는 새 무작위 값입니다. 값이 다르면 이 브라우저가 요청한 적 없는 콜백(로그인 CSRF)이므로 클라이언트는 인가 코드를 버립니다. state는 클라이언트만 확인할 수 있고, 인가 서버는 받은 값을 그대로 돌려줄 뿐입니다.
    .rfc = RFC 6749 §4.1.1, §10.12; RFC 9700 §4.7

glossary-authorization-code = authorization code (인가 코드)
    .definition = 리소스 오너가 동의하면 인가 서버가 브라우저를 통해 돌려보내는, 수명이 짧고 한 번만 쓸 수 있는 교환권(학습 노트의 "임시 비밀번호")입니다. 클라이언트, redirect URI, PKCE challenge에 묶여 있고, 클라이언트가 백 채널에서 토큰으로 교환하기 전에는 아무것도 열지 못합니다. 교환한 뒤에는 클라이언트도 인가 서버도 쓸 수 있는 코드를 갖고 있지 않으며, 인가 서버는 사용 기록을 남겨 두었다가, 같은 코드가 다시 오면 거부하고 그 코드로 발급한 토큰도 폐기합니다. 학습 노트 5장은 코드를 "client와 resource server"에서 지운다고 하지만, 코드를 가진 쪽은 클라이언트와 인가 서버입니다.
    .rfc = RFC 6749 §1.3.1, §4.1.2, §10.5

glossary-pkce = PKCE
    .definition = Proof Key for Code Exchange의 줄임말입니다. 클라이언트는 무작위 비밀(code_verifier)을 만들어 그 해시(code_challenge)만 인가 요청에 보내고, 코드를 교환할 때 code_verifier를 보여 줍니다. 코드를 흐름을 시작한 쪽에 묶어 훔치거나 끼워 넣은 코드를 쓸모없게 만들지만, 클라이언트를 인증하지는 않습니다.
    .rfc = RFC 7636 §1, §4; RFC 9700 §2.1.1

glossary-code-verifier = code_verifier
    .definition = PKCE의 비밀 값입니다. 클라이언트가 43~128자의 무작위 문자열을 만들어 보관하다가 백 채널의 토큰 요청에서만 보냅니다. 인가 서버는 이 값을 해시해 처음에 받은 code_challenge와 비교합니다.
    .rfc = RFC 7636 §4.1, §4.5, §4.6

glossary-code-challenge = code_challenge
    .definition = code_verifier의 SHA-256 해시(S256 방식)로, 프런트 채널의 인가 요청에 실려 갑니다. 이 값을 보아도 code_verifier는 알 수 없고, 인가 서버는 이 값을 인가 코드와 함께 저장해 둡니다. plain 방식은 code_verifier를 그대로 보내므로 거의 보호하지 못합니다.
    .rfc = RFC 7636 §4.2, §4.3; RFC 9700 §2.1.1

glossary-grant = 권한 부여 (authorization grant)
    .definition = 리소스 오너의 허락을 클라이언트가 토큰으로 바꿀 수 있는 형태로 담은 것입니다. authorization code, refresh token, 또는 grant_type으로 이름 붙은 다른 방식이 있습니다. 권한 부여는 어느 access token보다 오래 살아남고, 권한 부여를 폐기하면 거기서 나온 토큰이 모두 끝납니다.
    .rfc = RFC 6749 §1.3, §4

glossary-access-token = access token (액세스 토큰)
    .definition = 클라이언트가 리소스 서버에 보내, 리소스 오너가 허락한 만큼만 쓰게 해 주는 자격 증명입니다. API를 여는 제한된 열쇠일 뿐 사용자가 누구인지 증명하지 않습니다. 수명이 짧고, 리소스 서버는 토큰이 살아 있는지, 호출에 필요한 scope를 포함하는지 확인합니다.
    .rfc = RFC 6749 §1.4, §5.1; RFC 6750 §2.1

glossary-bearer-token = bearer token (Bearer 토큰)
    .definition = 가진 사람이면 누구나 쓸 수 있는 토큰입니다. 보내는 쪽의 키나 서명 없이, 토큰을 내미는 것 자체가 증명의 전부입니다. 그래서 수명을 짧게 하고, URL이 아니라 Authorization 헤더에 담아 보내고, 조심해서 보관하며, 폐기할 수 있게 합니다.
    .rfc = RFC 6750 §1.2, §2.1, §5.3

glossary-www-authenticate = WWW-Authenticate
    .definition = 거부된 API 호출의 응답 헤더입니다. Bearer 방식과 함께, 잘못되었거나 만료되었거나 폐기된 토큰에는 error="invalid_token"을, scope가 모자라면 error="insufficient_scope"와 필요한 scope를 적습니다. 토큰 없이 온 요청에는 오류 코드 없이 challenge만 돌려줍니다.
    .rfc = RFC 6750 §3, §3.1; RFC 9110 §11.6.1

glossary-introspection = introspection (토큰 조회)
    .definition = 리소스 서버가 인가 서버에 토큰이 유효한지, 어느 클라이언트와 사용자와 scope의 것인지, 언제까지인지 묻는 호출입니다. 답이 늘 최신이라 폐기된 토큰은 바로 막힙니다. 서명된 토큰을 직접 검증하면 더 빠르지만, 만료될 때까지는 폐기를 알지 못합니다.
    .rfc = RFC 7662 §2; RFC 9068 §4

glossary-expiry = 만료 (expiry)
    .definition = 인가 코드와 토큰에는 수명(expires_in, 초 단위)이 있고, 수명이 짧을수록 유출된 토큰으로 할 수 있는 일이 줄어듭니다. 만료는 열쇠를 끝낼 뿐 리소스 오너의 허락을 끝내지 않으며, 그 허락은 refresh token에 남아 있습니다. 클라이언트는 expires_in으로 남은 시간을 따지더라도 401을 처리할 수 있어야 합니다.
    .rfc = RFC 6749 §4.1.2, §5.1; RFC 6750 §3.1

glossary-refresh-token = refresh token (리프레시 토큰)
    .definition = 인가 서버에만 보내는, 수명이 더 긴 자격 증명으로, 리소스 오너에게 다시 묻지 않고 새 access token을 받을 때 씁니다. 인가 서버는 매번 권한 부여를 다시 확인하며, scope는 그대로 두거나 줄일 수는 있어도 넓힐 수는 없습니다. refresh token을 교체(rotation)하는 서버에서는 refresh token 하나를 한 번만 쓸 수 있습니다.
    .rfc = RFC 6749 §1.5, §6; RFC 9700 §4.14

glossary-token-family = 토큰 패밀리 (token family)
    .definition = 하나의 권한 부여에서 나온 모든 토큰입니다. 처음 받은 access token과 refresh token, 그리고 refresh로 이어 받은 모든 토큰이 한 패밀리입니다. 이미 쓴 인가 코드나 교체된 refresh token이 다시 오면 인가 서버는 도둑과 정상 클라이언트를 구별할 수 없으므로 패밀리 전체를 폐기합니다.
    .rfc = RFC 6749 §10.5; RFC 9700 §4.14.2

glossary-revocation = 폐기 (revocation)
    .definition = 클라이언트가 인가 서버에 토큰이 더는 필요 없다고 알리는 것(POST /revoke)입니다. refresh token을 폐기하면 그 권한 부여가 끝납니다. introspection으로 확인하는 토큰은 바로 막히고, 자체 완결형(서명된) 토큰은 만료될 때에야 막힙니다. 모르는 토큰에도 200으로 답하므로 이 엔드포인트는 아무것도 드러내지 않습니다.
    .rfc = RFC 7009 §2, §2.2

# Issue 11, part A: 다른 grant의 용어.

glossary-client-credentials = client credentials grant
    .definition = 사용자가 없는 grant입니다. 기밀 클라이언트가 자기 client_id와 secret을 내고, 백오피스 작업이 API를 부를 때처럼 클라이언트 자신을 위해 쓰이는 access token을 받습니다. refresh token은 발급되지 않고, 클라이언트는 필요할 때 다시 요청합니다.
    .rfc = RFC 6749 §4.4

glossary-device-code = 기기 코드 (device_code)
    .definition = 기기 코드 흐름에서 브라우저가 없는 기기(TV, 프린터)가 받는 긴 비밀 코드입니다. 사용자가 다른 기기에서 승인하는 동안 기기는 이 코드로 토큰 엔드포인트를 폴링합니다. 화면에 보여 주지 않으며, 한 번만 쓸 수 있습니다.
    .rfc = RFC 8628 §3.2, §3.4

glossary-user-code = 사용자 코드 (user_code)
    .definition = 기기가 확인 주소와 함께 보여 주는 짧은 코드로, 사용자가 휴대폰이나 컴퓨터에서 입력합니다. WDJB-MJHT처럼 영어 자음 여덟 글자라 읽고 입력하기 쉽습니다. 사용자의 승인을 그 기기의 요청에 묶어 줍니다.
    .rfc = RFC 8628 §3.2, §6.1
