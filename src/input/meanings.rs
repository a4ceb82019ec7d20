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
