//! A fixed order for a question's choices: the same step of the same run always
//! shows them the same way (a classroom compares screens, a test pins them), yet
//! the right one is not always first. The seed comes from the run and the step,
//! never from the OS random source, and the generator is written out here
//! (`SplitMix64`) so no crate update can change the order.

/// A seed for one question of one step: the run's seed, the step's number and a
/// tag for the kind of question, mixed.
pub fn seed(run: u64, step: usize, tag: u64) -> u64 {
    let mut state = run ^ tag.rotate_left(32);
    state = next(&mut state) ^ step as u64;
    next(&mut state)
}

/// One `SplitMix64` step: advances `state` and returns a well-mixed value.
fn next(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Shuffles `items` in place (Fisher–Yates), driven by `seed`.
pub fn shuffle<T>(items: &mut [T], seed: u64) {
    let mut state = seed;
    for last in (1..items.len()).rev() {
        // `last + 1` is at most a few dozen: the remainder fits any usize.
        let pick = usize::try_from(next(&mut state) % (last as u64 + 1)).unwrap_or(last);
        items.swap(last, pick);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_order() {
        let mut a: Vec<u32> = (0..8).collect();
        let mut b = a.clone();
        shuffle(&mut a, seed(1, 6, 2));
        shuffle(&mut b, seed(1, 6, 2));
        assert_eq!(a, b);
    }

    #[test]
    fn a_shuffle_keeps_every_item_once() {
        let mut items: Vec<u32> = (0..8).collect();
        shuffle(&mut items, seed(7, 3, 1));
        let mut sorted = items.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..8).collect::<Vec<_>>());
    }

    #[test]
    fn different_steps_do_not_all_put_the_first_item_first() {
        let firsts: std::collections::BTreeSet<u32> = (1..=12)
            .map(|step| {
                let mut items = [0_u32, 1, 2, 3];
                shuffle(&mut items, seed(1, step, 0));
                items[0]
            })
            .collect();
        assert!(firsts.len() > 1, "{firsts:?}");
    }
}
