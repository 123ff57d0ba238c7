//! The score of predict mode: how many questions were asked, how many answered
//! right, and the current run of right answers (a class likes to see a streak grow,
//! and to see it end on the step that surprised everyone).

/// Questions asked, answered right, and right answers in a row.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Score {
    pub asked: u32,
    pub right: u32,
    pub streak: u32,
}

impl Score {
    /// Counts one answered question: right ones grow the streak, a wrong one ends it.
    pub fn record(&mut self, right: bool) {
        self.asked = self.asked.saturating_add(1);
        if right {
            self.right = self.right.saturating_add(1);
            self.streak = self.streak.saturating_add(1);
        } else {
            self.streak = 0;
        }
    }

    /// The share answered right, in whole percent (0 before any question).
    pub fn percent(self) -> u32 {
        if self.asked == 0 {
            return 0;
        }
        let share = u64::from(self.right) * 100 / u64::from(self.asked);
        u32::try_from(share).unwrap_or(100)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_score_has_asked_nothing() {
        assert_eq!(Score::default().percent(), 0);
        assert_eq!(Score::default().asked, 0);
    }

    #[test]
    fn right_answers_grow_the_streak_and_a_wrong_one_ends_it() {
        let mut score = Score::default();
        score.record(true);
        score.record(true);
        assert_eq!(
            score,
            Score {
                asked: 2,
                right: 2,
                streak: 2
            }
        );
        score.record(false);
        assert_eq!(
            score,
            Score {
                asked: 3,
                right: 2,
                streak: 0
            }
        );
        assert_eq!(score.percent(), 66);
        score.record(true);
        assert_eq!(score.streak, 1);
    }

    #[test]
    fn counting_never_overflows() {
        let mut score = Score {
            asked: u32::MAX,
            right: u32::MAX,
            streak: u32::MAX,
        };
        score.record(true);
        assert_eq!(score.asked, u32::MAX);
        assert_eq!(score.percent(), 100);
    }
}
