//! Counted nouns in English: "1 step", "2 steps", never "1 steps".

/// `n` and the noun, plural unless `n` is 1; for the regular nouns of the reports
/// (step, expectation, scenario).
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_every_other_number_is_plural() {
        assert_eq!(count(1, "step"), "1 step");
        assert_eq!(count(0, "step"), "0 steps");
        assert_eq!(count(2, "expectation"), "2 expectations");
    }
}
