//! The bounds that keep a server answering whatever arrives: each is a number a
//! client's honest request stays far below, so only abuse meets it.

use std::time::Duration;

/// hyper's read buffer, which bounds a request's line and headers: past it, hyper
/// answers 431 Request Header Fields Too Large (RFC 6585 §5) and closes.
pub const MAX_HEADER_BYTES: usize = 16 * 1024;

/// How many header fields a request may have (hyper answers 431 past it).
pub const MAX_HEADERS: usize = 64;

/// A request body: past it, 413 Content Too Large (RFC 9110 §15.5.14). The largest
/// honest body here is a registration request of a few hundred bytes.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// How long a body may take to arrive once the headers have (408 after it).
pub const BODY_TIMEOUT: Duration = Duration::from_secs(30);

/// Connections served at once; the next waits to be accepted, so memory stays
/// bounded by this times the limits above.
pub const MAX_CONNECTIONS: usize = 1024;
