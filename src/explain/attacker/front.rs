//! The attacker's steps in the front channel: registering its app, luring Alice,
//! signing in, consenting and bringing a code to the printer's callback.

use crate::explain::{Chapter as C, Explanation, Text};
use crate::sim::{Action as A, StepRecord, Topic as T};

#[allow(clippy::too_many_lines)] // one arm per step the attacker takes: the text itself
pub fn explain(record: &StepRecord) -> Option<Explanation> {
    // A callback whose `code` the step names is one the attacker chose to send:
    // a code from elsewhere, injected; without it, its browser follows its own
    // redirect.
    let injected = record.step.param("code").is_some();
    let redirected = record.outcome.redirect == Some(true);
    Some(match (record.step.action, record.topic) {
        (A::Authorize, T::LoginPageShown) => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 6749 §4.1.1, §10.12; RFC 9700 §4.5.1",
            en: Text {
                headline: "The attacker starts a sign-in of its own",
                why: "The attacker opened Photo Printer's sign-in page in its own browser, as any \
                      user may. The printer saved a fresh `state` (and a PKCE verifier, when it \
                      uses PKCE) for the attacker's session, tied to its session cookie, and sent \
                      the attacker's browser to the authorization server, which shows it the \
                      login page. Nothing here is Alice's: the attacker wants a flow of its own, \
                      whose `state` the printer's callback will accept.",
                next: "Watch what the attacker does with this flow: the `state` it now knows is \
                       what the printer's callback checks.",
            },
            ko: Text {
                headline: "공격자가 자기 로그인 흐름을 시작합니다",
                why: "공격자가 누구나 그렇듯 자기 브라우저로 Photo Printer의 로그인 페이지를 \
                      열었습니다. 프린터는 공격자의 세션을 위해 새 `state`(PKCE를 쓴다면 PKCE \
                      verifier도)를 저장해 세션 쿠키에 묶고, 공격자의 브라우저를 인가 서버로 \
                      보냈으며, 인가 서버는 로그인 페이지를 보여 줍니다. 여기에는 Alice의 것이 \
                      없습니다: 공격자는 프린터의 콜백이 받아 줄 `state`를 가진 자기 흐름을 \
                      원합니다.",
                next: "공격자가 이 흐름으로 무엇을 하는지 보세요: 공격자가 이제 아는 `state`가 \
                       바로 프린터의 콜백이 확인하는 값입니다.",
            },
        },
        (A::Lure, T::LoginPageShown) => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 6749 §4.1.1; RFC 9700 §4.1.1, §4.8.1",
            en: Text {
                headline: "The attacker's link brings Alice to the real login page",
                why: "Alice opened the attacker's page, and it sent her browser to an \
                      authorization request the attacker wrote: Photo Printer's public \
                      `client_id`, with a `state` and PKCE values the attacker chose (or none), \
                      and any other change it wanted. The authorization server accepted the \
                      request and shows Alice its real login page; nothing on it says who wrote \
                      the link. Only the server's checks on the request, such as an exact \
                      `redirect_uri` or a required `code_challenge`, can stop what the attacker \
                      changed.",
                next: "Watch where the code goes once Alice approves, and what the attacker can \
                       do with it.",
            },
            ko: Text {
                headline: "공격자의 링크가 Alice를 진짜 로그인 페이지로 데려갑니다",
                why: "Alice가 공격자의 페이지를 열었고, 그 페이지는 Alice의 브라우저를 공격자가 \
                      직접 쓴 인가 요청으로 보냈습니다: Photo Printer의 공개된 `client_id`에, \
                      공격자가 고른 `state`와 PKCE 값(또는 없음), 그리고 공격자가 원하는 다른 \
                      변경이 들어 있습니다. 인가 서버는 요청을 받아들여 Alice에게 진짜 로그인 \
                      페이지를 보여 주며, 페이지에는 누가 링크를 썼는지 나오지 않습니다. 공격자가 \
                      바꾼 것을 막을 수 있는 것은 정확한 `redirect_uri` 비교나 필수 \
                      `code_challenge` 같은 인가 서버의 요청 검사뿐입니다.",
                next: "Alice가 승인하면 인가 코드가 어디로 가는지, 공격자가 그것으로 무엇을 할 \
                       수 있는지 보세요.",
            },
        },
        (A::Lure, T::RedirectUriMismatch) => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 6749 §3.1.2.3, §4.1.2.1; RFC 9700 §4.1.3",
            en: Text {
                headline: "The server refuses the attacker's crafted redirect_uri",
                why: "The attacker's page sent Alice's browser to an authorization request it \
                      wrote, with a `redirect_uri` that Photo Printer never registered. The \
                      server compares redirect URIs as exact strings, so it shows an error page \
                      (400 `invalid_request`) and redirects nowhere: no login, no consent, and no \
                      code for the attacker's address. This exact comparison is the defense of \
                      RFC 9700 §4.1.3.",
                next: "Watch the rest of the attack find nothing to use.",
            },
            ko: Text {
                headline: "인가 서버가 공격자가 만든 redirect_uri를 거부합니다",
                why: "공격자의 페이지가 Alice의 브라우저를 공격자가 쓴 인가 요청으로 보냈는데, 그 \
                      `redirect_uri`는 Photo Printer가 등록한 적 없는 주소입니다. 인가 서버는 \
                      redirect URI를 정확한 문자열로 비교하므로 오류 페이지(400 \
                      `invalid_request`)를 보여 주고 어디로도 리다이렉트하지 않습니다: 로그인도, \
                      동의도, 공격자의 주소로 갈 인가 코드도 없습니다. 이 정확한 비교가 RFC 9700 \
                      §4.1.3의 방어입니다.",
                next: "공격의 나머지 단계가 쓸 것을 하나도 찾지 못하는 것을 보세요.",
            },
        },
        (A::Callback, T::CallbackAccepted) if injected => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 6749 §10.12; RFC 9700 §4.5, §4.7",
            en: Text {
                headline: "The attacker injects a code into its own session",
                why: "The attacker's browser called Photo Printer's callback itself, with a code \
                      it obtained elsewhere and the `state` of the flow it started. The `state` \
                      matches, because the session really is the attacker's: `state` shows that \
                      a callback answers a request this browser started, not that the code \
                      belongs to that request. The printer now keeps the code for the attacker's \
                      session. Only PKCE (or an OpenID Connect nonce) ties a code to the flow \
                      that asked for it.",
                next: "Watch the token request: PKCE, when the printer uses it, is what can tell \
                       that this code came from another flow.",
            },
            ko: Text {
                headline: "공격자가 자기 세션에 인가 코드를 주입합니다",
                why: "공격자의 브라우저가 다른 곳에서 얻은 인가 코드와 자기가 시작한 흐름의 \
                      `state`를 들고 Photo Printer의 콜백을 직접 불렀습니다. 세션이 정말 공격자의 \
                      것이므로 `state`는 일치합니다: `state`는 콜백이 이 브라우저가 시작한 요청의 \
                      답이라는 것을 보여 줄 뿐, 인가 코드가 그 요청의 것이라는 것을 보여 주지는 \
                      않습니다. 이제 프린터는 공격자의 세션을 위해 그 코드를 보관합니다. 인가 \
                      코드를 그것을 요청한 흐름에 묶어 주는 것은 PKCE(또는 OpenID Connect의 \
                      nonce)뿐입니다.",
                next: "토큰 요청을 보세요: 프린터가 PKCE를 쓴다면, 이 코드가 다른 흐름에서 왔다는 \
                       것을 알아챌 수 있는 것은 PKCE입니다.",
            },
        },
        (A::Callback, T::CallbackAccepted) => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 6749 §4.1.2, §10.12",
            en: Text {
                headline: "The printer keeps the code for the attacker's session",
                why: "The attacker's browser brought its code back to Photo Printer's callback. \
                      The printer started this flow for that browser, so the `state` matches and \
                      it keeps the code for the attacker's session. Every check passes because \
                      nothing here is forged: what matters is whose account signed in at the \
                      authorization server, and the printer cannot see that.",
                next: "Watch the printer redeem the code and show the attacker's browser what it \
                       got.",
            },
            ko: Text {
                headline: "프린터가 공격자의 세션을 위해 인가 코드를 보관합니다",
                why: "공격자의 브라우저가 자기 인가 코드를 Photo Printer의 콜백으로 가져왔습니다. \
                      프린터는 이 브라우저를 위해 이 흐름을 시작했으므로 `state`가 일치하고, \
                      공격자의 세션을 위해 코드를 보관합니다. 위조된 것이 없으므로 모든 검사를 \
                      통과합니다: 중요한 것은 인가 서버에 누구의 계정으로 로그인했느냐이고, \
                      프린터는 그것을 볼 수 없습니다.",
                next: "프린터가 코드를 교환하고 공격자의 브라우저에 받은 것을 보여 주는 것을 \
                       보세요.",
            },
        },
        (A::Register, T::Registered) => Explanation {
            chapter: C::Registration,
            rfc: "RFC 7591 §3, §3.2.1; RFC 9700 §4.11.2",
            en: Text {
                headline: "The attacker registers an app of its own",
                why: "The attacker used the open registration endpoint like any developer: the \
                      server gave its app a `client_id` and a `client_secret`, and stored the \
                      redirect URI it asked for, an address on the attacker's own server. Open \
                      registration (RFC 7591) lets anyone do this, so a registered client is not \
                      a trusted one: the server knows the app exists, not who runs it or whether \
                      its addresses are safe to send users to.",
                next: "Watch how the server treats this client's redirect URI when a request for \
                       it goes wrong.",
            },
            ko: Text {
                headline: "공격자가 자기 앱을 등록합니다",
                why: "공격자가 여느 개발자처럼 열린 등록 엔드포인트를 썼습니다: 인가 서버는 그 앱에 \
                      `client_id`와 `client_secret`을 주고, 요청한 redirect URI, 곧 공격자 자기 \
                      서버의 주소를 저장했습니다. 열린 등록(RFC 7591)에서는 누구나 이렇게 할 수 \
                      있으므로, 등록된 클라이언트라고 믿을 수 있는 것은 아닙니다: 인가 서버는 앱이 \
                      있다는 것만 알 뿐, 누가 운영하는지, 그 주소로 사용자를 보내도 안전한지는 \
                      모릅니다.",
                next: "이 클라이언트에 대한 요청이 잘못되었을 때 인가 서버가 그 redirect URI를 \
                       어떻게 다루는지 보세요.",
            },
        },
        (A::Lure, T::ScopeInvalid) if redirected => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 6749 §4.1.2.1; RFC 9700 §4.11.2",
            en: Text {
                headline: "The server's error redirect takes Alice to the attacker",
                why: "The attacker's page sent Alice's browser to an authorization request for \
                      the attacker's own app, with a scope that does not exist. The client and \
                      its redirect URI are valid, so the server reports `invalid_scope` the way \
                      RFC 6749 §4.1.2.1 says: by redirecting to the client's redirect URI, which \
                      is the attacker's server. Alice clicked a link to auth.example, a site she \
                      trusts, and her browser is on its way to attacker.example: the \
                      authorization server served as an open redirector.",
                next: "Watch what the page at the attacker's address asks her for.",
            },
            ko: Text {
                headline: "인가 서버의 오류 리다이렉트가 Alice를 공격자에게 보냅니다",
                why: "공격자의 페이지가 Alice의 브라우저를 공격자 자기 앱에 대한 인가 요청으로 \
                      보냈고, 그 요청의 scope는 존재하지 않습니다. 클라이언트와 redirect URI는 \
                      올바르므로 인가 서버는 RFC 6749 §4.1.2.1대로 클라이언트의 redirect URI, 곧 \
                      공격자의 서버로 리다이렉트해 `invalid_scope`를 알립니다. Alice는 믿는 \
                      사이트인 auth.example의 링크를 눌렀는데 브라우저는 attacker.example로 가고 \
                      있습니다: 인가 서버가 open redirector 노릇을 한 것입니다.",
                next: "공격자의 주소에 있는 페이지가 Alice에게 무엇을 요구하는지 보세요.",
            },
        },
        (A::Lure, T::ScopeInvalid) => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 6749 §4.1.2.1; RFC 9700 §4.11.2",
            en: Text {
                headline: "The server shows the error instead of redirecting",
                why: "The attacker's page sent Alice's browser to an authorization request for \
                      the attacker's own app, with a scope that does not exist. That app was \
                      registered dynamically, so the server has no reason to trust its redirect \
                      URI: it shows the `invalid_scope` error on its own page instead of sending \
                      Alice there (RFC 9700 §4.11.2). Alice stays on auth.example, and nothing \
                      takes her to the attacker's site.",
                next: "Watch the rest of the attack find nothing to use.",
            },
            ko: Text {
                headline: "인가 서버가 리다이렉트하지 않고 오류를 보여 줍니다",
                why: "공격자의 페이지가 Alice의 브라우저를 공격자 자기 앱에 대한 인가 요청으로 \
                      보냈고, 그 요청의 scope는 존재하지 않습니다. 그 앱은 동적으로 등록되었으므로 \
                      인가 서버는 그 redirect URI를 믿을 이유가 없어, Alice를 그리로 보내는 대신 \
                      자기 페이지에 `invalid_scope` 오류를 보여 줍니다(RFC 9700 §4.11.2). Alice는 \
                      auth.example에 머물고, 공격자의 사이트로 가지 않습니다.",
                next: "공격의 나머지 단계가 쓸 것을 하나도 찾지 못하는 것을 보세요.",
            },
        },
        (A::Login, T::LoggedIn) => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 6749 §10.11; RFC 9700 §4.11.2",
            en: Text {
                headline: "The attacker signs in at the authorization server",
                why: "The attacker's browser posted a name and password to the authorization \
                      server's login page, and they were right, so the server opened a session \
                      for that account. The server checks the password, not who types it: signed \
                      in with a password phished from Alice, the attacker is Alice as far as the \
                      server can tell; signed in with its own account, it reaches only its own \
                      data.",
                next: "See whose account the session is for, in what the authorization server \
                       remembers.",
            },
            ko: Text {
                headline: "공격자가 인가 서버에 로그인합니다",
                why: "공격자의 브라우저가 인가 서버의 로그인 페이지에 이름과 비밀번호를 보냈고, \
                      그것이 맞았으므로 인가 서버는 그 계정의 세션을 열었습니다. 인가 서버는 \
                      비밀번호를 확인할 뿐 누가 입력했는지는 확인하지 않습니다: Alice에게서 \
                      가로챈 비밀번호로 로그인했다면 인가 서버가 보기에 공격자는 Alice이고, 자기 \
                      계정으로 로그인했다면 자기 데이터에만 닿습니다.",
                next: "인가 서버가 기억하는 것에서 이 세션이 누구의 계정인지 보세요.",
            },
        },
        (A::Consent, T::CodeIssued) => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 6749 §4.1.2; RFC 9700 §4.11.2",
            en: Text {
                headline: "The attacker approves; a code comes back to its browser",
                why: "On the consent page of the account it signed in as, the attacker allowed \
                      Photo Printer. The server sent the attacker's browser back to the printer's \
                      registered address with a code for that account's grant. Nothing went \
                      wrong on the server's side: whoever was at the keyboard had the account's \
                      password, and that is all a login can check.",
                next: "Watch the attacker's browser deliver the code to the printer's callback.",
            },
            ko: Text {
                headline: "공격자가 허용하고, 인가 코드가 공격자의 브라우저로 옵니다",
                why: "공격자가 로그인한 계정의 동의 화면에서 Photo Printer를 허용했습니다. 인가 \
                      서버는 그 계정의 권한에 대한 인가 코드를 붙여 공격자의 브라우저를 프린터의 \
                      등록된 주소로 돌려보냈습니다. 인가 서버 쪽에서는 잘못된 것이 없습니다: \
                      키보드 앞의 사람이 그 계정의 비밀번호를 알았고, 로그인이 확인할 수 있는 \
                      것은 그것뿐입니다.",
                next: "공격자의 브라우저가 인가 코드를 프린터의 콜백으로 전달하는 것을 보세요.",
            },
        },
        _ => return None,
    })
}
