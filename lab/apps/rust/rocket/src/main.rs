//! resplain capture lab: a Rocket app with its default catchers (HTML, or JSON when the client
//! prefers it). usage: lab-rocket PORT  (ROCKET_LIMITS sets the small json limit in the recipe)
#[macro_use]
extern crate rocket;
use rocket::serde::{json::Json, Deserialize};

#[derive(Deserialize)]
#[serde(crate = "rocket::serde")]
#[allow(dead_code)]
struct Item {
    name: String,
    count: u32,
}

#[get("/ok")]
fn ok() -> &'static str {
    "ok"
}
#[get("/items/<id>")]
fn item(id: u32) -> String {
    format!("item {id}")
}
#[post("/items", format = "json", data = "<item>")]
fn create(item: Json<Item>) -> &'static str {
    let _ = item;
    "ok"
}
#[get("/panic")]
fn panics() -> &'static str {
    panic!("lab: handler panicked")
}
#[get("/error")]
fn error() -> Result<&'static str, rocket::http::Status> {
    Err(rocket::http::Status::InternalServerError)
}

#[launch]
fn rocket() -> _ {
    let port: u16 = std::env::args().nth(1).expect("PORT").parse().unwrap();
    let figment = rocket::Config::figment()
        .merge(("port", port))
        .merge(("address", "127.0.0.1"))
        .merge(("limits.json", 10))
        .merge(("log_level", "critical"));
    rocket::custom(figment).mount("/", routes![ok, item, create, panics, error])
}
