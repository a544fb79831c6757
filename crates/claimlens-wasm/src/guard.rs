//! Knowing when the instance is no longer sound.
//!
//! A WebAssembly trap (a panic, which is `unreachable` here, or an exception that unwound
//! through our frames) stops a call in the middle: nothing after it runs, so no `Drop`
//! either. Every entry point (exports and event handlers) runs inside [`run`], which sets a
//! flag on the way in and clears it on the way out. A flag still set when the next call
//! comes means the last call never finished: the instance is unsound. Exports then fail
//! with a clear error, event handlers do nothing, and [`healthy`] tells the JS side (the
//! shim, the snippet, the extension) to discard this instance and start a fresh one.

use std::sync::atomic::{AtomicBool, Ordering};

use wasm_bindgen::JsError;

static BUSY: AtomicBool = AtomicBool::new(false);

/// The message of every call made after a trap.
pub const BROKEN: &str =
    "claimlens stopped after an internal error; load it again (the shim does so by itself)";

struct Entered;

impl Drop for Entered {
    fn drop(&mut self) {
        BUSY.store(false, Ordering::SeqCst);
    }
}

fn enter() -> Option<Entered> {
    (!BUSY.swap(true, Ordering::SeqCst)).then_some(Entered)
}

/// Runs an export: `f`, unless the instance is unsound (or `f` would re-enter it).
pub fn run<T>(f: impl FnOnce() -> Result<T, JsError>) -> Result<T, JsError> {
    run_with(f)
}

/// [`run`] for an export whose errors are other values too (a structured error object).
pub fn run_with<T, E: From<JsError>>(f: impl FnOnce() -> Result<T, E>) -> Result<T, E> {
    let Some(_entered) = enter() else {
        return Err(JsError::new(BROKEN).into());
    };
    trap_if_armed();
    f()
}

/// With the `test-trap` feature: the next export traps midway, as a bug would.
#[cfg(feature = "test-trap")]
static TRAP_NEXT: AtomicBool = AtomicBool::new(false);

#[cfg(feature = "test-trap")]
pub fn arm_trap() {
    TRAP_NEXT.store(true, Ordering::SeqCst);
}

fn trap_if_armed() {
    #[cfg(all(feature = "test-trap", target_arch = "wasm32"))]
    if TRAP_NEXT.swap(false, Ordering::SeqCst) {
        core::arch::wasm32::unreachable();
    }
}

/// Runs an event handler: `f`, or nothing if the instance is unsound.
pub fn quietly(f: impl FnOnce()) {
    if let Some(_entered) = enter() {
        f();
    }
}

/// Whether every call so far has finished: false after a trap.
pub fn healthy() -> bool {
    !BUSY.load(Ordering::SeqCst)
}
