//! The chapter a step is told in. Each topic belongs to the chapter where a student
//! first meets it, but a lesson is a story told forwards: once the flow has reached
//! a chapter it does not go back to an earlier one because a later step meets an
//! older topic (the expired call after an hour's wait belongs with the refresh token
//! it motivates, not with the first call). So a step's chapter is the latest chapter
//! reached so far, and every view (the TUI header and Explain pane, the text,
//! Markdown and JSON reports) asks this one place.
//!
//! The wait opens the refresh token's chapter only once a refresh token has been
//! issued: a grant that has none (client credentials, RFC 6749 §4.4.3; the implicit
//! grant, §4.2.2) waits and expires within the access token's chapter, and reaches
//! the last chapter only if a step tries to refresh.

use crate::sim::{ChangeKind, ItemKind, StepRecord, Topic};

use super::{Chapter, explain_step};

/// The chapter of `step` when the steps before it reached `so_far` (none before the
/// first step): its own topic's chapter, or `so_far` if that is later. Without the
/// steps before it, a wait counts as opening the refresh token's chapter.
pub fn next_chapter(so_far: Option<Chapter>, step: &StepRecord) -> Chapter {
    let own = explain_step(step).chapter;
    so_far.map_or(own, |so_far| so_far.max(own))
}

/// Tells the chapter of each step of a run in turn, remembering what the steps
/// before it reached and whether a refresh token was issued (see the module's doc).
#[derive(Debug, Clone, Copy, Default)]
pub struct Teller {
    so_far: Option<Chapter>,
    refresh_token_issued: bool,
}

impl Teller {
    /// The chapter `step`, the next step of the run, is told in.
    pub fn tell(&mut self, step: &StepRecord) -> Chapter {
        let waits_for_nothing = step.topic == Topic::ClockMoved && !self.refresh_token_issued;
        let chapter = match self.so_far {
            Some(so_far) if waits_for_nothing => so_far,
            so_far => next_chapter(so_far, step),
        };
        self.so_far = Some(chapter);
        self.refresh_token_issued |= step.changes.iter().any(|change| {
            matches!(change.kind, ChangeKind::Added { .. })
                && change.item_kind() == ItemKind::RefreshToken
        });
        chapter
    }
}

/// The chapter of each of `steps`, in order: never decreasing.
pub fn chapters(steps: &[StepRecord]) -> Vec<Chapter> {
    let mut teller = Teller::default();
    steps.iter().map(|step| teller.tell(step)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::Action;

    fn run(name: &str) -> Vec<StepRecord> {
        let loaded = crate::scenario::builtin(name).and_then(Result::ok);
        loaded.expect("built in").scenario.run(None).steps
    }

    #[test]
    fn chapters_never_decrease_in_any_builtin_scenario() {
        for name in crate::scenario::builtin_names() {
            let chapters = chapters(&run(name));
            assert!(
                chapters.is_sorted(),
                "{name}: chapters go back: {:?}",
                chapters.iter().map(|c| c.number()).collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn the_lesson_tells_all_six_chapters_from_roles_to_refresh() {
        let chapters = chapters(&run("standard-flow"));
        let numbers: Vec<u8> = chapters.iter().map(|c| c.number()).collect();
        assert_eq!(numbers.first(), Some(&1), "{numbers:?}");
        for chapter in 1..=6 {
            assert!(numbers.contains(&chapter), "{chapter} missing: {numbers:?}");
        }
    }

    #[test]
    fn the_expired_call_after_the_wait_is_told_with_the_refresh_token() {
        let steps = run("standard-flow");
        let wait = steps
            .iter()
            .position(|s| s.step.action == Action::Wait)
            .expect("the lesson waits");
        assert_eq!(explain_step(&steps[wait + 1]).chapter, Chapter::AccessToken);
        let told = chapters(&steps);
        assert_eq!(told[wait + 1], Chapter::RefreshToken);
        assert!(told[wait..].iter().all(|&c| c == Chapter::RefreshToken));
    }

    #[test]
    fn alices_decision_is_owner_approval_and_the_code_arriving_is_server_approval() {
        let steps = run("standard-flow");
        let told = chapters(&steps);
        let chapter_of = |action| {
            let index = steps.iter().position(|s| s.step.action == action)?;
            told.get(index).copied()
        };
        assert_eq!(chapter_of(Action::Consent), Some(Chapter::OwnerApproval));
        assert_eq!(chapter_of(Action::Callback), Some(Chapter::ServerApproval));
    }

    #[test]
    fn a_grant_without_a_refresh_token_waits_and_expires_in_the_access_token_chapter() {
        for name in [
            "client-credentials",
            "lab-implicit-token-leak-undefended",
            "implicit-flow",
        ] {
            let steps = run(name);
            let told = chapters(&steps);
            let wait = steps
                .iter()
                .position(|s| s.step.action == Action::Wait)
                .unwrap_or_else(|| panic!("{name} waits"));
            for (index, chapter) in told.iter().enumerate().skip(wait) {
                assert_eq!(*chapter, Chapter::AccessToken, "{name} step {}", index + 1);
            }
        }
    }
}
