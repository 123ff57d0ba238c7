### The command line's own lines (crate::cli, crate::report::suite).

## The command line's own lines: `run` over many files, `list --lab`.

# The last line of a run over several scenarios.
cli-tally = { $scenarios } { $scenarios ->
        [one] scenario
       *[other] scenarios
    }: { $passed } passed, { $failed } failed, { $unusable } unusable

# Why a case of a suite report did not pass, and each expectation it missed.
suite-summary = { $failed } of { $checked } expectations not met
suite-unchecked = no expectation checked: { $unchecked } on skipped steps
suite-failure = step { $step } ({ $action }) { $field }: expected { $expected }, actual { $actual }

## `list --lab`: the column heads, and what a run ended with.

lab-column-attack = attack
lab-column-section = RFC 9700
lab-column-defense = defense
lab-column-defense-off = defense off
lab-column-defense-on = defense on
lab-gained-resource = attacker gets the photos
lab-gained-access-token = attacker holds a live token
lab-gained-nothing = attack fails
lab-not-met = { $gained } (expectations not met: { $scenario })
