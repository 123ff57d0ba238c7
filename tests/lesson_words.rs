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

/// The text fields of a scenario file that a student reads in English.
const SCENARIO_TEXT_FIELDS: &[&str] = &["title", "summary", "note", "attack"];

/// Every text of every built-in scenario in `lang` (its title, summary, notes and
/// lab attack, from the `"ko"` of a language map or a `*_ko` field for Korean),
/// each named by the scenario and the field's path.
fn scenario_texts(lang: Lang) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for name in oauth_sim::scenario::builtin_names() {
        let path = format!("{}/scenarios/{name}.json", env!("CARGO_MANIFEST_DIR"));
        let source = match std::fs::read_to_string(&path) {
            Ok(source) => source,
            Err(error) => panic!("{path}: {error}"),
        };
        let json: serde_json::Value = match serde_json::from_str(&source) {
            Ok(json) => json,
            Err(error) => panic!("{path}: {error}"),
        };
        collect_texts(lang, &json, name, &mut found);
    }
    found
}

fn collect_texts(
    lang: Lang,
    value: &serde_json::Value,
    at: &str,
    found: &mut Vec<(String, String)>,
) {
    match value {
        serde_json::Value::Object(fields) => {
            for (key, value) in fields {
                let here = format!("{at}.{key}");
                match value.as_str() {
                    Some(text) if is_text_field(lang, key) => found.push((here, text.to_owned())),
                    _ => collect_texts(lang, value, &here, found),
                }
            }
        }
        serde_json::Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                collect_texts(lang, item, &format!("{at}[{index}]"), found);
            }
        }
        _ => {}
    }
}

/// Whether a string under `key` is text for `lang`: `"ko"` or `note_ko` for
/// Korean, `"en"` or a plain `note` for English.
fn is_text_field(lang: Lang, key: &str) -> bool {
    let code = lang.code();
    key == code
        || key
            .strip_suffix(code)
            .and_then(|field| field.strip_suffix('_'))
            .is_some_and(|field| SCENARIO_TEXT_FIELDS.contains(&field))
        || (code == "en" && SCENARIO_TEXT_FIELDS.contains(&key))
}

/// Every message and explanation of `lang`'s catalog, and every text of the
/// built-in scenarios in `lang`.
fn every_text(lang: Lang) -> Vec<(String, String)> {
    let mut all = Vec::new();
    for attribute in [
        None,
        Some("why"),
        Some("next"),
        Some("definition"),
        Some("below"),
    ] {
        all.extend(texts(lang, &[""], attribute));
    }
    all.extend(scenario_texts(lang));
    all
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
    "nonce",
    "id_token",
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
    "proves itself in each flow with PKCE",
    "authenticates with PKCE",
    "PKCE로 자신을 증명",
    "PKCE로 증명",
    "PKCE로 인증",
];

#[test]
fn no_text_says_pkce_authenticates_a_client() {
    let mut wrong = Vec::new();
    for lang in Lang::all() {
        for (key, text) in every_text(lang) {
            if PKCE_AUTHENTICATES
                .iter()
                .any(|phrase| text.contains(phrase))
            {
                wrong.push(format!("{} {key}", lang.code()));
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
/// The scenarios' summaries and notes are prose too.
#[test]
fn korean_prose_ends_a_sentence_instead_of_adding_a_colon() {
    let mut colons = Vec::new();
    for (key, text) in every_text(korean()) {
        let prose = text.split('`').step_by(2).collect::<Vec<_>>().join("``");
        if ["다: ", "요: "].iter().any(|colon| prose.contains(colon)) {
            colons.push(format!("{key}: {text}"));
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
    for (key, text) in every_text(korean()) {
        if text.contains("public 클라이언트") || text.contains("confidential 클라이언트")
        {
            other.push(key);
        }
    }
    assert!(other.is_empty(), "{other:?}");
}

/// The words three authors chose differently for the flows of issue 11, and the one
/// each Korean text uses: 기기, as the glossary already says of a user's device; the
/// flow named for its code, as 인가 코드 흐름 is; 확인 주소 for `verification_uri`, so
/// that 인증 keeps meaning authentication; and the loanwords the older lessons use.
const ONE_KOREAN_WORD: &[(&str, &str)] = &[
    ("디바이스", "기기"),
    ("device 흐름", "기기 코드 흐름"),
    ("device grant", "기기 코드 grant"),
    ("device authorization", "기기 인가"),
    ("인증 주소", "확인 주소"),
    ("인증 페이지", "확인 페이지"),
    ("핸드폰", "휴대폰"),
    ("스마트폰", "휴대폰"),
    ("매개변수", "파라미터"),
    ("챌린지", "challenge"),
    ("클레임", "claim"),
    ("레거시", "예전"),
];

#[test]
fn korean_says_each_new_flow_term_one_way() {
    let mut other = Vec::new();
    for (key, text) in every_text(korean()) {
        for (avoid, word) in ONE_KOREAN_WORD {
            if text.contains(avoid) {
                other.push(format!("{key}: {avoid} → {word}"));
            }
        }
    }
    assert!(other.is_empty(), "{other:#?}");
}

/// The particles Korean writes in two forms, after a final consonant and after a
/// vowel (받침): `인가 서버가` but `인증이`.
const PARTICLES: &[(&str, &str)] = &[
    ("이", "가"),
    ("은", "는"),
    ("을", "를"),
    ("과", "와"),
    ("으로", "로"),
];

/// Message `id` with every variable set to `word`.
fn with_every_variable(
    id: &str,
    variables: &std::collections::BTreeSet<String>,
    word: &str,
) -> String {
    let args: Vec<(&str, oauth_sim::text::Arg)> = variables
        .iter()
        .map(|name| (name.as_str(), oauth_sim::text::Arg::from(word)))
        .collect();
    match catalog().format(korean().index(), id, &args) {
        Some((text, _)) => text,
        None => panic!("{id} has no value"),
    }
}

/// Whether `text` has `word` followed by `particle` as a word of its own.
fn particle_after(text: &str, word: &str, particle: &str) -> bool {
    let joined = format!("{word}{particle}");
    text.match_indices(&joined).any(|(at, _)| {
        text[at + joined.len()..]
            .chars()
            .next()
            .is_none_or(|next| !('가'..='힣').contains(&next))
    })
}

/// A particle after a variable depends on the word the program puts there, so a
/// Korean message picks it with `JOSA`: with a word ending in a consonant (책) and
/// one ending in a vowel (차) in every variable, no message may write the other
/// form's particle after either.
#[test]
fn korean_particles_after_a_variable_come_from_josa() {
    let Some(keys) = catalog().keys(korean().index()) else {
        panic!("no Korean catalog");
    };
    let mut fixed = Vec::new();
    for (id, key) in keys {
        if key.variables.is_empty() || id.contains('.') {
            continue;
        }
        let after_consonant = with_every_variable(&id, &key.variables, "책");
        let after_vowel = with_every_variable(&id, &key.variables, "차");
        for (consonant_form, vowel_form) in PARTICLES {
            if particle_after(&after_consonant, "책", vowel_form)
                || particle_after(&after_vowel, "차", consonant_form)
            {
                fixed.push(format!("{id}: {after_vowel}"));
            }
        }
    }
    assert!(fixed.is_empty(), "{fixed:#?}");
}

/// In Korean `3단계` names step 3, so a count of steps says `단계 3개`; the
/// closing lines of the reports must not turn "3 steps skipped" into "step 3".
#[test]
fn korean_counts_of_steps_are_not_read_as_a_step_number() {
    let counts = [
        "text-result-passed",
        "text-result-skipped",
        "text-result-unchecked",
        "mermaid-result-passed",
        "mermaid-result-skipped",
        "mermaid-result-unchecked",
        "suite-unchecked",
    ];
    let Some(keys) = catalog().keys(korean().index()) else {
        panic!("no Korean catalog");
    };
    for id in counts {
        let Some(key) = keys.get(id) else {
            panic!("{id} is missing");
        };
        let text = with_every_variable(id, &key.variables, "7");
        assert!(!text.contains("7단계"), "{id}: {text}");
    }
}

/// Why the client skipped a step is one Korean sentence (cause, then what it
/// lacks), not two joined by an English colon.
#[test]
fn a_korean_skip_reason_is_one_sentence() {
    use oauth_sim::sim::{Cause, ErrorCode, Lacks, Skip, Stop, Topic};
    let causes = [
        Cause::Denied,
        Cause::ErrorRedirect,
        Cause::StateMismatch,
        Cause::TokenRefused,
        Cause::RefreshRefused,
    ];
    for lacks in [Lacks::Code, Lacks::AccessToken, Lacks::RefreshToken] {
        for cause in causes {
            for error in [None, Some(ErrorCode::InvalidGrant)] {
                let stop = Stop {
                    cause,
                    step: 4,
                    error,
                    topic: Topic::AccessDenied,
                };
                let reason =
                    oauth_sim::explain::words::skip_reason(korean(), &Skip { lacks, stop });
                assert!(
                    !reason.contains(':') && reason.ends_with("없습니다"),
                    "{reason}"
                );
            }
        }
    }
}
