//! Bad input over the wire, sent on a raw TCP connection: every one is answered
//! (400, 405, 413, 431) or closed, and the server goes on answering afterwards.
#![cfg(feature = "serve")]

mod serve_common;

use std::fmt::Write as _;
use std::io::{Read as _, Write as _};
use std::net::TcpStream;
use std::time::Instant;

use serve_common::{DEADLINE, Server, scenario};

/// Sends `bytes` on a new connection and reads until the server closes it or the
/// deadline passes; returns what it answered.
fn exchange(server: &Server, bytes: &[u8]) -> String {
    let mut stream = TcpStream::connect(server.address()).expect("the server accepts");
    stream
        .set_read_timeout(Some(DEADLINE))
        .expect("a read timeout");
    // The server may answer and close before it has read all of a large request;
    // what it answered is what the test reads.
    let _ = stream.write_all(bytes);
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    String::from_utf8_lossy(&answer).into_owned()
}

/// The status line of an answer.
fn status_line(answer: &str) -> &str {
    answer.lines().next().unwrap_or_default()
}

/// The server still runs the flow's first request.
fn still_answers(server: &Server) {
    let answer = exchange(
        server,
        b"GET /authorize?client_id=nobody HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(status_line(&answer), "HTTP/1.1 400 Bad Request", "{answer}");
}

#[test]
fn a_malformed_request_is_answered_400() {
    let server = Server::start(&scenario(""), &[]);
    for bad in [
        &b"THIS IS NOT HTTP\r\n\r\n"[..],
        b"GET /token HTTP/1.1\r\nHost: x\r\nbad header line\r\n\r\n",
        b"GET /\x01 HTTP/1.1\r\n\r\n",
    ] {
        let answer = exchange(&server, bad);
        assert!(
            answer.is_empty() || status_line(&answer) == "HTTP/1.1 400 Bad Request",
            "{answer}"
        );
    }
    still_answers(&server);
}

#[test]
fn a_method_the_parties_do_not_serve_is_answered_405() {
    let server = Server::start(&scenario(""), &[]);
    let answer = exchange(
        &server,
        b"DELETE /token HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(status_line(&answer), "HTTP/1.1 405 Method Not Allowed");
    assert!(
        answer.to_ascii_lowercase().contains("allow: get, post"),
        "{answer}"
    );
}

#[test]
fn oversized_headers_are_answered_431() {
    let server = Server::start(&scenario(""), &[]);
    let big = format!(
        "GET /authorize HTTP/1.1\r\nHost: x\r\nX-Filler: {}\r\n\r\n",
        "a".repeat(64 * 1024)
    );
    let answer = exchange(&server, big.as_bytes());
    assert_eq!(
        status_line(&answer),
        "HTTP/1.1 431 Request Header Fields Too Large",
        "{answer}"
    );
    let many = (0..200).fold(String::new(), |mut many, i| {
        let _ = write!(many, "X-{i}: v\r\n");
        many
    });
    let answer = exchange(
        &server,
        format!("GET /authorize HTTP/1.1\r\nHost: x\r\n{many}\r\n").as_bytes(),
    );
    assert_eq!(
        status_line(&answer),
        "HTTP/1.1 431 Request Header Fields Too Large",
        "{answer}"
    );
    still_answers(&server);
}

#[test]
fn an_oversized_body_is_answered_413_whether_declared_or_chunked() {
    let server = Server::start(&scenario(""), &[]);
    let declared = exchange(
        &server,
        b"POST /token HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000\r\n\
          Content-Type: application/x-www-form-urlencoded\r\n\r\ngrant_type=",
    );
    assert_eq!(
        status_line(&declared),
        "HTTP/1.1 413 Payload Too Large",
        "{declared}"
    );
    let chunk = "a".repeat(32 * 1024);
    let chunked = format!(
        "POST /token HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\
         Content-Type: application/x-www-form-urlencoded\r\n\r\n\
         {len:x}\r\n{chunk}\r\n{len:x}\r\n{chunk}\r\n{len:x}\r\n{chunk}\r\n0\r\n\r\n",
        len = chunk.len()
    );
    let answer = exchange(&server, chunked.as_bytes());
    assert_eq!(
        status_line(&answer),
        "HTTP/1.1 413 Payload Too Large",
        "{answer}"
    );
    still_answers(&server);
}

#[test]
fn a_wrong_content_type_is_answered_by_the_token_endpoints_own_rules() {
    let server = Server::start(&scenario(""), &[]);
    let body = r#"{"grant_type": "authorization_code", "code": "x"}"#;
    let answer = exchange(
        &server,
        format!(
            "POST /token HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\
             Authorization: Basic cHJpbnRlcjpzM2NyZXQ=\r\n\
             Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
        .as_bytes(),
    );
    assert_eq!(status_line(&answer), "HTTP/1.1 400 Bad Request", "{answer}");
    assert!(
        answer.contains("\"error\": \"invalid_request\""),
        "{answer}"
    );
    let lines = server.lines(1);
    assert_eq!(lines[0]["do"], "token");
    assert_eq!(lines[0]["error"], "invalid_request");
}

#[test]
fn a_body_that_is_not_text_is_answered_400() {
    let server = Server::start(&scenario(""), &[]);
    let mut request = b"POST /token HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\
        Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 4\r\n\r\n"
        .to_vec();
    request.extend_from_slice(&[0xff, 0xfe, 0x00, 0x80]);
    let answer = exchange(&server, &request);
    assert_eq!(status_line(&answer), "HTTP/1.1 400 Bad Request", "{answer}");
    assert!(answer.contains("UTF-8"), "{answer}");
}

#[test]
fn a_request_whose_headers_never_finish_is_closed_after_the_header_timeout() {
    let server = Server::start(&scenario(""), &["--header-timeout", "1"]);
    let mut stream = TcpStream::connect(server.address()).expect("the server accepts");
    stream
        .set_read_timeout(Some(DEADLINE))
        .expect("a read timeout");
    stream
        .write_all(b"GET /authorize HTTP/1.1\r\nHost: x\r\nX-Slow: a")
        .expect("a partial request is sent");
    let started = Instant::now();
    let mut answer = Vec::new();
    let read = stream.read_to_end(&mut answer);
    assert!(
        read.is_ok() && started.elapsed() < DEADLINE,
        "the server closed the connection: {read:?}"
    );
    let answer = String::from_utf8_lossy(&answer);
    assert!(
        answer.is_empty() || status_line(&answer).starts_with("HTTP/1.1 408"),
        "{answer}"
    );
    still_answers(&server);
}

#[test]
fn an_idle_keep_alive_connection_is_closed_after_the_header_timeout() {
    let server = Server::start(&scenario(""), &["--header-timeout", "1"]);
    let mut stream = TcpStream::connect(server.address()).expect("the server accepts");
    stream
        .set_read_timeout(Some(DEADLINE))
        .expect("a read timeout");
    stream
        .write_all(b"GET /authorize HTTP/1.1\r\nHost: x\r\n\r\n")
        .expect("a request is sent");
    let mut answer = Vec::new();
    let read = stream.read_to_end(&mut answer);
    assert!(
        read.is_ok(),
        "the server closed the idle connection: {read:?}"
    );
    let answer = String::from_utf8_lossy(&answer);
    assert_eq!(status_line(&answer), "HTTP/1.1 400 Bad Request", "{answer}");
}

#[test]
fn many_idle_half_open_connections_do_not_stop_the_server_answering() {
    let server = Server::start(&scenario(""), &["--header-timeout", "30"]);
    let idle: Vec<TcpStream> = (0..100)
        .filter_map(|_| TcpStream::connect(server.address()).ok())
        .collect();
    for mut stream in &idle {
        let _ = stream.write_all(b"GET /authorize HTTP/1.1\r\n");
    }
    still_answers(&server);
    drop(idle);
    still_answers(&server);
}
