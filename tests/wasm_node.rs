//! The wasm build's exported API, run in node (`wasm-pack test --node -- --test wasm_node`).
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::disallowed_methods,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[path = "wasm/common.rs"]
mod common;
