//! Puts the page reader, js/reader.js, into the facade as an inline wasm-bindgen snippet:
//! the only kind that `--target no-modules` (the snippet's build) accepts, and its text must
//! be a string literal in the attribute. So the script stays a real .js file (linted, read,
//! diffed as JavaScript) and this writes the literal into a macro that textmap.rs expands.
use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=js/reader.js");
    let js = fs::read_to_string("js/reader.js").expect("js/reader.js");
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("reader_js.rs");
    let code = format!(
        "/// Wraps the reader's imports in an `extern` block bound to js/reader.js.\n\
         macro_rules! reader_js {{\n    ($($imports:tt)*) => {{\n        \
         #[wasm_bindgen(inline_js = {js:?})]\n        extern \"C\" {{ $($imports)* }}\n    }};\n}}\n"
    );
    fs::write(out, code).expect("write reader_js.rs");
}
