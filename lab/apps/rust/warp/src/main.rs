//! resplain capture lab: a warp app whose filters reject, answered by warp's default rejection
//! handling (no recover()). usage: lab-warp PORT
use serde::Deserialize;
use warp::Filter;

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

#[tokio::main]
async fn main() {
    let port: u16 = std::env::args().nth(1).expect("PORT").parse().unwrap();
    let get_item = warp::get()
        .and(warp::path!("items" / u32))
        .map(|id: u32| format!("item {id}"));
    let create = warp::post()
        .and(warp::path!("items"))
        .and(warp::body::json())
        .map(|_i: Item| "ok");
    let upload = warp::post()
        .and(warp::path!("upload"))
        .and(warp::body::content_length_limit(10))
        .and(warp::body::json())
        .map(|_i: Item| "ok");
    let query = warp::get()
        .and(warp::path!("query"))
        .and(warp::query::<Page>())
        .map(|_p: Page| "ok");
    let keyed = warp::get()
        .and(warp::path!("keyed"))
        .and(warp::header::<String>("x-api-key"))
        .map(|_k: String| "ok");
    let ok = warp::get().and(warp::path!("ok")).map(|| "ok");
    let routes = ok.or(get_item).or(create).or(upload).or(query).or(keyed);
    warp::serve(routes).run(([127, 0, 0, 1], port)).await;
}
