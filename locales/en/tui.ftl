### Every word of the terminal UI's chrome (crate::tui::text).

## Chrome: tabs, footer hints, panel words (tui::text::Key). The footer's hint for
## the language key is the next language's `language-name` (language.ftl).

tui-step = step
tui-flow = Flow
tui-tab-message = Message
tui-tab-explain = Explain
tui-tab-state = State
tui-tab-expect = Expect
tui-seconds = {" "}s
tui-clock-at-limit = clock at its limit
tui-no-steps = This scenario has no steps.
tui-no-message = Nothing travels on the wire at this step.
tui-next = Next:{" "}
tui-note = Note:{" "}
tui-nothing = (nothing remembered)
tui-deleted = deleted:{" "}
tui-changed = changed:{" "}
tui-expires-in = expires in{" "}
tui-expired = expired
tui-legend = + added  ~ changed  − deleted at this step
tui-expected = expected{" "}
tui-actual = actual{" "}
tui-no-expectations = This scenario checks no expectations.
tui-met = expectations met
tui-choice = Alice decides:
tui-allow = Allow
tui-deny = Deny
tui-scripted = (as scripted)
tui-what-if = (what if)
tui-scripted-note = Note (scripted run):{" "}
tui-about-scenario = This scenario:{" "}
tui-choice-keys = y allow · d deny
tui-autoplay = autoplay
tui-hint-message = message
tui-hint-panel = panel
tui-hint-stop = stop
tui-hint-speed = speed
tui-hint-open = open
tui-hint-help = help
tui-hint-quit = quit
tui-hint-choose = choose
tui-hint-close = close
tui-help = Keys
tui-picker = Open a scenario
tui-curl-copied = curl · copied to the clipboard
tui-curl-not-request = curl
tui-curl-select-request = This message is a response. Select a request (↑/↓) to see it as curl.
tui-builtin = Built-in
tui-files = Files in{" "}
tui-too-small = Enlarge the terminal (at least 60×16)

## Each party's display name

tui-actor-client = Client
tui-actor-resource-owner = Resource Owner
tui-actor-authorization-server = Authorization Server
tui-actor-resource-server = Resource Server
tui-actor-attacker = Attacker

## Each party's name over its diagram lane: two short lines (the value, then .below)

tui-lane-client = Client
    .below = {""}
tui-lane-resource-owner = Resource Owner
    .below = · browser
tui-lane-authorization-server = Authorization
    .below = Server
tui-lane-resource-server = Resource
    .below = Server
tui-lane-attacker = Attacker
    .below = {""}

## The help overlay: one row per key, what it does, and .keys, the keys. Each row
## fits in 56 cells (keys + 2 + text), so the table fits a 60-column terminal. The
## language key's text is the next language's `language-switch` (language.ftl).

tui-help-next-step = next step
    .keys = → l Space
tui-help-previous-step = previous step
    .keys = ← h Backspace
tui-help-first-last = first / last step
    .keys = Home g / End G
tui-help-message = next / previous message of the step
    .keys = ↓ j / ↑ k
tui-help-panel = panel: Message Explain State Expect
    .keys = Tab Shift-Tab 1–4
tui-help-scroll = scroll the panel
    .keys = PgDn / PgUp
tui-help-wheel = scroll the diagram
    .keys = mouse wheel
tui-help-autoplay = autoplay on/off / faster, slower
    .keys = a / + -
tui-help-consent = consent step: replay as Allow / Deny
    .keys = y / d
tui-help-restart-curl = restart / the request as curl, copied
    .keys = r / c
tui-help-open = open a scenario (Enter, Esc to close)
    .keys = o
tui-help-language =
    .keys = L
tui-help-help-suspend = this help / suspend (fg resumes)
    .keys = ? / Ctrl-Z
tui-help-quit = quit (Esc first closes a window)
    .keys = q Esc Ctrl-C

## A countdown of a day or more, in the State tab ($clock is h:mm:ss).

tui-countdown-days = { $days }d { $clock }
