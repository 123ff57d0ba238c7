### The words the text, Markdown, Mermaid and curl reports add (crate::report).

## The text report's fixed words (report::text::words::Word)

text-note = note
text-why = why
text-outcome = =
text-expect = expect
text-met = ✓ met
text-not-met = ✗ NOT MET
text-capture = capture
text-clock-at-limit = clock at its limit
text-not-checked = – not checked (skipped)

## The Markdown report's fixed words (report::markdown::words::Word)

markdown-file = file
markdown-seed = seed
markdown-start = start
markdown-flow = Flow
markdown-steps = Steps
markdown-result = Result
markdown-note = Note
markdown-outcome = Outcome
markdown-expected = expected
markdown-actual = actual
markdown-met = ✓ met
markdown-not-met = ✗ not met
markdown-captured = Captured
markdown-why = Why
markdown-next = Next
markdown-not-checked = – not checked (skipped)

## The text report's lines ($seed is written as given; $rest is the rest of the rule).

text-head = file { $file } · seed { $seed } · start { $start }
text-step = ── Step { $index }/{ $total } · { $rest } ──
text-waited = ⏱ the clock moves { $seconds } s
text-stuck = ⏱ the clock is at its limit, { $at }: it cannot move further
text-nothing-at = capture ${ $name }: nothing at { $source } in the final response
text-mismatch = { $field }: expected { $expected }, got { $actual }
text-failed-step = step { $index } ({ $action }): { $what }

## The closing line: stopped, passed or failed, with the counts.

text-result-stopped = Result: STOPPED at step { $steps } of { $planned }: the scenario file is wrong there
text-result-passed = Result: passed · { $steps } { $steps ->
        [one] step
       *[other] steps
    } · { $checked } { $checked ->
        [one] expectation
       *[other] expectations
    } met
text-result-failed = Result: FAILED · { $failed } of { $checked } { $checked ->
        [one] expectation
       *[other] expectations
    } not met
text-result-unchecked = Result: FAILED · no expectation checked: { $unchecked } { $unchecked ->
        [one] expectation
       *[other] expectations
    } on skipped steps
text-result-skipped = {" "}· { $skipped } skipped

## The Markdown report's lines.

markdown-step = Step { $index } · { $action }
markdown-chapter = chapter { $number } { $title }
markdown-nothing-at = nothing at { $source } in the final response

## The Mermaid diagram's notes.

mermaid-waited = ⏱ { $seconds } s later
mermaid-clock-at-limit = ⏱ the clock is at its limit and cannot move further
mermaid-mismatch = { $field } expected { $expected }, got { $actual }
mermaid-stopped = stopped: { $problem }
mermaid-result-stopped = ✗ stopped at step { $at } of { $planned }: the scenario file is wrong there
mermaid-result-passed = ✓ passed · { $steps } { $steps ->
        [one] step
       *[other] steps
    } · { $checked } { $checked ->
        [one] expectation
       *[other] expectations
    } met
mermaid-result-failed = ✗ FAILED · { $failed } of { $checked } { $checked ->
        [one] expectation
       *[other] expectations
    } not met
mermaid-result-unchecked = ✗ FAILED · no expectation checked: { $unchecked } { $unchecked ->
        [one] expectation
       *[other] expectations
    } on skipped steps
mermaid-result-skipped = {" "}· { $skipped } skipped
mermaid-cut = … steps { $from } to { $planned } are not drawn: Mermaid draws at most 50,000 characters. Every step is listed below.

## A `curl` report's comment over each command.

curl-step = step { $index }
