//! The attacker's knowledge in words (`knowledge.ftl`): where each thing came
//! from ("step 4: GET /pixel.gif from Resource Owner, in the Referer header") and
//! what the strongest thing it holds lets it do. Parameter and header names stay as
//! on the wire in both languages.

use super::{Place, Reach, Source};
use crate::explain::Lang;
use crate::text::{self, Arg};

pub use crate::explain::party as actor_name;

impl Source {
    /// Where the thing came from, in one line: the messages `source-*` of
    /// `knowledge.ftl`.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Self::Start => text::message(lang, "source-start").to_owned(),
            Self::Leak { step } => text::format(lang, "source-leak", &[("step", Arg::from(*step))]),
            Self::Own { step } => text::format(lang, "source-own", &[("step", Arg::from(*step))]),
            Self::Message {
                step,
                from,
                label,
                place,
            } => {
                let mut args = vec![
                    ("step", Arg::from(*step)),
                    ("sender", Arg::from(actor_name(lang, *from))),
                    ("label", Arg::from(label.get(lang))),
                ];
                let id = match place {
                    None => "source-message",
                    Some(place) => {
                        args.push(("place", Arg::from(place.describe(lang))));
                        "source-message-at"
                    }
                };
                text::format(lang, id, &args)
            }
        }
    }
}

impl Place {
    /// "in the Referer header", "in the query's code": the messages `place-*`.
    pub fn describe(&self, lang: Lang) -> String {
        let (id, name) = match self {
            Self::Query(name) => ("place-query", name),
            Self::Header(name) => ("place-header", name),
            Self::Field(name) => ("place-field", name),
            Self::Body => return text::message(lang, "place-body").to_owned(),
        };
        text::format(lang, id, &[("name", Arg::from(name.as_str()))])
    }
}

impl Reach {
    /// What the attacker can do with the strongest thing it holds: `reach-*`.
    pub fn sentence(self, lang: Lang) -> &'static str {
        text::named(lang, "reach", self.into())
    }
}

/// The labels of the attacker's part of an explanation.
#[derive(Debug, Clone, Copy, strum::EnumIter, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
pub enum Label {
    /// The heading: "What the attacker knows".
    Knows,
    /// Before the list, when it holds nothing.
    HoldsNothing,
    /// Before the reach sentence: "It gains: ".
    Gains,
}

impl Label {
    /// The message `knowledge-*`.
    pub fn text(self, lang: Lang) -> &'static str {
        text::named(lang, "knowledge", self.into())
    }
}
