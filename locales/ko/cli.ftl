### The command line's own lines (crate::cli, crate::report::suite).

## The command line's own lines: `run` over many files, `list --lab`.

# The last line of a run over several scenarios.
cli-tally = 시나리오 { $scenarios }개: 통과 { $passed }, 실패 { $failed }, 사용 불가 { $unusable }

# Why a case of a suite report did not pass, and each expectation it missed.
suite-summary = 기대 결과 { $checked }개 중 { $failed }개 미충족
suite-unchecked = 확인한 기대 없음 (기대 { $unchecked }개가 모두 건너뛴 단계에 있음)
suite-failure = { $step }단계 ({ $action }) { $field }: 기대 { $expected }, 실제 { $actual }

## `list --lab`: the column heads, and what a run ended with.

lab-column-attack = 공격
lab-column-section = RFC 9700
lab-column-defense = 방어
lab-column-defense-off = 방어 끔
lab-column-defense-on = 방어 켬
lab-gained-resource = 공격자가 사진을 가져감
lab-gained-access-token = 공격자가 살아 있는 토큰을 쥠
lab-gained-nothing = 공격 실패
lab-not-met = { $gained } (기대 결과 불일치: { $scenario })
