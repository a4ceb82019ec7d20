//! resplain capture lab: a salvo app answered by salvo's default Catcher (HTML, JSON, XML or text
//! by the client's Accept). usage: lab-salvo PORT
use salvo::prelude::*;
use serde::Deserialize;

#[derive(Deserialize, Extractible)]
#[salvo(extract(default_source(from = "body", parse = "json")))]
#[allow(dead_code)]
struct Item {
    name: String,
    count: u32,
}

#[handler]
async fn ok() -> &'static str {
    "ok"
}
#[handler]
async fn create(item: Item) -> &'static str {
    let _ = item;
    "ok"
}
#[handler]
async fn panics() -> &'static str {
    panic!("lab: handler panicked")
}
#[handler]
async fn fails(res: &mut Response) {
    res.render(StatusError::internal_server_error());
}

#[tokio::main]
async fn main() {
    let port: u16 = std::env::args().nth(1).expect("PORT").parse().unwrap();
    let router = Router::new()
        .push(Router::with_path("ok").get(ok))
        .push(Router::with_path("items").post(create))
        .push(Router::with_path("error").get(fails))
        .push(Router::with_path("upload").hoop(max_size(10)).post(create))
        .push(Router::with_path("panic").hoop(CatchPanic::new()).get(panics));
    let acceptor = TcpListener::new(format!("127.0.0.1:{port}")).bind().await;
    Server::new(acceptor).serve(router).await;
}
