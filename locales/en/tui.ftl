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
tui-waiting-for-requests = Waiting for the first request. Point your client at these addresses; each request it sends appears here as a step.
tui-serving-authorization-server = Authorization server (every path but /api)
tui-serving-api = Protected resource
tui-serving-metadata = Authorization server metadata (RFC 8414)
tui-serving-client = Registered client: client_id / client_secret
tui-serving-public-client = public client, no secret
tui-serving-user = Resource owner: username / password
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

## Chrome of the classroom views, predict mode, the glossary and the what-if
## windows (tui-step-number names a step in the what-if header and the editor).

tui-hint-chapter = chapter
tui-hint-zoom = zoom
tui-hint-chapter-pause = stop at chapters
tui-chapter-pause = ⏸ at chapter end
tui-any-key-closes = any key closes this window
tui-hint-filter = type to filter
tui-filter = Filter:{" "}
tui-no-match = No scenario matches.
tui-group-lesson = Lesson
tui-group-registration = Registration
tui-group-redirect-uri = Redirect URI
tui-group-pkce = PKCE
tui-group-code = Authorization code
tui-group-tokens = Tokens
tui-group-attacks = Attacks (lab)
tui-expected-refusal = ⊘ a refusal this scenario expects
tui-unexpected-failure = ✗ a failure this scenario did not expect
tui-select-hint = ↑/↓ select · Enter every detail
tui-expiry = expires
tui-value = value
tui-status = status
tui-predict = Predict
tui-hint-predict = predict
tui-hint-predict-off = predict off
tui-hint-answer = answer
tui-hint-skip = skip
tui-hint-continue = continue
tui-question = question
tui-answer-keys = 1–4 answer · Esc skip
tui-continue-keys = Enter continue
tui-hint-glossary = glossary
tui-glossary = Glossary
tui-search = Search:{" "}
tui-no-term = No term matches.
tui-editor = What if: edit the request
tui-sender = sent by
tui-add-param = + parameter: name=value
tui-add-header = + header: Name: value
tui-defenses = What if: defenses
tui-refused = refused:{" "}
tui-was = was:{" "}
tui-what-if-prefix = what if:{" "}
tui-change-made = changed
tui-change-removed = removed
tui-written = saved as a test:{" "}
tui-not-written = not saved:{" "}
tui-against-original = Against the original run:
tui-now-skipped = skipped
tui-new-in-branch = new in this what if
tui-hint-undo = undo
tui-hint-write = save as test
tui-hint-type = type
tui-hint-remove = remove
tui-hint-run = run from here
tui-hint-switch = method, sender
tui-hint-flip = flip
tui-hint-longer = longer, shorter
tui-step-number = step { $n }

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

tui-help-step = next / previous step
    .keys = → l Space / ← h
tui-help-first-last = first / last step
    .keys = Home g / End G
tui-help-message = next / previous message (State: row)
    .keys = ↓ j / ↑ k
tui-help-panel = panel: Message Explain State Expect
    .keys = Tab Shift-Tab 1–4
tui-help-scroll = scroll the panel
    .keys = PgDn / PgUp
tui-help-wheel = scroll what is under the pointer
    .keys = mouse wheel
tui-help-autoplay = autoplay on/off / faster, slower
    .keys = a / + -
tui-help-consent = consent step: replay as Allow / Deny
    .keys = y / d
tui-help-restart-curl = restart / curl, copied / JWT decoded
    .keys = r / c / v
tui-help-open = open a scenario: type to filter
    .keys = o
tui-help-language =
    .keys = L
tui-help-help-suspend = this help / suspend (fg resumes)
    .keys = ? / Ctrl-Z
tui-help-quit = close a window or zoom / quit
    .keys = Esc / q Ctrl-C
tui-help-chapter = previous / next chapter
    .keys = [ / ]
tui-help-detail = State: every detail of the row
    .keys = Enter
tui-help-zoom = presenter view: the panel full screen
    .keys = z
tui-help-chapter-pause = autoplay stops at each chapter's end
    .keys = s
tui-help-edit-defenses = what if: edit the request / defenses
    .keys = e / x
tui-help-undo-write = undo / save the what if as a test
    .keys = u / w
tui-help-predict-glossary = predict mode: 1–4 answer / glossary
    .keys = p / t
tui-help-marks = expected refusal / unexpected failure
    .keys = ⊘ / ✗

## A countdown of a day or more, in the State tab ($clock is h:mm:ss).

tui-countdown-days = { $days }d { $clock }
