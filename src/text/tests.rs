//! The catalog's guarantees, proved on the compiled languages and on a third one
//! made for the tests: every file parses, every language has exactly English's
//! messages, and every message the code asks for exists everywhere.

use strum::{IntoEnumIterator as _, VariantArray as _};

use super::{Arg, Catalog, LOCALES, Lang, catalog};
use crate::explain::knowledge::{Label, Reach};
use crate::explain::{self, Chapter};
use crate::report::{markdown, text as text_report};
use crate::sim::{Actor, ItemKind, Reason, Topic};

/// Every key (`id` or `id.attribute`) the code looks up, area by area.
fn wanted() -> Vec<String> {
    let mut keys = Vec::new();
    let mut with = |id: String, attributes: &[&str]| {
        for attribute in attributes {
            keys.push(format!("{id}.{attribute}"));
        }
        keys.push(id);
    };
    for topic in Topic::VARIANTS {
        with(explain::explain(*topic).id(), &["why", "next"]);
    }
    for chapter in Chapter::iter() {
        with(super::id("chapter", chapter.into()), &[]);
    }
    for actor in ACTORS {
        with(super::id("party", actor.as_str()), &[]);
        #[cfg(feature = "tui")]
        {
            with(super::id("tui-actor", actor.as_str()), &[]);
            with(super::id("tui-lane", actor.as_str()), &["below"]);
        }
    }
    #[cfg(feature = "tui")]
    tui_keys(&mut with);
    for kind in ItemKind::VARIANTS {
        with(super::id("item", kind.as_str()), &[]);
    }
    for reason in Reason::VARIANTS {
        with(super::id("reason", &reason.as_str().replace(' ', "-")), &[]);
    }
    for reach in Reach::iter() {
        with(super::id("reach", reach.into()), &[]);
    }
    for label in Label::iter() {
        with(super::id("knowledge", label.into()), &[]);
    }
    for word in text_report::words::Word::iter() {
        with(super::id("text", word.into()), &[]);
    }
    for word in markdown::words::Word::iter() {
        with(super::id("markdown", word.into()), &[]);
    }
    for term in crate::glossary::Term::all() {
        with(term.message_id(), &["definition", "rfc"]);
    }
    for id in FIXED {
        with((*id).to_owned(), &[]);
    }
    keys
}

#[cfg(feature = "tui")]
fn tui_keys(with: &mut impl FnMut(String, &[&str])) {
    use crate::tui::text::{HelpRow, Key};
    for key in Key::iter().filter(|k| *k != Key::HintOtherLanguage) {
        with(super::id("tui", key.into()), &[]);
    }
    for row in HelpRow::iter() {
        let id = super::id("tui-help", row.into());
        if row == HelpRow::Language {
            // Its text is the next language's `language-switch`: only its keys are its own.
            with(format!("{id}.keys"), &[]);
        } else {
            with(id, &["keys"]);
        }
    }
}

const ACTORS: [Actor; 6] = [
    Actor::Client,
    Actor::ResourceOwner,
    Actor::AuthorizationServer,
    Actor::ResourceServer,
    Actor::Attacker,
    Actor::Phone,
];

/// The ids the code names as they are, rather than from an enum.
const FIXED: &[&str] = &[
    "language-name",
    "language-switch",
    "gist-login-page",
    "gist-consent-page",
    "gist-code-kept",
    "gist-code-stolen",
    "gist-photos-page",
    "gist-consent-withdrawn",
    "gist-page",
    "gist-lure",
    "gist-client-id",
    "gist-access-token",
    "gist-active",
    "gist-inactive-expired",
    "gist-inactive-revoked",
    "gist-inactive-unknown",
    "gist-photos",
    "gist-revoked",
    "gist-no-token",
    "gist-user-code",
    "gist-device-approved",
    "gist-device-denied",
    "status-retired",
    "status-revoked",
    "item-expires",
    "problem-unset",
    "problem-stopped",
    "source-start",
    "source-leak",
    "source-own",
    "source-message",
    "source-message-at",
    "place-query",
    "place-header",
    "place-field",
    "place-body",
    "text-head",
    "text-step",
    "text-waited",
    "text-stuck",
    "text-nothing-at",
    "text-mismatch",
    "text-failed-step",
    "text-result-stopped",
    "text-result-passed",
    "text-result-failed",
    "markdown-step",
    "markdown-chapter",
    "markdown-nothing-at",
    "mermaid-waited",
    "mermaid-clock-at-limit",
    "mermaid-mismatch",
    "mermaid-stopped",
    "mermaid-result-stopped",
    "mermaid-result-passed",
    "mermaid-result-failed",
    "mermaid-cut",
    "curl-step",
    "cli-tally",
    "suite-summary",
    "suite-failure",
    "lab-column-attack",
    "lab-column-section",
    "lab-column-defense",
    "lab-column-defense-off",
    "lab-column-defense-on",
    "lab-gained-resource",
    "lab-gained-access-token",
    "lab-gained-nothing",
    "lab-not-met",
    "tui-countdown-days",
    "tui-step-number",
    "skip-lacks-code",
    "skip-lacks-access-token",
    "skip-lacks-refresh-token",
    "skip-lacks-device-code",
    "skip-cause-denied",
    "skip-cause-error-redirect",
    "skip-cause-state-mismatch",
    "skip-cause-token-refused",
    "skip-cause-refresh-refused",
    "skip-reason",
    "skip-skipped",
    "text-result-unchecked",
    "text-result-skipped",
    "mermaid-result-unchecked",
    "mermaid-result-skipped",
    "suite-unchecked",
    "predict-answer",
    "predict-holders-access-token",
    "predict-holders-refresh-token",
    "predict-holders-code",
    "predict-client-deleted",
    "predict-endpoint-callback",
    "predict-endpoint-api",
    "predict-endpoint-photos",
    "predict-endpoint-account",
    "predict-nobody",
    "predict-nothing",
    "predict-deleted",
    "predict-party",
    "predict-parties",
    "predict-redirect-error",
    "predict-redirect-code",
    "predict-redirect",
    "predict-no-error-code",
    "predict-fact-used-code",
    "predict-fact-holds",
    "predict-fact-removed",
    "predict-right",
    "predict-wrong",
    "predict-score",
];

#[test]
fn every_compiled_file_parses_without_a_fluent_error() {
    if let Err(problems) = Catalog::from_sources(LOCALES) {
        panic!("{problems}");
    }
}

#[test]
fn every_language_has_exactly_the_messages_attributes_and_variables_of_english() {
    let problems = catalog().differences();
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn every_message_the_code_asks_for_exists_in_every_language() {
    let problems = catalog().missing(wanted());
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn the_attackers_explanations_exist_in_every_language() {
    let mut keys = Vec::new();
    for (_, loaded, _) in crate::scenario::lab_builtins() {
        for record in loaded.scenario.run(None).steps {
            let id = explain::explain_step(&record).id();
            keys.extend([format!("{id}.why"), format!("{id}.next"), id]);
        }
    }
    let problems = catalog().missing(keys);
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

/// Formats every message with variables in `catalog`, each variable set, and lists
/// every error Fluent reports.
fn format_errors(catalog: &Catalog) -> Vec<String> {
    let mut problems = Vec::new();
    for (index, code) in catalog.codes().enumerate() {
        for (key, defined) in catalog.keys(index).into_iter().flatten() {
            if defined.variables.is_empty() {
                continue;
            }
            let args: Vec<(&str, Arg<'_>)> = defined
                .variables
                .iter()
                .map(|name| (name.as_str(), Arg::from(2)))
                .collect();
            match catalog.format(index, &key, &args) {
                Some((_, errors)) if errors.is_empty() => {}
                Some((_, errors)) => problems.push(format!("{code} {key}: {errors:?}")),
                None => problems.push(format!("{code} {key}: an attribute with variables")),
            }
        }
    }
    problems
}

#[test]
fn every_message_with_variables_formats_without_error_in_every_language() {
    let problems = format_errors(catalog());
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn no_isolation_marks_reach_the_terminal() {
    let line = super::format(Lang::EN, "curl-step", &[("index", Arg::from(3))]);
    assert_eq!(line, "step 3");
    let korean = super::format(Lang::KO, "curl-step", &[("index", Arg::from(3))]);
    assert_eq!(korean, "3단계");
}

#[test]
fn english_plurals_follow_the_count() {
    let tally = |n: usize| {
        super::format(
            Lang::EN,
            "cli-tally",
            &[
                ("scenarios", Arg::from(n)),
                ("passed", Arg::from(n)),
                ("failed", Arg::from(0)),
                ("unusable", Arg::from(0)),
            ],
        )
    };
    assert_eq!(tally(1), "1 scenario: 1 passed, 0 failed, 0 unusable");
    assert_eq!(tally(0), "0 scenarios: 0 passed, 0 failed, 0 unusable");
}

/// English's files made into a pseudo-language, `qps`: every one-line value and
/// attribute wrapped in ⟦ ⟧, the rest (comments, selectors) left as it is.
fn pseudo_locale() -> Vec<(&'static str, String)> {
    let (_, english) = LOCALES[0];
    english
        .iter()
        .map(|(file, source)| {
            let lines: Vec<String> = source.lines().map(pseudo_line).collect();
            (*file, lines.join("\n") + "\n")
        })
        .collect()
}

fn pseudo_line(line: &str) -> String {
    let is_entry = line
        .trim_start()
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '.');
    match line.split_once(" = ") {
        Some((key, value)) if is_entry && !value.ends_with("->") && !value.is_empty() => {
            format!("{key} = ⟦{value}⟧")
        }
        _ => line.to_owned(),
    }
}

/// English and `extra`, a language given as (file, source).
fn with_third(code: &'static str, extra: &[(&'static str, &str)]) -> Result<Catalog, String> {
    let (_, english) = LOCALES[0];
    Catalog::from_sources(&[("en", english), (code, extra)])
}

#[test]
fn a_third_language_made_of_files_alone_is_complete_and_shows_its_words() {
    let pseudo = pseudo_locale();
    let files: Vec<(&str, &str)> = pseudo.iter().map(|(f, s)| (*f, s.as_str())).collect();
    let third = with_third("qps", &files).unwrap_or_else(|problems| panic!("{problems}"));
    assert_eq!(third.differences(), Vec::<String>::new());
    assert_eq!(third.missing(wanted()), Vec::<String>::new());
    assert_eq!(format_errors(&third), Vec::<String>::new());
    let qps = third.index_of("qps").expect("the third language");

    let loaded = crate::scenario::builtin("standard-flow").and_then(Result::ok);
    let transcript = loaded.expect("built in").scenario.run(None);
    let explanation = explain::explain_step(&transcript.steps[0]);
    let english = explanation.text(Lang::EN);
    let id = explanation.id();
    assert_eq!(
        third.message(qps, &id),
        Some(format!("⟦{}⟧", english.headline).as_str())
    );
    assert_eq!(
        third.attribute(qps, &id, "why"),
        Some(format!("⟦{}⟧", english.why).as_str())
    );
    assert_eq!(third.message(qps, "tui-tab-explain"), Some("⟦Explain⟧"));
    let step = third.format(qps, "curl-step", &[("index", Arg::from(4))]);
    assert_eq!(step.map(|(text, _)| text), Some("⟦step 4⟧".to_owned()));
}

#[test]
fn an_incomplete_language_is_refused_with_the_file_and_the_missing_id() {
    let fixture = include_str!("../../tests/fixtures/locales/xx/tui.ftl");
    let third = with_third("xx", &[("tui.ftl", fixture)]).expect("it parses");
    let problems = third.differences();
    assert!(
        problems.contains(
            &"locales/xx/tui.ftl: `tui-step` is missing (locales/en/tui.ftl has it)".to_owned()
        ),
        "{problems:#?}"
    );
    assert!(
        problems.contains(
            &"locales/xx/explain.ftl: `topic-registered.why` is missing (locales/en/explain.ftl has it)"
                .to_owned()
        ),
        "{problems:#?}"
    );
    assert!(!problems.iter().any(|p| p.contains("`tui-flow`")));
}

#[test]
fn a_syntax_error_is_reported_with_its_file_and_line() {
    let broken = "tui-flow = Flow\ntui-step = { $step\n";
    let Err(problems) = with_third("xx", &[("tui.ftl", broken)]) else {
        panic!("a broken file was accepted");
    };
    assert!(problems.starts_with("locales/xx/tui.ftl:2: "), "{problems}");
}

#[test]
fn a_message_defined_twice_is_reported_with_both_files() {
    let (one, two) = ("tui-flow = Flow\n", "tui-flow = Flow again\n");
    let Err(problems) = with_third("xx", &[("a.ftl", one), ("b.ftl", two)]) else {
        panic!("a duplicate was accepted");
    };
    assert_eq!(problems, "locales/xx/b.ftl: `tui-flow` is already in a.ftl");
}

#[test]
fn korean_messages_pick_their_particle_by_the_word_before_it() {
    let joined = |before: &str| {
        super::format(
            Lang::KO,
            "predict-parties",
            &[
                ("before", Arg::from(before)),
                ("last", Arg::from("인가 서버")),
            ],
        )
    };
    assert_eq!(joined("클라이언트"), "클라이언트와 인가 서버");
    assert_eq!(
        joined("리소스 오너, 공격자"),
        "리소스 오너, 공격자와 인가 서버"
    );
    assert_eq!(joined("인증"), "인증과 인가 서버");
}

#[test]
fn a_language_is_named_from_the_build_time_table_as_its_own_file_names_it() {
    for lang in Lang::all() {
        assert_eq!(
            super::language_name(lang),
            catalog()
                .message(lang.index(), "language-name")
                .unwrap_or_default()
        );
        assert_eq!(
            super::language_switch(lang),
            catalog()
                .message(lang.index(), "language-switch")
                .unwrap_or_default()
        );
    }
    assert_eq!(super::language_name(Lang::KO), "한국어");
}

#[test]
fn the_compiled_catalog_builds_a_language_only_when_it_is_first_used() {
    let compiled = Catalog::compiled(LOCALES);
    assert!(!compiled.is_built(Lang::EN.index()));
    assert_eq!(compiled.message(Lang::EN.index(), "tui-step"), Some("step"));
    assert!(compiled.is_built(Lang::EN.index()));
    assert!(!compiled.is_built(Lang::KO.index()));
    assert_eq!(compiled.message(Lang::KO.index(), "tui-step"), Some("단계"));
    assert!(compiled.is_built(Lang::KO.index()));
}
