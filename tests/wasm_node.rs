//! The wasm build's exported API, run in node (`wasm-pack test --node -- --test wasm_node`).
#![cfg(target_arch = "wasm32")]

#[path = "wasm/common.rs"]
mod common;
