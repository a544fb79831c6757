//! `claimlens-fuzz`: runs the structured generator against every report invariant.
//!
//! ```text
//! cargo run --profile fuzz -p claimlens-fuzz -- [--seconds N | --iterations N] [--seed S]
//!                                          [--max-len BYTES] [--findings DIR]
//! cargo run --profile fuzz -p claimlens-fuzz -- --print SEED   # the text of one seed
//! ```
//! Each iteration generates one text (seed `S + i`), scans it, and checks the invariants of
//! `invariants::check`; a panic counts as a failure too. A failure is minimised and written
//! to the findings directory (default `fuzz/findings`) as `finding-<hash>.txt` (or
//! `open-<hash>.txt` for a kind listed in `invariants::OPEN`); once fixed, move it to
//! `fuzz/corpus/`, which `cargo test -p claimlens-fuzz` replays. A text that takes over a
//! second of CPU time per 10 KB is reported as slow (a super-linear path). Exits 2 when a new kind of
//! failure was found.

use std::panic;
use std::time::{Duration, Instant};

use claimlens_fuzz::invariants::{self, kind, OPEN};
use claimlens_fuzz::{gen, minimize::minimize};

struct Args {
    seconds: Option<u64>,
    iterations: Option<u64>,
    seed: u64,
    max_len: usize,
    findings: String,
}

fn parse() -> Result<Args, String> {
    let mut a = Args {
        seconds: None,
        iterations: None,
        seed: 1,
        max_len: 4000,
        findings: "fuzz/findings".into(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = || it.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--seconds" => a.seconds = Some(value()?.parse().map_err(|e| format!("{e}"))?),
            "--iterations" => a.iterations = Some(value()?.parse().map_err(|e| format!("{e}"))?),
            "--seed" => a.seed = value()?.parse().map_err(|e| format!("{e}"))?,
            "--max-len" => a.max_len = value()?.parse().map_err(|e| format!("{e}"))?,
            "--findings" => a.findings = value()?,
            _ => return Err(format!("unknown argument {arg}")),
        }
    }
    if a.seconds.is_none() && a.iterations.is_none() {
        a.iterations = Some(10_000);
    }
    Ok(a)
}

/// The failure of `text`: a broken invariant or a panic, as a message.
fn failure(text: &str) -> Option<String> {
    match panic::catch_unwind(|| invariants::check(text)) {
        Ok(Ok(())) => None,
        Ok(Err(e)) => Some(e),
        Err(p) => Some(format!(
            "panic: {}",
            p.downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default()
        )),
    }
}

/// This thread's CPU time on 64-bit Linux (a busy machine does not make a text "slow").
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
fn cpu_time() -> Option<Duration> {
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
    }
    let mut ts = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec, which `ts` is (3: CLOCK_THREAD_CPUTIME_ID).
    let ok = unsafe { clock_gettime(3, &mut ts) } == 0;
    ok.then(|| Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32))
}

#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn cpu_time() -> Option<Duration> {
    None
}

fn hash(text: &str) -> u64 {
    // FNV-1a: a stable name for a finding.
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

fn main() {
    let argv: Vec<String> = std::env::args().collect();
    if argv.get(1).map(String::as_str) == Some("--print") {
        let seed = argv.get(2).and_then(|s| s.parse().ok()).unwrap_or(0);
        let max_len = argv.get(3).and_then(|s| s.parse().ok()).unwrap_or(4000);
        print!("{}", gen::text(seed, max_len));
        return;
    }
    let args = match parse() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("claimlens-fuzz: {e}");
            std::process::exit(1);
        }
    };
    panic::set_hook(Box::new(|_| {})); // panics are reported as findings
    let start = Instant::now();
    let deadline = args.seconds.map(|s| start + Duration::from_secs(s));
    let (mut iterations, mut bytes, mut findings, mut open, mut slow) =
        (0u64, 0u64, 0u64, 0u64, 0u64);
    let _ = std::fs::create_dir_all(&args.findings);
    let mut seen = std::collections::HashSet::new();
    loop {
        if args.iterations.is_some_and(|n| iterations >= n)
            || deadline.is_some_and(|d| Instant::now() >= d)
        {
            break;
        }
        let seed = args.seed.wrapping_add(iterations);
        let text = gen::text(seed, args.max_len);
        iterations += 1;
        bytes += text.len() as u64;
        let (t0, c0) = (Instant::now(), cpu_time());
        let found = failure(&text);
        let took = match (c0, cpu_time()) {
            (Some(a), Some(b)) => b.saturating_sub(a),
            _ => t0.elapsed(),
        };
        if took > Duration::from_secs(1) * (1 + text.len() as u32 / 10_000) {
            slow += 1;
            eprintln!("slow: seed {seed}, {} bytes, {took:?}", text.len());
        }
        let Some(message) = found else { continue };
        // The kind of failure (its message up to the item number) must stay while shrinking.
        let what = kind(&message).to_string();
        let small = minimize(&text, &mut |t| failure(t).is_some_and(|m| kind(&m) == what));
        let known = OPEN.contains(&what.as_str());
        if known {
            open += 1;
        } else {
            findings += 1;
        }
        if seen.insert(what.clone()) {
            let label = if known { "open (known)" } else { "FINDING" };
            eprintln!("{label} (seed {seed}): {message}\n  minimised: {small:?}");
        }
        let prefix = if known { "open" } else { "finding" };
        let path = format!("{}/{prefix}-{:016x}.txt", args.findings, hash(&small));
        if let Err(e) = std::fs::write(&path, &small) {
            eprintln!("cannot write {path}: {e}");
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "claimlens-fuzz: {iterations} inputs, {:.1} MB, {secs:.0} s ({:.0} inputs/s), \
         {findings} failing inputs, {open} failing on open issues ({} kinds in all), {slow} slow",
        bytes as f64 / 1e6,
        iterations as f64 / secs,
        seen.len()
    );
    if findings > 0 {
        std::process::exit(2);
    }
}
