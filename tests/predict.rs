//! Predict mode's questions, generated from transcripts: for every built-in scenario
//! each question has 3 or 4 distinct choices and exactly one right one, which is what
//! the run did; and each kind of question asks what it should, where it should.

use oauth_sim::explain::Lang;
use oauth_sim::predict::{self, Choice, Endpoint, Fact, Prompt, Question, words};
use oauth_sim::scenario;
use oauth_sim::sim::{Action, Actor, ChangeKind, ErrorCode, ItemKind, Transcript};

fn run(argument: &str) -> Transcript {
    let loaded = scenario::resolve(argument).unwrap_or_else(|e| panic!("{argument}: {e}"));
    loaded.scenario.run(None)
}

/// The 0-based position of the first step doing `action`.
fn first(transcript: &Transcript, action: Action) -> usize {
    transcript
        .steps
        .iter()
        .position(|s| s.step.action == action)
        .unwrap_or_else(|| panic!("no {action} step"))
}

fn asking(questions: &[Question], wanted: impl Fn(&Prompt) -> bool) -> Option<&Question> {
    questions.iter().find(|q| wanted(&q.prompt))
}

fn right(question: &Question) -> &Choice {
    question
        .right_choice()
        .expect("the right choice is one of the choices")
}

/// Whether the right choice is what the run did at step `position`.
fn matches_the_run(transcript: &Transcript, position: usize, question: &Question) -> bool {
    let record = &transcript.steps[position];
    match (&question.prompt, right(question)) {
        (Prompt::Answer(_), Choice::Answer { status, error }) => {
            record.outcome.status == Some(*status) && record.outcome.error == *error
        }
        (Prompt::Holders(kind), Choice::Holders(holders)) => {
            let memory = transcript.memory_after(Some(position));
            let moved: Vec<&str> = record
                .changes
                .iter()
                .filter(|c| c.item_kind() == *kind)
                .map(oauth_sim::sim::Change::key)
                .collect();
            moved.iter().any(|key| {
                [
                    Actor::Client,
                    Actor::ResourceOwner,
                    Actor::AuthorizationServer,
                    Actor::ResourceServer,
                    Actor::Attacker,
                ]
                .into_iter()
                .all(|actor| {
                    let holds = memory
                        .of(actor)
                        .any(|item| item.kind == *kind && item.key == *key);
                    holds == holders.contains(&actor)
                })
            })
        }
        (Prompt::ClientDeleted, Choice::Deleted(kinds)) => {
            let mut removed: Vec<ItemKind> = record
                .changes
                .iter()
                .filter(|c| c.actor == Actor::Client)
                .filter(|c| matches!(c.kind, ChangeKind::Removed { .. }))
                .map(oauth_sim::sim::Change::item_kind)
                .collect();
            removed.sort_unstable();
            removed.dedup();
            &removed == kinds
        }
        (Prompt::Scenario(_), Choice::Text(_)) => record
            .step
            .ask
            .as_ref()
            .is_some_and(|ask| ask.answer == question.right),
        _ => false,
    }
}

#[test]
fn every_builtin_question_has_distinct_choices_and_one_right_one_that_the_run_did() {
    let mut asked = 0;
    for name in scenario::builtin_names() {
        let transcript = run(name);
        for position in 0..transcript.steps.len() {
            for question in predict::questions(&transcript, position) {
                asked += 1;
                let at = format!("{name} step {}: {question:?}", position + 1);
                assert!((3..=4).contains(&question.choices.len()), "{at}");
                assert!(question.right < question.choices.len(), "{at}");
                for (i, a) in question.choices.iter().enumerate() {
                    assert!(!question.choices[i + 1..].contains(a), "{at}: twice");
                }
                assert!(matches_the_run(&transcript, position, &question), "{at}");
                if let Prompt::Answer(_) = question.prompt {
                    let errors: Vec<_> = question
                        .choices
                        .iter()
                        .filter_map(|c| match c {
                            Choice::Answer { error: Some(e), .. } => Some(*e),
                            _ => None,
                        })
                        .collect();
                    let mut unique = errors.clone();
                    unique.sort_by_key(|e| e.as_str());
                    unique.dedup();
                    assert_eq!(unique.len(), errors.len(), "{at}: one error, two statuses");
                }
                for lang in [Lang::EN, Lang::KO] {
                    let texts: Vec<String> = question
                        .choices
                        .iter()
                        .map(|c| words::choice(lang, &question.prompt, c))
                        .collect();
                    for (i, text) in texts.iter().enumerate() {
                        assert!(!text.is_empty(), "{at}");
                        assert!(!texts[i + 1..].contains(text), "{at}: {text} twice");
                    }
                    assert!(!words::prompt(lang, &question.prompt).is_empty(), "{at}");
                }
            }
        }
    }
    assert!(asked > 300, "{asked} questions over the built-ins");
}

#[test]
fn the_same_transcript_asks_the_same_questions_in_the_same_order() {
    let first_run = run("standard-flow");
    let second_run = run("standard-flow");
    for position in 0..first_run.steps.len() {
        assert_eq!(
            predict::questions(&first_run, position),
            predict::questions(&second_run, position)
        );
    }
}

#[test]
fn the_right_answer_is_not_always_the_first_choice() {
    let transcript = run("standard-flow");
    let places: std::collections::BTreeSet<usize> = (0..transcript.steps.len())
        .flat_map(|p| predict::questions(&transcript, p))
        .map(|q| q.right)
        .collect();
    assert!(places.len() > 2, "{places:?}");
}

#[test]
fn the_token_endpoint_is_asked_for_its_status_and_error() {
    let transcript = run("code-replay");
    let replay = transcript
        .steps
        .iter()
        .rposition(|s| s.step.action == Action::Token)
        .expect("a second token step");
    let questions = predict::questions(&transcript, replay);
    let question = asking(&questions, |p| *p == Prompt::Answer(Endpoint::Token))
        .expect("an answer question at /token");
    assert_eq!(
        right(question),
        &Choice::Answer {
            status: 400,
            error: Some(ErrorCode::InvalidGrant)
        }
    );
    assert!(question.choices.iter().all(|c| matches!(
        c,
        Choice::Answer {
            status: 200 | 400 | 401,
            ..
        }
    )));
    assert!(matches!(question.facts[..], [Fact::Topic(_)]));
}

#[test]
fn the_api_is_asked_for_its_answer_among_the_answers_of_an_api() {
    let transcript = run("insufficient-scope");
    let call = first(&transcript, Action::CallApi);
    let questions = predict::questions(&transcript, call);
    let question =
        asking(&questions, |p| *p == Prompt::Answer(Endpoint::Api)).expect("an API question");
    assert_eq!(
        right(question),
        &Choice::Answer {
            status: 403,
            error: Some(ErrorCode::InsufficientScope)
        }
    );
    assert!(question.choices.contains(&Choice::Answer {
        status: 200,
        error: None
    }));
}

#[test]
fn after_consent_only_the_authorization_server_holds_the_code() {
    let transcript = run("standard-flow");
    let questions = predict::questions(&transcript, first(&transcript, Action::Consent));
    let question =
        asking(&questions, |p| *p == Prompt::Holders(ItemKind::Code)).expect("who holds the code");
    assert_eq!(
        right(question),
        &Choice::Holders(vec![Actor::AuthorizationServer])
    );
}

#[test]
fn after_the_callback_the_client_and_the_server_hold_the_code() {
    let transcript = run("standard-flow");
    let questions = predict::questions(&transcript, first(&transcript, Action::Callback));
    let question =
        asking(&questions, |p| *p == Prompt::Holders(ItemKind::Code)).expect("who holds the code");
    assert_eq!(
        right(question),
        &Choice::Holders(vec![Actor::Client, Actor::AuthorizationServer])
    );
}

#[test]
fn after_a_refresh_the_new_access_token_is_held_by_the_client_and_the_server() {
    let transcript = run("standard-flow");
    let questions = predict::questions(&transcript, first(&transcript, Action::Refresh));
    let question = asking(&questions, |p| *p == Prompt::Holders(ItemKind::AccessToken))
        .expect("who holds the access token");
    assert_eq!(
        right(question),
        &Choice::Holders(vec![Actor::Client, Actor::AuthorizationServer])
    );
}

#[test]
fn a_stolen_code_is_held_by_the_attacker_too() {
    let transcript = run("lab-code-injection-undefended");
    let steal = first(&transcript, Action::Steal);
    let questions = predict::questions(&transcript, steal);
    let question =
        asking(&questions, |p| *p == Prompt::Holders(ItemKind::Code)).expect("who holds the code");
    let Choice::Holders(holders) = right(question) else {
        panic!("{question:?}");
    };
    assert!(holders.contains(&Actor::Attacker), "{holders:?}");
    assert!(
        asking(&questions, |p| matches!(p, Prompt::Answer(_))).is_none(),
        "a steal sends nothing, so nothing answers"
    );
}

#[test]
fn at_the_callback_the_client_deleted_its_state() {
    let transcript = run("standard-flow");
    let questions = predict::questions(&transcript, first(&transcript, Action::Callback));
    let question =
        asking(&questions, |p| *p == Prompt::ClientDeleted).expect("what the client deleted");
    assert_eq!(right(question), &Choice::Deleted(vec![ItemKind::State]));
    assert!(question.choices.contains(&Choice::Deleted(Vec::new())));
}

#[test]
fn at_the_exchange_the_client_deleted_the_code_and_its_verifier() {
    let transcript = run("standard-flow");
    let questions = predict::questions(&transcript, first(&transcript, Action::Token));
    let question =
        asking(&questions, |p| *p == Prompt::ClientDeleted).expect("what the client deleted");
    assert_eq!(
        right(question),
        &Choice::Deleted(vec![ItemKind::Code, ItemKind::CodeVerifier])
    );
    assert!(question.facts.iter().all(|f| matches!(
        f,
        Fact::Removed {
            actor: Actor::Client,
            ..
        }
    )));
}

#[test]
fn a_step_where_the_client_deletes_nothing_does_not_ask_what_it_deleted() {
    let transcript = run("standard-flow");
    let questions = predict::questions(&transcript, first(&transcript, Action::Login));
    assert!(asking(&questions, |p| *p == Prompt::ClientDeleted).is_none());
    assert!(asking(&questions, |p| matches!(p, Prompt::Holders(_))).is_none());
    assert!(asking(&questions, |p| *p == Prompt::Answer(Endpoint::Login)).is_some());
}

#[test]
fn a_wait_asks_nothing() {
    let transcript = run("standard-flow");
    let wait = first(&transcript, Action::Wait);
    assert!(predict::questions(&transcript, wait).is_empty());
}

#[test]
fn a_scenarios_own_question_comes_last_as_written() {
    let transcript = run("tests/fixtures/valid/ask.json");
    let token = first(&transcript, Action::Token);
    let questions = predict::questions(&transcript, token);
    let own = questions.last().expect("questions at the token step");
    assert!(matches!(own.prompt, Prompt::Scenario(_)));
    assert_eq!(own.right, 1);
    assert_eq!(
        words::choice(Lang::EN, &own.prompt, right(own)),
        "code_verifier"
    );
    assert!(words::prompt(Lang::KO, &own.prompt).starts_with("이 흐름을"));
    let Some(Fact::Text(explanation)) = own.facts.first() else {
        panic!("{own:?}");
    };
    assert!(explanation.get(Lang::KO).starts_with("code_verifier는"));
}

#[test]
fn questions_and_facts_read_in_both_languages() {
    let transcript = run("standard-flow");
    let token = first(&transcript, Action::Token);
    let questions = predict::questions(&transcript, token);
    let question = asking(&questions, |p| *p == Prompt::ClientDeleted).expect("a question");
    assert_eq!(
        words::prompt(Lang::EN, &question.prompt),
        "What did the client just delete?"
    );
    assert_eq!(
        words::prompt(Lang::KO, &question.prompt),
        "클라이언트는 방금 무엇을 지웠을까요?"
    );
    let facts: Vec<String> = question
        .facts
        .iter()
        .map(|f| words::fact(Lang::KO, f))
        .collect();
    assert!(
        facts.contains(&"클라이언트가 인가 코드 항목을 지웠습니다 (교환됨).".to_owned()),
        "{facts:?}"
    );
}

#[test]
fn after_the_exchange_nobody_holds_the_code_and_the_server_keeps_a_record_of_it() {
    let transcript = run("standard-flow");
    let questions = predict::questions(&transcript, first(&transcript, Action::Token));
    let question =
        asking(&questions, |p| *p == Prompt::Holders(ItemKind::Code)).expect("who holds the code");
    assert_eq!(right(question), &Choice::Holders(Vec::new()));
    assert!(question.facts.iter().any(|f| matches!(
        f,
        Fact::Holds {
            actor: Actor::AuthorizationServer,
            kind: ItemKind::UsedCode,
            ..
        }
    )));
    assert!(question.facts.contains(&Fact::Removed {
        actor: Actor::Client,
        kind: ItemKind::Code,
        reason: oauth_sim::sim::Reason::Exchanged
    }));
}

#[test]
fn a_call_without_a_token_is_not_offered_a_second_401() {
    let transcript = run("no-token");
    let call = first(&transcript, Action::CallApi);
    let questions = predict::questions(&transcript, call);
    let question =
        asking(&questions, |p| *p == Prompt::Answer(Endpoint::Api)).expect("an API question");
    assert_eq!(
        right(question),
        &Choice::Answer {
            status: 401,
            error: None
        }
    );
    let fours_oh_one = question
        .choices
        .iter()
        .filter(|c| matches!(c, Choice::Answer { status: 401, .. }))
        .count();
    assert_eq!(fours_oh_one, 1, "{question:?}");
}
