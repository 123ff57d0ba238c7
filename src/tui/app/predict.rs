//! Predict mode's state: whether it is on, the score, the steps already asked in
//! this run, and the questions being asked about the step at the cursor.
//!
//! A step is asked about when the cursor moves forward onto it (`App::go_to`) and
//! it has questions (`predict::questions`); until its last question is answered or
//! skipped the step's answer stays hidden (see [`Quiz::first_hidden`]). A step
//! asked about once is never asked again in the same run, however the cursor moves;
//! a restart, or opening a scenario, starts a new run.

use std::collections::BTreeSet;

use crate::predict::{self, Question, Score};
use crate::sim::{Payload, StepRecord, Transcript};

/// Predict mode.
#[derive(Debug, Clone, Default)]
pub struct Predict {
    on: bool,
    score: Score,
    /// Steps (0-based) whose questions were asked in this run.
    asked: BTreeSet<usize>,
    quiz: Option<Quiz>,
}

/// The questions about one step, asked one at a time.
#[derive(Debug, Clone)]
pub struct Quiz {
    step: usize,
    questions: Vec<Question>,
    /// The question on screen (0-based).
    current: usize,
    /// The choice made for it (0-based), once made.
    chosen: Option<usize>,
}

impl Quiz {
    /// The step asked about (0-based).
    pub fn step(&self) -> usize {
        self.step
    }

    /// The question on screen.
    pub fn question(&self) -> Option<&Question> {
        self.questions.get(self.current)
    }

    /// Which question this is (1-based) and how many the step has.
    pub fn progress(&self) -> (usize, usize) {
        (self.current + 1, self.questions.len())
    }

    /// The choice made (0-based), once the question is answered.
    pub fn chosen(&self) -> Option<usize> {
        self.chosen
    }

    /// The first message of the step kept out of sight while it is asked about:
    /// the one after its last request. The requests are what the question is about
    /// ("what will GET /authorize answer?", after the redirect that led there); the
    /// responses to the last of them, and the step's State changes, are the answer.
    pub fn first_hidden(record: &StepRecord) -> usize {
        record
            .messages
            .iter()
            .rposition(|m| matches!(m.payload, Payload::Request(_)))
            .map_or(0, |request| request + 1)
    }
}

impl Predict {
    pub fn on(&self) -> bool {
        self.on
    }

    pub fn score(&self) -> Score {
        self.score
    }

    pub fn quiz(&self) -> Option<&Quiz> {
        self.quiz.as_ref()
    }

    /// Turns predict mode on or off; off shows the step being asked about.
    pub fn toggle(&mut self) {
        self.on = !self.on;
        self.quiz = None;
    }

    /// The cursor moved forward onto `step`: asks its questions, when predict mode is
    /// on, the step has some, and they were not asked before in this run. Returns
    /// whether a question is now on screen.
    pub fn arrive(&mut self, transcript: &Transcript, step: usize) -> bool {
        self.quiz = None;
        if !self.on || self.asked.contains(&step) {
            return false;
        }
        let questions = predict::questions(transcript, step);
        if questions.is_empty() {
            return false;
        }
        self.quiz = Some(Quiz {
            step,
            questions,
            current: 0,
            chosen: None,
        });
        true
    }

    /// Answers the question on screen with the choice numbered `number` (1-based);
    /// a number with no choice, or a second answer, does nothing.
    pub fn answer(&mut self, number: u8) {
        let Some(quiz) = &mut self.quiz else {
            return;
        };
        let Some(question) = quiz.questions.get(quiz.current) else {
            return;
        };
        let chosen = usize::from(number).wrapping_sub(1);
        if quiz.chosen.is_some() || chosen >= question.choices.len() {
            return;
        }
        quiz.chosen = Some(chosen);
        self.score.record(question.is_right(chosen));
    }

    /// Leaves the question on screen unscored and goes on.
    pub fn skip(&mut self) {
        self.next_question();
    }

    /// Goes on after an answer; before one, does nothing.
    pub fn proceed(&mut self) {
        if self.quiz.as_ref().is_some_and(|q| q.chosen.is_some()) {
            self.next_question();
        }
    }

    /// The step's next question, or, after its last, the step shown whole and
    /// remembered as asked.
    fn next_question(&mut self) {
        let Some(quiz) = &mut self.quiz else {
            return;
        };
        quiz.current += 1;
        quiz.chosen = None;
        if quiz.current >= quiz.questions.len() {
            self.asked.insert(quiz.step);
            self.quiz = None;
        }
    }

    /// A new run: no score, nothing asked. Predict mode stays on or off.
    pub fn restart(&mut self) {
        *self = Self {
            on: self.on,
            ..Self::default()
        };
    }

    /// The run changed after `step` (a "what if"): the steps after it have new
    /// answers, so they may be asked again.
    pub fn forget_after(&mut self, step: usize) {
        self.asked.retain(|&s| s <= step);
    }
}

#[cfg(test)]
mod tests;
