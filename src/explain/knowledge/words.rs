//! The attacker's knowledge in words, English and Korean: where each thing came
//! from ("step 4: GET /pixel.gif from Resource Owner, in the Referer header") and
//! what the strongest thing it holds lets it do. Parameter and header names stay as
//! on the wire in both languages.

use super::{Place, Reach, Source};
use crate::explain::Lang;

pub use crate::explain::party as actor_name;

impl Source {
    /// Where the thing came from, in one line.
    pub fn describe(&self, lang: Lang) -> String {
        match (self, lang) {
            (Self::Start, Lang::En) => "held before step 1".to_owned(),
            (Self::Start, Lang::Ko) => "1단계 전부터 가짐".to_owned(),
            (Self::Leak { step }, Lang::En) => {
                format!("step {step}: copied from a leak, not from a message")
            }
            (Self::Leak { step }, Lang::Ko) => {
                format!("{step}단계: 메시지가 아닌 유출에서 복사함")
            }
            (Self::Own { step }, Lang::En) => format!("step {step}: made by itself"),
            (Self::Own { step }, Lang::Ko) => format!("{step}단계: 스스로 만듦"),
            (
                Self::Message {
                    step,
                    from,
                    label,
                    place,
                },
                _,
            ) => {
                let sender = actor_name(lang, *from);
                let label = label.get(lang);
                let place = place.as_ref().map(|p| p.describe(lang));
                match (lang, place) {
                    (Lang::En, None) => format!("step {step}: {label} from {sender}"),
                    (Lang::En, Some(place)) => {
                        format!("step {step}: {label} from {sender}, {place}")
                    }
                    (Lang::Ko, None) => format!("{step}단계: {sender}의 {label}"),
                    (Lang::Ko, Some(place)) => format!("{step}단계: {sender}의 {label}, {place}"),
                }
            }
        }
    }
}

impl Place {
    /// "in the Referer header", "in the query's code".
    pub fn describe(&self, lang: Lang) -> String {
        match (self, lang) {
            (Self::Query(name), Lang::En) => format!("in the query's {name}"),
            (Self::Query(name), Lang::Ko) => format!("쿼리의 {name}에서"),
            (Self::Header(name), Lang::En) => format!("in the {name} header"),
            (Self::Header(name), Lang::Ko) => format!("{name} 헤더에서"),
            (Self::Field(name), Lang::En) => format!("in the body's {name}"),
            (Self::Field(name), Lang::Ko) => format!("본문의 {name}에서"),
            (Self::Body, Lang::En) => "in the body".to_owned(),
            (Self::Body, Lang::Ko) => "본문에서".to_owned(),
        }
    }
}

impl Reach {
    /// What the attacker can do with the strongest thing it holds.
    pub fn sentence(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::Resource, Lang::En) => {
                "It holds the owner's photos as the API served them: the attack worked."
            }
            (Self::Resource, Lang::Ko) => {
                "API가 내준 리소스 오너의 사진을 갖고 있습니다: 공격이 성공했습니다."
            }
            (Self::AccessToken, Lang::En) => {
                "It holds an access token the authorization server counts as live: it can call \
                 the API with it until the token expires or is revoked."
            }
            (Self::AccessToken, Lang::Ko) => {
                "인가 서버가 유효하다고 보는 access token을 갖고 있습니다: 토큰이 만료되거나 \
                 폐기될 때까지 그 토큰으로 API를 부를 수 있습니다."
            }
            (Self::RefreshToken, Lang::En) => {
                "It holds a refresh token the authorization server still honours: it can try to \
                 get new access tokens with it."
            }
            (Self::RefreshToken, Lang::Ko) => {
                "인가 서버가 아직 받아 주는 refresh token을 갖고 있습니다: 그것으로 새 access \
                 token을 받으려 할 수 있습니다."
            }
            (Self::Code, Lang::En) => {
                "It holds a code the authorization server would still redeem, for a request that \
                 passes the token endpoint's checks; no token yet."
            }
            (Self::Code, Lang::Ko) => {
                "인가 서버가 아직 교환해 줄 인가 코드를 갖고 있습니다. 토큰 엔드포인트의 검사를 \
                 통과하는 요청이어야 하며, 아직 토큰은 없습니다."
            }
            (Self::Password, Lang::En) => {
                "It holds a password typed into its page: it can try to sign in with it."
            }
            (Self::Password, Lang::Ko) => {
                "자기 페이지에 입력된 비밀번호를 갖고 있습니다: 그것으로 로그인하려 할 수 \
                 있습니다."
            }
            (Self::Nothing, Lang::En) => {
                "Nothing it can use: what it holds is spent, revoked, expired, public, or its own."
            }
            (Self::Nothing, Lang::Ko) => {
                "쓸 수 있는 것이 없습니다: 가진 것은 이미 쓰였거나, 폐기되었거나, 만료되었거나, \
                 공개된 값이거나, 자기 것입니다."
            }
        }
    }
}

/// The labels of the attacker's part of an explanation.
#[derive(Debug, Clone, Copy)]
pub enum Label {
    /// The heading: "What the attacker knows".
    Knows,
    /// Before the list, when it holds nothing.
    HoldsNothing,
    /// Before the reach sentence: "It gains: ".
    Gains,
}

impl Label {
    pub fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::Knows, Lang::En) => "What the attacker knows now",
            (Self::Knows, Lang::Ko) => "공격자가 지금 아는 것",
            (Self::HoldsNothing, Lang::En) => "It holds nothing yet.",
            (Self::HoldsNothing, Lang::Ko) => "아직 가진 것이 없습니다.",
            (Self::Gains, Lang::En) => "Gain: ",
            (Self::Gains, Lang::Ko) => "얻은 것: ",
        }
    }
}
