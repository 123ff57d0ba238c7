//! What each step of the flow teaches, in English and Korean.
//!
//! The simulator reports *what* happened as a [`Topic`]; this module says why it matters: a
//! headline, a short explanation and what to watch next, with the RFC section behind the
//! behaviour and the lesson chapter it belongs to (the six sections of the Korean study note).
//! The words live here, apart from the simulation, so the core stays free of any language and
//! a reviewer or translator finds every sentence of the lesson in one file. [`explain`] is one
//! exhaustive `match`, so a new topic without text is a compile error rather than a blank pane.
//!
//! Conventions of the text: parameter, header and error names stay as they are on the wire in
//! both languages (`redirect_uri`, `invalid_grant`, `WWW-Authenticate`); the Korean uses the
//! glossary's terms (인가 서버, 리소스 서버, 리소스 오너, 클라이언트, 인가 코드, 동의) and keeps
//! 인증 (authentication) apart from 인가 (authorization), the confusion students most often
//! bring with them.

mod attacker;
mod chapters;
pub mod knowledge;
pub mod words;

use crate::sim::{By, StepRecord, Topic};

pub use crate::sim::Lang;
pub use chapters::{chapters, next_chapter};
pub use words::label;

/// The six chapters of the lesson (lesson-and-glossary.md). Each topic belongs to the chapter
/// where a student first meets it, so the header can say how far through the story a step is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub enum Chapter {
    Roles = 1,
    Registration = 2,
    OwnerApproval = 3,
    ServerApproval = 4,
    AccessToken = 5,
    RefreshToken = 6,
}

impl Chapter {
    /// The number the Korean note gives the section, shown beside the title in the header.
    pub fn number(self) -> u8 {
        self as u8
    }

    /// English: "Roles", "Registration", "Owner approval", "Server approval", "Access token",
    /// "Refresh token".
    /// Korean (the titles on screen of lesson-and-glossary.md, which follow the RFC
    /// roles where the note's headings do not): "역할", "등록", "리소스 오너의 승인",
    /// "인가 서버의 승인 (인가 코드)", "access token 발급", "refresh token".
    pub fn title(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::Roles, Lang::En) => "Roles",
            (Self::Roles, Lang::Ko) => "역할",
            (Self::Registration, Lang::En) => "Registration",
            (Self::Registration, Lang::Ko) => "등록",
            (Self::OwnerApproval, Lang::En) => "Owner approval",
            (Self::OwnerApproval, Lang::Ko) => "리소스 오너의 승인",
            (Self::ServerApproval, Lang::En) => "Server approval",
            (Self::ServerApproval, Lang::Ko) => "인가 서버의 승인 (인가 코드)",
            (Self::AccessToken, Lang::En) => "Access token",
            (Self::AccessToken, Lang::Ko) => "access token 발급",
            (Self::RefreshToken, Lang::En) => "Refresh token",
            (Self::RefreshToken, Lang::Ko) => "refresh token",
        }
    }
}

/// One explanation in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Text {
    /// One short line: what happened (≤ 60 characters in English).
    pub headline: &'static str,
    /// 2–4 sentences: what happened and why it matters.
    pub why: &'static str,
    /// One sentence: what to watch at the next step.
    pub next: &'static str,
}

/// What a topic teaches, in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Explanation {
    pub chapter: Chapter,
    /// e.g. "RFC 6749 §4.1.3" or "RFC 6749 §4.1.3; RFC 7636 §4.6"
    pub rfc: &'static str,
    pub en: Text,
    pub ko: Text,
}

impl Explanation {
    /// The text in one language: views show one language at a time and switch on a key.
    pub fn text(&self, lang: Lang) -> &Text {
        match lang {
            Lang::En => &self.en,
            Lang::Ko => &self.ko,
        }
    }
}

/// A party's name in `lang`, as every report names it: the glossary's words in
/// Korean (클라이언트, 리소스 오너, 인가 서버, 리소스 서버).
pub fn party(lang: Lang, actor: crate::sim::Actor) -> &'static str {
    use crate::sim::Actor;
    match (lang, actor) {
        (Lang::En, _) => actor.title(),
        (Lang::Ko, Actor::Client) => "클라이언트",
        (Lang::Ko, Actor::ResourceOwner) => "리소스 오너",
        (Lang::Ko, Actor::AuthorizationServer) => "인가 서버",
        (Lang::Ko, Actor::ResourceServer) => "리소스 서버",
        (Lang::Ko, Actor::Attacker) => "공격자",
    }
}

/// The explanation of a step: what its topic teaches, told from the attacker's side
/// when the attacker took the step and the story differs there (its own sign-in is
/// not Alice's, the tokens it redeems are not Photo Printer's).
pub fn explain_step(record: &StepRecord) -> Explanation {
    if record.step.taker() == By::Attacker
        && let Some(explanation) = attacker::explain(record)
    {
        return explanation;
    }
    explain(record.topic)
}

/// The explanation of a topic. An exhaustive match: a new topic without text does not compile.
/// Arms follow the order of [`Topic`]; each failure says what the server noticed, why answering
/// that way protects Alice, and what a correct client would do instead.
#[allow(clippy::too_many_lines)] // one arm per topic: this is the lesson's text, not logic
pub fn explain(topic: Topic) -> Explanation {
    use Chapter as C;
    use Topic as T;
    match topic {
        T::RolesIntroduced => Explanation {
            chapter: C::Roles,
            rfc: "RFC 6749 §1.1, §1.2",
            en: Text {
                headline: "Four parties, four lanes",
                why: "OAuth names four roles, and each has its own lane on screen, left to right. \
                      The Client is the Photo Printer app at printer.example: it wants to print \
                      Alice's photos, holds nothing yet, and will get a `client_id`, a secret and \
                      later tokens. The Resource Owner is Alice with her browser: the photos are \
                      hers, only she knows her password, and she decides what the app may do. The \
                      Authorization Server, auth.example, knows Alice's account and the apps \
                      registered with it; it asks her and issues codes and tokens. The Resource \
                      Server, photos.example, keeps the photos and serves them only for a valid \
                      access token. One company often runs both servers, but the roles differ: \
                      one decides, the other serves.",
                next: "Watch the Client's lane: the app first registers at the authorization \
                       server.",
            },
            ko: Text {
                headline: "네 참여자, 네 개의 세로줄",
                why: "OAuth에는 네 가지 역할이 있고, 화면의 흐름도에서 각자 세로줄 하나를 \
                      차지합니다(왼쪽부터). 클라이언트는 printer.example의 Photo Printer 앱입니다. \
                      Alice의 사진을 인쇄하려는 쪽으로, 지금은 아무것도 없지만 곧 `client_id`와 \
                      secret을, 나중에는 토큰을 받습니다. 리소스 오너는 Alice와 Alice의 \
                      브라우저입니다. 사진의 주인이고, 비밀번호는 Alice만 알며, 앱에 무엇을 \
                      허락할지도 Alice가 정합니다. 인가 서버 auth.example은 Alice의 계정과 등록된 \
                      앱을 알고 있으며, Alice에게 동의를 묻고 인가 코드와 토큰을 발급합니다. 리소스 \
                      서버 photos.example은 사진을 보관하고, 유효한 access token이 있을 때만 \
                      사진을 내줍니다. 학습 노트는 두 서버를 하나로 묶어 설명하지만 RFC는 둘을 \
                      나눕니다. 한 회사가 두 서버를 함께 운영하더라도, 인가 서버는 허락을 다루고 \
                      리소스 서버는 자원을 내준다는 점에서 역할이 다릅니다.",
                next: "클라이언트의 세로줄을 보세요. 앱은 먼저 인가 서버에 등록합니다.",
            },
        },
        T::Registered => Explanation {
            chapter: C::Registration,
            rfc: "RFC 6749 §2, §2.3.1, §3.1.2.2; RFC 7591 §3.2.1",
            en: Text {
                headline: "Photo Printer is registered with the server",
                why: "The authorization server now knows this app: a public `client_id`, a \
                      `client_secret` that works as the app's password, and the exact addresses it \
                      may send users back to. An app that cannot hide a secret (a browser or phone \
                      app) registers as public instead: it gets no secret and proves itself with \
                      PKCE in each flow. The Korean note registers the app with the resource \
                      server; RFC 6749 gives that job to the authorization server, and one machine \
                      often plays both roles, which is why the two are easy to merge.",
                next: "Watch the next request: it carries only the public `client_id`, never the \
                       secret.",
            },
            ko: Text {
                headline: "Photo Printer가 인가 서버에 등록되었습니다",
                why: "이제 인가 서버는 이 앱을 압니다. 공개해도 되는 `client_id`, 앱의 비밀번호 \
                      역할을 하는 `client_secret`, 그리고 사용자를 돌려보낼 수 있는 정확한 \
                      redirect URI 목록을 함께 기록합니다. 브라우저나 모바일 앱처럼 비밀을 숨길 수 \
                      없는 앱은 public 클라이언트로 등록되어, secret 없이 매 흐름마다 PKCE로 \
                      자신을 증명합니다. 노트에서는 리소스 서버에 등록한다고 했지만 RFC 6749에서는 \
                      이 일을 인가 서버가 맡으며, 작은 서비스에서는 한 서버가 두 역할을 함께 하기 \
                      때문에 노트처럼 합쳐서 보기도 합니다.",
                next: "다음 요청에는 공개된 `client_id`만 실리고 secret은 실리지 않는다는 점을 \
                       보세요.",
            },
        },
        T::RegisterNoRedirectUri => Explanation {
            chapter: C::Registration,
            rfc: "RFC 7591 §2, §3.2.2; RFC 6749 §3.1.2.2",
            en: Text {
                headline: "Registration refused: no redirect URI",
                why: "The server answered `invalid_redirect_uri` because Photo Printer listed no \
                      address to send Alice back to. Codes are only ever delivered to addresses \
                      agreed on in advance; without one, the server could never finish a flow for \
                      this app safely. Refusing now is better than guessing later.",
                next: "A correct client registers at least one exact `https` address, such as \
                       `https://printer.example/callback`, and tries again.",
            },
            ko: Text {
                headline: "등록 거부: redirect URI가 없습니다",
                why: "Photo Printer가 사용자를 돌려보낼 주소를 하나도 적지 않아 인가 서버가 \
                      `invalid_redirect_uri`로 답했습니다. 인가 코드는 미리 약속한 주소로만 \
                      전달됩니다. 약속한 주소가 없으면 이 앱의 흐름을 안전하게 끝낼 방법이 \
                      없으므로, 나중에 추측하기보다 지금 거부하는 편이 안전합니다.",
                next: "올바른 클라이언트는 `https://printer.example/callback` 같은 정확한 `https` \
                       주소를 하나 이상 적어 다시 등록합니다.",
            },
        },
        T::RegisterBadRedirectUri => Explanation {
            chapter: C::Registration,
            rfc: "RFC 6749 §3.1.2, §3.1.2.1; RFC 8252 §7.3",
            en: Text {
                headline: "Registration refused: unsafe redirect URI",
                why: "A redirect URI must be absolute, carry no `#fragment`, and use `https` \
                      unless it points at a loopback address. Codes will travel to this address, \
                      so with plain `http` on the network anyone along the path could read them; \
                      loopback traffic never leaves the device, which is why a native app may use \
                      `http://127.0.0.1`. The server answered `invalid_redirect_uri` rather than \
                      store an address it could not deliver a code to safely.",
                next: "A correct client fixes the address and registers again; every later \
                       `redirect_uri` must match it character for character.",
            },
            ko: Text {
                headline: "등록 거부: 안전하지 않은 redirect URI",
                why: "redirect URI는 절대 주소여야 하고, `#fragment`가 없어야 하며, loopback \
                      주소가 아니라면 `https`를 써야 합니다. 인가 코드는 이 주소로 전달되므로, \
                      네트워크 위의 평범한 `http` 주소라면 중간에 있는 누구나 코드를 읽을 수 \
                      있습니다. loopback 통신은 기기 밖으로 나가지 않기 때문에 네이티브 앱은 \
                      `http://127.0.0.1`을 쓸 수 있습니다. 그래서 인가 서버는 코드를 안전하게 보낼 \
                      수 없는 주소를 저장하는 대신 `invalid_redirect_uri`로 답했습니다.",
                next: "올바른 클라이언트는 주소를 고쳐 다시 등록하며, 이후의 모든 `redirect_uri`는 \
                       이 주소와 한 글자도 달라서는 안 됩니다.",
            },
        },
        T::RegisterBadMetadata => Explanation {
            chapter: C::Registration,
            rfc: "RFC 7591 §2, §3.2.2",
            en: Text {
                headline: "Registration refused: unsupported metadata",
                why: "One of the values Photo Printer sent about itself, such as its \
                      authentication method or a grant type, is not supported by this server, so \
                      it answered `invalid_client_metadata`. Registering the app with a quietly \
                      changed setting would leave the app believing in something the server will \
                      not honour. A clear refusal now keeps both sides in agreement.",
                next: "A correct client sends only values the server supports and registers again.",
            },
            ko: Text {
                headline: "등록 거부: 지원하지 않는 메타데이터",
                why: "Photo Printer가 자신에 대해 보낸 값 중 하나(예: 클라이언트 인증 방식이나 \
                      grant type)를 이 인가 서버가 지원하지 않아 `invalid_client_metadata`로 \
                      답했습니다. 설정을 몰래 바꿔 등록하면 앱은 서버가 지키지 않을 약속을 믿게 \
                      됩니다. 지금 분명히 거부해야 양쪽의 이해가 어긋나지 않습니다.",
                next: "올바른 클라이언트는 인가 서버가 지원하는 값만 보내 다시 등록합니다.",
            },
        },
        T::RegisterGrantTypeUnsupported => Explanation {
            chapter: C::Registration,
            rfc: "RFC 7591 §2, §3.2.2; RFC 9700 §2.4",
            en: Text {
                headline: "Registration refused: grant type not offered",
                why: "The client listed a `grant_types` value this server does not offer. It \
                      offers the authorization code grant and refreshing it; the password grant, \
                      for one, would hand Alice's password to the app. Registering the app anyway \
                      would promise a way to get tokens that the token endpoint would then refuse, \
                      so the server answers `invalid_client_metadata` now.",
                next: "A correct client registers only `authorization_code` and `refresh_token` \
                       here, and registers again.",
            },
            ko: Text {
                headline: "등록 거부: 제공하지 않는 grant type",
                why: "클라이언트가 이 인가 서버가 제공하지 않는 `grant_types` 값을 적었습니다. 이 \
                      인가 서버는 인가 코드 방식과 그 갱신만 제공합니다. 예를 들어 password 방식은 \
                      Alice의 비밀번호를 앱에 넘겨야 합니다. 그래도 등록해 주면 토큰 엔드포인트가 \
                      나중에 거부할 방식을 약속하는 셈이므로, 인가 서버는 지금 \
                      `invalid_client_metadata`로 답합니다.",
                next: "올바른 클라이언트는 여기서 `authorization_code`와 `refresh_token`만 적어 \
                       다시 등록합니다.",
            },
        },
        T::RegisterResponseTypeUnsupported => Explanation {
            chapter: C::Registration,
            rfc: "RFC 7591 §2, §3.2.2; RFC 9700 §2.1.2",
            en: Text {
                headline: "Registration refused: response type not offered",
                why: "The client listed a `response_types` value other than `code`. The legacy \
                      implicit `token` would put the access token itself in the redirect, where \
                      history and `Referer` headers can leak it, so this server offers only the \
                      code flow. It answers `invalid_client_metadata` rather than register a flow \
                      its authorization endpoint would refuse.",
                next: "A correct client registers `response_types` `[\"code\"]` and registers \
                       again.",
            },
            ko: Text {
                headline: "등록 거부: 제공하지 않는 response type",
                why: "클라이언트가 `code`가 아닌 `response_types` 값을 적었습니다. 예전 implicit \
                      방식의 `token`은 access token 자체를 redirect에 실어 방문 기록이나 \
                      `Referer` 헤더로 새어 나갈 수 있으므로, 이 인가 서버는 인가 코드 방식만 \
                      제공합니다. 인가 엔드포인트가 거부할 방식을 등록하는 대신 \
                      `invalid_client_metadata`로 답합니다.",
                next: "올바른 클라이언트는 `response_types`에 `[\"code\"]`를 적어 다시 \
                       등록합니다.",
            },
        },
        T::RegisterFlowsInconsistent => Explanation {
            chapter: C::Registration,
            rfc: "RFC 7591 §2.1, §3.2.2",
            en: Text {
                headline: "Registration refused: response and grant types disagree",
                why: "`response_types` says what the client asks for at the authorization \
                      endpoint, `grant_types` what it trades at the token endpoint, and the two \
                      must tell the same story: `code` goes with `authorization_code`, each \
                      needing the other. A client with one and not the other would hold codes it \
                      may not exchange, or a grant it can never start, so the server answers \
                      `invalid_client_metadata`.",
                next: "A correct client registers `code` together with `authorization_code`, or \
                       neither.",
            },
            ko: Text {
                headline: "등록 거부: response type과 grant type이 맞지 않습니다",
                why: "`response_types`는 클라이언트가 인가 엔드포인트에서 무엇을 요청하는지, \
                      `grant_types`는 토큰 엔드포인트에서 무엇을 교환하는지 나타내며, 두 값은 \
                      서로 맞아야 합니다. `code`와 `authorization_code`는 서로를 필요로 합니다. \
                      하나만 있으면 교환할 수 없는 코드를 받거나 시작할 수 없는 grant를 갖게 \
                      되므로, 인가 서버는 `invalid_client_metadata`로 답합니다.",
                next: "올바른 클라이언트는 `code`와 `authorization_code`를 함께 등록하거나 둘 다 \
                       등록하지 않습니다.",
            },
        },
        T::LoginPageShown => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 6749 §4.1.1, §3.3; RFC 7636 §4.3",
            en: Text {
                headline: "Alice's browser reaches the login page",
                why: "Photo Printer sent Alice's browser to the authorization server, which \
                      checked the `client_id` and `redirect_uri` against the registration and now \
                      asks her to sign in. The request rode in the address bar, the front channel: \
                      URLs end up in history and logs and can be altered, so it carries nothing \
                      secret, only the public `client_id`, a fresh random `state` the client saved \
                      first, and a PKCE `code_challenge` whose verifier stays with the client. \
                      `scope` is only a request; Alice and the server decide what is really \
                      granted.",
                next: "Next Alice types her password: watch that it goes only to the authorization \
                       server.",
            },
            ko: Text {
                headline: "Alice의 브라우저가 로그인 페이지에 도착했습니다",
                why: "Photo Printer가 Alice의 브라우저를 인가 서버로 보냈고, 인가 서버는 \
                      `client_id`와 `redirect_uri`를 등록 정보와 대조한 뒤 로그인을 요청합니다. \
                      노트에서는 리소스 오너가 리소스 서버에 접속한다고 했지만, 실제로 Alice를 \
                      데려가는 것은 브라우저이고 도착지는 인가 서버입니다. 이 요청은 주소창에 실려 \
                      가는 front channel이라 기록과 로그에 남고 바뀔 수도 있으므로 비밀은 담지 \
                      않습니다: 공개된 `client_id`, 클라이언트가 먼저 저장해 둔 무작위 `state`, \
                      그리고 verifier는 클라이언트에 남겨 둔 채 보내는 PKCE \
                      `code_challenge`뿐입니다. `scope`는 요청일 뿐이며, 실제로 무엇을 허용할지는 \
                      Alice와 인가 서버가 정합니다.",
                next: "다음 단계에서 Alice의 비밀번호가 인가 서버에만 전달되는지 보세요.",
            },
        },
        T::ConsentPageShown => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 6749 §4.1.1, §3.3; RFC 9700 §4.16",
            en: Text {
                headline: "The server asks Alice what to share",
                why: "The consent page names the app, Photo Printer, and each scope it asked for. \
                      Alice is handing one named app a named, limited slice of her account (here, \
                      reading her photos), not her password and not the whole account. She may \
                      allow or deny, and the server may grant less than was asked. Like every page \
                      of the authorization server, it comes with `X-Frame-Options: DENY` and \
                      `Content-Security-Policy: frame-ancestors 'none'`: no other site may show it \
                      in a hidden frame and trick her into clicking allow (clickjacking).",
                next: "Watch Alice's answer: allow brings back a code, deny brings back \
                       `access_denied`, both with the same `state`.",
            },
            ko: Text {
                headline: "인가 서버가 Alice에게 무엇을 허용할지 묻습니다",
                why: "동의 화면에는 앱 이름(Photo Printer)과 요청한 scope가 하나씩 나옵니다. \
                      Alice는 비밀번호나 계정 전체가 아니라, 이름이 밝혀진 앱 하나에게 정해진 일부 \
                      권한(여기서는 사진 읽기)만 넘겨주는 것입니다. Alice는 허용하거나 거부할 수 \
                      있고, 인가 서버는 요청보다 적게 허용할 수도 있습니다. 인가 서버의 모든 페이지처럼 \
                      이 페이지에도 `X-Frame-Options: DENY`와 `Content-Security-Policy: \
                      frame-ancestors 'none'`이 붙어, 다른 사이트가 이 페이지를 보이지 않는 \
                      frame에 넣고 Alice가 허용을 누르도록 속일 수 없습니다(clickjacking).",
                next: "Alice가 허용하면 인가 코드가, 거부하면 `access_denied`가 같은 `state`와 \
                       함께 클라이언트로 돌아가는지 보세요.",
            },
        },
        T::ClientIdMissing => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 6749 §4.1.1, §4.1.2.1",
            en: Text {
                headline: "Stopped: the request names no client",
                why: "The authorization request has no `client_id`, so the server cannot tell \
                      which app is asking or which redirect addresses belong to it. It shows Alice \
                      an error page (400 `invalid_request`) instead of redirecting: sending her to \
                      an address it cannot vouch for would turn the server into an open redirector \
                      that phishing pages could borrow.",
                next: "A correct client always sends its `client_id`; notice that no message goes \
                       back to Photo Printer.",
            },
            ko: Text {
                headline: "중단: 요청에 클라이언트 정보가 없습니다",
                why: "인가 요청에 `client_id`가 없어 인가 서버는 어떤 앱이 요청했는지, 어느 \
                      redirect URI가 그 앱의 것인지 알 수 없습니다. 그래서 redirect하지 않고 \
                      Alice에게 오류 페이지(400 `invalid_request`)를 보여 줍니다. 확인할 수 없는 \
                      주소로 사용자를 보내면 인가 서버가 피싱 사이트에 악용되는 open redirector가 \
                      되기 때문입니다.",
                next: "올바른 클라이언트는 항상 `client_id`를 보내며, 이번에는 Photo Printer로 \
                       돌아가는 메시지가 없다는 점을 확인하세요.",
            },
        },
        T::ClientUnknown => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 6749 §4.1.1, §4.1.2.1",
            en: Text {
                headline: "Stopped: this client_id is not registered",
                why: "No app is registered under this `client_id`: a typo, a deleted app, or a \
                      page pretending to be one. With no registration there is no trusted redirect \
                      address, so the server stops with an error page for Alice (400 \
                      `invalid_request`) and redirects nowhere. Redirecting would let anyone \
                      borrow the server's good name to bounce users to their own site.",
                next: "A correct client uses the `client_id` it received at registration; nothing \
                       reaches the client this time.",
            },
            ko: Text {
                headline: "중단: 등록되지 않은 client_id입니다",
                why: "이 `client_id`로 등록된 앱이 없습니다. 오타일 수도, 삭제된 앱일 수도, 앱을 \
                      흉내 내는 페이지일 수도 있습니다. 등록 정보가 없으면 믿을 수 있는 redirect \
                      URI도 없으므로, 인가 서버는 어디로도 redirect하지 않고 Alice에게 오류 \
                      페이지(400 `invalid_request`)를 보여 줍니다. 여기서 redirect하면 누구든 인가 \
                      서버의 신뢰를 빌려 사용자를 자기 사이트로 보낼 수 있게 됩니다.",
                next: "올바른 클라이언트는 등록 때 받은 `client_id`를 쓰며, 이번에는 \
                       클라이언트에게 아무것도 전달되지 않습니다.",
            },
        },
        T::RedirectUriMismatch => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 6749 §3.1.2.3, §4.1.2.1; RFC 9700 §4.1.3",
            en: Text {
                headline: "Stopped: redirect_uri does not match exactly",
                why: "The `redirect_uri` in the request is not, character for character, one that \
                      Photo Printer registered; a different path, a trailing slash or a change of \
                      case all make a different address. The server refuses with an error page \
                      (400 `invalid_request`) and does not redirect, because a code or even an \
                      error sent to an unverified address could land on an attacker's site. Exact \
                      matching is what keeps codes going only where the app said they should.",
                next: "A correct client sends the registered address exactly; watch that Alice's \
                       browser stays at the authorization server.",
            },
            ko: Text {
                headline: "중단: redirect_uri가 정확히 일치하지 않습니다",
                why: "요청의 `redirect_uri`가 Photo Printer가 등록한 주소와 한 글자씩 같지 \
                      않습니다. 경로가 다르거나, 끝에 `/`가 붙거나, 대소문자가 달라도 다른 주소로 \
                      봅니다. 확인되지 않은 주소로 코드나 오류를 보내면 공격자의 사이트에 도착할 \
                      수 있으므로, 인가 서버는 redirect하지 않고 오류 페이지(400 \
                      `invalid_request`)를 보여 줍니다. 정확히 일치하는지 비교해야만 코드가 앱이 \
                      약속한 곳으로만 갑니다.",
                next: "올바른 클라이언트는 등록한 주소를 그대로 보내며, 이번에는 Alice의 \
                       브라우저가 인가 서버에 머무는 것을 확인하세요.",
            },
        },
        T::RedirectUriRequired => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 6749 §3.1.2.3, §4.1.2.1",
            en: Text {
                headline: "Stopped: several redirect URIs, none chosen",
                why: "Photo Printer registered more than one redirect URI but did not say which \
                      one to use. The server will not pick one for it, since a guess could deliver \
                      the code to the wrong place. It stops with an error page (400 \
                      `invalid_request`) and redirects nowhere.",
                next: "A correct client with several addresses names the exact registered \
                       `redirect_uri` in every request.",
            },
            ko: Text {
                headline: "중단: redirect URI가 여러 개인데 고르지 않았습니다",
                why: "Photo Printer는 redirect URI를 여러 개 등록했지만 이번 요청에서 어느 것을 \
                      쓸지 밝히지 않았습니다. 잘못 고르면 코드가 엉뚱한 곳으로 갈 수 있으므로 인가 \
                      서버는 대신 골라 주지 않습니다. 어디로도 redirect하지 않고 오류 페이지(400 \
                      `invalid_request`)를 보여 줍니다.",
                next: "주소가 여러 개인 올바른 클라이언트는 매 요청에 등록된 `redirect_uri`를 \
                       정확히 적어 보냅니다.",
            },
        },
        T::RedirectUriMalformed => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 6749 §3.1.2, §4.1.2.1",
            en: Text {
                headline: "Stopped: redirect_uri is not a valid address",
                why: "A redirect URI must be absolute and carry no `#fragment`; this one is \
                      relative or has a fragment, so it can never match a registration. The server \
                      treats it like any unverified address: an error page for Alice (400 \
                      `invalid_request`) and no redirect.",
                next: "A correct client sends the full registered address; nothing goes back to \
                       the client this time.",
            },
            ko: Text {
                headline: "중단: redirect_uri 형식이 올바르지 않습니다",
                why: "redirect URI는 절대 주소여야 하고 `#fragment`가 없어야 합니다. 이 주소는 \
                      상대 주소이거나 fragment를 담고 있어 어떤 등록 정보와도 일치할 수 없습니다. \
                      인가 서버는 이를 확인되지 않은 주소와 똑같이 다루어, redirect하지 않고 \
                      Alice에게 오류 페이지(400 `invalid_request`)를 보여 줍니다.",
                next: "올바른 클라이언트는 등록한 전체 주소를 보내며, 이번에는 클라이언트로 \
                       아무것도 돌아가지 않습니다.",
            },
        },
        T::ClientOrRedirectUriRepeated => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 6749 §3.1, §4.1.2.1",
            en: Text {
                headline: "Stopped: client_id or redirect_uri appears twice",
                why: "The request names the client or the redirect URI more than once, which \
                      OAuth forbids because the server cannot know which value to trust. Someone \
                      able to append to the URL could slip in a second `redirect_uri` and hope \
                      the server picks theirs. Until the client and its redirect URI are certain \
                      there is nowhere safe to send an error, so the server does not redirect; it \
                      shows Alice an error page (400 `invalid_request`).",
                next: "A correct client sends each parameter once; watch that the browser is not \
                       sent back.",
            },
            ko: Text {
                headline: "중단: client_id나 redirect_uri가 두 번 왔습니다",
                why: "요청에 클라이언트나 redirect URI가 두 번 이상 들어 있습니다. 어느 값을 믿어야 \
                      할지 알 수 없기 때문에 OAuth는 이를 금지합니다. URL 뒤에 값을 덧붙일 수 있는 \
                      사람이 두 번째 `redirect_uri`를 끼워 넣어 자기 값이 선택되기를 노릴 수 \
                      있습니다. 클라이언트와 redirect URI가 확실해지기 전에는 오류를 안전하게 보낼 \
                      곳이 없으므로, 인가 서버는 redirect하지 않고 Alice에게 오류 페이지(400 \
                      `invalid_request`)를 보여 줍니다.",
                next: "올바른 클라이언트는 각 파라미터를 한 번만 보내며, 이번에는 브라우저가 \
                       클라이언트로 돌아가지 않는 것을 보세요.",
            },
        },
        T::ParameterRepeated => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 6749 §3.1, §4.1.2.1",
            en: Text {
                headline: "Refused: a parameter appears twice",
                why: "The same parameter, such as `scope`, was sent more than once, which OAuth \
                      forbids because the server cannot know which value the client meant. The \
                      client and its redirect URI are already certain, so this is an ordinary \
                      `invalid_request` for the client: the browser is sent back to the redirect \
                      URI with `error` and the `state` the client sent.",
                next: "A correct client sends each parameter once, joining several scopes with \
                       spaces in one `scope`.",
            },
            ko: Text {
                headline: "거부: 같은 파라미터가 두 번 왔습니다",
                why: "`scope` 같은 파라미터가 두 번 이상 왔습니다. 클라이언트가 어느 값을 뜻했는지 \
                      알 수 없기 때문에 OAuth는 이를 금지합니다. 클라이언트와 redirect URI는 이미 \
                      확인되었으므로 이는 클라이언트에게 알리는 보통의 `invalid_request`입니다. \
                      브라우저를 `error`와 클라이언트가 보낸 `state`와 함께 redirect URI로 \
                      돌려보냅니다.",
                next: "올바른 클라이언트는 각 파라미터를 한 번만 보내고, 여러 scope는 공백으로 \
                       이어 하나의 `scope`에 담습니다.",
            },
        },
        T::ResponseTypeMissing => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 6749 §4.1.1, §4.1.2.1",
            en: Text {
                headline: "Error sent back: response_type is missing",
                why: "The client and its `redirect_uri` checked out, so from here on errors go \
                      back to Photo Printer as a redirect carrying `error`, `error_description` \
                      and the same `state`. This request lacks `response_type`, which says which \
                      flow the client wants, so the answer is `invalid_request`. Redirecting is \
                      safe now because the address is one the app registered.",
                next: "Watch the error arrive at the client's callback; a correct client sends \
                       `response_type=code`.",
            },
            ko: Text {
                headline: "오류 반환: response_type이 없습니다",
                why: "클라이언트와 `redirect_uri` 확인은 통과했으므로, 이제부터 오류는 `error`, \
                      `error_description`, 그리고 같은 `state`를 담은 redirect로 Photo Printer에게 \
                      돌아갑니다. 이 요청에는 어떤 흐름을 원하는지 알려 주는 `response_type`이 \
                      없어 `invalid_request`로 답합니다. 앱이 등록한 주소이기 때문에 이제는 \
                      redirect해도 안전합니다.",
                next: "클라이언트의 콜백에 오류가 도착하는지 보세요(올바른 클라이언트는 \
                       `response_type=code`를 보냅니다).",
            },
        },
        T::ResponseTypeUnsupported => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 6749 §4.1.2.1, §4.2; RFC 9700 §2.1.2",
            en: Text {
                headline: "Error sent back: only response_type=code",
                why: "This server offers only the authorization code flow, so any other \
                      `response_type`, such as the legacy implicit `token`, gets \
                      `unsupported_response_type` at the client's address. In the implicit flow \
                      the access token itself rode the redirect, where history, `Referer` headers \
                      and browser extensions can see it and nobody checks who caught it. Code plus \
                      PKCE now works in browsers too, so nothing is left that only the implicit \
                      flow can do.",
                next: "A correct client asks for `response_type=code`; watch the error reach the \
                       callback with the same `state`.",
            },
            ko: Text {
                headline: "오류 반환: response_type=code만 지원합니다",
                why: "이 인가 서버는 인가 코드 방식만 제공하므로, 예전 implicit 방식의 `token` \
                      같은 다른 `response_type`에는 클라이언트 주소로 \
                      `unsupported_response_type`을 돌려보냅니다. implicit 방식에서는 access token \
                      자체가 redirect에 실려 방문 기록, `Referer` 헤더, 브라우저 확장 프로그램에 \
                      노출되고, 누가 그것을 받았는지 아무도 확인하지 않습니다. 지금은 \
                      브라우저에서도 인가 코드와 PKCE를 쓸 수 있으므로 implicit 방식만 할 수 있는 \
                      일은 남아 있지 않습니다.",
                next: "올바른 클라이언트는 `response_type=code`를 요청하며, 이번에는 오류가 같은 \
                       `state`와 함께 콜백에 도착합니다.",
            },
        },
        T::ResponseTypeNotAllowed => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 6749 §4.1.2.1; RFC 7591 §2",
            en: Text {
                headline: "Error sent back: app not registered for codes",
                why: "The server offers `response_type=code`, but this client did not register \
                      it (nor the `authorization_code` grant), so the answer is \
                      `unauthorized_client`, sent back with the same `state`. Each app may use \
                      only the flows it registered; a stolen `client_id` cannot start a flow \
                      its owner never asked for.",
                next: "A correct client registers `response_types` `[\"code\"]` with the \
                       `authorization_code` grant before sending users here.",
            },
            ko: Text {
                headline: "오류 반환: 코드 방식으로 등록되지 않은 앱",
                why: "인가 서버는 `response_type=code`를 제공하지만 이 클라이언트는 그것을(그리고 \
                      `authorization_code` grant도) 등록하지 않았으므로, 같은 `state`와 함께 \
                      `unauthorized_client`를 돌려보냅니다. 앱은 등록한 방식만 쓸 수 있으므로, \
                      누가 `client_id`를 알아내도 그 앱이 요청한 적 없는 흐름을 시작할 수 \
                      없습니다.",
                next: "올바른 클라이언트는 사용자를 보내기 전에 `response_types` `[\"code\"]`와 \
                       `authorization_code` grant를 등록합니다.",
            },
        },
        T::ScopeInvalid => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 6749 §3.3, §4.1.2.1",
            en: Text {
                headline: "Error sent back: a scope is unknown or not allowed",
                why: "Photo Printer asked for a scope this server does not know, or one this app \
                      may not have. Rather than quietly dropping it, the server answers \
                      `invalid_scope` at the client's registered address with the same `state`, so \
                      the app learns its request was wrong instead of assuming it got more than it \
                      did. `scope` is always a request; the server decides.",
                next: "A correct client asks only for scopes the server offers; watch the error \
                       reach the callback.",
            },
            ko: Text {
                headline: "오류 반환: 알 수 없거나 허용되지 않은 scope입니다",
                why: "Photo Printer가 인가 서버가 모르는 scope, 또는 이 앱에는 허용되지 않은 \
                      scope를 요청했습니다. 인가 서버는 그 scope를 조용히 빼 버리지 않고, 등록된 \
                      주소로 같은 `state`와 함께 `invalid_scope`를 돌려보냅니다. 그래야 앱이 \
                      받지도 않은 권한을 받았다고 착각하지 않습니다. `scope`는 언제나 요청일 \
                      뿐이고 결정은 인가 서버가 합니다.",
                next: "올바른 클라이언트는 인가 서버가 제공하는 scope만 요청하며, 이번에는 오류가 \
                       콜백에 도착하는 것을 보세요.",
            },
        },
        T::PkceChallengeMissing => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 7636 §4.4.1; RFC 9700 §2.1.1",
            en: Text {
                headline: "Error sent back: PKCE code_challenge required",
                why: "This server requires PKCE, and the request came without a `code_challenge`. \
                      The challenge is a hash of a secret `code_verifier` that stays with the \
                      client; at the token exchange only the party that started the flow can show \
                      the verifier, so a stolen or injected code is useless to anyone else. \
                      Without a challenge that check cannot happen later, so the server answers \
                      `invalid_request` now.",
                next: "A correct client makes a fresh verifier for every flow and sends its S256 \
                       challenge; watch the error arrive at the callback.",
            },
            ko: Text {
                headline: "오류 반환: PKCE code_challenge가 필요합니다",
                why: "이 인가 서버는 PKCE를 요구하는데 요청에 `code_challenge`가 없습니다. \
                      challenge는 클라이언트만 가지고 있는 비밀 값 `code_verifier`의 해시입니다. \
                      토큰 교환 때 흐름을 시작한 쪽만 verifier를 내밀 수 있으므로, 코드를 훔치거나 \
                      끼워 넣은 사람은 그 코드를 쓸 수 없습니다. challenge가 없으면 나중에 이 \
                      확인을 할 수 없기 때문에 인가 서버는 지금 `invalid_request`로 답합니다.",
                next: "올바른 클라이언트는 흐름마다 새 verifier를 만들어 그 S256 challenge를 \
                       보내며, 이번에는 오류가 콜백에 도착하는 것을 보세요.",
            },
        },
        T::PkceMethodUnsupported => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 7636 §4.2, §4.3, §4.4.1; RFC 9700 §2.1.1",
            en: Text {
                headline: "Error sent back: only S256 is accepted",
                why: "The request named a PKCE method other than `S256`, or named none, which \
                      means `plain`. With `plain` the challenge is the verifier itself, so it \
                      crosses the front channel where it can be seen; with `S256` only a hash \
                      does, and the verifier stays with the client until the direct \
                      server-to-server exchange. So the server answers `invalid_request`.",
                next: "A correct client sends `code_challenge_method=S256`; watch the error reach \
                       the callback with the same `state`.",
            },
            ko: Text {
                headline: "오류 반환: S256 방식만 받습니다",
                why: "요청이 `S256`이 아닌 PKCE 방식을 지정했거나, 아무 방식도 지정하지 \
                      않았습니다(지정하지 않으면 `plain`으로 봅니다). `plain`에서는 challenge가 곧 \
                      verifier라서 노출될 수 있는 front channel을 그대로 지나갑니다. `S256`에서는 \
                      해시만 지나가고, verifier는 서버끼리 직접 교환할 때까지 클라이언트에 남아 \
                      있습니다. 그래서 인가 서버는 `invalid_request`로 답합니다.",
                next: "올바른 클라이언트는 `code_challenge_method=S256`을 보내며, 이번에는 오류가 \
                       같은 `state`와 함께 콜백에 도착하는 것을 보세요.",
            },
        },
        T::PkceChallengeMalformed => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 7636 §4.2, §4.4.1",
            en: Text {
                headline: "Error sent back: code_challenge has the wrong shape",
                why: "A `code_challenge` must be 43 to 128 unreserved characters, and an S256 \
                      challenge is always exactly 43 base64url characters. Any other shape means \
                      the client computed it wrongly, and no verifier would ever match it. The \
                      server answers `invalid_request` now rather than issue a code that could \
                      never be exchanged.",
                next: "A correct client hashes its verifier with SHA-256 and base64url-encodes it \
                       without padding; watch the error reach the callback.",
            },
            ko: Text {
                headline: "오류 반환: code_challenge 형식이 잘못되었습니다",
                why: "`code_challenge`는 unreserved 문자 43~128개여야 하고, S256 challenge는 \
                      언제나 base64url 문자 43개입니다. 형식이 다르다면 클라이언트가 challenge를 \
                      잘못 계산한 것이고, 어떤 verifier와도 맞지 않습니다. 인가 서버는 교환할 수 \
                      없는 코드를 발급하는 대신 지금 `invalid_request`로 답합니다.",
                next: "올바른 클라이언트는 verifier를 SHA-256으로 해시해 padding 없는 base64url로 \
                       인코딩하며, 이번에는 오류가 콜백에 도착하는 것을 보세요.",
            },
        },
        T::LoggedIn => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 6749 §3.1, §10.11",
            en: Text {
                headline: "Alice signed in at the authorization server",
                why: "Alice typed her password on the authorization server's own page; Photo \
                      Printer never sees it, and how the server checks her (password, second \
                      factor, passkey, an existing session) is its own business. That check, \
                      confirming who Alice is, is authentication. OAuth is about something else, \
                      authorization: what Photo Printer may do on her behalf. The tokens to come \
                      are keys for an API, not proof of who the user is; signing users in to apps \
                      is OpenID Connect's job.",
                next: "Next the server asks Alice which parts of her account Photo Printer may \
                       use.",
            },
            ko: Text {
                headline: "Alice가 인가 서버에 로그인했습니다",
                why: "Alice는 인가 서버의 페이지에서 직접 비밀번호를 입력했고, Photo Printer는 \
                      이를 전혀 보지 못합니다. 비밀번호, 2단계 인증, 패스키, 기존 세션 중 무엇으로 \
                      확인할지는 인가 서버가 정할 일입니다. 지금 한 일은 Alice가 누구인지 확인하는 \
                      인증(authentication)이고, OAuth가 다루는 것은 Photo Printer가 무엇을 해도 \
                      되는지 허락하는 인가(authorization)입니다. 업체 문서에서 '인증 서버'라고 \
                      부르는 서버도 이 흐름에서는 인가 서버이며, 앱에 사용자를 로그인시키는 일은 \
                      OpenID Connect가 맡습니다.",
                next: "다음으로 인가 서버가 Photo Printer에게 계정의 어느 부분을 허용할지 \
                       Alice에게 묻습니다.",
            },
        },
        T::LoginFailed => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 6749 §3.1, §10.11",
            en: Text {
                headline: "Sign-in failed: wrong username or password",
                why: "The authorization server could not confirm it was Alice, so it shows the \
                      login page again and issues nothing. Photo Printer learns nothing, not the \
                      password and not even that it was mistyped, because sign-in happens entirely \
                      between Alice and the server. The pending authorization request simply \
                      waits.",
                next: "Watch Alice try again; only a successful sign-in leads to the consent page.",
            },
            ko: Text {
                headline: "로그인 실패: 아이디 또는 비밀번호가 틀렸습니다",
                why: "인가 서버가 Alice임을 확인하지 못해 로그인 페이지를 다시 보여 주고, 아무것도 \
                      발급하지 않습니다. 로그인은 Alice와 인가 서버 사이에서만 일어나므로 Photo \
                      Printer는 비밀번호는 물론 잘못 입력했다는 사실조차 알지 못합니다. 진행 중인 \
                      인가 요청은 그대로 기다립니다.",
                next: "Alice가 다시 로그인에 성공해야만 동의 화면으로 넘어간다는 점을 보세요.",
            },
        },
        T::NoAuthorizationInProgress => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 6749 §4.1.1, §10.12",
            en: Text {
                headline: "Refused: no authorization request in progress",
                why: "The browser posted a login or a consent with no authorization request behind \
                      it, so the server cannot tell which app, which `redirect_uri` or which \
                      scopes the answer is for. It answers `invalid_request` instead of guessing. \
                      A consent that is not tied to a request the owner actually saw is exactly \
                      what a forged form would send.",
                next: "A flow always starts with `/authorize`; watch for that request before login \
                       and consent.",
            },
            ko: Text {
                headline: "거부: 진행 중인 인가 요청이 없습니다",
                why: "브라우저가 인가 요청 없이 로그인이나 동의를 보냈기 때문에, 인가 서버는 이 \
                      답이 어느 앱, 어느 `redirect_uri`, 어느 scope에 대한 것인지 알 수 없습니다. \
                      그래서 추측하지 않고 `invalid_request`로 답합니다. 리소스 오너가 실제로 본 \
                      요청과 연결되지 않은 동의는 공격자가 위조한 폼이 보낼 법한 것입니다.",
                next: "흐름은 언제나 `/authorize`로 시작하므로, 로그인과 동의 앞에 그 요청이 \
                       있는지 보세요.",
            },
        },
        T::ConsentBeforeLogin => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 6749 §3.1, §10.12",
            en: Text {
                headline: "Refused: consent before signing in",
                why: "A consent answer arrived before anyone signed in. Only the resource owner \
                      can share her photos, and the server does not yet know whether this browser \
                      belongs to Alice, so it asks her to sign in first. Otherwise anyone who \
                      reached the consent form could approve access to someone else's account.",
                next: "Watch Alice sign in; the consent page comes only after that.",
            },
            ko: Text {
                headline: "거부: 로그인 전에는 동의할 수 없습니다",
                why: "아무도 로그인하지 않았는데 동의 답변이 도착했습니다. 사진을 공유할 수 있는 \
                      사람은 리소스 오너뿐인데, 인가 서버는 아직 이 브라우저가 Alice의 것인지 \
                      모르므로 먼저 로그인하라고 안내합니다. 그렇지 않으면 동의 폼에 접근한 누구나 \
                      다른 사람의 계정에 대한 접근을 허용할 수 있게 됩니다.",
                next: "Alice가 로그인한 다음에야 동의 화면이 나오는 것을 보세요.",
            },
        },
        T::ConsentDecisionInvalid => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 6749 §4.1.2.1, §10.12",
            en: Text {
                headline: "Refused: the decision must be allow or deny",
                why: "The consent form came back with a decision that is neither `allow` nor \
                      `deny`. The server will not read an unclear answer as yes, because access is \
                      granted only with the owner's explicit consent. It answers `invalid_request` \
                      and issues nothing.",
                next: "Watch for a clear `allow` or `deny` from Alice on the next try.",
            },
            ko: Text {
                headline: "거부: 허용 또는 거부 중 하나여야 합니다",
                why: "동의 폼의 `decision` 값이 `allow`도 `deny`도 아닙니다. 권한은 리소스 오너가 \
                      분명히 동의했을 때만 주어지므로, 인가 서버는 애매한 답을 허용으로 해석하지 \
                      않습니다. `invalid_request`로 답하고 아무것도 발급하지 않습니다.",
                next: "다음 시도에서 Alice가 `allow`(허용)나 `deny`(거부)를 분명히 고르는지 \
                       보세요.",
            },
        },
        T::CodeIssued => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 6749 §4.1.2, §3.1.2, §10.5; RFC 9700 §4.1",
            en: Text {
                headline: "Alice allowed it: the browser carries a code back",
                why: "The server sends Alice's browser back to Photo Printer's registered address \
                      with an authorization code and the same `state`. The code is a short-lived, \
                      single-use claim ticket; it rides the front channel, where it may be seen, \
                      so on its own it is worth nothing: only the client, calling the server \
                      directly over the back channel with its own credentials, can turn it into \
                      tokens. It goes only to an address that exactly matches the registration, \
                      and even a trailing slash would make a different one.",
                next: "At the callback, watch Photo Printer compare `state` with the value it \
                       saved before it keeps the code.",
            },
            ko: Text {
                headline: "Alice가 허용했습니다: 브라우저가 인가 코드를 가져갑니다",
                why: "인가 서버는 인가 코드와 같은 `state`를 붙여 Alice의 브라우저를 Photo \
                      Printer의 등록된 주소로 돌려보냅니다. 인가 코드는 수명이 짧고 한 번만 쓸 수 \
                      있는 교환권입니다. 노출될 수 있는 front channel로 오기 때문에 그 자체로는 \
                      쓸모가 없고, 클라이언트가 자기 자격 증명을 들고 back channel(서버 간 직접 \
                      호출)로 교환해야만 토큰이 됩니다. 코드는 등록 정보와 정확히 같은 주소로만 \
                      가며, 끝에 `/` 하나만 달라도 다른 주소입니다.",
                next: "콜백에서 Photo Printer가 코드를 받아 두기 전에 `state`를 저장해 둔 값과 \
                       비교하는지 보세요.",
            },
        },
        T::AccessDenied => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 6749 §4.1.2.1",
            en: Text {
                headline: "Alice said no: access_denied",
                why: "Alice denied the request, which is a normal outcome, not a fault. The server \
                      redirects to Photo Printer's registered address with `error=access_denied` \
                      and the same `state`, and issues no code and no token. Her account is \
                      untouched.",
                next: "A correct client checks `state`, tells Alice nothing was shared, and does \
                       not keep asking.",
            },
            ko: Text {
                headline: "Alice가 거부했습니다: access_denied",
                why: "Alice가 요청을 거부했습니다. 이는 오류가 아니라 정상적인 결과입니다. 인가 \
                      서버는 `error=access_denied`와 같은 `state`를 붙여 Photo Printer의 등록된 \
                      주소로 redirect하며, 코드도 토큰도 발급하지 않습니다. Alice의 계정은 \
                      그대로입니다.",
                next: "올바른 클라이언트는 `state`를 확인한 뒤 아무것도 공유되지 않았다고 알려 \
                       주고, 같은 요청을 되풀이하지 않습니다.",
            },
        },
        T::CallbackAccepted => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 6749 §4.1.2, §10.12; RFC 9700 §4.7",
            en: Text {
                headline: "Photo Printer checks state and keeps the code",
                why: "The browser delivered the code to Photo Printer's callback, and the `state` \
                      matches the one the client saved for this browser. The match shows that this \
                      response answers a request this browser really started, not one an attacker \
                      pushed in. Only the client can make this check; the server merely echoes \
                      `state` back.",
                next: "Next the client leaves the browser behind and calls the token endpoint \
                       directly: the back channel.",
            },
            ko: Text {
                headline: "Photo Printer가 state를 확인하고 코드를 받아 둡니다",
                why: "브라우저가 Photo Printer의 콜백으로 인가 코드를 전달했고, `state`가 \
                      클라이언트가 이 브라우저를 위해 저장해 둔 값과 같습니다. 값이 같다는 것은 이 \
                      응답이 공격자가 밀어 넣은 것이 아니라 이 브라우저가 실제로 시작한 요청에 \
                      대한 답이라는 뜻입니다. 이 확인은 클라이언트만 할 수 있으며, 인가 서버는 \
                      `state`를 그대로 돌려줄 뿐입니다.",
                next: "다음에는 클라이언트가 브라우저를 거치지 않고 토큰 엔드포인트를 직접 \
                       호출하는 back channel을 보세요.",
            },
        },
        T::CallbackStateMismatch => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 6749 §10.12; RFC 9700 §4.7",
            en: Text {
                headline: "Photo Printer rejects a callback with the wrong state",
                why: "The callback's `state` is missing or differs from the one saved for this \
                      browser, so this response does not belong to a request Alice started. It may \
                      be a forged callback (login CSRF): an attacker's own code pushed into \
                      Alice's browser, which would quietly connect her session to the attacker's \
                      account. The client throws the code away and sends no token request \
                      (`invalid_state`); PKCE also stops injected codes, but only if the client \
                      knows the server enforces it.",
                next: "Watch that no `/token` request follows; a correct client starts over with a \
                       fresh `state`.",
            },
            ko: Text {
                headline: "state가 달라 Photo Printer가 콜백을 거부합니다",
                why: "콜백의 `state`가 없거나 이 브라우저에 저장해 둔 값과 달라, 이 응답은 Alice가 \
                      시작한 요청의 답이 아닙니다. 공격자가 자기 인가 코드를 Alice의 브라우저에 \
                      밀어 넣어 Alice의 세션을 공격자의 계정에 몰래 연결하려는 위조된 콜백(login \
                      CSRF)일 수 있습니다. 그래서 클라이언트는 코드를 버리고 토큰 요청을 보내지 \
                      않습니다(`invalid_state`). PKCE도 끼워 넣은 코드를 막아 주지만, 인가 서버가 \
                      PKCE를 반드시 검사한다는 것을 클라이언트가 알 때만 믿을 수 있습니다.",
                next: "뒤이어 `/token` 요청이 나가지 않는지 보세요(올바른 클라이언트는 새 \
                       `state`로 처음부터 다시 시작합니다).",
            },
        },
        T::CallbackCarriedError => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 6749 §4.1.2.1; RFC 9700 §4.7",
            en: Text {
                headline: "The callback brings an error, not a code",
                why: "The authorization server sent the browser back with an `error` and \
                      `error_description` instead of a code, for example because Alice denied or \
                      the request was invalid. The client still checks `state`, so that a forged \
                      error cannot mislead it, and then shows Alice what went wrong. There is no \
                      code, so there is nothing to exchange.",
                next: "A correct client sends no token request here; it fixes its request or lets \
                       Alice try again.",
            },
            ko: Text {
                headline: "콜백에 코드 대신 오류가 왔습니다",
                why: "인가 서버가 인가 코드 대신 `error`와 `error_description`을 붙여 브라우저를 \
                      돌려보냈습니다. Alice가 거부했거나 요청이 잘못된 경우입니다. 클라이언트는 \
                      위조된 오류에 속지 않도록 여기서도 `state`를 확인한 뒤, Alice에게 무엇이 \
                      잘못되었는지 보여 줍니다. 코드가 없으니 교환할 것도 없습니다.",
                next: "올바른 클라이언트는 여기서 토큰 요청을 보내지 않고, 요청을 고치거나 Alice가 \
                       다시 시도하게 합니다.",
            },
        },
        T::CallbackWithoutCode => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 6749 §4.1.2, §4.1.2.1",
            en: Text {
                headline: "Refused: the callback has neither code nor error",
                why: "Photo Printer's callback was opened with neither a `code` nor an `error`, \
                      which no authorization server sends; someone may have opened the address by \
                      hand, or a link was cut short. The client answers `invalid_request` and does \
                      nothing more, because there is nothing to exchange and nothing to trust.",
                next: "Watch that no token request follows; the flow must start again from \
                       `/authorize`.",
            },
            ko: Text {
                headline: "거부: 콜백에 코드도 오류도 없습니다",
                why: "Photo Printer의 콜백이 `code`도 `error`도 없이 열렸습니다. 인가 서버는 이런 \
                      응답을 보내지 않으니, 누군가 주소를 직접 열었거나 링크가 잘렸을 수 있습니다. \
                      교환할 것도 믿을 것도 없으므로 클라이언트는 `invalid_request`로 답하고 더 \
                      이상 아무것도 하지 않습니다.",
                next: "뒤이어 토큰 요청이 나가지 않으며, 흐름은 `/authorize`부터 다시 시작해야 \
                       한다는 점을 보세요.",
            },
        },
        T::CodeLeakedToAttacker => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 6749 §10.5, §10.6; RFC 9700 §4.1",
            en: Text {
                headline: "The code went to a page the client does not own",
                why: "The browser delivered the authorization code to an address outside Photo \
                      Printer, so now an attacker holds it. This is the front-channel risk in \
                      action, and the reason servers must compare redirect URIs exactly: a loose \
                      rule, such as matching only a prefix, lets a look-alike address receive \
                      codes. The code alone is not enough, though: to redeem it the attacker also \
                      needs the client's secret, or the PKCE verifier that never left Photo \
                      Printer.",
                next: "Watch what happens if the attacker tries the code at `/token`: without the \
                       secret or verifier it should fail.",
            },
            ko: Text {
                headline: "인가 코드가 클라이언트의 것이 아닌 페이지로 갔습니다",
                why: "브라우저가 인가 코드를 Photo Printer가 아닌 주소로 전달해서, 이제 공격자가 \
                      코드를 갖고 있습니다. front channel의 위험이 실제로 드러난 경우이며, 인가 \
                      서버가 redirect URI를 정확히 비교해야 하는 이유이기도 합니다: 앞부분만 \
                      맞으면 통과시키는 느슨한 비교에서는 비슷하게 생긴 주소도 코드를 받을 수 \
                      있습니다. 다만 코드만으로는 부족합니다: 공격자가 코드를 교환하려면 \
                      클라이언트의 secret이나, Photo Printer를 떠난 적 없는 PKCE verifier도 있어야 \
                      합니다.",
                next: "공격자가 `/token`에서 이 코드를 쓰려 할 때, secret이나 verifier 없이는 \
                       실패하는지 보세요.",
            },
        },
        T::SignInStarted => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 6749 §4.1.1, §10.12",
            en: Text {
                headline: "The client sends the browser to the authorization server",
                why: "The browser asked Photo Printer to sign in, and Photo Printer answered with a \
                      redirect to `/authorize`. The query carries only public values: the \
                      `client_id`, the `redirect_uri`, the `scope`, a fresh `state` and the PKCE \
                      `code_challenge`. The `state` and the `code_verifier` stay at the client, \
                      tied to this browser by a session cookie, so the callback can later be \
                      matched to the browser that started it.",
                next: "Follow the redirect: the browser now talks to the authorization server, \
                       and Photo Printer is not in the conversation.",
            },
            ko: Text {
                headline: "클라이언트가 브라우저를 인가 서버로 보냅니다",
                why: "브라우저가 Photo Printer에 로그인을 요청했고, Photo Printer는 `/authorize`로 \
                      가는 리다이렉트로 답했습니다. 쿼리에는 공개해도 되는 값만 있습니다: \
                      `client_id`, `redirect_uri`, `scope`, 새 `state`, PKCE `code_challenge`. \
                      `state`와 `code_verifier`는 클라이언트에 남고, 세션 쿠키로 이 브라우저와 \
                      묶입니다. 그래서 나중에 콜백이 오면 흐름을 시작한 브라우저인지 확인할 수 \
                      있습니다.",
                next: "리다이렉트를 따라가 보세요: 이제 브라우저가 인가 서버와 이야기하고, Photo \
                       Printer는 그 대화에 끼지 않습니다.",
            },
        },
        T::NotSignedIn => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 6749 §10.12",
            en: Text {
                headline: "The client shows photos only to the browser that signed in",
                why: "Photo Printer keeps its tokens for the browser session that ran the flow. \
                      This browser has no such session, so the client does not use the tokens \
                      for it: a token held by a client serves the person whose flow obtained it, \
                      not whoever opens the page.",
                next: "Sign in first with `authorize`, `login`, `consent` and `callback` in this \
                       browser.",
            },
            ko: Text {
                headline: "클라이언트는 로그인한 브라우저에만 사진을 보여 줍니다",
                why: "Photo Printer는 흐름을 진행한 브라우저 세션에 토큰을 묶어 둡니다. 이 \
                      브라우저에는 그런 세션이 없으므로 클라이언트는 토큰을 쓰지 않습니다: \
                      클라이언트가 가진 토큰은 그 흐름을 거친 사람을 위한 것이지, 페이지를 연 \
                      아무나를 위한 것이 아닙니다.",
                next: "이 브라우저에서 먼저 `authorize`, `login`, `consent`, `callback`을 \
                       진행하세요.",
            },
        },
        T::PhotosShown => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 6749 §1.2 (E)-(F); RFC 6750 §2.1",
            en: Text {
                headline: "The client's page shows what the API returned",
                why: "The browser opened Photo Printer's photos page. The client called the photo \
                      API with the access token of this browser's session, the API asked the \
                      authorization server about the token, and the client now shows the photos \
                      to whoever holds this session. If that is not Alice, her data has reached \
                      someone else.",
                next: "Look at whose photos these are, and which browser sees them.",
            },
            ko: Text {
                headline: "클라이언트 페이지가 API가 준 사진을 보여 줍니다",
                why: "브라우저가 Photo Printer의 사진 페이지를 열었습니다. 클라이언트는 이 브라우저 \
                      세션의 액세스 토큰으로 사진 API를 불렀고, API는 인가 서버에 토큰을 \
                      물어본 뒤 답했습니다. 이제 클라이언트는 이 세션을 가진 사람에게 사진을 \
                      보여 줍니다. 그 사람이 Alice가 아니라면 Alice의 데이터가 다른 사람에게 간 \
                      것입니다.",
                next: "누구의 사진인지, 어느 브라우저가 보고 있는지 확인하세요.",
            },
        },
        T::PhotosUnavailable => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 6750 §3.1",
            en: Text {
                headline: "The API refused, so the client has nothing to show",
                why: "Photo Printer called the photo API with the token of this browser's session \
                      and the API refused it. The client passes the failure on as its own error \
                      page; the API's answer, just above, says why.",
                next: "Read the resource server's answer and its `WWW-Authenticate` header.",
            },
            ko: Text {
                headline: "API가 거절해서 클라이언트가 보여 줄 것이 없습니다",
                why: "Photo Printer가 이 브라우저 세션의 토큰으로 사진 API를 불렀지만 API가 \
                      거절했습니다. 클라이언트는 그 실패를 자기 오류 페이지로 전합니다. 이유는 \
                      바로 위 API의 응답에 있습니다.",
                next: "리소스 서버의 응답과 `WWW-Authenticate` 헤더를 읽어 보세요.",
            },
        },
        T::NoSuchPage => Explanation {
            chapter: C::Roles,
            rfc: "RFC 9110 §15.5.5",
            en: Text {
                headline: "Nothing is served at this address",
                why: "The request reached a server, but no endpoint lives at this path, so it \
                      answers 404 Not Found. Each party serves only its own endpoints: the \
                      authorization server `/authorize`, `/token` and the rest, the API its \
                      resource path, the client its sign-in page, callback and photos page.",
                next: "Check the path the step sends to.",
            },
            ko: Text {
                headline: "이 주소에는 아무것도 없습니다",
                why: "요청이 서버에 닿았지만 이 경로에는 엔드포인트가 없어서 404 Not Found로 \
                      답합니다. 각 참여자는 자기 엔드포인트만 제공합니다: 인가 서버는 \
                      `/authorize`, `/token` 등을, API는 리소스 경로를, 클라이언트는 로그인 \
                      페이지와 콜백, 사진 페이지를 제공합니다.",
                next: "단계가 보내는 경로를 확인하세요.",
            },
        },
        T::MethodNotAllowed => Explanation {
            chapter: C::Roles,
            rfc: "RFC 9110 §15.5.6; RFC 6749 §3.1, §3.2",
            en: Text {
                headline: "The endpoint does not accept this method",
                why: "The path exists but takes another method, so the server answers 405 and \
                      names the one it accepts in `Allow`. The authorization endpoint takes GET, \
                      because the browser arrives there by a redirect; the token endpoint takes \
                      only POST, so credentials and codes never sit in a URL.",
                next: "Send the step with the method the `Allow` header names.",
            },
            ko: Text {
                headline: "이 엔드포인트는 이 메서드를 받지 않습니다",
                why: "경로는 있지만 다른 메서드만 받으므로 서버는 405로 답하고 `Allow` 헤더에 받는 \
                      메서드를 적습니다. 인가 엔드포인트는 브라우저가 리다이렉트로 오기 때문에 \
                      GET을 받고, 토큰 엔드포인트는 POST만 받아 자격 증명과 인가 코드가 URL에 \
                      남지 않게 합니다.",
                next: "`Allow` 헤더가 말하는 메서드로 단계를 보내세요.",
            },
        },
        T::AttackerPageShown => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 9700 §4.11; RFC 6749 §10.11",
            en: Text {
                headline: "The browser is on the attacker's page",
                why: "The browser arrived at an address the attacker controls. The page looks like \
                      a sign-in form. Whatever the user types there goes to the attacker, and \
                      nothing on the page proves who runs it: only the address bar does.",
                next: "Watch where the next form goes: the browser posts it to the server that \
                       served this page.",
            },
            ko: Text {
                headline: "브라우저가 공격자의 페이지에 있습니다",
                why: "브라우저가 공격자가 가진 주소에 도착했습니다. 페이지는 로그인 양식처럼 \
                      보입니다. 사용자가 여기에 입력하는 것은 모두 공격자에게 가고, 페이지 \
                      내용으로는 누가 운영하는지 알 수 없습니다: 주소창만이 알려 줍니다.",
                next: "다음 양식이 어디로 가는지 보세요: 브라우저는 이 페이지를 준 서버로 양식을 \
                       보냅니다.",
            },
        },
        T::LureFollowed => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 9700 §4.1.1, §4.11",
            en: Text {
                headline: "The attacker's link takes Alice to the authorization server",
                why: "Alice opened a link from the attacker, and the attacker's page redirected her \
                      browser to an authorization request it crafted: the photo printer's public \
                      `client_id`, with the attacker's own `state` and PKCE challenge, and any \
                      other changes it chose. The authorization server cannot tell who wrote the \
                      link; it can only check what the link asks for.",
                next: "See whether the authorization server accepts what the link asks for.",
            },
            ko: Text {
                headline: "공격자의 링크가 Alice의 브라우저를 인가 서버로 보냅니다",
                why: "Alice가 공격자가 보낸 링크를 열었고, 공격자의 페이지는 직접 만든 인가 \
                      요청으로 브라우저를 리다이렉트했습니다: Photo Printer의 공개된 `client_id`에 \
                      공격자의 `state`와 PKCE challenge, 그리고 공격자가 바꾼 값들이 들어 \
                      있습니다. 인가 서버는 누가 링크를 썼는지 알 수 없고, 링크가 요구하는 내용만 \
                      검사할 수 있습니다.",
                next: "인가 서버가 링크의 요구를 받아들이는지 보세요.",
            },
        },
        T::CodeLeakedThroughReferer => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 9700 §4.2.1, §4.2.4",
            en: Text {
                headline: "The Referer header carried the code to another site",
                why: "Photo Printer's callback page embeds content from another site. To fetch it, \
                      the browser sent a `Referer` header, and because the page's \
                      `Referrer-Policy` allowed the whole URL, the header carried the callback URL \
                      with the authorization code and `state`. The other site now holds the code. \
                      A callback page should send `Referrer-Policy: no-referrer` or redirect at \
                      once to a clean URL, and embed nothing from third parties.",
                next: "Watch whether the attacker can still redeem the code before the client \
                       does.",
            },
            ko: Text {
                headline: "Referer 헤더가 인가 코드를 다른 사이트로 보냈습니다",
                why: "Photo Printer의 콜백 페이지가 다른 사이트의 콘텐츠를 포함하고 있습니다. \
                      브라우저는 그것을 가져오면서 `Referer` 헤더를 보냈고, 페이지의 \
                      `Referrer-Policy`가 전체 URL을 허용했기 때문에 헤더에 인가 코드와 `state`가 \
                      든 콜백 URL이 그대로 실렸습니다. 이제 다른 사이트가 코드를 갖고 있습니다. \
                      콜백 페이지는 `Referrer-Policy: no-referrer`를 보내거나 곧바로 깨끗한 URL로 \
                      리다이렉트해야 하고, 제3자 콘텐츠를 넣지 말아야 합니다.",
                next: "클라이언트보다 먼저 공격자가 코드를 교환할 수 있는지 보세요.",
            },
        },
        T::PasswordPhished => Explanation {
            chapter: C::OwnerApproval,
            rfc: "RFC 6749 §10.11; RFC 9700 §4.11.2",
            en: Text {
                headline: "Alice typed her password into the attacker's page",
                why: "The browser posted the sign-in form to the server that served the page, and \
                      that page was the attacker's. OAuth keeps passwords away from clients, but \
                      it cannot stop a user from typing one into a look-alike page; that is why an \
                      authorization server must not redirect users to addresses it does not \
                      trust, even to report an error.",
                next: "Watch the attacker sign in with what it got.",
            },
            ko: Text {
                headline: "Alice가 공격자의 페이지에 비밀번호를 입력했습니다",
                why: "브라우저는 페이지를 준 서버로 로그인 양식을 보냈고, 그 페이지는 공격자의 \
                      것이었습니다. OAuth는 클라이언트가 비밀번호를 보지 못하게 하지만, 사용자가 \
                      비슷하게 생긴 페이지에 비밀번호를 입력하는 것까지는 막지 못합니다. 그래서 \
                      인가 서버는 오류를 알릴 때에도 믿을 수 없는 주소로 사용자를 리다이렉트하면 \
                      안 됩니다.",
                next: "공격자가 얻은 값으로 로그인하는지 보세요.",
            },
        },
        T::ValuesStolen => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 9700 §4.3, §4.14",
            en: Text {
                headline: "The attacker copied values that leaked outside any message",
                why: "Not every leak is a message on the wire: a code stays in browser history, a \
                      token in a log file, a refresh token in a stolen backup. The scenario says \
                      what leaked, and the attacker now holds it. What matters next is what the \
                      servers do when the attacker tries to use it.",
                next: "Watch the attacker use what it holds, and which defense stops it.",
            },
            ko: Text {
                headline: "공격자가 메시지 밖으로 샌 값을 복사했습니다",
                why: "모든 유출이 전송되는 메시지인 것은 아닙니다: 인가 코드는 브라우저 기록에, \
                      토큰은 로그 파일에, refresh 토큰은 도난당한 백업에 남습니다. 시나리오가 \
                      무엇이 샜는지 정하고, 이제 공격자가 그것을 갖고 있습니다. 중요한 것은 \
                      공격자가 그것을 쓰려 할 때 서버들이 어떻게 하느냐입니다.",
                next: "공격자가 가진 것을 쓰는 모습과, 어떤 방어가 그것을 막는지 보세요.",
            },
        },
        T::ResourceServedFromCache => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 7662 §4; RFC 9700 §4.10; RFC 7009 §2",
            en: Text {
                headline: "The API served the call from its cache, without asking",
                why: "The resource server asked the authorization server about this token a \
                      little earlier, was told it was active, and kept that answer for a while. \
                      This call it believed the cached answer and did not ask again. That saves a \
                      round trip, but whatever happened since (a revocation, a withdrawn consent) \
                      is not seen until the entry expires: a stolen token keeps working for that \
                      long. Keep the cache short, or ask every time.",
                next: "Compare with the same call when the resource server asks every time.",
            },
            ko: Text {
                headline: "API가 묻지 않고 캐시로 답했습니다",
                why: "리소스 서버는 조금 전에 이 토큰을 인가 서버에 물어 활성이라는 답을 받았고, 그 \
                      답을 한동안 보관합니다. 이번 호출에서는 캐시된 답을 믿고 다시 묻지 \
                      않았습니다. 왕복 한 번을 아끼지만, 그 사이에 일어난 일(취소, 철회된 동의)은 \
                      항목이 만료될 때까지 보이지 않습니다: 도난당한 토큰이 그동안 계속 \
                      작동합니다. 캐시를 짧게 하거나 매번 물어야 합니다.",
                next: "리소스 서버가 매번 물을 때의 같은 호출과 비교해 보세요.",
            },
        },
        T::ClientAuthUnknownClient => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 6749 §2.3.1, §5.2; RFC 9110 §15.5.2",
            en: Text {
                headline: "Client authentication failed: unknown client",
                why: "The credentials the client sent name a `client_id` the server never \
                      registered, so it answers 401 `invalid_client` with a `WWW-Authenticate: \
                      Basic` challenge, as every 401 must carry, even when the client sent its \
                      credentials in the form body. At `/token` and `/revoke` a client \
                      must prove which app it is, and an unknown app gets nothing, whatever code \
                      or token it brings.",
                next: "A correct client authenticates with the `client_id` and secret it got at \
                       registration.",
            },
            ko: Text {
                headline: "클라이언트 인증 실패: 등록되지 않은 클라이언트",
                why: "클라이언트가 보낸 자격 증명의 `client_id`가 등록된 적이 없어, 인가 서버가 \
                      401 `invalid_client`로 답했습니다. 모든 401에는 `WWW-Authenticate` 헤더가 \
                      있어야 하므로, 클라이언트가 자격 증명을 form 본문에 담았더라도 `Basic` \
                      방식을 알려 줍니다. `/token`과 `/revoke`에서는 클라이언트가 \
                      어느 앱인지 증명해야 하므로, 모르는 앱은 어떤 코드나 토큰을 가져와도 \
                      아무것도 얻지 못합니다.",
                next: "올바른 클라이언트는 등록 때 받은 `client_id`와 secret으로 인증합니다.",
            },
        },
        T::ClientAuthWrongSecret => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 6749 §2.3.1, §5.2",
            en: Text {
                headline: "Client authentication failed: wrong secret",
                why: "The `client_id` is known but the `client_secret` is wrong, so the server \
                      answers 401 `invalid_client`. The secret is the app's password: it is what \
                      makes a code caught in the browser useless to anyone who is not Photo \
                      Printer. A failed attempt like this does not use up a code.",
                next: "A correct client sends the secret it got at registration, kept where only \
                       its own server can read it.",
            },
            ko: Text {
                headline: "클라이언트 인증 실패: client secret이 틀렸습니다",
                why: "`client_id`는 맞지만 `client_secret`이 틀려 인가 서버가 401 \
                      `invalid_client`로 답했습니다. secret은 앱의 비밀번호이며, 브라우저에서 \
                      가로챈 코드가 Photo Printer가 아닌 사람에게 쓸모없는 것도 이 secret \
                      덕분입니다. 이렇게 실패한 시도로는 코드가 소모되지 않습니다.",
                next: "올바른 클라이언트는 등록 때 받은 secret을 자기 서버만 읽을 수 있는 곳에 \
                       보관했다가 보냅니다.",
            },
        },
        T::ClientAuthMissing => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 6749 §2.3.1, §3.2.1, §5.2; RFC 9110 §15.5.2",
            en: Text {
                headline: "Client authentication failed: no credentials",
                why: "Photo Printer is a confidential client, one that was given a secret, yet it \
                      sent no credentials, so the server answers 401 `invalid_client`, with a \
                      `WWW-Authenticate: Basic` header naming the way it accepts them. Without \
                      them anyone holding the code could ask for tokens in the app's name. Apps \
                      that cannot keep a secret register as public clients instead and prove each \
                      flow with PKCE.",
                next: "A correct confidential client sends its id and secret, in the Basic header \
                       or in the form body, but not both.",
            },
            ko: Text {
                headline: "클라이언트 인증 실패: 자격 증명이 없습니다",
                why: "Photo Printer는 secret을 받은 confidential 클라이언트인데 자격 증명을 보내지 \
                      않아, 인가 서버가 받아들이는 방식을 알려 주는 `WWW-Authenticate: Basic` \
                      헤더와 함께 401 `invalid_client`로 답했습니다. 자격 증명 없이 토큰을 \
                      준다면 코드를 가진 누구나 이 앱 행세를 할 수 있습니다. secret을 지킬 수 없는 \
                      앱은 처음부터 public 클라이언트로 등록하고 매 흐름을 PKCE로 증명합니다.",
                next: "올바른 confidential 클라이언트는 id와 secret을 Basic 헤더나 form 본문 중 한 \
                       곳에만 담아 보냅니다.",
            },
        },
        T::ClientAuthMalformed => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 6749 §2.3.1, §5.2; RFC 7617 §2",
            en: Text {
                headline: "Client authentication failed: malformed Basic header",
                why: "The `Authorization` header cannot be read as HTTP Basic credentials: the \
                      base64 is invalid, or there is no `:` between id and secret. The server \
                      cannot tell who is asking, so it answers 401 `invalid_client` with a \
                      `WWW-Authenticate: Basic` challenge. Note that OAuth form-encodes the id and \
                      the secret before base64-encoding the pair.",
                next: "A correct client builds the header as `Basic \
                       base64(urlencode(id):urlencode(secret))`.",
            },
            ko: Text {
                headline: "클라이언트 인증 실패: Basic 헤더 형식이 잘못되었습니다",
                why: "`Authorization` 헤더를 HTTP Basic 자격 증명으로 읽을 수 없습니다. base64가 \
                      올바르지 않거나 id와 secret 사이에 `:`가 없습니다. 누가 요청했는지 알 수 \
                      없으므로 인가 서버는 `WWW-Authenticate: Basic` 헤더와 함께 401 \
                      `invalid_client`로 답합니다. OAuth에서는 id와 secret을 먼저 form 인코딩한 뒤 \
                      둘을 합쳐 base64로 인코딩한다는 점도 기억하세요.",
                next: "올바른 클라이언트는 헤더를 `Basic base64(urlencode(id):urlencode(secret))` \
                       형태로 만듭니다.",
            },
        },
        T::ClientAuthWrongMethod => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 6749 §2.3, §5.2; RFC 7591 §2",
            en: Text {
                headline: "Client authentication failed: not the registered method",
                why: "At registration the client named how it would prove itself at the token \
                      endpoint (`token_endpoint_auth_method`: Basic header, secret in the form, or \
                      none). This request used another way. The server holds the client to its \
                      word and answers 401 `invalid_client`, the code RFC 6749 §5.2 gives for an \
                      unsupported authentication method: a stolen secret is less useful when the \
                      server also knows exactly how it must arrive.",
                next: "A correct client authenticates the way it registered, every time.",
            },
            ko: Text {
                headline: "클라이언트 인증 실패: 등록한 방식이 아닙니다",
                why: "클라이언트는 등록할 때 토큰 엔드포인트에서 자신을 어떻게 증명할지 \
                      정했습니다(`token_endpoint_auth_method`: Basic 헤더, form 본문의 secret, 또는 \
                      없음). 이번 요청은 다른 방식을 썼습니다. 인가 서버는 등록한 약속대로만 \
                      받아들이고, 지원하지 않는 인증 방식에 대해 RFC 6749 §5.2가 정한 401 \
                      `invalid_client`로 답합니다. secret이 어떤 방식으로 와야 하는지까지 정해 두면 \
                      secret이 새어 나가도 쓰기가 더 어려워집니다.",
                next: "올바른 클라이언트는 언제나 등록한 방식으로 인증합니다.",
            },
        },
        T::ClientAuthTwice => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 6749 §2.3, §2.3.1, §5.2",
            en: Text {
                headline: "Refused: client credentials sent two ways",
                why: "Photo Printer put its credentials both in the `Authorization` header and in \
                      the form body. A client must use exactly one authentication method per \
                      request, because if the two copies differed the server could not know which \
                      to trust. It answers `invalid_request`.",
                next: "A correct client uses only the method it registered, such as \
                       `client_secret_basic`.",
            },
            ko: Text {
                headline: "거부: 클라이언트 자격 증명을 두 방식으로 보냈습니다",
                why: "Photo Printer가 자격 증명을 `Authorization` 헤더와 form 본문에 모두 \
                      담았습니다. 두 값이 다르면 어느 쪽을 믿어야 할지 알 수 없으므로, \
                      클라이언트는 요청마다 한 가지 인증 방식만 써야 합니다. 인가 서버는 \
                      `invalid_request`로 답합니다.",
                next: "올바른 클라이언트는 `client_secret_basic`처럼 등록한 방식 하나만 씁니다.",
            },
        },
        T::TokensIssued => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 6749 §4.1.3, §5.1; RFC 7636 §4.6",
            en: Text {
                headline: "Code exchanged: Photo Printer gets its tokens",
                why: "Over the back channel Photo Printer proved itself: its secret says which app \
                      it is, the `code_verifier` says it is the party that started this flow, and \
                      the repeated `redirect_uri` matches the one the code is bound to. The code \
                      is now used up, and both sides delete it. The access token is a bearer \
                      token, usable by whoever holds it, so it comes with `Cache-Control: \
                      no-store` and a short `expires_in`; it is a key for the API, not a statement \
                      of who Alice is. Read the `scope` in the response too: the server may have \
                      granted less than was asked.",
                next: "Watch the client present the access token to the resource server in the \
                       `Authorization: Bearer` header.",
            },
            ko: Text {
                headline: "코드 교환 완료: Photo Printer가 토큰을 받았습니다",
                why: "Photo Printer는 back channel에서 자신을 증명했습니다: secret은 어느 \
                      앱인지를, `code_verifier`는 이 흐름을 시작한 바로 그쪽임을 보여 주고, 다시 \
                      보낸 `redirect_uri`도 코드에 묶인 주소와 같습니다. 이제 인가 코드는 다 \
                      썼으므로 클라이언트와 인가 서버 양쪽에서 지웁니다. access token은 가진 \
                      사람이 누구든 쓸 수 있는 bearer 토큰이라 `Cache-Control: no-store`와 짧은 \
                      `expires_in`이 함께 오며, Alice가 누구인지 알려 주는 것이 아니라 API를 여는 \
                      열쇠일 뿐입니다. 응답의 `scope`도 확인하세요: 인가 서버가 요청보다 적게 \
                      허용했을 수 있습니다.",
                next: "클라이언트가 `Authorization: Bearer` 헤더에 access token을 담아 리소스 \
                       서버에 보내는 것을 보세요.",
            },
        },
        T::FormParameterRepeated => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 6749 §3.2, §5.2; RFC 7009 §2.2.1",
            en: Text {
                headline: "Refused: a parameter appears twice in the form",
                why: "The client's form to the token endpoint (or to `/revoke`) carries the same \
                      parameter more than once. Parameters of a request to the token endpoint \
                      must not be included more than once, because the server cannot know which \
                      value the client meant; a request that does is an `invalid_request`, \
                      answered to the client directly: 400 with a JSON error body, no redirect.",
                next: "A correct client sends each parameter of the form once.",
            },
            ko: Text {
                headline: "거부: 폼에 같은 파라미터가 두 번 왔습니다",
                why: "토큰 엔드포인트(또는 `/revoke`)로 보낸 클라이언트의 폼에 같은 파라미터가 두 번 \
                      이상 들어 있습니다. 토큰 엔드포인트 요청의 파라미터는 두 번 이상 넣어서는 안 \
                      됩니다. 클라이언트가 어느 값을 뜻했는지 서버가 알 수 없기 때문입니다. 이런 \
                      요청은 `invalid_request`이며, 클라이언트에게 바로 답합니다: redirect 없이 \
                      JSON 오류 본문을 담은 400입니다.",
                next: "올바른 클라이언트는 폼의 각 파라미터를 한 번만 보냅니다.",
            },
        },
        T::GrantTypeMissing => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 6749 §4.1.3, §5.2",
            en: Text {
                headline: "Token request refused: grant_type is missing",
                why: "The token endpoint serves several kinds of request, such as exchanging a \
                      code or refreshing, and `grant_type` says which one this is. Without it the \
                      server cannot know which rules apply, so it answers `invalid_request` and \
                      leaves the code unused.",
                next: "A correct client sends `grant_type=authorization_code` together with the \
                       code.",
            },
            ko: Text {
                headline: "토큰 요청 거부: grant_type이 없습니다",
                why: "토큰 엔드포인트는 코드 교환, 토큰 갱신 등 여러 종류의 요청을 받으며, \
                      `grant_type`이 그중 무엇인지 알려 줍니다. 이 값이 없으면 어떤 규칙을 \
                      적용할지 알 수 없으므로 인가 서버는 `invalid_request`로 답하고, 코드는 \
                      쓰이지 않은 채 남습니다.",
                next: "올바른 클라이언트는 코드와 함께 `grant_type=authorization_code`를 보냅니다.",
            },
        },
        T::GrantTypeUnsupported => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 6749 §5.2; RFC 9700 §2.4",
            en: Text {
                headline: "Token request refused: unsupported grant_type",
                why: "This server does not offer the `grant_type` the client named, so it answers \
                      `unsupported_grant_type`. Servers deliberately support few grants; the old \
                      password grant, for example, would hand Alice's password to the app, which \
                      is exactly what OAuth exists to avoid.",
                next: "A correct client uses `authorization_code` for the exchange and \
                       `refresh_token` to renew.",
            },
            ko: Text {
                headline: "토큰 요청 거부: 지원하지 않는 grant_type",
                why: "클라이언트가 지정한 `grant_type`을 이 인가 서버가 제공하지 않아 \
                      `unsupported_grant_type`으로 답했습니다. 인가 서버는 일부러 몇 가지 방식만 \
                      지원합니다. 예를 들어 예전의 password 방식은 Alice의 비밀번호를 앱에 넘겨야 \
                      하는데, 이것이야말로 OAuth가 피하려는 일입니다.",
                next: "올바른 클라이언트는 코드 교환에는 `authorization_code`, 갱신에는 \
                       `refresh_token`을 씁니다.",
            },
        },
        T::GrantTypeNotAllowed => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 6749 §5.2; RFC 7591 §2",
            en: Text {
                headline: "Token request refused: grant not allowed for this app",
                why: "The server knows this `grant_type`, but Photo Printer is not registered to \
                      use it, so the answer is `unauthorized_client`. Each app gets only the \
                      grants it registered for; limiting what a client may do also limits what \
                      anyone holding its credentials could do.",
                next: "A correct client uses only the grant types in its registration, or \
                       registers the one it needs.",
            },
            ko: Text {
                headline: "토큰 요청 거부: 이 앱에 허용되지 않은 grant",
                why: "인가 서버는 이 `grant_type`을 알지만 Photo Printer는 이를 쓰도록 등록되지 \
                      않았으므로 `unauthorized_client`로 답합니다. 앱은 등록한 방식만 쓸 수 \
                      있습니다. 클라이언트가 할 수 있는 일을 줄이면, 그 자격 증명을 손에 넣은 \
                      사람이 할 수 있는 일도 줄어듭니다.",
                next: "올바른 클라이언트는 등록된 grant type만 쓰거나, 필요한 방식을 등록에 \
                       추가합니다.",
            },
        },
        T::CodeMissing => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 6749 §4.1.3, §5.2",
            en: Text {
                headline: "Token request refused: no code",
                why: "The request asks to exchange an authorization code but carries no `code`. \
                      There is nothing to check against Alice's consent, so the server answers \
                      `invalid_request`.",
                next: "A correct client sends the code it received at its callback.",
            },
            ko: Text {
                headline: "토큰 요청 거부: 인가 코드가 없습니다",
                why: "인가 코드를 교환하겠다는 요청인데 `code`가 없습니다. Alice의 동의와 대조할 \
                      것이 없으므로 인가 서버는 `invalid_request`로 답합니다.",
                next: "올바른 클라이언트는 콜백에서 받은 코드를 보냅니다.",
            },
        },
        T::CodeUnknown => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 6749 §4.1.3, §5.2",
            en: Text {
                headline: "Token request refused: this code was never issued",
                why: "The server has no record of this code: it was mistyped, cut short or made \
                      up. It answers `invalid_grant` and says no more, since telling a guesser \
                      what was wrong would only help them. Codes are long random values precisely \
                      so that nobody can guess one.",
                next: "A correct client sends the exact code from its callback, once.",
            },
            ko: Text {
                headline: "토큰 요청 거부: 발급된 적 없는 코드입니다",
                why: "인가 서버에 이 코드의 기록이 없습니다. 잘못 입력했거나, 잘렸거나, 지어낸 \
                      코드입니다. 어디가 틀렸는지 알려 주면 추측하는 사람만 도울 뿐이므로 인가 \
                      서버는 `invalid_grant`로만 답합니다. 인가 코드가 길고 무작위인 것도 아무도 \
                      추측할 수 없게 하기 위해서입니다.",
                next: "올바른 클라이언트는 콜백에서 받은 코드를 그대로, 한 번만 보냅니다.",
            },
        },
        T::CodeExpired => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 6749 §4.1.2, §4.1.3, §5.2",
            en: Text {
                headline: "Token request refused: the code has expired",
                why: "Authorization codes live only minutes (here `code_lifetime`, ten minutes by \
                      default), and this one is past its end, so the server answers \
                      `invalid_grant`. A short life limits how long a code seen in the front \
                      channel could be abused. An honest client exchanges its code right away.",
                next: "A correct client now starts a new authorization request, and Alice approves \
                       again.",
            },
            ko: Text {
                headline: "토큰 요청 거부: 인가 코드가 만료되었습니다",
                why: "인가 코드는 몇 분만 유효한데(여기서는 `code_lifetime`, 기본 10분) 이 코드는 \
                      그 시간이 지났으므로 인가 서버가 `invalid_grant`로 답했습니다. 수명이 짧으면 \
                      front channel에서 노출된 코드가 악용될 수 있는 시간도 짧아집니다. 정상적인 \
                      클라이언트는 코드를 받자마자 교환합니다.",
                next: "올바른 클라이언트라면 이제 새 인가 요청을 시작하고, Alice가 다시 동의하게 \
                       됩니다.",
            },
        },
        T::CodeReplayed => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 6749 §4.1.2, §10.5; RFC 9700 §4.2.4",
            en: Text {
                headline: "Code replayed: refused, and its tokens revoked",
                why: "This code was already exchanged, so a second use means a copy exists \
                      somewhere: in a log, a history entry or an attacker's hands. The server \
                      cannot tell which request is the honest one, so it answers `invalid_grant` \
                      and also revokes every token issued from that code. Alice is safer with \
                      those tokens gone than with an attacker possibly holding them.",
                next: "Watch the tokens from the first exchange stop working; a correct client \
                       never sends a code twice.",
            },
            ko: Text {
                headline: "인가 코드 재사용: 거부하고 발급된 토큰도 폐기합니다",
                why: "이 코드는 이미 교환되었으므로, 두 번째 사용은 로그나 방문 기록, 혹은 \
                      공격자의 손에 복사본이 있다는 뜻입니다. 어느 요청이 정상인지 가릴 수 없기 \
                      때문에 인가 서버는 `invalid_grant`로 답하고, 그 코드로 발급했던 토큰까지 \
                      모두 폐기합니다. 공격자가 토큰을 가지고 있을지도 모르는 상황보다 토큰이 모두 \
                      사라진 상황이 Alice에게 더 안전합니다.",
                next: "올바른 클라이언트는 코드를 두 번 보내지 않으며, 이번에는 첫 교환에서 받은 \
                       토큰까지 더 이상 통하지 않는 것을 보세요.",
            },
        },
        T::CodeOfAnotherClient => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 6749 §4.1.3, §5.2",
            en: Text {
                headline: "Token request refused: code belongs to another app",
                why: "The code was issued to a different app than the one now authenticating. Each \
                      code is bound to the client Alice approved, so another registered app cannot \
                      redeem it, even with valid credentials of its own. The server answers \
                      `invalid_grant`.",
                next: "Only the client named in Alice's consent can exchange its code; watch that \
                       no tokens are issued.",
            },
            ko: Text {
                headline: "토큰 요청 거부: 다른 앱의 인가 코드입니다",
                why: "이 코드는 지금 인증한 앱이 아닌 다른 앱에게 발급되었습니다. 인가 코드는 \
                      Alice가 허용한 클라이언트에 묶여 있어서, 자기 자격 증명이 올바른 다른 등록 \
                      앱이라도 이 코드를 교환할 수 없습니다. 인가 서버는 `invalid_grant`로 \
                      답합니다.",
                next: "Alice가 동의한 클라이언트만 그 코드를 교환할 수 있으며, 이번에는 토큰이 \
                       발급되지 않는 것을 보세요.",
            },
        },
        T::CodeConsentWithdrawn => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 6749 §4.1.3, §5.2; RFC 7009 §1",
            en: Text {
                headline: "Token request refused: Alice withdrew her consent",
                why: "The code is genuine and unexpired, but since it was issued Alice went to \
                      her account page and withdrew her consent for this app. A code is only a \
                      claim on that consent, so the server refuses it with `invalid_grant` (the \
                      grant was revoked) and issues nothing.",
                next: "A correct client accepts the refusal; only Alice can let it in again, \
                       through a new authorization request.",
            },
            ko: Text {
                headline: "토큰 요청 거부: Alice가 동의를 철회했습니다",
                why: "인가 코드는 진짜이고 만료되지도 않았지만, 코드가 발급된 뒤 Alice가 계정 \
                      페이지에서 이 앱에 대한 동의를 철회했습니다. 인가 코드는 그 동의를 근거로 \
                      하므로 인가 서버는 `invalid_grant`(권한이 폐기됨)로 거부하고 아무것도 \
                      발급하지 않습니다.",
                next: "올바른 클라이언트는 거부를 받아들이며, Alice만이 새 인가 요청으로 다시 \
                       허용할 수 있습니다.",
            },
        },
        T::TokenRedirectUriMissing => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 6749 §4.1.3, §5.2",
            en: Text {
                headline: "Token request refused: redirect_uri must be repeated",
                why: "Photo Printer sent a `redirect_uri` with its authorization request, so the \
                      code is bound to it and the token request must repeat it. Leaving it out is \
                      a missing required parameter: `invalid_request`. Repeating it lets the \
                      server confirm that the code went to the address the client asked for.",
                next: "A correct client sends the very same `redirect_uri` it used at \
                       `/authorize`.",
            },
            ko: Text {
                headline: "토큰 요청 거부: redirect_uri를 다시 보내야 합니다",
                why: "Photo Printer가 인가 요청에 `redirect_uri`를 보냈으므로 인가 코드는 그 \
                      주소에 묶여 있고, 토큰 요청에서도 같은 값을 다시 보내야 합니다. 빠뜨리면 \
                      필수 파라미터가 없는 것이므로 `invalid_request`입니다. 다시 보내야 인가 \
                      서버가 코드가 클라이언트가 요청한 주소로 전달되었음을 확인할 수 있습니다.",
                next: "올바른 클라이언트는 `/authorize`에서 쓴 것과 똑같은 `redirect_uri`를 \
                       보냅니다.",
            },
        },
        T::TokenRedirectUriMismatch => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 6749 §4.1.3, §10.6",
            en: Text {
                headline: "Token request refused: redirect_uri differs",
                why: "The `redirect_uri` in the token request is not the one the code was issued \
                      for, so the server answers `invalid_grant`. An attacker who tricked the \
                      browser into delivering a code to their own address would have to present \
                      that address here, and the mismatch gives them away.",
                next: "A correct client repeats the exact address it sent at `/authorize`.",
            },
            ko: Text {
                headline: "토큰 요청 거부: redirect_uri가 다릅니다",
                why: "토큰 요청의 `redirect_uri`가 인가 코드를 발급할 때의 주소와 달라 인가 서버가 \
                      `invalid_grant`로 답했습니다. 브라우저를 속여 코드를 자기 주소로 받은 \
                      공격자는 여기서 그 주소를 내밀 수밖에 없고, 이 불일치로 들통이 납니다.",
                next: "올바른 클라이언트는 `/authorize`에서 보낸 주소를 정확히 되풀이합니다.",
            },
        },
        T::VerifierMissing => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 7636 §4.5, §4.6",
            en: Text {
                headline: "Token request refused: code_verifier missing",
                why: "The code was issued with a PKCE challenge, so whoever redeems it must show \
                      the matching `code_verifier`, and this request has none: `invalid_request`. \
                      Client authentication says which app is asking; the verifier says it is the \
                      same party that started this flow. They are two different proofs.",
                next: "A correct client sends the verifier it has kept since the authorization \
                       request.",
            },
            ko: Text {
                headline: "토큰 요청 거부: code_verifier가 없습니다",
                why: "이 인가 코드는 PKCE challenge와 함께 발급되었으므로, 교환하는 쪽은 짝이 맞는 \
                      `code_verifier`를 보여야 합니다. 요청에 verifier가 없어 인가 서버는 \
                      `invalid_request`로 답합니다. 클라이언트 인증은 어느 앱인지를, verifier는 이 \
                      흐름을 시작한 바로 그쪽인지를 증명하는 서로 다른 증거입니다.",
                next: "올바른 클라이언트는 인가 요청 때부터 보관해 온 verifier를 보냅니다.",
            },
        },
        T::VerifierMalformed => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 7636 §4.1, §4.5",
            en: Text {
                headline: "Token request refused: code_verifier has wrong shape",
                why: "A `code_verifier` must be 43 to 128 characters from `A-Z a-z 0-9 - . _ ~`. \
                      This one is not, so the server answers `invalid_request` without even \
                      comparing it. That length is what makes a verifier impossible to guess.",
                next: "A correct client generates a random verifier of the right shape for every \
                       flow.",
            },
            ko: Text {
                headline: "토큰 요청 거부: code_verifier 형식이 잘못되었습니다",
                why: "`code_verifier`는 `A-Z a-z 0-9 - . _ ~` 문자로 된 43~128자여야 합니다. 이 \
                      값은 그렇지 않아 인가 서버는 비교해 보지도 않고 `invalid_request`로 \
                      답합니다. 이만큼 길어야 verifier를 추측할 수 없습니다.",
                next: "올바른 클라이언트는 흐름마다 형식에 맞는 무작위 verifier를 새로 만듭니다.",
            },
        },
        T::VerifierMismatch => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 7636 §4.6; RFC 9700 §4.5",
            en: Text {
                headline: "Token request refused: verifier does not match",
                why: "Hashing this `code_verifier` does not give the `code_challenge` sent at the \
                      start of the flow, so whoever is redeeming the code is not the party that \
                      started it. That is what a stolen or injected code looks like, and the \
                      server answers `invalid_grant`. This check is what keeps a code caught in \
                      the front channel useless.",
                next: "Watch that no tokens are issued; only the client holding the original \
                       verifier can redeem this code.",
            },
            ko: Text {
                headline: "토큰 요청 거부: verifier가 맞지 않습니다",
                why: "이 `code_verifier`를 해시한 값이 흐름을 시작할 때 보낸 `code_challenge`와 \
                      다르므로, 지금 코드를 교환하려는 쪽은 흐름을 시작한 쪽이 아닙니다. 훔치거나 \
                      끼워 넣은 코드가 바로 이런 모습이기에 인가 서버는 `invalid_grant`로 \
                      답합니다. front channel에서 가로챈 코드를 쓸모없게 만드는 것이 바로 이 \
                      확인입니다.",
                next: "원래 verifier를 가진 클라이언트만 이 코드를 교환할 수 있으므로, 이번에는 \
                       토큰이 발급되지 않는 것을 보세요.",
            },
        },
        T::VerifierWithoutChallenge => Explanation {
            chapter: C::ServerApproval,
            rfc: "RFC 7636 §4.6; RFC 9700 §4.8.2",
            en: Text {
                headline: "Token request refused: verifier but no challenge",
                why: "A `code_verifier` arrived for a code that was issued without any \
                      `code_challenge`. A client that uses PKCE would have sent a challenge, so \
                      someone probably stripped it from the authorization request: a PKCE \
                      downgrade attack. The server answers `invalid_request` rather than let the \
                      attack through.",
                next: "Watch that no tokens are issued; a correct flow sends the challenge at \
                       `/authorize` and the verifier here.",
            },
            ko: Text {
                headline: "토큰 요청 거부: challenge 없이 verifier만 왔습니다",
                why: "`code_challenge` 없이 발급된 인가 코드에 `code_verifier`가 함께 왔습니다. \
                      PKCE를 쓰는 클라이언트라면 challenge를 보냈을 것이므로, 누군가 인가 요청에서 \
                      challenge를 지워 버렸을 가능성이 큽니다(PKCE downgrade 공격). 인가 서버는 이 \
                      공격을 통과시키지 않고 `invalid_request`로 답합니다.",
                next: "이번에는 토큰이 발급되지 않으며, 올바른 흐름은 `/authorize`에서 \
                       challenge를, 여기서 verifier를 보낸다는 점을 기억하세요.",
            },
        },
        T::ResourceServed => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 6750 §2.1; RFC 7662 §2",
            en: Text {
                headline: "The resource server hands over the photos",
                why: "Photo Printer sent the access token in the `Authorization: Bearer` header, \
                      never in the URL, where logs and history would keep it. The resource server \
                      keeps no tokens of its own: it asked the authorization server whether this \
                      one is live, meant for it and carries the needed scope, and only then served \
                      the photos. Asking on every call is always current; checking a signed token \
                      locally is faster but cannot see a revocation until the token expires.",
                next: "Watch the token's remaining lifetime: once it runs out, this same call gets \
                       a 401.",
            },
            ko: Text {
                headline: "리소스 서버가 사진을 내줍니다",
                why: "Photo Printer는 access token을 URL이 아니라 `Authorization: Bearer` 헤더에 \
                      담아 보냈습니다. URL에 넣으면 로그와 방문 기록에 남기 때문입니다. 노트에서는 \
                      리소스 서버가 자기가 가진 토큰을 찾는다고 했지만, 여기서는 토큰을 발급한 \
                      인가 서버에 이 토큰이 유효한지, 자기에게 온 것인지, 필요한 scope가 있는지 \
                      물어본 뒤에야 사진을 내줍니다. 매번 물어보면 항상 최신 상태를 알 수 있고, \
                      서명된 토큰을 직접 검사하면 빠르지만 만료될 때까지 폐기 여부를 알 수 \
                      없습니다.",
                next: "access token의 남은 수명을 지켜보세요: 수명이 끝나면 같은 호출도 401을 \
                       받습니다.",
            },
        },
        T::AccessTokenInQuery => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 6750 §2.3, §5.3; RFC 9700 §4.3.2",
            en: Text {
                headline: "Photos served, but the token travelled in the URL",
                why: "The access token came as `?access_token=` in the address. RFC 6750 §2.3 \
                      still defines this way, so the resource server understood it, asked the \
                      authorization server and served the photos: the token worked. But an \
                      address is written to server and proxy logs and to browser history, and \
                      is sent on to other sites in the `Referer` header; whoever reads any of \
                      them can use the token until it expires. RFC 9700 §4.3.2 says clients \
                      should not send tokens in the query, and RFC 6750 §5.3 says not to put \
                      bearer tokens in page URLs.",
                next: "A correct client sends the same token as `Authorization: Bearer`, which no \
                       log line, history entry or `Referer` repeats.",
            },
            ko: Text {
                headline: "사진은 받았지만 토큰이 URL에 실려 갔습니다",
                why: "access token이 주소의 `?access_token=`으로 왔습니다. RFC 6750 §2.3이 아직 \
                      이 방식을 정의하므로 리소스 서버는 토큰을 읽고 인가 서버에 물어본 뒤 사진을 \
                      내주었습니다. 토큰은 통했습니다. 하지만 주소는 서버와 프록시의 로그, \
                      브라우저 방문 기록에 남고 `Referer` 헤더로 다른 사이트에도 전해지므로, 그중 \
                      하나라도 읽는 사람은 만료될 때까지 이 토큰을 쓸 수 있습니다. RFC 9700 \
                      §4.3.2는 클라이언트가 토큰을 query에 넣지 말라고 하고, RFC 6750 §5.3도 \
                      bearer 토큰을 페이지 URL에 넣지 말라고 합니다.",
                next: "올바른 클라이언트는 같은 토큰을 `Authorization: Bearer` 헤더에 담아, 로그나 \
                       방문 기록, `Referer`에 남지 않게 보냅니다.",
            },
        },
        T::AccessTokenInForm => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 6750 §2.2, §5.3; RFC 9700 §4.3.2",
            en: Text {
                headline: "Photos served, but the token rode in the form body",
                why: "The access token came as an `access_token` field of a form-encoded POST \
                      body. RFC 6750 §2.2 defines this way, so the resource server understood it \
                      and served the photos: the token worked. It is meant only for a page that \
                      cannot set the `Authorization` header: it turns every call into a POST, \
                      mixes the credential with the data, and a body is logged and resent by \
                      tools that treat the `Authorization` header as secret. RFC 6750 says it \
                      SHOULD NOT be used otherwise.",
                next: "A correct client sends the same token as `Authorization: Bearer`, the one \
                       way every resource server must support.",
            },
            ko: Text {
                headline: "사진은 받았지만 토큰이 form 본문에 실려 갔습니다",
                why: "access token이 form 인코딩된 POST 본문의 `access_token` 필드로 왔습니다. RFC \
                      6750 §2.2가 이 방식을 정의하므로 리소스 서버는 토큰을 읽고 사진을 \
                      내주었습니다. 토큰은 통했습니다. 이 방식은 `Authorization` 헤더를 쓸 수 없는 \
                      페이지만을 위한 것입니다. 모든 호출을 POST로 바꾸고, 자격 증명을 데이터와 \
                      섞으며, `Authorization` 헤더는 비밀로 다루는 도구들도 본문은 기록하거나 다시 \
                      보내곤 합니다. RFC 6750은 그런 경우가 아니면 쓰지 말라(SHOULD NOT)고 \
                      합니다.",
                next: "올바른 클라이언트는 같은 토큰을 모든 리소스 서버가 지원해야 하는 \
                       `Authorization: Bearer` 헤더에 담아 보냅니다.",
            },
        },
        T::AccessTokenMissing => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 6750 §3, §3.1",
            en: Text {
                headline: "401: the call carried no access token",
                why: "The request reached the resource server with no bearer token: no \
                      `Authorization: Bearer` header (another scheme, such as `Basic`, is not \
                      one) and no `access_token` parameter. The server answers 401 with \
                      `WWW-Authenticate: Bearer realm=...` and no error code: not an accusation, \
                      just a statement of what this API needs. No token, no photos.",
                next: "A correct client sends its access token as `Authorization: Bearer`, or \
                       first gets one through the flow.",
            },
            ko: Text {
                headline: "401: access token 없이 호출했습니다",
                why: "요청이 bearer 토큰 없이 리소스 서버에 도착했습니다. `Authorization: Bearer` \
                      헤더도(`Basic` 같은 다른 방식은 해당하지 않습니다) `access_token` 파라미터도 \
                      없습니다. 리소스 서버는 오류 코드 없이 `WWW-Authenticate: Bearer \
                      realm=...`과 함께 401로 답합니다. 무언가 잘못했다고 탓하는 것이 아니라, 이 \
                      API를 쓰려면 토큰이 필요하다고 알려 주는 것입니다.",
                next: "올바른 클라이언트는 access token을 `Authorization: Bearer` 헤더에 담아 \
                       보내고, 토큰이 없다면 먼저 흐름을 거쳐 받습니다.",
            },
        },
        T::AccessTokenMalformed => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 6750 §2.1, §3.1; RFC 9110 §11.1",
            en: Text {
                headline: "400: the bearer token is empty or malformed",
                why: "The call says `Bearer` but the token after it is missing or has characters \
                      a bearer token cannot have (spaces, for instance), or an `access_token` \
                      parameter is empty. That is a malformed request, not a bad token, so the \
                      resource server answers 400 `invalid_request` with its `Bearer` challenge \
                      and asks nobody about it. The scheme name itself is case-insensitive: \
                      `bearer abc` is a well-formed token.",
                next: "A correct client sends exactly `Authorization: Bearer <token>`.",
            },
            ko: Text {
                headline: "400: bearer 토큰이 비었거나 형식이 잘못되었습니다",
                why: "요청에 `Bearer`는 있지만 그 뒤의 토큰이 없거나, 공백처럼 bearer 토큰에 쓸 수 \
                      없는 문자가 들어 있거나, `access_token` 파라미터가 비어 있습니다. 잘못된 \
                      토큰이 아니라 형식이 잘못된 요청이므로, 리소스 서버는 `Bearer` challenge와 \
                      함께 400 `invalid_request`로 답하고 인가 서버에 묻지도 않습니다. 방식 이름은 \
                      대소문자를 가리지 않으므로 `bearer abc`는 올바른 토큰입니다.",
                next: "올바른 클라이언트는 `Authorization: Bearer <token>` 형태를 정확히 지켜 \
                       보냅니다.",
            },
        },
        T::AuthorizationHeaderRepeated => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 6750 §2, §3.1; RFC 9110 §5.3",
            en: Text {
                headline: "400: two Authorization headers",
                why: "The call carried the `Authorization` header twice. The header holds a \
                      single credential, so the resource server cannot tell which one the client \
                      meant, and a proxy or a second component might read the other one. It \
                      answers 400 `invalid_request` with its `Bearer` challenge and does not \
                      look either token up.",
                next: "A correct client sends one `Authorization: Bearer` header with one token.",
            },
            ko: Text {
                headline: "400: Authorization 헤더가 두 개입니다",
                why: "요청에 `Authorization` 헤더가 두 번 들어 있습니다. 이 헤더에는 자격 증명이 \
                      하나만 들어가므로, 리소스 서버는 클라이언트가 어느 쪽을 뜻했는지 알 수 없고 \
                      프록시나 다른 구성 요소는 다른 쪽을 읽을 수도 있습니다. 리소스 서버는 \
                      `Bearer` challenge와 함께 400 `invalid_request`로 답하고 어느 토큰도 \
                      확인하지 않습니다.",
                next: "올바른 클라이언트는 토큰 하나를 담은 `Authorization: Bearer` 헤더 하나만 \
                       보냅니다.",
            },
        },
        T::AccessTokenSentTwice => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 6750 §2, §3.1",
            en: Text {
                headline: "400: the access token was sent more than once",
                why: "The call carried a token in more than one place (the `Authorization` \
                      header, the query, the form body), or the `access_token` parameter twice. \
                      RFC 6750 §2 says a client MUST NOT use more than one method per request: \
                      if the copies differed, the server could check one and a log or a proxy \
                      act on the other. The resource server answers 400 `invalid_request` with \
                      its `Bearer` challenge and looks nothing up.",
                next: "A correct client sends its token once, as `Authorization: Bearer`.",
            },
            ko: Text {
                headline: "400: access token을 두 번 이상 보냈습니다",
                why: "요청이 토큰을 여러 곳(`Authorization` 헤더, query, form 본문)에 담았거나 \
                      `access_token` 파라미터를 두 번 보냈습니다. RFC 6750 §2는 요청마다 한 가지 \
                      방식만 써야 한다(MUST NOT)고 합니다. 두 값이 다르면 서버는 하나를 확인하고 \
                      로그나 프록시는 다른 하나를 쓸 수 있기 때문입니다. 리소스 서버는 `Bearer` \
                      challenge와 함께 400 `invalid_request`로 답하고 아무것도 확인하지 않습니다.",
                next: "올바른 클라이언트는 토큰을 `Authorization: Bearer` 헤더에 한 번만 \
                       보냅니다.",
            },
        },
        T::AccessTokenInactive => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 6750 §3.1; RFC 7662 §2.2",
            en: Text {
                headline: "401: the authorization server says the token is not active",
                why: "The resource server asked about this token and got back only \
                      `\"active\": false`, so it answers 401 `invalid_token` and serves nothing. \
                      It cannot say more: introspection deliberately hides why, so a thief or a \
                      guesser learns nothing. The authorization server's answer in this step \
                      names the reason: `expired` (the token's life ran out; the grant lives on \
                      in the refresh token), `revoked` (the grant was ended, by revocation or \
                      after a replayed code or refresh token), or `unknown` (never issued, or \
                      altered).",
                next: "After `expired`, a correct client uses its refresh token; after `revoked` \
                       or `unknown`, it stops using the token and, if needed, asks Alice again.",
            },
            ko: Text {
                headline: "401: 인가 서버가 이 토큰은 유효하지 않다고 답했습니다",
                why: "리소스 서버가 이 토큰을 물어보니 `\"active\": false`만 돌아왔으므로, 401 \
                      `invalid_token`으로 답하고 아무것도 내주지 않습니다. 그 이상은 알 수 \
                      없습니다. introspection은 훔친 사람이나 추측하는 사람이 아무것도 알아내지 \
                      못하도록 이유를 일부러 숨깁니다. 이 단계에서 인가 서버의 답이 이유를 \
                      보여 줍니다: `expired`(토큰의 수명이 끝났지만 허락은 refresh token에 남아 \
                      있음), `revoked`(폐기 요청이나 인가 코드, refresh token 재사용으로 권한이 \
                      끝남), `unknown`(발급된 적이 없거나 변조된 토큰).",
                next: "`expired`라면 올바른 클라이언트는 refresh token을 쓰고, `revoked`나 \
                       `unknown`이라면 토큰을 더 쓰지 않으며 필요하면 Alice에게 다시 묻습니다.",
            },
        },
        T::AccessTokenWrongAudience => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 7662 §2.2; RFC 9700 §2.3; RFC 9068 §4; RFC 8707",
            en: Text {
                headline: "401: the token is meant for another API",
                why: "The token is live, but its `aud` (audience) in the introspection answer \
                      does not name this resource server, so it answers 401 `invalid_token`. A \
                      token restricted to one API cannot be replayed at another: if a different \
                      service, or a malicious one, received Alice's token, it could not use it \
                      here. RFC 9700 §2.3 recommends restricting every access token to its \
                      intended resource servers.",
                next: "A correct client uses each token only at the API it was issued for.",
            },
            ko: Text {
                headline: "401: 다른 API를 위한 토큰입니다",
                why: "토큰은 유효하지만 introspection 응답의 `aud`(audience)에 이 리소스 서버가 \
                      없어서 401 `invalid_token`으로 답합니다. 한 API로 제한된 토큰은 다른 API에서 \
                      다시 쓸 수 없습니다. 다른 서비스나 악의적인 서비스가 Alice의 토큰을 받더라도 \
                      여기서는 쓸 수 없습니다. RFC 9700 §2.3은 모든 access token을 원래 쓰일 \
                      리소스 서버로 제한하라고 권합니다.",
                next: "올바른 클라이언트는 토큰을 발급받은 API에서만 씁니다.",
            },
        },
        T::ScopeInsufficient => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 6750 §3.1; RFC 6749 §3.3",
            en: Text {
                headline: "403: the token lacks the required scope",
                why: "The token is valid, but it does not carry the scope this resource needs, so \
                      the answer is 403 `insufficient_scope`, with the needed `scope` named in \
                      `WWW-Authenticate`. Note the difference: 401 means the token itself is bad \
                      or expired, 403 means it is fine but not allowed to do this. Refreshing will \
                      not help, because a refresh can never widen the grant.",
                next: "A correct client asks Alice for the wider scope through a new authorization \
                       request.",
            },
            ko: Text {
                headline: "403: 필요한 scope가 토큰에 없습니다",
                why: "토큰은 유효하지만 이 리소스에 필요한 scope가 없어, `WWW-Authenticate`에 \
                      필요한 `scope`를 밝히며 403 `insufficient_scope`로 답했습니다. 401은 토큰 \
                      자체가 잘못되었거나 만료되었다는 뜻이고, 403은 토큰은 괜찮지만 이 일은 \
                      허락되지 않았다는 뜻입니다. 갱신으로는 권한을 넓힐 수 없으므로 refresh \
                      token으로도 해결되지 않습니다.",
                next: "올바른 클라이언트는 새 인가 요청으로 Alice에게 더 넓은 scope를 다시 \
                       요청합니다.",
            },
        },
        T::AccessTokenUnknown => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 7662 §2.2",
            en: Text {
                headline: "Introspection: the token was never issued here",
                why: "The authorization server has no record of this token: it was never \
                      issued, or it was altered. It answers the resource server only \
                      `\"active\": false`, never why, so a guesser learns nothing.",
                next: "Watch the resource server answer 401 `invalid_token` without knowing the \
                       reason.",
            },
            ko: Text {
                headline: "introspection: 여기서 발급한 적이 없는 토큰입니다",
                why: "인가 서버에 이 토큰의 기록이 없습니다. 발급된 적이 없거나 변조된 \
                      토큰입니다. 인가 서버는 리소스 서버에 이유 없이 `\"active\": false`만 \
                      알려 주므로, 추측하는 사람이 얻을 정보가 없습니다.",
                next: "리소스 서버가 이유를 모른 채 401 `invalid_token`으로 답하는지 보세요.",
            },
        },
        T::AccessTokenExpired => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 6749 §1.5, §5.1; RFC 7662 §2.2",
            en: Text {
                headline: "Introspection: the token has expired",
                why: "The token's lifetime is over, so the authorization server calls it \
                      inactive. A short life limits what a leaked bearer token can do. Expiry \
                      ends the key, not Alice's permission: the grant lives on in the refresh \
                      token, and a client must handle the resulting 401 even if it tracks \
                      `expires_in`.",
                next: "Watch Photo Printer send its refresh token to the authorization server for \
                       a new access token, without asking Alice.",
            },
            ko: Text {
                headline: "introspection: access token이 만료되었습니다",
                why: "토큰의 수명이 끝나 인가 서버가 비활성이라고 답합니다. 수명이 짧으면 유출된 \
                      bearer 토큰으로 할 수 있는 일도 그만큼 줄어듭니다. 만료로 끝나는 것은 \
                      열쇠일 뿐 Alice의 허락이 아닙니다: 허락은 refresh token에 그대로 남아 있고, \
                      클라이언트는 `expires_in`을 따로 기록하더라도 그 결과인 401을 처리할 수 \
                      있어야 합니다.",
                next: "Photo Printer가 Alice에게 다시 묻지 않고 refresh token을 인가 서버에 보내 \
                       새 access token을 받는지 보세요.",
            },
        },
        T::AccessTokenRevoked => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 7009 §2; RFC 7662 §2.2",
            en: Text {
                headline: "Introspection: the token was revoked",
                why: "The grant behind this token was ended, by revocation or by the server \
                      after a replayed code or refresh token, so the authorization server calls \
                      the token inactive. Because the resource server asks on every call, \
                      revocation takes effect at once; a self-contained token would keep working \
                      until it expired.",
                next: "A correct client stops using the token; if its refresh token was revoked \
                       too, it must ask Alice again.",
            },
            ko: Text {
                headline: "introspection: 폐기된 access token입니다",
                why: "이 토큰의 권한이 폐기 요청이나, 인가 코드 또는 refresh token 재사용으로 \
                      끝났기 때문에 인가 서버가 비활성이라고 답합니다. 리소스 서버가 호출마다 \
                      물어보므로 폐기가 즉시 효과를 냅니다. 스스로 정보를 담은 토큰을 직접 \
                      검사했다면 만료될 때까지 계속 통했을 것입니다.",
                next: "올바른 클라이언트는 이 토큰을 더 쓰지 않으며, refresh token도 폐기되었다면 \
                       Alice에게 다시 동의를 받아야 합니다.",
            },
        },
        T::ClockMoved => Explanation {
            chapter: C::RefreshToken,
            rfc: "RFC 6749 §1.5, §5.1",
            en: Text {
                headline: "Time passes",
                why: "Nobody sent anything; the simulated clock moved forward. Codes and tokens \
                      have lifetimes, and some may now have run out: the access token after \
                      `expires_in`, the refresh token much later. Short lives limit the damage a \
                      leaked bearer token can do, and expiry ends the key, not Alice's permission.",
                next: "Watch the next call: a token past its lifetime gets 401 `invalid_token`.",
            },
            ko: Text {
                headline: "시간이 흘렀습니다",
                why: "아무도 요청을 보내지 않았고 시뮬레이션 시계만 앞으로 갔습니다. 인가 코드와 \
                      토큰에는 수명이 있어서, 이제 일부는 끝났을 수 있습니다: access token은 \
                      `expires_in`이 지나면, refresh token은 훨씬 나중에 만료됩니다. 수명이 짧으면 \
                      유출된 bearer 토큰의 피해가 줄어들며, 만료로 끝나는 것은 열쇠일 뿐 Alice의 \
                      허락이 아닙니다.",
                next: "다음 호출을 보세요: 수명이 지난 토큰은 401 `invalid_token`을 받습니다.",
            },
        },
        T::Refreshed => Explanation {
            chapter: C::RefreshToken,
            rfc: "RFC 6749 §6; RFC 9700 §4.14",
            en: Text {
                headline: "Refreshed: a new access token without asking Alice",
                why: "Photo Printer sent its refresh token to the authorization server (refresh \
                      tokens never go to the resource server) and got a fresh access token without \
                      bothering Alice. The server can re-check the grant each time, and the scope \
                      can stay the same or shrink, never grow. With rotation each refresh token \
                      works once: the old one is retired and a new one comes back.",
                next: "Watch the API call succeed again with the new token; the old refresh token \
                       will not work a second time.",
            },
            ko: Text {
                headline: "갱신 완료: Alice에게 묻지 않고 새 access token을 받았습니다",
                why: "Photo Printer는 refresh token을 인가 서버에 보내(refresh token은 리소스 \
                      서버로 가지 않습니다) Alice를 번거롭게 하지 않고 새 access token을 \
                      받았습니다. 인가 서버는 갱신할 때마다 권한이 아직 유효한지 다시 확인할 수 \
                      있고, scope는 그대로이거나 줄어들 수는 있어도 늘어날 수는 없습니다. \
                      rotation을 쓰면 refresh token은 한 번만 쓸 수 있습니다: 이전 것은 폐기되고 \
                      새 것이 함께 옵니다.",
                next: "새 토큰으로 API 호출이 다시 성공하는지 보세요: 이전 refresh token은 두 번 \
                       다시 통하지 않습니다.",
            },
        },
        T::RefreshTokenMissing => Explanation {
            chapter: C::RefreshToken,
            rfc: "RFC 6749 §6, §5.2",
            en: Text {
                headline: "Refresh refused: no refresh_token",
                why: "The request says `grant_type=refresh_token` but carries no `refresh_token`, \
                      so the server answers `invalid_request`. There is no grant to look up, and \
                      nothing is issued.",
                next: "A correct client sends the latest refresh token it received.",
            },
            ko: Text {
                headline: "갱신 거부: refresh_token이 없습니다",
                why: "`grant_type=refresh_token`이라고 해 놓고 `refresh_token`을 보내지 않아 인가 \
                      서버가 `invalid_request`로 답했습니다. 찾아볼 권한이 없으니 아무것도 \
                      발급되지 않습니다.",
                next: "올바른 클라이언트는 가장 최근에 받은 refresh token을 보냅니다.",
            },
        },
        T::RefreshTokenUnknown => Explanation {
            chapter: C::RefreshToken,
            rfc: "RFC 6749 §5.2, §6",
            en: Text {
                headline: "Refresh refused: the refresh token is not valid",
                why: "The server has no record of this refresh token, which was mistyped, altered \
                      or made up, so it answers `invalid_grant` and says nothing more. Refresh \
                      tokens live long, so they are long random values that nobody can guess.",
                next: "A correct client sends the exact refresh token it stored; if it lost it, \
                       Alice must approve again.",
            },
            ko: Text {
                headline: "갱신 거부: 유효하지 않은 refresh token입니다",
                why: "인가 서버에 이 refresh token의 기록이 없습니다. 잘못 입력했거나, 변조했거나, \
                      지어낸 값이므로 `invalid_grant`로만 답합니다. refresh token은 오래 살기 \
                      때문에 아무도 추측할 수 없는 긴 무작위 값으로 만듭니다.",
                next: "올바른 클라이언트는 저장해 둔 refresh token을 그대로 보내며, 잃어버렸다면 \
                       Alice에게 다시 동의를 받아야 합니다.",
            },
        },
        T::RefreshTokenExpired => Explanation {
            chapter: C::RefreshToken,
            rfc: "RFC 6749 §5.2, §6",
            en: Text {
                headline: "Refresh refused: the refresh token has expired",
                why: "Refresh tokens live long but not forever, and this one is past its end, so \
                      the server answers `invalid_grant`. Its expiry is the point the server chose \
                      to ask Alice again rather than let the grant run on indefinitely.",
                next: "A correct client starts a new authorization request, and Alice approves \
                       again.",
            },
            ko: Text {
                headline: "갱신 거부: refresh token이 만료되었습니다",
                why: "refresh token은 오래 살지만 영원하지는 않으며, 이 토큰은 수명이 끝났으므로 \
                      인가 서버가 `invalid_grant`로 답했습니다. 이 만료 시점은 권한이 끝없이 \
                      이어지지 않도록 Alice에게 다시 물어야 할 때를 인가 서버가 정해 둔 것입니다.",
                next: "올바른 클라이언트는 새 인가 요청을 시작하고, Alice가 다시 동의합니다.",
            },
        },
        T::RefreshTokenRevoked => Explanation {
            chapter: C::RefreshToken,
            rfc: "RFC 6749 §5.2, §6; RFC 7009 §2",
            en: Text {
                headline: "Refresh refused: the refresh token was revoked",
                why: "The grant behind this refresh token has ended, because it was revoked or \
                      because the server revoked it after spotting a replay, so the answer is \
                      `invalid_grant`. Revocation is meant to be final: a revoked refresh token \
                      that could still renew itself would make revoking pointless.",
                next: "A correct client discards its tokens and, if it still needs access, asks \
                       Alice again.",
            },
            ko: Text {
                headline: "갱신 거부: 폐기된 refresh token입니다",
                why: "이 refresh token의 권한은 이미 끝났습니다. 폐기 요청이 있었거나, 인가 서버가 \
                      재사용을 발견하고 폐기한 것이므로 `invalid_grant`로 답합니다. 폐기된 refresh \
                      token으로 계속 갱신할 수 있다면 폐기가 아무 의미가 없으므로, 폐기는 되돌릴 \
                      수 없어야 합니다.",
                next: "올바른 클라이언트는 가진 토큰을 버리고, 여전히 접근이 필요하면 Alice에게 \
                       다시 동의를 받습니다.",
            },
        },
        T::RefreshTokenOfAnotherClient => Explanation {
            chapter: C::RefreshToken,
            rfc: "RFC 6749 §6, §10.4",
            en: Text {
                headline: "Refresh refused: token belongs to another app",
                why: "This refresh token was issued to a different app than the one now \
                      authenticating. Refresh tokens are bound to their client, so a stolen one is \
                      useless to another app that must prove who it is; the server answers \
                      `invalid_grant`.",
                next: "Only a request authenticated as Photo Printer can use Photo Printer's \
                       refresh token.",
            },
            ko: Text {
                headline: "갱신 거부: 다른 앱의 refresh token입니다",
                why: "이 refresh token은 지금 인증한 앱이 아닌 다른 앱에게 발급되었습니다. refresh \
                      token은 발급받은 클라이언트에 묶여 있으므로, 자신을 증명해야 하는 다른 \
                      앱에게는 훔친 토큰이 쓸모없습니다. 인가 서버는 `invalid_grant`로 답합니다.",
                next: "Photo Printer의 refresh token은 Photo Printer로 인증한 요청에서만 쓸 수 \
                       있다는 점을 보세요.",
            },
        },
        T::RefreshTokenReplayed => Explanation {
            chapter: C::RefreshToken,
            rfc: "RFC 6749 §10.4; RFC 9700 §4.14.2",
            en: Text {
                headline: "Refresh token replayed: the whole family is revoked",
                why: "With rotation each refresh token works once, and this one was already used, \
                      so a copy must exist. The server cannot tell whether the thief or Photo \
                      Printer is asking, so it answers `invalid_grant` and revokes the whole token \
                      family: the current refresh token and the access tokens it produced. An \
                      honest race, such as two tabs refreshing at once, looks exactly the same, \
                      which is why real servers allow a short grace window.",
                next: "Watch even the newest tokens stop working; Alice must approve Photo Printer \
                       again.",
            },
            ko: Text {
                headline: "refresh token 재사용: 토큰 묶음 전체를 폐기합니다",
                why: "rotation을 쓰면 refresh token은 한 번만 쓸 수 있는데, 이 토큰은 이미 \
                      쓰였으므로 어딘가에 복사본이 있다는 뜻입니다. 요청한 쪽이 도둑인지 Photo \
                      Printer인지 가릴 수 없어서, 인가 서버는 `invalid_grant`로 답하고 토큰 \
                      묶음(family) 전체, 즉 현재 refresh token과 그로부터 발급된 access token을 \
                      모두 폐기합니다. 탭 두 개가 동시에 갱신하는 것처럼 정직한 경쟁 상황도 똑같아 \
                      보이기 때문에, 실제 서버는 짧은 유예 시간을 두기도 합니다.",
                next: "가장 최근에 받은 토큰까지 통하지 않게 되어, Alice가 Photo Printer를 다시 \
                       허용해야 하는 것을 보세요.",
            },
        },
        T::RefreshScopeWider => Explanation {
            chapter: C::RefreshToken,
            rfc: "RFC 6749 §6, §3.3",
            en: Text {
                headline: "Refresh refused: scope wider than Alice granted",
                why: "The refresh request asked for more scope than the original grant, so the \
                      server answers `invalid_scope`. A refresh can keep the scope or narrow it, \
                      never widen it: anything new must come from Alice herself, on a consent \
                      page.",
                next: "A correct client refreshes with the same or a narrower scope, or sends \
                       Alice through a new authorization request.",
            },
            ko: Text {
                headline: "갱신 거부: Alice가 허용한 것보다 넓은 scope입니다",
                why: "갱신 요청이 처음 허용받은 것보다 넓은 scope를 요청해 인가 서버가 \
                      `invalid_scope`로 답했습니다. 갱신은 scope를 유지하거나 줄일 수는 있어도 \
                      넓힐 수는 없습니다. 새 권한은 동의 화면에서 Alice가 직접 허락해야만 \
                      생깁니다.",
                next: "올바른 클라이언트는 같거나 더 좁은 scope로 갱신하거나, 새 인가 요청으로 \
                       Alice에게 다시 묻습니다.",
            },
        },
        T::TokenRevoked => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 7009 §2.1, §2.2",
            en: Text {
                headline: "Token revoked: the grant is over",
                why: "Photo Printer told the authorization server it no longer needs this token, \
                      and revoking a refresh token also revokes the access tokens of that grant. \
                      What stops at once depends on how APIs check tokens: one that asks the \
                      server, as this one does, refuses the token from now on, while one that \
                      checks self-contained tokens locally accepts them until they expire.",
                next: "Watch the next API call with the revoked token get 401 `invalid_token`.",
            },
            ko: Text {
                headline: "토큰 폐기: 권한이 끝났습니다",
                why: "Photo Printer가 인가 서버에 이 토큰이 더 필요 없다고 알렸습니다. refresh \
                      token을 폐기하면 같은 권한으로 발급된 access token도 함께 폐기됩니다. 무엇이 \
                      즉시 멈추는지는 API가 토큰을 확인하는 방식에 달려 있습니다: 이 API처럼 인가 \
                      서버에 물어보면 지금부터 거부하지만, 스스로 정보를 담은 토큰을 직접 검사하는 \
                      API는 만료될 때까지 받아 줍니다.",
                next: "폐기된 토큰으로 API를 호출하면 401 `invalid_token`을 받는지 보세요.",
            },
        },
        T::RevokedNothing => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 7009 §2.2",
            en: Text {
                headline: "Nothing to revoke, and still 200",
                why: "The token was unknown or already invalid, yet the server answers 200 just as \
                      if it had revoked something. The revocation endpoint reveals nothing about \
                      which tokens exist, so it cannot be used to test guesses. For the client the \
                      outcome is the same either way: that token does not work.",
                next: "A correct client treats 200 as done and forgets the token.",
            },
            ko: Text {
                headline: "폐기할 것이 없지만 200으로 답합니다",
                why: "알 수 없거나 이미 무효인 토큰이지만, 인가 서버는 실제로 폐기한 것처럼 \
                      200으로 답합니다. 폐기 엔드포인트는 어떤 토큰이 존재하는지 아무것도 알려 \
                      주지 않으므로 추측을 시험하는 데 쓸 수 없습니다. 클라이언트 입장에서도 \
                      결과는 같습니다: 그 토큰은 통하지 않습니다.",
                next: "올바른 클라이언트는 200을 완료로 보고 그 토큰을 잊습니다.",
            },
        },
        T::RevokeTokenMissing => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 7009 §2.1",
            en: Text {
                headline: "Revocation refused: no token given",
                why: "The revocation request carries no `token` parameter, so there is nothing to \
                      revoke and the server answers `invalid_request`. Unlike an unknown token, a \
                      missing one is a plain mistake in the request.",
                next: "A correct client sends the token to revoke, preferably the refresh token, \
                       which ends the whole grant.",
            },
            ko: Text {
                headline: "폐기 거부: token이 없습니다",
                why: "폐기 요청에 `token` 파라미터가 없어 폐기할 것이 없으므로 인가 서버가 \
                      `invalid_request`로 답했습니다. 알 수 없는 토큰과 달리, 토큰이 아예 없는 \
                      것은 요청 자체의 실수입니다.",
                next: "올바른 클라이언트는 폐기할 토큰을 보내며, 권한 전체를 끝내려면 refresh \
                       token을 보내는 것이 좋습니다.",
            },
        },
        T::RevokeTokenOfAnotherClient => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 7009 §2.1",
            en: Text {
                headline: "Revocation refused: token belongs to another app",
                why: "The token was issued to a different app than the one asking to revoke it. \
                      The server checks ownership first and answers `invalid_grant`; otherwise any \
                      registered app could cut off Alice's other apps just by learning their \
                      tokens.",
                next: "Only the client a token was issued to can revoke it; watch that the token \
                       stays live.",
            },
            ko: Text {
                headline: "폐기 거부: 다른 앱의 토큰입니다",
                why: "이 토큰은 폐기를 요청한 앱이 아닌 다른 앱에게 발급되었습니다. 인가 서버는 \
                      먼저 토큰의 주인을 확인하고 `invalid_grant`로 답합니다. 그렇지 않으면 등록된 \
                      앱 누구나 다른 앱의 토큰을 알아내기만 해도 Alice가 쓰는 다른 앱을 끊어 버릴 \
                      수 있습니다.",
                next: "토큰은 발급받은 클라이언트만 폐기할 수 있으며, 이번에는 토큰이 계속 유효한 \
                       것을 보세요.",
            },
        },
        T::ConsentWithdrawn => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 6749 §1.3, §10.3; RFC 7009 §1, §2.1",
            en: Text {
                headline: "Alice withdraws her consent for the app",
                why: "Signed in at the authorization server, Alice used her account page to take \
                      back what she gave Photo Printer. The server deletes her consent and \
                      revokes every access and refresh token of her grants to that app, as a \
                      revocation of the grant would (RFC 7009). The app is not asked and cannot \
                      object: the permission was always hers. Because the API asks the server \
                      about every token, the next call fails at once.",
                next: "Watch the app's next API call get 401 and its refresh get `invalid_grant`; \
                       only a new consent lets it back in.",
            },
            ko: Text {
                headline: "Alice가 앱에 대한 동의를 철회합니다",
                why: "인가 서버에 로그인한 Alice가 계정 페이지에서 Photo Printer에게 준 허락을 \
                      거두었습니다. 인가 서버는 Alice의 동의 기록을 지우고, 그 앱에 준 권한의 \
                      access token과 refresh token을 모두 폐기합니다. 권한 전체를 폐기하는 요청과 \
                      같은 효과입니다(RFC 7009). 허락은 처음부터 Alice의 것이므로 앱에게 묻지 \
                      않습니다. API가 호출마다 인가 서버에 물어보므로 다음 호출부터 바로 \
                      실패합니다.",
                next: "앱의 다음 API 호출이 401을, refresh가 `invalid_grant`를 받는지 보세요. \
                       새로 동의해야만 다시 들어올 수 있습니다.",
            },
        },
        T::NoConsentToWithdraw => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 6749 §10.3; RFC 7009 §2.2",
            en: Text {
                headline: "Nothing to withdraw: Alice never let this app in",
                why: "Alice asked to withdraw her consent for an app that has none from her (or \
                      named no app), so the server changes nothing and says so. Her other apps \
                      and their tokens are untouched: withdrawing is always about one named \
                      client.",
                next: "Withdraw consent by the `client_id` of an app Alice has actually \
                       approved.",
            },
            ko: Text {
                headline: "철회할 것이 없습니다: Alice가 허용한 적 없는 앱입니다",
                why: "Alice가 동의한 적 없는 앱에 대해(또는 앱을 지정하지 않고) 동의 철회를 \
                      요청했으므로, 인가 서버는 아무것도 바꾸지 않고 그렇게 알려 줍니다. 다른 \
                      앱과 그 토큰은 그대로입니다. 철회는 언제나 이름을 밝힌 클라이언트 하나에 \
                      대한 것입니다.",
                next: "Alice가 실제로 허용한 앱의 `client_id`로 동의를 철회하세요.",
            },
        },
        T::AccountPageShown => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 6749 §10.3; RFC 7009 §1",
            en: Text {
                headline: "Alice's account page lists the apps she let in",
                why: "Alice opened her account page at the authorization server, where she is \
                      signed in. It lists each app she gave consent to and the scopes she granted, \
                      each with a button that withdraws it. The grant is hers: she can end it here \
                      without asking the app, and the server then revokes the app's tokens.",
                next: "Watch what withdrawing does to the tokens the app holds.",
            },
            ko: Text {
                headline: "Alice의 계정 페이지가 허락한 앱을 보여 줍니다",
                why: "Alice가 로그인되어 있는 인가 서버에서 자기 계정 페이지를 열었습니다. 페이지에는 \
                      동의를 준 앱과 허락한 scope가 나오고, 각각 동의를 철회하는 버튼이 있습니다. \
                      권한은 Alice의 것이므로 앱에 묻지 않고 여기서 끝낼 수 있으며, 그러면 인가 \
                      서버가 그 앱의 토큰을 취소합니다.",
                next: "동의를 철회하면 앱이 가진 토큰이 어떻게 되는지 보세요.",
            },
        },
        T::NothingSent => Explanation {
            chapter: C::Roles,
            rfc: "RFC 9112 §3",
            en: Text {
                headline: "Nothing was sent",
                why: "A send step carries its request in \"raw\", and this one had none, so \
                      nobody received anything and nothing changed. Scenario files cannot load \
                      such a step; only a program that builds steps itself can make one.",
                next: "Give the step its request text.",
            },
            ko: Text {
                headline: "아무것도 보내지 않았습니다",
                why: "send 단계는 \"raw\"에 요청을 담는데, 이 단계에는 요청이 없어서 아무도 받지 \
                      않았고 바뀐 것도 없습니다. 시나리오 파일은 이런 단계를 불러올 수 없고, 단계를 \
                      직접 만드는 프로그램만 만들 수 있습니다.",
                next: "단계에 요청 텍스트를 넣으세요.",
            },
        },
        T::AccountNotSignedIn => Explanation {
            chapter: C::AccessToken,
            rfc: "RFC 6749 §10.3, §10.12",
            en: Text {
                headline: "403: sign in before managing your apps",
                why: "The request to withdraw a consent came without a signed-in session at the \
                      authorization server, so it is refused with 403 and changes nothing. Only \
                      Alice, proven by her own session, may end her grants; the session cookie is \
                      `SameSite=Lax`, so another site cannot post this form in her name.",
                next: "Alice signs in at the authorization server first, then withdraws her \
                       consent.",
            },
            ko: Text {
                headline: "403: 앱을 관리하려면 먼저 로그인하세요",
                why: "동의 철회 요청이 인가 서버에 로그인한 세션 없이 왔으므로 403으로 거부되고 \
                      아무것도 바뀌지 않습니다. 자기 세션으로 증명된 Alice만 자기 권한을 끝낼 수 \
                      있습니다. 세션 쿠키는 `SameSite=Lax`이므로 다른 사이트가 Alice 이름으로 이 \
                      form을 보낼 수 없습니다.",
                next: "Alice가 먼저 인가 서버에 로그인한 뒤 동의를 철회합니다.",
            },
        },
        T::VariableUnset => Explanation {
            chapter: C::Roles,
            rfc: "RFC 6749 §1.1, §1.2",
            en: Text {
                headline: "This step names a value nobody has yet",
                why: "The scenario refers to a `$variable`, such as `$code` or `$access_token`, \
                      that has no value at this point of the run, so the step cannot be sent. In \
                      OAuth every value has an owner and a moment: the `client_id` appears at \
                      registration, the code only after Alice consents, the tokens only after the \
                      exchange. This is a problem in the scenario file, not an answer from any \
                      server.",
                next: "Check the order of the steps: the one that produces this value must come \
                       before the one that uses it.",
            },
            ko: Text {
                headline: "이 단계가 아직 아무도 갖지 않은 값을 씁니다",
                why: "시나리오가 `$code`나 `$access_token` 같은 `$variable`을 썼는데, 실행의 이 \
                      시점에는 아직 값이 없어 이 단계를 보낼 수 없습니다. OAuth에서 모든 값에는 \
                      주인과 생기는 때가 있습니다: `client_id`는 등록할 때, 인가 코드는 Alice가 \
                      동의한 뒤에, 토큰은 교환한 뒤에야 생깁니다. 이것은 어느 서버의 응답이 아니라 \
                      시나리오 파일의 문제입니다.",
                next: "단계 순서를 확인하세요: 이 값을 만드는 단계가 그 값을 쓰는 단계보다 앞에 \
                       있어야 합니다.",
            },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::VariantArray as _;

    const CHAPTERS: [Chapter; 6] = [
        Chapter::Roles,
        Chapter::Registration,
        Chapter::OwnerApproval,
        Chapter::ServerApproval,
        Chapter::AccessToken,
        Chapter::RefreshToken,
    ];

    fn has_hangul(s: &str) -> bool {
        s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
    }

    #[test]
    fn every_topic_has_text_in_every_language() {
        for topic in Topic::VARIANTS {
            let explanation = explain(*topic);
            for lang in [Lang::En, Lang::Ko] {
                let text = explanation.text(lang);
                assert!(
                    !text.headline.trim().is_empty(),
                    "{topic:?} {lang:?}: no headline"
                );
                assert!(!text.why.trim().is_empty(), "{topic:?} {lang:?}: no why");
                assert!(!text.next.trim().is_empty(), "{topic:?} {lang:?}: no next");
            }
            assert!(
                has_hangul(explanation.ko.why),
                "{topic:?}: Korean why is not Korean"
            );
            assert!(
                explanation.rfc.starts_with("RFC "),
                "{topic:?}: no RFC cited"
            );
        }
    }

    #[test]
    fn chapter_titles_exist_in_both_languages() {
        for (index, chapter) in CHAPTERS.into_iter().enumerate() {
            assert_eq!(usize::from(chapter.number()), index + 1);
            assert!(
                !chapter.title(Lang::En).is_empty(),
                "{chapter:?}: no English title"
            );
            assert!(
                !chapter.title(Lang::Ko).is_empty(),
                "{chapter:?}: no Korean title"
            );
        }
        assert_eq!(Chapter::OwnerApproval.title(Lang::Ko), "리소스 오너의 승인");
        assert_eq!(
            Chapter::ServerApproval.title(Lang::Ko),
            "인가 서버의 승인 (인가 코드)"
        );
    }

    #[test]
    fn english_headlines_fit_one_short_line() {
        for topic in Topic::VARIANTS {
            let headline = explain(*topic).en.headline;
            assert!(
                headline.chars().count() <= 60,
                "{topic:?}: {headline:?} is too long"
            );
        }
    }

    #[test]
    fn every_chapter_is_taught_by_some_topic() {
        for chapter in CHAPTERS {
            assert!(
                Topic::VARIANTS
                    .iter()
                    .any(|topic| explain(*topic).chapter == chapter),
                "{chapter:?} has no topic"
            );
        }
    }

    /// Every step the attacker takes in the lab, with the action and topic it took.
    fn attacker_steps() -> Vec<(String, StepRecord)> {
        crate::scenario::lab_builtins()
            .flat_map(|(name, loaded, _)| {
                let transcript = loaded.scenario.run(None);
                transcript
                    .steps
                    .into_iter()
                    .filter(|s| s.step.taker() == By::Attacker)
                    .map(move |s| (name.to_owned(), s))
            })
            .collect()
    }

    #[test]
    fn every_step_the_attacker_takes_in_the_lab_is_told_from_its_side() {
        for (name, record) in attacker_steps() {
            let (action, topic) = (record.step.action, record.topic);
            // A steal is the attacker's by nature: its topic speaks of the attacker.
            if action == crate::sim::Action::Steal {
                assert_eq!(topic, Topic::ValuesStolen, "{name}");
                continue;
            }
            let own = attacker::explain(&record);
            assert!(
                own.is_some(),
                "{name} step {}: {action} {topic:?}",
                record.index
            );
            assert_eq!(Some(explain_step(&record)), own);
        }
    }

    #[test]
    fn the_attackers_texts_are_complete_in_both_languages() {
        for (_, record) in attacker_steps() {
            let Some(explanation) = attacker::explain(&record) else {
                continue;
            };
            let what = format!("{} {:?}", record.step.action, record.topic);
            for lang in [Lang::En, Lang::Ko] {
                let text = explanation.text(lang);
                assert!(
                    !text.why.trim().is_empty() && !text.next.trim().is_empty(),
                    "{what}"
                );
            }
            assert!(explanation.en.headline.chars().count() <= 60, "{what}");
            assert!(has_hangul(explanation.ko.why), "{what}");
            assert!(explanation.rfc.starts_with("RFC "), "{what}");
            assert!(
                !explanation.en.why.contains("Alice's browser reaches"),
                "{what}"
            );
        }
    }

    /// The English headline of step `step` (1-based) of the built-in `name`.
    fn headline(name: &str, step: usize) -> &'static str {
        let loaded = crate::scenario::builtin(name).and_then(Result::ok);
        let transcript = loaded.expect("built in").scenario.run(None);
        explain_step(&transcript.steps[step - 1]).en.headline
    }

    #[test]
    fn a_code_the_attacker_sends_at_the_callback_is_an_injection_and_its_own_is_not() {
        assert_eq!(
            headline("lab-code-injection-undefended", 6),
            "The attacker injects a code into its own session"
        );
        assert_eq!(
            headline("lab-open-redirector-undefended", 9),
            "The printer keeps the code for the attacker's session"
        );
    }

    #[test]
    fn an_error_for_the_attackers_app_is_told_by_where_it_went() {
        assert_eq!(
            headline("lab-open-redirector-undefended", 3),
            "The server's error redirect takes Alice to the attacker"
        );
        assert_eq!(
            headline("lab-open-redirector-defended", 3),
            "The server shows the error instead of redirecting"
        );
    }

    #[test]
    fn steps_alice_and_the_client_take_keep_the_topics_text() {
        let loaded = crate::scenario::builtin("standard-flow").and_then(Result::ok);
        let transcript = loaded.expect("built in").scenario.run(None);
        for record in &transcript.steps {
            assert_eq!(explain_step(record), explain(record.topic));
        }
    }

    #[test]
    fn an_attackers_sign_in_is_not_told_as_alices() {
        let steps = attacker_steps();
        let sign_in = steps
            .iter()
            .find(|(_, r)| r.step.action == crate::sim::Action::Authorize)
            .map(|(_, r)| explain_step(r));
        let headline = sign_in.map(|e| e.en.headline).unwrap_or_default();
        assert_eq!(headline, "The attacker starts a sign-in of its own");
    }

    #[test]
    fn lang_is_english_by_default_and_serialized_as_its_code() {
        assert_eq!(Lang::default(), Lang::En);
        assert_eq!(serde_json::to_string(&Lang::Ko).unwrap(), "\"ko\"");
        assert_eq!(serde_json::from_str::<Lang>("\"en\"").unwrap(), Lang::En);
    }
}
