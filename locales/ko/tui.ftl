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
tui-waiting-for-requests = 첫 요청을 기다리는 중입니다. 클라이언트가 아래 주소로 요청을 보내게 하세요. 보내는 요청마다 여기에 한 단계로 나타납니다.
tui-serving-authorization-server = 인가 서버 (/api를 뺀 모든 경로)
tui-serving-api = 보호된 리소스
tui-serving-metadata = 인가 서버 메타데이터 (RFC 8414)
tui-serving-client = 등록된 클라이언트: client_id / client_secret
tui-serving-public-client = 공개 클라이언트, secret 없음
tui-serving-user = 리소스 오너: 사용자 이름 / 비밀번호
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

## Chrome of the classroom views, predict mode, the glossary and the what-if
## windows (tui-step-number names a step in the what-if header and the editor).

tui-hint-chapter = 단원
tui-hint-zoom = 확대
tui-hint-chapter-pause = 단원마다 멈춤
tui-chapter-pause = ⏸ 단원 끝
tui-any-key-closes = 아무 키나 누르면 닫힙니다
tui-hint-filter = 입력해 찾기
tui-filter = 찾기:{" "}
tui-no-match = 맞는 시나리오가 없습니다.
tui-group-lesson = 수업
tui-group-registration = 등록
tui-group-redirect-uri = redirect URI
tui-group-pkce = PKCE
tui-group-code = 인가 코드
tui-group-tokens = 토큰
tui-group-attacks = 공격 (실습)
tui-expected-refusal = ⊘ 이 시나리오가 예상한 거부
tui-unexpected-failure = ✗ 이 시나리오가 예상하지 못한 실패
tui-select-hint = ↑/↓ 선택 · Enter 자세히 보기
tui-expiry = 만료 시각
tui-value = 값
tui-status = 상태
tui-predict = 예측
tui-hint-predict = 예측
tui-hint-predict-off = 예측 끄기
tui-hint-answer = 답하기
tui-hint-skip = 건너뛰기
tui-hint-continue = 계속
tui-question = 문제
tui-answer-keys = 1–4 답하기 · Esc 건너뛰기
tui-continue-keys = Enter 계속
tui-hint-glossary = 용어집
tui-glossary = 용어집
tui-search = 찾기:{" "}
tui-no-term = 맞는 용어가 없습니다.
tui-editor = 만약에: 요청 고치기
tui-sender = 보내는 쪽
tui-add-param = + 파라미터: 이름=값
tui-add-header = + 헤더: 이름: 값
tui-defenses = 만약에: 방어 설정
tui-refused = 거부됨:{" "}
tui-was = 원래:{" "}
tui-what-if-prefix = 만약에:{" "}
tui-change-made = 변경
tui-change-removed = 삭제
tui-written = 테스트로 저장됨:{" "}
tui-not-written = 저장하지 못함:{" "}
tui-against-original = 원래 실행과 달라진 점:
tui-now-skipped = 건너뜀
tui-new-in-branch = 새로 얻음 (만약에)
tui-hint-undo = 되돌리기
tui-hint-write = 테스트로 저장
tui-hint-type = 입력
tui-hint-remove = 삭제
tui-hint-run = 여기부터 실행
tui-hint-switch = 메서드, 보내는 쪽
tui-hint-flip = 바꾸기
tui-hint-longer = 길게, 짧게
tui-step-number = { $n }단계

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

tui-help-step = 다음 / 이전 단계
    .keys = → l Space / ← h
tui-help-first-last = 첫 단계 / 마지막 단계
    .keys = Home g / End G
tui-help-message = 다음 / 이전 메시지 (상태: 항목)
    .keys = ↓ j / ↑ k
tui-help-panel = 패널: 메시지 설명 상태 기대 결과
    .keys = Tab Shift-Tab 1–4
tui-help-scroll = 패널 스크롤
    .keys = PgDn / PgUp
tui-help-wheel = 포인터 아래 영역 스크롤
    .keys = 마우스 휠
tui-help-autoplay = 자동 재생 켜기/끄기 / 빠르게, 느리게
    .keys = a / + -
tui-help-consent = 동의 단계: 허용 / 거부로 다시 실행
    .keys = y / d
tui-help-restart-curl = 다시 시작 / curl 복사 / JWT 보기
    .keys = r / c / v
tui-help-open = 시나리오 열기: 입력해 찾기
    .keys = o
tui-help-language =
    .keys = L
tui-help-help-suspend = 이 도움말 / 일시 중지 (fg로 재개)
    .keys = ? / Ctrl-Z
tui-help-quit = 창 닫기, 확대 해제 / 종료
    .keys = Esc / q Ctrl-C
tui-help-chapter = 이전 / 다음 단원
    .keys = [ / ]
tui-help-detail = 상태: 항목을 자세히 보기
    .keys = Enter
tui-help-zoom = 발표 화면: 패널을 전체 화면으로
    .keys = z
tui-help-chapter-pause = 자동 재생이 단원마다 멈춤
    .keys = s
tui-help-edit-defenses = 만약에: 요청 고치기 / 방어 설정
    .keys = e / x
tui-help-undo-write = 되돌리기 / 테스트로 저장 (만약에)
    .keys = u / w
tui-help-predict-glossary = 예측 모드: 1–4로 답하기 / 용어집
    .keys = p / t
tui-help-marks = 예상한 거부 / 예상하지 못한 실패
    .keys = ⊘ / ✗

## A countdown of a day or more, in the State tab ($clock is h:mm:ss).

tui-countdown-days = { $days }일 { $clock }
