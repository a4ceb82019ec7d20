//! resplain capture lab: an actix-web app whose routes reach actix-web's (and actix-http's) own
//! error answers. usage: lab-actix-web PORT
use actix_web::{error, web, App, HttpResponse, HttpServer, Responder};
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

async fn json(_item: web::Json<Item>) -> impl Responder {
    "ok"
}
async fn form(_item: web::Form<Item>) -> impl Responder {
    "ok"
}
async fn query(_p: web::Query<Page>) -> impl Responder {
    "ok"
}
async fn path(_id: web::Path<u32>) -> impl Responder {
    "ok"
}
async fn panic_handler() -> impl Responder {
    if true {
        panic!("lab: handler panicked");
    }
    "never"
}
async fn app_error() -> Result<HttpResponse, error::Error> {
    Err(error::ErrorInternalServerError("lab: database unavailable"))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let port: u16 = std::env::args().nth(1).expect("PORT").parse().unwrap();
    HttpServer::new(|| {
        App::new()
            .route("/ok", web::get().to(|| async { "ok" }))
            // A resource with one method route: other methods get the resource's 405.
            .service(web::resource("/only-get").route(web::get().to(|| async { "ok" })))
            .route("/items", web::post().to(json))
            .route("/form", web::post().to(form))
            .route("/query", web::get().to(query))
            .route("/items/{id}", web::get().to(path))
            .route("/panic", web::get().to(panic_handler))
            .route("/error", web::get().to(app_error))
            .service(
                web::resource("/upload")
                    .app_data(web::JsonConfig::default().limit(10))
                    .route(web::post().to(json)),
            )
    })
    .workers(1)
    .bind(("127.0.0.1", port))?
    .run()
    .await
}
