//! Binding generators for `marketplane-ffi`. UniFFI ships the Swift and Kotlin generators (the `uniffi-bindgen`
//! binary runs them); [`go`] is the project's own generator for Go, on the `uniffi_bindgen` library.

pub mod go;
