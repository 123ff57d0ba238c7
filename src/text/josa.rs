//! `JOSA`, the Fluent function that picks a Korean particle (조사) for the word
//! before it: `{ $party }{ JOSA($party, "이", "가") }` reads `인가 서버가` but
//! `클라이언트가`, `공격자와` but `인증과`. Korean writes a different particle
//! after a syllable that ends in a consonant (받침) than after one that ends in a
//! vowel, so the choice depends on the word, which only the running program knows.
//! Every language's bundle has the function; only Korean messages call it.

use fluent_bundle::{FluentArgs, FluentValue};

/// The name messages call it by.
pub const NAME: &str = "JOSA";

/// `JOSA(word, after_consonant, after_vowel)`: `after_consonant` when the last
/// character of `word` is a Hangul syllable with a final consonant, else
/// `after_vowel` (a Latin word such as `code` counts as ending in a vowel, as the
/// lesson's Korean reads it). Any other arguments give Fluent's error value.
pub fn josa<'a>(positional: &[FluentValue<'a>], _named: &FluentArgs) -> FluentValue<'a> {
    match positional {
        [FluentValue::String(word), consonant, vowel] => {
            if ends_in_consonant(word) {
                consonant.clone()
            } else {
                vowel.clone()
            }
        }
        _ => FluentValue::Error,
    }
}

/// Whether the last syllable of `word` has a final consonant (받침): Hangul
/// syllables run from U+AC00 in blocks of 28 finals, the first of which is none.
pub fn ends_in_consonant(word: &str) -> bool {
    let last = word.chars().last().map_or(0, u32::from);
    (0xAC00..=0xD7A3).contains(&last) && !(last - 0xAC00).is_multiple_of(28)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pick(word: &str, consonant: &'static str, vowel: &'static str) -> String {
        let args = [
            FluentValue::from(word.to_owned()),
            FluentValue::from(consonant),
            FluentValue::from(vowel),
        ];
        match josa(&args, &FluentArgs::new()) {
            FluentValue::String(text) => text.into_owned(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn korean_particles_follow_the_last_syllable() {
        assert_eq!(pick("인가 서버", "이", "가"), "가");
        assert_eq!(pick("공격자", "과", "와"), "와");
        assert_eq!(pick("인증", "과", "와"), "과");
        assert_eq!(pick("code", "을", "를"), "를");
    }

    #[test]
    fn a_call_without_its_three_arguments_is_an_error() {
        let word = [FluentValue::from("인증")];
        assert!(matches!(
            josa(&word, &FluentArgs::new()),
            FluentValue::Error
        ));
    }
}
