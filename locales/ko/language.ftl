language-name = 한국어
language-switch = 한국어로 보기
