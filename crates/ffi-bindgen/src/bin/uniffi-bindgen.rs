//! UniFFI's own command line, at the exact UniFFI version the library is built with, for the Swift and Kotlin
//! bindings: `uniffi-bindgen generate --library target/debug/libmarketplane_ffi.so --language kotlin --out-dir ...`.

fn main() {
    uniffi::uniffi_bindgen_main()
}
