### Issue 11, part A: client credentials (RFC 6749 §4.4)와 device authorization
### grant (RFC 8628). locales/en/grants.ftl과 같은 id입니다.
### 용어: device → 기기, device flow → 기기 코드 흐름, verification_uri → 확인 주소,
### phone → 휴대폰, parameter → 파라미터.

## 기기 코드 흐름에서만 나타나는 참여자

party-phone = 리소스 오너의 휴대폰

## 참여자가 기억하는 것의 종류, 화살표의 이름

item-device-code = 기기 코드
item-user-code = 사용자 코드
gist-user-code = 사용자 코드
gist-device-approved = 기기 승인됨
gist-device-denied = 기기 거부됨

## 이 흐름의 각 topic이 가르치는 것 (explain.ftl과 같은 형식)

topic-register-public-client-credentials = 등록 거부: 공개 클라이언트는 client credentials를 쓸 수 없습니다
    .why = 앱이 secret 없이(`token_endpoint_auth_method` `none`) 등록하면서 `client_credentials` grant를 요청했습니다. 이 grant에는 사용자도 인가 코드도 없으므로, 누가 요청하는지 증명하는 것은 클라이언트 자신의 자격 증명뿐입니다. secret을 지킬 수 없는 클라이언트는 증명할 것이 없으므로 RFC 6749 §4.4는 이 grant를 기밀 클라이언트에만 허용합니다. 그래서 인가 서버는 누구나 흉내 낼 수 있는 클라이언트를 등록하지 않고 `invalid_client_metadata`로 거부합니다.
    .next = 자기 토큰이 필요한 올바른 클라이언트는 secret을 가진 기밀 클라이언트로 등록하거나, 사용자가 승인하는 흐름을 고릅니다.

topic-client-credentials-issued = client credentials: 앱이 자기 자신을 위한 토큰을 받았습니다
    .why = 사용자도, 브라우저도, 인가 코드도 없습니다. Photo Printer는 자기 secret으로 인증하고 `grant_type=client_credentials`를 요청했습니다. 받은 토큰은 Alice가 아니라 앱 자신을 위한 것이며, 앱이 가진 것이나 앱에 미리 허용된 것에만 쓰입니다. 그래서 상태 탭에는 클라이언트와 scope만 있고 사용자는 없습니다. scope는 앱이 등록한 범위를 넘을 수 없고, scope를 요청하지 않으면 인가 서버의 기본값이 됩니다(RFC 6749 §3.3). refresh token은 없습니다(§4.4.3). 토큰이 만료되면 앱은 같은 자격 증명으로 다시 요청하면 되므로, 더 오래 사는 자격 증명은 새어 나갈 비밀을 하나 더 늘릴 뿐입니다.
    .next = 토큰은 인가 코드 흐름에서처럼 `Authorization: Bearer` 헤더에 담겨 API로 갑니다.

topic-client-credentials-public-client = 토큰 요청 거부: 공개 클라이언트는 client credentials를 쓸 수 없습니다
    .why = 이 클라이언트에는 secret이 없으므로, 요청이 증명하는 것은 공개된 값인 `client_id`뿐입니다. client credentials grant에서는 대신 확인할 사용자도 인가 코드도 없으니, id를 아는 누구에게나 토큰을 내주게 됩니다. RFC 6749 §4.4는 이 grant를 기밀 클라이언트에만 허용하며, 인가 서버는 `unauthorized_client`로 답합니다. 클라이언트는 알려져 있지만 이 grant는 허용되지 않는다는 뜻입니다.
    .next = 공개 클라이언트인 앱(휴대폰 앱, 브라우저 앱)은 사용자가 승인하는 흐름, 곧 PKCE를 쓰는 인가 코드 흐름이나 기기 코드 흐름으로 토큰을 받습니다.

topic-client-resources-served = API가 클라이언트 자신의 데이터를 내줍니다
    .why = 이 토큰에는 사용자가 없습니다. introspection 응답은 `active`와 `client_id`, scope를 담았지만 사람을 가리키는 `username`이나 `sub`는 없습니다. 그래서 API는 Alice의 사진이 아니라 앱 자신의 계정에 있는 사진을 내줍니다. 아무 사용자도 동의하지 않았으므로 client credentials 토큰은 어떤 사용자의 데이터에도 닿을 수 없습니다(RFC 6749 §4.4). 토큰이 주체를 밝혀야 한다면 RFC 9068 §2.2는 그 주체를 클라이언트로 적게 합니다.
    .next = 이 토큰이 만료되면 앱은 자격 증명으로 새 토큰을 요청하며, 사용자에게는 아무것도 묻지 않습니다.

topic-device-authorized = 기기가 기기 코드와 사용자 코드를 받았습니다
    .why = Photo Printer는 화면이 작고 브라우저가 없어서 Alice를 로그인 페이지로 보낼 수 없습니다. 대신 인가 서버에 코드 한 쌍을 요청했습니다(RFC 8628 §3.1–3.2). 하나는 프린터만 간직하고 폴링에 쓰는 긴 비밀 값 `device_code`이고, 다른 하나는 확인 주소(`verification_uri`)와 함께 화면에 보여 줄 짧은 `user_code`입니다. 사용자 코드는 영어 자음 여덟 글자를 네 글자씩 두 묶음으로 나눈 것이라(§6.1) 읽고 입력하기 쉽고, 우연히 단어가 되지도 않습니다. 두 코드는 `expires_in`초 뒤에 만료되고, `interval`은 프린터가 폴링 사이에 기다려야 하는 시간입니다.
    .next = Alice가 휴대폰으로 확인 주소를 열고 프린터 화면의 코드를 입력합니다.

topic-verification-page-shown = 휴대폰에 확인 페이지가 나타났습니다
    .why = Alice가 코드가 붙지 않은 확인 주소를 휴대폰으로 열었으므로, 인가 서버는 기기 화면에 보이는 코드를 입력하라고 합니다(RFC 8628 §3.3). 두 기기를 잇는 것은 한쪽 화면을 읽고 다른 쪽에 입력하는 Alice뿐입니다. 이것이 기기 코드 흐름의 핵심이고, 코드가 짧아야 하는 이유입니다.
    .next = 코드가 입력되면 인가 서버는 그 코드가 가리키는 기기 요청을 찾습니다.

topic-user-code-unknown = 기다리는 기기 중에 이 코드와 맞는 것이 없습니다
    .why = 휴대폰에 입력한 코드가 대기 중인 기기 요청을 가리키지 않습니다. 잘못 입력했거나, 만료되었거나, 이미 답한 요청입니다. 인가 서버는 오류 페이지를 보여 주고 아무것도 시작하지 않습니다. 사용자 코드는 짧아서 추측할 수 있으므로 몇 분 동안만 유효하고, 실제 인가 서버는 한 브라우저가 틀린 코드를 시도할 수 있는 횟수를 제한합니다(RFC 8628 §5.1, §6.1). 그렇지 않으면 공격자가 다른 사람의 기기가 기다리는 코드를 맞혀 자기 계정으로 승인할 수 있고, 그 기기는 주인 모르게 공격자의 계정으로 동작하게 됩니다.
    .next = Alice는 기기 화면의 코드를 확인하고 다시 입력합니다.

topic-device-approved = Alice가 휴대폰에서 기기를 승인했습니다
    .why = Alice는 휴대폰에서 로그인하고, 인가 코드 흐름과 같은 로그인 페이지와 동의 페이지에서 기기가 요청한 것을 허용했습니다. 기기에는 돌아올 브라우저가 없으므로 redirect는 없습니다. 인가 서버는 기기 요청을 승인됨으로 표시하고 Alice에게 기기로 돌아가라고 알립니다(RFC 8628 §3.3). 토큰은 기기 코드로 폴링하는 쪽에게 가고, 기기 코드는 기기만 가지고 있습니다. 그래서 기기 코드는 절대 화면에 보여 주면 안 됩니다.
    .next = 기기는 다음 폴링에서 토큰을 받습니다.

topic-device-denied = Alice가 기기를 거부했습니다
    .why = Alice가 동의 페이지에서 거부했습니다. 인가 서버는 그 거부를 기기 요청에 기록하고, Alice에게 아무것도 공유되지 않았다고 알립니다. 기기는 폴링해야만 이를 알 수 있습니다. 다음 폴링의 답은 `access_denied`이고, 그때 기기는 폴링을 멈춰야 합니다(RFC 8628 §3.5).
    .next = 기기의 다음 폴링은 `access_denied`를 받습니다.

topic-device-code-missing = 폴링 거부: device_code가 없습니다
    .why = 기기가 `device_code` 파라미터 없이 기기 코드 grant를 요청했습니다. RFC 8628 §3.4는 이 파라미터를 요구합니다. 필수 파라미터가 빠졌으므로 답은 `invalid_request`입니다(RFC 6749 §5.2).
    .next = 올바른 기기는 받은 `device_code`를 `client_id`와 함께 보냅니다.

topic-device-code-unknown = 폴링 거부: 알 수 없는 기기 코드입니다
    .why = 인가 서버는 이 `device_code`를 발급한 적이 없습니다. 알 수 없는 인가 코드와 마찬가지로 답은 `invalid_grant`입니다(RFC 6749 §5.2).
    .next = 올바른 기기는 자기 기기 인가 요청이 돌려준 코드로만 폴링합니다.

topic-device-code-of-another-client = 폴링 거부: 다른 클라이언트의 기기 코드입니다
    .why = 이 기기 코드는 다른 클라이언트에게 발급되었습니다. 기기 코드는 요청한 클라이언트에 묶여 있으므로, 다른 앱이 사용자가 그 앱에 승인한 토큰을 가져갈 수 없습니다. 답은 `invalid_grant`입니다(RFC 8628 §3.4, RFC 6749 §5.2).
    .next = 코드를 발급받은 클라이언트만 그 코드를 쓸 수 있습니다.

topic-device-code-used = 폴링 거부: 이미 쓰인 기기 코드입니다
    .why = 이 기기 코드로는 이미 토큰을 받았습니다. 인가 코드처럼 한 번만 쓸 수 있습니다. 성공한 뒤 인가 서버는 그 코드를 알아보는 데에만 기록을 남겨 두고, 같은 코드로 다시 폴링하면 `invalid_grant`로 답합니다. 그렇지 않다면 코드를 베낀 누구든 Alice의 승인으로 토큰을 한 벌 더 받을 수 있습니다.
    .next = 토큰을 받은 기기는 폴링을 멈추고 토큰을 씁니다.

topic-device-code-expired = 폴링 거부: expired_token
    .why = Alice가 승인하기 전에 기기 코드의 `expires_in`이 지나서 기기 인가 세션이 끝났습니다(RFC 8628 §3.5). 답은 `expired_token`입니다. 기기는 폴링을 멈춰야 하고, 다시 하려면 Alice가 입력할 새 코드로 새 요청을 시작합니다.
    .next = 올바른 기기는 새 기기 인가 요청으로 처음부터 다시 시작합니다.

topic-authorization-pending = 폴링: authorization_pending
    .why = Alice가 아직 휴대폰에서 답하지 않았으므로 인가 서버는 `authorization_pending`으로 답합니다(RFC 8628 §3.5). 실패가 아니라 "아직"이라는 뜻입니다. 기기는 기기 코드를 그대로 간직하고 `interval`초 뒤에 다시 폴링합니다. 브라우저가 없는 기기에는 인가 서버가 먼저 연락할 방법이 없으므로, 기기는 폴링으로 사용자의 답을 알아냅니다.
    .next = 기기는 `interval`만큼 기다렸다가 다시 폴링합니다.

topic-slow-down = 폴링: slow_down, interval이 5초 늘어납니다
    .why = 기기가 인가 서버가 요청한 interval보다 일찍 폴링했습니다. 요청은 아직 대기 중이지만 답은 `slow_down`이고, RFC 8628 §3.5에 따라 기기는 이번과 이후의 모든 폴링에서 interval에 5초를 더해야 합니다. 인가 서버도 똑같이 세므로, 또 일찍 폴링하면 다시 `slow_down`을 받습니다. 많은 기기가 빠르게 폴링하면 인가 서버에 부담이 되므로, 인가 서버는 interval로 폴링 속도를 조절합니다.
    .next = 올바른 기기는 이제 폴링할 때마다 늘어난 interval만큼 기다립니다.

topic-device-access-denied = 폴링 거부: access_denied
    .why = Alice가 휴대폰에서 기기를 거부했으므로 폴링의 답은 `access_denied`입니다(RFC 8628 §3.5). 기기는 폴링을 멈추고, 아무것도 허용되지 않았다고 사용자에게 알려야 합니다. 다시 요청하면 Alice가 처음부터 승인해야 하는 새 요청이 됩니다.
    .next = 올바른 기기는 여기서 폴링을 멈춥니다.

topic-device-tokens-issued = 기기가 토큰을 받았습니다
    .why = Alice가 승인했고, 프린터만 가진 기기 코드로 보낸 이번 폴링에 토큰이 돌아왔습니다(RFC 8628 §3.5). 기기 코드는 인가 코드처럼 이제 다 쓰였습니다. 이 흐름에서는 refresh token이 허용되므로, 프린터는 Alice에게 휴대폰을 다시 꺼내라고 하지 않고 access token을 갱신할 수 있습니다.
    .next = 프린터는 access token을 `Authorization: Bearer` 헤더에 담아 API를 부릅니다.

topic-device-waits = 기기가 다시 폴링하기 전에 기다립니다
    .why = 기기가 기기 코드를 가진 채로 시뮬레이션 시계가 흘러갑니다. 기기는 마음대로 빨리 폴링할 수 없습니다. 폴링 사이에 적어도 `interval`초를 기다리고, `slow_down`을 받을 때마다 5초를 더 기다립니다(RFC 8628 §3.5). 그동안 두 코드는 `expires_in`이 정한 만료 시각에 다가가고, 제때 승인되지 않은 코드는 다음 폴링에서 `expired_token`이 됩니다.
    .next = 기기의 다음 폴링이 Alice가 답했는지를 알려 줍니다.

## TUI에서 휴대폰의 이름, 그리고 다이어그램 세로줄 위의 이름(짧은 두 줄)

tui-actor-phone = Alice의 휴대폰
tui-lane-phone = Alice의
    .below = 휴대폰

## 이 흐름의 실패 시나리오를 묶는 선택 화면 제목

tui-group-client-credentials = client credentials
tui-group-device-code = 기기 코드 흐름

## 기기가 폴링하지 않은 까닭 (words.ftl의 skip-lacks-*와 같은 형식)

skip-lacks-device-code = 기기 코드가 없습니다

topic-roles-without-owner = 역할 셋: 리소스 오너가 없는 흐름
    .why = client credentials에서는 앱이 사용자의 리소스가 아니라 자기 리소스에 접근하려고 토큰을 받으므로, 세 역할만 각자의 세로줄에 나옵니다. 클라이언트 Photo Printer(printer.example)는 기밀 클라이언트입니다. `client_id`와 secret을 받고, 토큰을 요청할 때마다 그 둘로 자신이 누구인지 증명합니다. 인가 서버 auth.example은 등록된 앱을 알고, 앱 자신에게 토큰을 발급합니다. 리소스 서버 photos.example은 토큰이 허락하는 것, 여기서는 앱 자신의 리소스를 내줍니다. Alice의 세로줄은 비어 있습니다. 로그인하는 사람도, 동의를 묻는 화면도, 브라우저도 없습니다(RFC 6749 §4.4).
    .next = 클라이언트의 세로줄을 보세요. 앱은 등록한 뒤 바로 토큰 엔드포인트에 요청합니다.

topic-roles-with-phone = 세로줄 다섯: 기기와 Alice의 휴대폰
    .why = 기기 코드 흐름은 TV나 프린터 패널처럼 브라우저나 제대로 된 키보드가 없는 기기의 앱을 위한 흐름입니다(RFC 8628 §1). 여기서 클라이언트는 그 기기입니다. `client_id`와 secret을, 나중에는 토큰을 받습니다. 리소스 오너는 여전히 Alice이지만, 두 번째 기기인 휴대폰에서 답합니다. 휴대폰은 Alice 옆에 자기 세로줄을 갖습니다. Alice는 기기가 보여 주는 주소를 열고, 사용자 코드를 입력하고, 그곳에서 로그인하고 동의합니다. 인가 서버 auth.example은 기기 코드와 사용자 코드를 발급하고, 기기의 폴링에 답합니다. 리소스 서버 photos.example은 유효한 access token이 있을 때 사진을 내줍니다.
    .next = 클라이언트의 세로줄을 보세요. 기기는 등록한 뒤 코드를 요청합니다.
