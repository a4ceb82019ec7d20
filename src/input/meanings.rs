//! What a failed connection means, in the words the client readers share (wget, Python and Node
//! clients, the browser console). Source: errno(3) and the clients' own error texts, cited in
//! each reader's table.

pub(crate) const REFUSED: &str = "Nothing accepted the TCP connection: no process listens on that address and port, or a firewall rejected it.";
pub(crate) const CONNECT_TIMEOUT: &str = "The TCP connection was not accepted in time: the host drops packets (firewall, security group) or is down.";
pub(crate) const NO_ROUTE: &str =
    "The network has no route to that address: a firewall rejected it or the host is down.";
pub(crate) const DNS: &str =
    "The host name did not resolve (DNS): a typo in the URL, or the resolver is failing.";
pub(crate) const EMPTY_REPLY: &str = "The server closed the connection without sending any response: the process behind the port crashed, or a proxy or load balancer dropped the request.";
pub(crate) const RESET: &str = "The other side reset the connection: a crashed process, an idle timeout on a proxy, or a TLS/protocol mismatch.";
pub(crate) const TRUNCATED: &str =
    "The connection closed before the whole body arrived: the response is truncated.";
pub(crate) const READ_TIMEOUT: &str =
    "The server accepted the connection but did not answer in the time allowed.";
pub(crate) const TIMEOUT: &str = "The request did not complete in the time allowed.";
pub(crate) const CERT: &str = "The server's TLS certificate did not verify: expired, self-signed, wrong host name, or an intermediate certificate missing.";
pub(crate) const TLS: &str = "The TLS handshake failed: the server may not speak TLS on that port, or refused the client's TLS versions.";
pub(crate) const CONNECT: &str = "The client could not connect to the server.";

/// Connection failures as clients word them (Node's error codes and curl's messages have their
/// own tables), lowercase: matched whatever the case, the first match wins, so the specific come
/// before the general. Sources: Python's requests.exceptions, httpx._exceptions,
/// aiohttp.client_exceptions and urllib3.exceptions; the errno(3) texts as Python, Java, Ruby,
/// PHP, Go and Rust print them ("Connection refused", "Connection reset by peer", "No route to
/// host"); Winsock's WSAECONNREFUSED text as .NET prints it ("No connection could be made because
/// the target machine actively refused it"); Go's net package ("no such host", "i/o timeout");
/// java.net's exception names; Ruby's Net::OpenTimeout and Net::ReadTimeout; gai_strerror(3).
const FAILURES: &[(&str, &str)] = &[
    ("connection refused", REFUSED),
    ("actively refused", REFUSED),
    ("connect call failed", REFUSED),
    ("name or service not known", DNS),
    ("nodename nor servname", DNS),
    ("temporary failure in name resolution", DNS),
    ("getaddrinfo failed", DNS),
    ("no such host", DNS),
    ("unknownhostexception", DNS),
    ("no route to host", NO_ROUTE),
    ("certificate_verify_failed", CERT),
    ("connection reset", RESET),
    ("remotedisconnected", EMPTY_REPLY),
    ("server disconnected", EMPTY_REPLY),
    ("incompleteread", TRUNCATED),
    ("response ended prematurely", TRUNCATED),
    ("readtimeout", READ_TIMEOUT),
    ("read timed out", READ_TIMEOUT),
    ("connecttimeout", CONNECT_TIMEOUT),
    ("connect timed out", CONNECT_TIMEOUT),
    ("opentimeout", CONNECT_TIMEOUT),
    ("timed out", TIMEOUT),
    ("i/o timeout", TIMEOUT),
    ("certificate", CERT),
    ("sslerror", TLS),
    ("connectionerror", CONNECT),
    ("connecterror", CONNECT),
    ("clientconnectorerror", CONNECT),
];

/// What the connection failure a client's message names means, if it names one of `FAILURES`.
pub(crate) fn failure(message: &[u8]) -> Option<&'static str> {
    FAILURES
        .iter()
        .find(|(words, _)| crate::search::contains_ignore_ascii_case(message, words.as_bytes()))
        .map(|&(_, meaning)| meaning)
}
