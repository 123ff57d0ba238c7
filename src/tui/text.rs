//! Every word of the TUI's chrome, named in Rust and written in `locales/<lang>/tui.ftl`
//! (the `tui-*` messages), so that a translator finds them all in one file and the
//! tests prove no language misses one. Protocol names stay as on the wire in every
//! language (lesson-and-glossary.md); explanations come from `crate::explain`.

use std::sync::{LazyLock, OnceLock};

use strum::IntoEnumIterator as _;

pub use crate::explain::words::{detail, item_kind, problem, reason, status};
use crate::sim::Actor;
use crate::text::{self, Lang};

/// A piece of chrome text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumIter, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
pub enum Key {
    Step,
    Flow,
    TabMessage,
    TabExplain,
    TabState,
    TabExpect,
    Seconds,
    ClockAtLimit,
    NoSteps,
    /// The live view of `serve --tui` before any request arrived.
    WaitingForRequests,
    /// The rows under it: where the served parties answer, what to sign in with.
    ServingAuthorizationServer,
    ServingApi,
    ServingMetadata,
    ServingClient,
    ServingPublicClient,
    ServingUser,
    NoMessage,
    Next,
    Note,
    Nothing,
    Deleted,
    Changed,
    ExpiresIn,
    Expired,
    Legend,
    Expected,
    Actual,
    NoExpectations,
    Met,
    Choice,
    Allow,
    Deny,
    Scripted,
    WhatIf,
    ScriptedNote,
    AboutScenario,
    ChoiceKeys,
    Autoplay,
    HintMessage,
    HintPanel,
    HintStop,
    HintSpeed,
    HintOtherLanguage,
    HintOpen,
    HintHelp,
    HintQuit,
    HintChoose,
    HintClose,
    Help,
    Picker,
    CurlCopied,
    CurlNotRequest,
    CurlSelectRequest,
    Builtin,
    Files,
    TooSmall,
    HintChapter,
    HintZoom,
    HintChapterPause,
    ChapterPause,
    AnyKeyCloses,
    HintFilter,
    Filter,
    NoMatch,
    GroupLesson,
    GroupRegistration,
    GroupRedirectUri,
    GroupPkce,
    GroupCode,
    GroupTokens,
    GroupAttacks,
    ExpectedRefusal,
    UnexpectedFailure,
    SelectHint,
    Expiry,
    Value,
    Status,
    Predict,
    HintPredict,
    HintPredictOff,
    HintAnswer,
    HintSkip,
    HintContinue,
    Question,
    AnswerKeys,
    ContinueKeys,
    HintGlossary,
    Glossary,
    Search,
    NoTerm,
    Editor,
    Sender,
    AddParam,
    AddHeader,
    Defenses,
    Refused,
    Was,
    WhatIfPrefix,
    ChangeMade,
    ChangeRemoved,
    Written,
    NotWritten,
    AgainstOriginal,
    NowSkipped,
    NewInBranch,
    HintUndo,
    HintWrite,
    HintType,
    HintRemove,
    HintRun,
    HintSwitch,
    HintFlip,
    HintLonger,
    // Issue 11, part A: the picker's headings for the other grants.
    GroupClientCredentials,
    GroupDeviceCode,
    GroupLegacy,
    GroupOpenIdConnect,
    // The JWT view (issue 11, part C).
    Jwt,
    JwtNone,
    JwtHeader,
    JwtPayload,
    JwtSignature,
    JwtVerified,
    JwtFailed,
    JwtNoKeys,
    JwtValidFor,
    JwtExpiredAgo,
    JwtHeaderAlg,
    JwtHeaderKid,
    JwtHeaderTyp,
    JwtClaimIss,
    JwtClaimSub,
    JwtClaimAud,
    JwtClaimExp,
    JwtClaimIat,
    JwtClaimAuthTime,
    JwtClaimNonce,
    JwtClaimAtHash,
    HintJwt,
}

/// The text of `key` in `lang`: the message `tui-<key>` of `tui.ftl`. The language
/// key's hint names the language it switches to, in that language's own words.
pub fn t(lang: Lang, key: Key) -> &'static str {
    match key {
        Key::HintOtherLanguage => text::language_name(lang.next()),
        _ => text::named(lang, "tui", key.into()),
    }
}

/// An actor's display name.
pub fn actor(lang: Lang, actor: Actor) -> &'static str {
    text::named(lang, "tui-actor", actor.as_str())
}

/// A step named by its number, as the what-if header and the editor say it
/// (`step 7`, `7단계`): the message `tui-step-number`.
pub fn step_number(lang: Lang, number: usize) -> String {
    text::format(lang, "tui-step-number", &[("n", text::Arg::from(number))])
}

/// An actor's name over a diagram lane: two short lines, so four lanes fit in 80
/// columns. The resource owner's lane is also the browser's, which the flow uses.
pub fn lane(lang: Lang, actor: Actor) -> [&'static str; 2] {
    let name = actor.as_str();
    [
        text::named(lang, "tui-lane", name),
        text::named_attribute(lang, "tui-lane", name, "below"),
    ]
}

/// A row of the help overlay as shown: its keys, and what they do.
type Row = (&'static str, &'static str);

/// A row of the help overlay, in the order it shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumIter, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
pub enum HelpRow {
    Step,
    FirstLast,
    Chapter,
    Message,
    Detail,
    Panel,
    Scroll,
    Wheel,
    Zoom,
    Autoplay,
    ChapterPause,
    Consent,
    EditDefenses,
    UndoWrite,
    RestartCurl,
    Open,
    PredictGlossary,
    Language,
    HelpSuspend,
    Quit,
    Marks,
}

/// The keys of the help overlay: (keys, what they do), the `tui-help-*` messages.
/// The language key's row invites to the next language in its own words. Built once
/// per language, on its first use, as the catalog is.
pub fn help(lang: Lang) -> &'static [(&'static str, &'static str)] {
    static HELP: LazyLock<Vec<OnceLock<Vec<Row>>>> =
        LazyLock::new(|| Lang::all().map(|_| OnceLock::new()).collect());
    HELP.get(lang.index())
        .map_or(&[], |rows_of| rows_of.get_or_init(|| rows(lang)).as_slice())
}

fn rows(lang: Lang) -> Vec<(&'static str, &'static str)> {
    HelpRow::iter()
        .map(|row| {
            let name = row.into();
            let what = match row {
                HelpRow::Language => text::language_switch(lang.next()),
                _ => text::named(lang, "tui-help", name),
            };
            (text::named_attribute(lang, "tui-help", name, "keys"), what)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_have_the_same_help_rows() {
        assert_eq!(help(Lang::EN).len(), help(Lang::KO).len());
        for ((en_keys, _), (ko_keys, _)) in help(Lang::EN).iter().zip(help(Lang::KO)) {
            if !en_keys.contains("mouse") {
                assert_eq!(en_keys, ko_keys);
            }
        }
    }

    use crate::tui::width;

    #[test]
    fn the_help_fits_the_smallest_screen() {
        for lang in Lang::all() {
            let keys = help(lang).iter().map(|(k, _)| width::of(k)).max();
            for (_, what) in help(lang) {
                let row = keys.unwrap_or(0) + 2 + width::of(what);
                assert!(row <= 56, "{what}: {row} cells");
            }
        }
    }

    #[test]
    fn korean_uses_the_glossary() {
        assert_eq!(actor(Lang::KO, Actor::AuthorizationServer), "인가 서버");
        assert_eq!(t(Lang::KO, Key::Expired), "만료됨");
        assert_eq!(t(Lang::KO, Key::ExpiresIn), "만료까지 ");
    }
}
