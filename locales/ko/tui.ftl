### Every word of the terminal UI's chrome (crate::tui::text).

## Chrome: tabs, footer hints, panel words (tui::text::Key). The footer's hint for
## the language key is the next language's `language-name` (language.ftl).

tui-step = 단계
tui-flow = 흐름
tui-tab-message = 메시지
tui-tab-explain = 설명
tui-tab-state = 상태
tui-tab-expect = 기대 결과
tui-seconds = 초
tui-clock-at-limit = 시계 한계 도달
tui-no-steps = 이 시나리오에는 단계가 없습니다.
tui-no-message = 이 단계에서는 메시지가 오가지 않습니다.
tui-next = 다음:{" "}
tui-note = 메모:{" "}
tui-nothing = (기억하는 것 없음)
tui-deleted = 삭제됨:{" "}
tui-changed = 변경됨:{" "}
tui-expires-in = 만료까지{" "}
tui-expired = 만료됨
tui-legend = + 추가  ~ 변경  − 삭제 (이 단계에서)
tui-expected = 기대{" "}
tui-actual = 실제{" "}
tui-no-expectations = 이 시나리오에는 확인할 기대 결과가 없습니다.
tui-met = 기대 결과 충족
tui-choice = Alice의 선택:
tui-allow = 허용
tui-deny = 거부
tui-scripted = (시나리오대로)
tui-what-if = (만약에)
tui-scripted-note = 메모 (원래 시나리오):{" "}
tui-about-scenario = 이 시나리오:{" "}
tui-choice-keys = y 허용 · d 거부
tui-autoplay = 자동 재생
tui-hint-message = 메시지
tui-hint-panel = 패널
tui-hint-stop = 정지
tui-hint-speed = 속도
tui-hint-open = 열기
tui-hint-help = 도움말
tui-hint-quit = 종료
tui-hint-choose = 선택
tui-hint-close = 닫기
tui-help = 키
tui-picker = 시나리오 열기
tui-curl-copied = curl · 클립보드에 복사됨
tui-curl-not-request = curl
tui-curl-select-request = 이 메시지는 응답입니다. 요청을 골라야(↑/↓) curl로 볼 수 있습니다.
tui-builtin = 내장 시나리오
tui-files = 파일:{" "}
tui-too-small = 터미널을 키워 주세요 (최소 60×16)

## Each party's display name

tui-actor-client = 클라이언트
tui-actor-resource-owner = 리소스 오너 (사용자)
tui-actor-authorization-server = 인가 서버
tui-actor-resource-server = 리소스 서버
tui-actor-attacker = 공격자

## Each party's name over its diagram lane: two short lines (the value, then .below)

tui-lane-client = 클라이언트
    .below = {""}
tui-lane-resource-owner = 리소스 오너
    .below = · 브라우저
tui-lane-authorization-server = 인가 서버
    .below = {""}
tui-lane-resource-server = 리소스 서버
    .below = {""}
tui-lane-attacker = 공격자
    .below = {""}

## The help overlay: one row per key, what it does, and .keys, the keys. Each row
## fits in 56 cells (keys + 2 + text), so the table fits a 60-column terminal. The
## language key's text is the next language's `language-switch` (language.ftl).

tui-help-next-step = 다음 단계
    .keys = → l Space
tui-help-previous-step = 이전 단계
    .keys = ← h Backspace
tui-help-first-last = 첫 단계 / 마지막 단계
    .keys = Home g / End G
tui-help-message = 이 단계의 다음 / 이전 메시지
    .keys = ↓ j / ↑ k
tui-help-panel = 패널: 메시지 설명 상태 기대 결과
    .keys = Tab Shift-Tab 1–4
tui-help-scroll = 패널 스크롤
    .keys = PgDn / PgUp
tui-help-wheel = 다이어그램 스크롤
    .keys = 마우스 휠
tui-help-autoplay = 자동 재생 켜기/끄기 / 빠르게, 느리게
    .keys = a / + -
tui-help-consent = 동의 단계: 허용 / 거부로 다시 실행
    .keys = y / d
tui-help-restart-curl = 다시 시작 / 요청을 curl로 복사
    .keys = r / c
tui-help-open = 시나리오 열기 (Enter 열기, Esc 닫기)
    .keys = o
tui-help-language =
    .keys = L
tui-help-help-suspend = 이 도움말 / 일시 중지 (fg로 재개)
    .keys = ? / Ctrl-Z
tui-help-quit = 종료 (Esc는 열린 창을 먼저 닫음)
    .keys = q Esc Ctrl-C

## A countdown of a day or more, in the State tab ($clock is h:mm:ss).

tui-countdown-days = { $days }일 { $clock }
