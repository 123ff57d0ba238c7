//! The attacker's steps that use what it holds: redeeming a code, refreshing,
//! calling the API, and opening the printer's photos page.

use crate::explain::{Chapter as C, Explanation, Text};
use crate::sim::{Action as A, StepRecord, Topic as T};

#[allow(clippy::too_many_lines)] // one arm per step the attacker takes: the text itself
pub fn explain(record: &StepRecord) -> Option<Explanation> {
    Some(match (record.step.action, record.topic) {
        (A::Token, T::TokensIssued) => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 6749 §4.1.3, §10.5; RFC 9700 §4.1, §4.2, §4.3.1",
            en: Text {
                headline: "The attacker redeems a code and gets tokens",
                why: "The attacker sent a code to the token endpoint itself, and every check the \
                      server makes passed: client authentication (a public client has no secret \
                      to prove), the `redirect_uri`, and PKCE when the code carries a challenge, \
                      which the attacker can meet only for a flow it started. The server issued \
                      an access token and a refresh token of the grant behind the code, and they \
                      work for whoever holds them: now the attacker. If the code was issued for \
                      Alice, the grant is hers.",
                next: "Watch the attacker call the API with the access token it got.",
            },
            ko: Text {
                headline: "공격자가 인가 코드를 교환해 토큰을 받습니다",
                why: "공격자가 직접 토큰 엔드포인트로 인가 코드를 보냈고, 인가 서버의 검사를 모두 \
                      통과했습니다: 클라이언트 인증(public 클라이언트에는 증명할 secret이 \
                      없습니다), `redirect_uri`, 그리고 코드에 challenge가 있을 때의 PKCE \
                      검사입니다. PKCE는 공격자가 직접 시작한 흐름에서만 통과할 수 있습니다. 인가 \
                      서버는 그 코드 뒤의 권한으로 access token과 refresh token을 발급했고, 이 \
                      토큰은 가진 사람 누구에게나 통합니다: 이제 공격자에게도요. 코드가 누구의 \
                      것이었든, 권한도 그 사람의 것입니다.",
                next: "공격자가 받은 access token으로 API를 부르는 것을 보세요.",
            },
        },
        (A::Token, T::CodeMissing) => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 6749 §4.1.3, §5.2; RFC 9700 §4.1.3, §4.2.4",
            en: Text {
                headline: "The attacker has no code to redeem",
                why: "The attacker tried the token endpoint, but its request carries no `code`, \
                      because the attacker holds none, and the server answers \
                      `invalid_request`. The defense acted earlier in the story: the code never \
                      reached the attacker. An attack that ends here took nothing from the flow.",
                next: "Watch the attacker's last try, at the API, fail too.",
            },
            ko: Text {
                headline: "공격자에게는 교환할 인가 코드가 없습니다",
                why: "공격자가 토큰 엔드포인트를 시도했지만, 가진 인가 코드가 없어 요청에 `code`가 \
                      없고, 인가 서버는 `invalid_request`로 답합니다. 방어는 이야기의 앞부분에서 \
                      이미 작동했습니다: 인가 코드가 공격자에게 닿지 않았습니다. 여기서 끝나는 \
                      공격은 흐름에서 아무것도 얻지 못합니다.",
                next: "공격자의 마지막 시도인 API 호출도 실패하는 것을 보세요.",
            },
        },
        (A::Token, T::CodeReplayed) => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 6749 §4.1.2, §10.5; RFC 9700 §4.2.4",
            en: Text {
                headline: "The attacker's replayed code is refused; its tokens die",
                why: "The attacker sent a code that was already redeemed. The server keeps every \
                      used code to recognise exactly this: a second redemption means a copy \
                      exists. It answers `invalid_grant`, issues nothing, and revokes the tokens \
                      it issued from that code the first time, because it cannot tell which \
                      redemption was the honest one. The attacker gets nothing, and the client \
                      that redeemed the code first loses its tokens too.",
                next: "Watch the first tokens stop working: the client must send Alice through \
                       the flow again.",
            },
            ko: Text {
                headline: "공격자가 재사용한 인가 코드는 거부되고 토큰도 폐기됩니다",
                why: "공격자가 이미 교환된 인가 코드를 보냈습니다. 인가 서버는 바로 이것을 알아보기 \
                      위해 사용된 코드를 모두 기억합니다: 두 번째 교환은 복사본이 있다는 \
                      뜻입니다. 인가 서버는 `invalid_grant`로 답하고 아무것도 발급하지 않으며, \
                      어느 쪽이 정직한 교환이었는지 가릴 수 없으므로 처음 교환 때 그 코드로 \
                      발급한 토큰도 폐기합니다. 공격자는 아무것도 얻지 못하고, 코드를 먼저 교환한 \
                      클라이언트도 토큰을 잃습니다.",
                next: "처음 발급된 토큰이 더는 통하지 않는 것을 보세요: 클라이언트는 Alice에게 \
                       흐름을 처음부터 다시 거치게 해야 합니다.",
            },
        },
        (A::CallApi, T::ResourceServed) => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 6750 §2.1, §5.3; RFC 9700 §4.10",
            en: Text {
                headline: "The attacker reads photos with a token it holds",
                why: "The attacker called the photo API with an access token it holds. The \
                      resource server asked the authorization server about it, heard that it is \
                      active and carries the scope, and served the photos of the token's owner: \
                      a bearer token works for whoever presents it, and nothing in the call says \
                      who that is. The attacker now holds those photos.",
                next: "Look at whose photos these are, in the API's answer.",
            },
            ko: Text {
                headline: "공격자가 가진 토큰으로 사진을 읽습니다",
                why: "공격자가 가진 access token으로 사진 API를 불렀습니다. 리소스 서버는 인가 \
                      서버에 그 토큰을 물어, 활성이고 필요한 scope가 있다는 답을 듣고 토큰 주인의 \
                      사진을 내주었습니다: bearer token은 내미는 사람 누구에게나 통하고, 호출에는 \
                      그 사람이 누구인지 나오지 않습니다. 이제 공격자가 그 사진을 갖고 있습니다.",
                next: "API의 응답에서 누구의 사진인지 보세요.",
            },
        },
        (A::CallApi, T::ResourceServedFromCache) => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 7662 §4; RFC 9700 §4.10; RFC 7009 §2",
            en: Text {
                headline: "The API serves the attacker from a cached answer",
                why: "The attacker called the photo API with a token it holds. The resource \
                      server had asked about this token earlier, heard `active`, and kept the \
                      answer; this time it did not ask again, so it did not learn what happened \
                      since, such as a revocation, and it served the photos to the attacker. A \
                      cache lifetime is a window in which a stolen or revoked token still works; \
                      RFC 9700 §4.10 asks that such windows be short.",
                next: "Compare with the same call when the resource server asks every time.",
            },
            ko: Text {
                headline: "API가 캐시된 답으로 공격자에게 사진을 내줍니다",
                why: "공격자가 가진 토큰으로 사진 API를 불렀습니다. 리소스 서버는 전에 이 토큰을 \
                      물어 `active`라는 답을 받아 보관해 두었고, 이번에는 다시 묻지 않았으므로 그 \
                      사이에 일어난 일(예: 폐기)을 모른 채 공격자에게 사진을 내주었습니다. 캐시 \
                      수명은 훔치거나 폐기된 토큰이 계속 통하는 시간이며, RFC 9700 §4.10은 이런 \
                      시간을 짧게 하라고 합니다.",
                next: "리소스 서버가 매번 물을 때의 같은 호출과 비교해 보세요.",
            },
        },
        (A::CallApi, T::AccessTokenMissing) => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 6750 §3, §3.1",
            en: Text {
                headline: "The attacker has no access token to present",
                why: "The attacker called the photo API with no bearer token, because it holds \
                      none: what it tried before this step gave it no access token. The API \
                      answers 401 with `WWW-Authenticate: Bearer` and serves nothing.",
                next: "See what the attacker holds now, below, and whether any of it is still \
                       usable.",
            },
            ko: Text {
                headline: "공격자에게는 내밀 access token이 없습니다",
                why: "공격자가 bearer token 없이 사진 API를 불렀습니다. 가진 토큰이 없기 \
                      때문입니다: 이 단계 전에 시도한 것으로는 access token을 얻지 못했습니다. \
                      API는 `WWW-Authenticate: Bearer`와 함께 401로 답하고 아무것도 내주지 \
                      않습니다.",
                next: "아래에서 공격자가 지금 가진 것과, 그중 아직 쓸 수 있는 것이 있는지 보세요.",
            },
        },
        (A::CallApi, T::AccessTokenInactive) => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 6750 §3.1; RFC 7662 §2.2; RFC 9700 §4.10",
            en: Text {
                headline: "The attacker's token is no longer active",
                why: "The attacker called the photo API with an access token it holds, and the \
                      resource server asked the authorization server about it. The answer was \
                      `\"active\": false`: the token was revoked, has expired, or was never \
                      issued, and the authorization server's answer in this step names which. \
                      The API answers 401 `invalid_token` and serves nothing: a token checked at \
                      every call stops working for a thief the moment its grant ends.",
                next: "See what the attacker holds now, below, and whether any of it is still \
                       usable.",
            },
            ko: Text {
                headline: "공격자의 토큰은 더 이상 활성이 아닙니다",
                why: "공격자가 가진 access token으로 사진 API를 불렀고, 리소스 서버가 인가 서버에 \
                      그 토큰을 물었습니다. 답은 `\"active\": false`였습니다: 토큰이 폐기되었거나, \
                      만료되었거나, 발급된 적이 없으며, 이 단계의 인가 서버 응답이 어느 쪽인지 \
                      알려 줍니다. API는 401 `invalid_token`으로 답하고 아무것도 내주지 않습니다: \
                      호출마다 확인하는 토큰은 권한이 끝나는 순간 도둑에게도 통하지 않습니다.",
                next: "아래에서 공격자가 지금 가진 것과, 그중 아직 쓸 수 있는 것이 있는지 보세요.",
            },
        },
        (A::Visit, T::PhotosShown) => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 6749 §10.12; RFC 9700 §4.5, §4.11.2",
            en: Text {
                headline: "Photo Printer shows the attacker's browser the photos",
                why: "The attacker's browser opened Photo Printer's photos page. The printer \
                      called the API with the access token it holds for this browser's session, \
                      the session the attacker started, and shows the attacker whatever the API \
                      returned. Whose photos they are is whose grant that token carries: Alice's, \
                      if her code was injected into the session or her phished password signed \
                      it in, and otherwise the attacker's own. The attacker never held a token.",
                next: "Look at whose photos these are, in the API's answer.",
            },
            ko: Text {
                headline: "Photo Printer가 공격자의 브라우저에 사진을 보여 줍니다",
                why: "공격자의 브라우저가 Photo Printer의 사진 페이지를 열었습니다. 프린터는 이 \
                      브라우저 세션, 즉 공격자가 시작한 세션을 위해 가진 access token으로 API를 \
                      불렀고, API가 준 것을 공격자에게 보여 줍니다. 누구의 사진인지는 그 토큰이 \
                      누구의 권한이냐에 달려 있습니다: Alice의 코드가 세션에 주입되었거나 가로챈 \
                      비밀번호로 로그인했다면 Alice의 것이고, 아니면 공격자 자신의 것입니다. \
                      공격자는 토큰을 한 번도 갖지 않았습니다.",
                next: "API의 응답에서 누구의 사진인지 보세요.",
            },
        },
        (A::Visit, T::NotSignedIn) => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 6749 §10.12; RFC 9700 §4.5.3",
            en: Text {
                headline: "The printer has no tokens for the attacker's session",
                why: "The attacker's browser opened Photo Printer's photos page, but the printer \
                      holds no tokens for this session: no flow of this browser ended with \
                      tokens, for example because the code injected into it was refused at the \
                      token endpoint. The printer shows nothing, and the attacker gains nothing \
                      from the session.",
                next: "See what the attacker holds now, below, and whether any of it is still \
                       usable.",
            },
            ko: Text {
                headline: "프린터에는 공격자의 세션을 위한 토큰이 없습니다",
                why: "공격자의 브라우저가 Photo Printer의 사진 페이지를 열었지만, 프린터에는 이 \
                      세션을 위한 토큰이 없습니다: 이 브라우저의 어떤 흐름도 토큰으로 끝나지 \
                      않았습니다. 예를 들어 주입된 인가 코드가 토큰 엔드포인트에서 거부된 \
                      경우입니다. 프린터는 아무것도 보여 주지 않고, 공격자는 이 세션에서 아무것도 \
                      얻지 못합니다.",
                next: "아래에서 공격자가 지금 가진 것과, 그중 아직 쓸 수 있는 것이 있는지 보세요.",
            },
        },
        (A::Refresh, T::Refreshed) => Explanation {
            chapter: C::RefreshToken,
            rfc: "RFC 6749 §6, §10.4; RFC 9700 §4.14.2",
            en: Text {
                headline: "The attacker refreshes with a copied refresh token",
                why: "The attacker sent a refresh token it holds to the token endpoint, as the \
                      client it was issued to: a public client has no secret, so its public \
                      `client_id` is all it takes. The server cannot tell the attacker from \
                      Photo Printer and issues a new access token of the same grant. Without \
                      rotation the same refresh token keeps working for both; RFC 9700 §4.14.2 \
                      asks that a public client's refresh tokens be rotated or \
                      sender-constrained.",
                next: "Watch the attacker call the API with the new access token.",
            },
            ko: Text {
                headline: "공격자가 복사한 refresh token으로 갱신합니다",
                why: "공격자가 가진 refresh token을, 그 토큰을 발급받은 클라이언트인 것처럼 토큰 \
                      엔드포인트로 보냈습니다: public 클라이언트에는 secret이 없으므로 공개된 \
                      `client_id`만 있으면 됩니다. 인가 서버는 공격자와 Photo Printer를 구별하지 \
                      못하고 같은 권한으로 새 access token을 발급합니다. rotation이 없으면 같은 \
                      refresh token이 양쪽 모두에게 계속 통합니다. RFC 9700 §4.14.2는 public \
                      클라이언트의 refresh token을 rotation하거나 보낸 사람에 묶으라고 합니다.",
                next: "공격자가 새 access token으로 API를 부르는 것을 보세요.",
            },
        },
        (A::Refresh, T::RefreshTokenReplayed) => Explanation {
            chapter: C::RefreshToken,
            rfc: "RFC 6749 §10.4; RFC 9700 §4.14.2",
            en: Text {
                headline: "The attacker's copy was used already: family revoked",
                why: "The attacker sent a refresh token that rotation had already retired: it was \
                      used once before, and a new refresh token took its place. A retired refresh \
                      token coming back means a copy exists, so the server answers \
                      `invalid_grant` and revokes the whole token family, the newest tokens of \
                      the client included. The attacker gets nothing; the client must ask Alice \
                      again.",
                next: "Watch the client's newest tokens stop working too.",
            },
            ko: Text {
                headline: "공격자의 복사본은 이미 쓰였습니다: 토큰 묶음 폐기",
                why: "공격자가 rotation으로 이미 물러난 refresh token을 보냈습니다: 그 토큰은 \
                      전에 한 번 쓰였고 새 refresh token이 그 자리를 대신했습니다. 물러난 refresh \
                      token이 다시 온다는 것은 복사본이 있다는 뜻이므로, 인가 서버는 \
                      `invalid_grant`로 답하고 클라이언트의 가장 새 토큰까지 포함해 토큰 \
                      묶음(family) 전체를 폐기합니다. 공격자는 아무것도 얻지 못하고, 클라이언트는 \
                      Alice에게 다시 동의를 받아야 합니다.",
                next: "클라이언트의 가장 새 토큰도 더는 통하지 않는 것을 보세요.",
            },
        },
        _ => return None,
    })
}
