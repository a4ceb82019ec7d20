//! resplain capture lab: an axum app whose routes reach axum's (and hyper's) own error answers.
//! usage: lab-axum PORT
use axum::{
    extract::{DefaultBodyLimit, Form, Json, Path, Query},
    routing::{get, post},
    Router,
};
use serde::Deserialize;
use std::time::Duration;
use tower_http::{catch_panic::CatchPanicLayer, timeout::TimeoutLayer};

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

async fn json(Json(_item): Json<Item>) -> &'static str {
    "ok"
}
async fn form(Form(_item): Form<Item>) -> &'static str {
    "ok"
}
async fn query(Query(_p): Query<Page>) -> &'static str {
    "ok"
}
async fn path(Path(_id): Path<u32>) -> &'static str {
    "ok"
}
async fn panic_handler() -> &'static str {
    panic!("lab: handler panicked")
}
async fn slow() -> &'static str {
    tokio::time::sleep(Duration::from_secs(30)).await;
    "late"
}

#[tokio::main]
async fn main() {
    let port: u16 = std::env::args().nth(1).expect("PORT").parse().unwrap();
    let app = Router::new()
        .route("/ok", get(|| async { "ok" }))
        .route("/items", post(json))
        .route("/form", post(form))
        .route("/query", get(query))
        .route("/items/{id}", get(path))
        .route("/panic", get(panic_handler))
        .route(
            "/upload",
            post(json).layer(DefaultBodyLimit::max(10)),
        )
        .route(
            "/caught-panic",
            get(panic_handler).layer(CatchPanicLayer::new()),
        )
        .route(
            "/slow",
            get(slow).layer(TimeoutLayer::new(Duration::from_secs(1))),
        );
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
