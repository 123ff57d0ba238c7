use super::*;
use crate::explain::Lang;
use crate::scenario::{self, Gain, lab_builtins};
use crate::sim::Transcript;

fn run(name: &str) -> Transcript {
    let loaded = scenario::builtin(name).and_then(Result::ok);
    loaded
        .unwrap_or_else(|| panic!("{name} is built in"))
        .scenario
        .run(None)
}

/// The knowledge after step `step` (1-based) of `transcript`.
fn after(transcript: &Transcript, step: usize) -> Knowledge {
    let mut knowledge = Knowledge::new(&transcript.initial);
    for record in transcript.steps.iter().take(step) {
        knowledge.observe(record);
    }
    knowledge
}

fn source(knowledge: &Knowledge, kind: ItemKind) -> Source {
    let known = knowledge.held().iter().find(|k| k.item.kind == kind);
    known
        .unwrap_or_else(|| panic!("the attacker holds no {kind:?}"))
        .source
        .clone()
}

#[test]
fn a_code_caught_in_a_referer_comes_from_that_header_of_the_pixel_request() {
    let knowledge = after(&run("lab-referer-leak-undefended"), 4);
    assert_eq!(
        source(&knowledge, ItemKind::StolenCode),
        Source::Message {
            step: 4,
            from: Actor::ResourceOwner,
            label: Lang::all()
                .skip(1)
                .fold(Words::english("GET /pixel.gif"), |words, lang| {
                    words.with(lang.code(), "GET /pixel.gif")
                }),
            place: Some(Place::Header("Referer".to_owned())),
        }
    );
    assert_eq!(
        source(&knowledge, ItemKind::StolenCode).describe(Lang::EN),
        "step 4: GET /pixel.gif from Resource Owner, in the Referer header"
    );
}

#[test]
fn a_stolen_value_comes_from_a_leak_not_from_a_message() {
    let knowledge = after(&run("lab-code-injection-undefended"), 4);
    assert_eq!(source(&knowledge, ItemKind::Code), Source::Leak { step: 4 });
}

#[test]
fn redeemed_tokens_come_from_the_fields_of_the_token_response() {
    let knowledge = after(&run("lab-code-replay-undefended"), 8);
    let Source::Message {
        from, place, label, ..
    } = source(&knowledge, ItemKind::AccessToken)
    else {
        panic!("the access token came in a message");
    };
    assert_eq!(from, Actor::AuthorizationServer);
    assert_eq!(label.get(Lang::EN), "200 access_token");
    assert_eq!(label.get(Lang::KO), "200 access_token 발급");
    assert_eq!(place, Some(Place::Field("access_token".to_owned())));
}

#[test]
fn the_verifier_of_a_link_it_crafted_is_its_own() {
    let knowledge = after(&run("lab-pkce-downgrade-undefended"), 1);
    assert_eq!(
        source(&knowledge, ItemKind::CodeVerifier),
        Source::Own { step: 1 }
    );
}

#[test]
fn photos_come_from_the_last_answer_the_attacker_received() {
    let knowledge = after(&run("lab-code-injection-undefended"), 8);
    let Source::Message { from, place, .. } = source(&knowledge, ItemKind::Resource) else {
        panic!("the photos came in a message");
    };
    assert_eq!((from, place), (Actor::Client, None));
}

#[test]
fn a_spent_code_gains_nothing_and_a_reusable_one_does() {
    let defended = after(&run("lab-code-replay-defended"), 7);
    assert_eq!(defended.reach(), Reach::Nothing);
    let undefended = after(&run("lab-code-replay-undefended"), 7);
    assert_eq!(undefended.reach(), Reach::Code);
}

#[test]
fn a_revoked_token_gains_nothing() {
    let transcript = run("lab-introspection-cache-defended");
    assert_eq!(after(&transcript, 7).reach(), Reach::AccessToken);
    assert_eq!(after(&transcript, 8).reach(), Reach::Nothing);
}

#[test]
fn at_the_end_of_every_lab_run_the_reach_agrees_with_the_labs_gain() {
    for (name, loaded, _) in lab_builtins() {
        let transcript = loaded.scenario.run(None);
        let reach = after(&transcript, transcript.steps.len()).reach();
        let gain = match reach {
            Reach::Resource => Gain::Resource,
            Reach::AccessToken => Gain::AccessToken,
            _ => Gain::Nothing,
        };
        assert_eq!(
            gain,
            Gain::of(&transcript, &loaded.scenario.user.username),
            "{name}"
        );
    }
}

#[test]
fn the_attacker_takes_no_part_in_the_lesson() {
    let transcript = run("standard-flow");
    assert!(!transcript.steps.iter().any(takes_part));
    assert!(after(&transcript, transcript.steps.len()).held().is_empty());
}

#[test]
fn photos_of_the_attackers_own_account_are_no_gain() {
    let own = run("lab-open-redirector-defended");
    let knowledge = after(&own, own.steps.len());
    assert!(
        knowledge
            .held()
            .iter()
            .any(|k| k.item.kind == ItemKind::Resource)
    );
    assert_eq!(knowledge.reach(), Reach::Nothing);
    let phished = run("lab-open-redirector-undefended");
    assert_eq!(
        after(&phished, phished.steps.len()).reach(),
        Reach::Resource
    );
}
