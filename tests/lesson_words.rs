//! The lesson's words, checked as a reviewer would: Korean labels that are Korean,
//! no statement the RFCs contradict, and no "Next: Next …" on the Explain tab.
//! Each test reads the compiled catalog (`locales/*/*.ftl`), so a teacher's edit that
//! brings a mistake back fails here, naming the message.

use oauth_sim::text::{Lang, catalog};

/// Every `id` (and `id.attribute` when `attribute` is given) of `lang` whose id
/// starts with one of `prefixes`, with its text.
fn texts(lang: Lang, prefixes: &[&str], attribute: Option<&str>) -> Vec<(String, String)> {
    let Some(keys) = catalog().keys(lang.index()) else {
        panic!("no catalog for {}", lang.code());
    };
    keys.into_keys()
        .filter_map(|key| {
            let (id, attr) = match key.split_once('.') {
                Some((id, attr)) => (id.to_owned(), Some(attr.to_owned())),
                None => (key.clone(), None),
            };
            if attr.as_deref() != attribute || !prefixes.iter().any(|p| id.starts_with(p)) {
                return None;
            }
            let text = match &attr {
                Some(attr) => catalog().attribute(lang.index(), &id, attr),
                None => catalog().message(lang.index(), &id),
            }?;
            Some((key, text.to_owned()))
        })
        .collect()
}

fn korean() -> Lang {
    match Lang::from_code("ko") {
        Ok(lang) => lang,
        Err(error) => panic!("{error}"),
    }
}

/// The ASCII words a Korean State label may keep: names that travel on the wire
/// exactly so (parameters, JSON fields and values) and the one protocol name the
/// glossary keeps in English.
const WIRE_WORDS: &[&str] = &[
    "access_token",
    "refresh_token",
    "client_id",
    "client_secret",
    "state",
    "code_verifier",
    "active",
    "true",
    "introspection",
];

#[test]
fn korean_state_and_arrow_labels_keep_english_only_for_wire_names() {
    let prefixes = ["item-", "detail-", "reason-", "status-", "gist-", "party-"];
    let mut half_translated = Vec::new();
    for (key, text) in texts(korean(), &prefixes, None) {
        let english = text
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter(|word| word.chars().any(|c| c.is_ascii_alphabetic()))
            .filter(|word| !WIRE_WORDS.contains(word))
            .collect::<Vec<_>>();
        if !english.is_empty() {
            half_translated.push(format!("{key} = {text} ({})", english.join(", ")));
        }
    }
    assert!(half_translated.is_empty(), "{half_translated:#?}");
}

/// The word a label adds in front of a text (`Next:` → `Next`, `다음:` → `다음`).
fn label_word(lang: Lang, id: &'static str) -> String {
    oauth_sim::text::message(lang, id)
        .trim()
        .trim_end_matches(':')
        .trim()
        .to_owned()
}

#[test]
fn no_next_text_starts_with_the_word_its_label_adds() {
    let mut doubled = Vec::new();
    for lang in Lang::all() {
        let words = [
            label_word(lang, "tui-next"),
            label_word(lang, "markdown-next"),
        ];
        for (key, text) in texts(lang, &[""], Some("next")) {
            if let Some(word) = words.iter().find(|word| text.starts_with(word.as_str())) {
                doubled.push(format!("{} {key}: \"{word}: {text}\"", lang.code()));
            }
        }
    }
    assert!(doubled.is_empty(), "{doubled:#?}");
}

/// PKCE binds a code to the party that started the flow; it does not authenticate a
/// client (RFC 7636 §1). The phrasings a teacher is likely to write by mistake.
const PKCE_AUTHENTICATES: &[&str] = &[
    "proves itself with PKCE",
    "prove itself with PKCE",
    "prove each flow with PKCE",
    "proves each flow with PKCE",
    "authenticates with PKCE",
    "PKCE로 자신을 증명",
    "PKCE로 증명",
    "PKCE로 인증",
];

#[test]
fn no_text_says_pkce_authenticates_a_client() {
    let mut wrong = Vec::new();
    for lang in Lang::all() {
        for attribute in [None, Some("why"), Some("next"), Some("definition")] {
            for (key, text) in texts(lang, &[""], attribute) {
                if PKCE_AUTHENTICATES
                    .iter()
                    .any(|phrase| text.contains(phrase))
                {
                    wrong.push(format!("{} {key}", lang.code()));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// On the last step of a scenario nothing follows, so its `.next` may say what a
/// correct client does or what is true now, but must not send the student to watch
/// a step that never comes.
#[test]
fn the_last_step_of_every_builtin_sends_nobody_to_watch_a_step_that_never_comes() {
    let mut promises = Vec::new();
    for name in oauth_sim::scenario::builtin_names() {
        let Some(Ok(loaded)) = oauth_sim::scenario::builtin(name) else {
            panic!("{name} does not load");
        };
        let transcript = loaded.scenario.run(None);
        let Some(last) = transcript.steps.last() else {
            continue;
        };
        let explanation = oauth_sim::explain::explain_step(last);
        for lang in Lang::all() {
            let next = explanation.text(lang).next;
            let looks_ahead = ["Watch", "watch", "Next ", "다음 단계", "이어서", "지켜보"];
            if looks_ahead.iter().any(|word| next.contains(word)) {
                promises.push(format!(
                    "{name} {} {}: {next}",
                    lang.code(),
                    explanation.id()
                ));
            }
        }
    }
    assert!(promises.is_empty(), "{promises:#?}");
}

/// A colon after a finished Korean sentence (`…습니다: …`) is English punctuation;
/// Korean ends the sentence there. Code spans and labels (`예: …`) are not prose.
#[test]
fn korean_prose_ends_a_sentence_instead_of_adding_a_colon() {
    let mut colons = Vec::new();
    for attribute in [None, Some("why"), Some("next")] {
        for (key, text) in texts(korean(), &["topic-", "attacker-", "reach-"], attribute) {
            let prose = text.split('`').step_by(2).collect::<Vec<_>>().join("``");
            if ["다: ", "요: "].iter().any(|colon| prose.contains(colon)) {
                colons.push(format!("{key}: {text}"));
            }
        }
    }
    assert!(colons.is_empty(), "{colons:#?}");
}

#[test]
fn korean_chapter_titles_are_korean_and_name_the_authorization_server() {
    let titles = texts(korean(), &["chapter-"], None);
    assert_eq!(titles.len(), 6, "{titles:?}");
    for (key, title) in &titles {
        assert!(
            !title.chars().any(|c| c.is_ascii_alphabetic()),
            "{key} = {title}: the lane names beside it are Korean"
        );
    }
    let server = oauth_sim::text::message(korean(), "chapter-server-approval");
    assert!(server.contains("인가 서버"), "{server}");
}

/// One Korean word for each client type, the glossary's: 공개 클라이언트 and
/// 기밀 클라이언트.
#[test]
fn korean_names_each_client_type_one_way() {
    let mut other = Vec::new();
    for attribute in [None, Some("why"), Some("next")] {
        for (key, text) in texts(korean(), &[""], attribute) {
            if text.contains("public 클라이언트") || text.contains("confidential 클라이언트")
            {
                other.push(key);
            }
        }
    }
    assert!(other.is_empty(), "{other:?}");
}
