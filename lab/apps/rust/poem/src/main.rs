//! resplain capture lab: a poem app whose extractors fail, answered by poem's own error
//! responses. usage: lab-poem PORT
use poem::{
    get, handler,
    listener::TcpListener,
    middleware::{CatchPanic, SizeLimit},
    post,
    web::{Json, Path, Query},
    EndpointExt, Route, Server,
};
use serde::Deserialize;

#[derive(Deserialize)]
#[allow(dead_code)]
struct Item {
    name: String,
    count: u32,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct Page {
    page: u32,
}

#[handler]
fn ok() -> &'static str {
    "ok"
}
#[handler]
fn create(Json(_i): Json<Item>) -> &'static str {
    "ok"
}
#[handler]
fn item(Path(_id): Path<u32>) -> &'static str {
    "ok"
}
#[handler]
fn query(Query(_p): Query<Page>) -> &'static str {
    "ok"
}
#[handler]
fn panics() -> &'static str {
    panic!("lab: handler panicked")
}

#[tokio::main]
async fn main() -> Result<(), std::io::Error> {
    let port: u16 = std::env::args().nth(1).expect("PORT").parse().unwrap();
    let app = Route::new()
        .at("/ok", get(ok))
        .at("/items", post(create))
        .at("/items/:id", get(item))
        .at("/query", get(query))
        .at("/upload", post(create).with(SizeLimit::new(10)))
        .at("/panic", get(panics).with(CatchPanic::new()));
    Server::new(TcpListener::bind(format!("127.0.0.1:{port}")))
        .run(app)
        .await
}
