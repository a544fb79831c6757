//! The regression corpus (`fuzz/corpus/*.txt`: minimised fuzz findings and hand-made
//! reproducers) and a short generated run, replayed on every `cargo test`.

use claimlens_fuzz::{gen, invariants};

#[path = "../../tests/support/shapes.rs"]
mod shapes;

#[test]
fn every_corpus_text_holds_every_invariant() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = String::from_utf8(std::fs::read(&path).unwrap()).unwrap();
            if let Err(e) = invariants::check(&text) {
                panic!("{}: {e}", path.display());
            }
            n += 1;
        }
    }
    assert!(n > 0, "no corpus in {dir}");
}

#[test]
fn a_short_generated_run_holds_every_invariant() {
    for seed in 0..300 {
        let text = gen::text(seed, 3000);
        if let Err(e) = invariants::check(&text) {
            if invariants::OPEN.contains(&invariants::kind(&e)) {
                eprintln!("seed {seed}: open issue: {e}");
                continue;
            }
            panic!("seed {seed}: {e}\n{text:?}");
        }
    }
}

#[test]
fn every_generated_shape_holds_every_invariant() {
    for (name, make) in shapes::ALL {
        if let Err(e) = invariants::check(&make(20_000)) {
            panic!("{name}: {e}");
        }
    }
}
