### The words the text, Markdown, Mermaid and curl reports add (crate::report).

## The text report's fixed words (report::text::words::Word)

text-note = 메모
text-why = 이유
text-outcome = = 응답
text-expect = 기대
text-met = ✓ 충족
text-not-met = ✗ 미충족
text-capture = 저장
text-clock-at-limit = 시계 한계 도달
text-not-checked = – 확인 안 함 (건너뜀)

## The Markdown report's fixed words (report::markdown::words::Word)

markdown-file = 파일
markdown-seed = 시드
markdown-start = 시작
markdown-flow = 흐름
markdown-steps = 단계
markdown-result = 결과
markdown-note = 메모
markdown-outcome = 응답
markdown-expected = 기대
markdown-actual = 실제
markdown-met = ✓ 충족
markdown-not-met = ✗ 미충족
markdown-captured = 저장한 값
markdown-why = 이유
markdown-next = 다음
markdown-not-checked = – 확인 안 함 (건너뜀)

## The text report's lines ($seed is written as given; $rest is the rest of the rule).

text-head = 파일 { $file } · 시드 { $seed } · 시작 { $start }
text-step = ── { $index }/{ $total }단계 · { $rest } ──
text-waited = ⏱ 시계가 { $seconds }초 흐릅니다
text-stuck = ⏱ 시계가 한계({ $at })에 도달해 더 이상 움직일 수 없습니다
text-nothing-at = 저장 ${ $name }: 마지막 응답의 { $source }에 값이 없음
text-mismatch = { $field }: 기대 { $expected }, 실제 { $actual }
text-failed-step = { $index }단계 ({ $action }): { $what }

## The closing line: stopped, passed or failed, with the counts.

text-result-stopped = 결과: { $planned }단계 중 { $steps }단계에서 중단: 시나리오 파일의 이 단계가 잘못되었습니다
text-result-passed = 결과: 통과 · 단계 { $steps }개 · 기대 { $checked }개 충족
text-result-failed = 결과: 실패 · 기대 { $checked }개 중 { $failed }개 미충족
text-result-unchecked = 결과: 실패 · 확인한 기대 없음 (기대 { $unchecked }개가 모두 건너뛴 단계에 있음)
text-result-skipped = {" "}· 건너뛴 단계 { $skipped }개

## The Markdown report's lines.

markdown-step = { $index }단계 · { $action }
markdown-chapter = { $number }단원 { $title }
markdown-nothing-at = 마지막 응답의 { $source }에 값이 없음

## The Mermaid diagram's notes.

mermaid-waited = ⏱ { $seconds }초 후
mermaid-clock-at-limit = ⏱ 시계가 한계에 도달해 더 이상 움직일 수 없습니다
mermaid-mismatch = { $field }: 기대 { $expected }, 실제 { $actual }
mermaid-stopped = 중단: { $problem }
mermaid-result-stopped = ✗ { $planned }단계 중 { $at }단계에서 중단: 시나리오 파일의 이 단계가 잘못되었습니다
mermaid-result-passed = ✓ 통과 · 단계 { $steps }개 · 기대 { $checked }개 충족
mermaid-result-failed = ✗ 실패 · 기대 { $checked }개 중 { $failed }개 미충족
mermaid-result-unchecked = ✗ 실패 · 확인한 기대 없음 (기대 { $unchecked }개가 모두 건너뛴 단계에 있음)
mermaid-result-skipped = {" "}· 건너뛴 단계 { $skipped }개
mermaid-cut = … { $from }단계부터 { $planned }단계까지는 그리지 않았습니다. Mermaid는 50,000자까지만 그립니다. 모든 단계는 아래에 있습니다.

## A `curl` report's comment over each command.

curl-step = { $index }단계
