//! The batch pipeline: a reader thread cuts the inputs into batches, each batch is worked on
//! by every thread of the pool (rayon), and a writer thread consumes the results in input
//! order. The channels between them hold two batches each, so memory stays flat whatever
//! the size of the input, and the output order never depends on the thread count.

use std::io;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::sync_channel;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use crate::inputs::Input;

/// A batch ends at this many inputs …
const BATCH_INPUTS: usize = 256;
/// … or this many bytes of JSONL lines.
const BATCH_BYTES: u64 = 4 << 20;

/// Runs `work` over every input on `pool` and hands the results to `consume` in input order.
/// Stops early only when `consume` fails (the output cannot be written); that error is
/// returned.
pub fn run<T: Send>(
    inputs: impl Iterator<Item = Input> + Send,
    pool: &rayon::ThreadPool,
    progress: &Progress,
    work: impl Fn(Input) -> T + Sync,
    mut consume: impl FnMut(T) -> io::Result<()> + Send,
) -> io::Result<()> {
    std::thread::scope(|s| {
        let (in_tx, in_rx) = sync_channel::<Vec<Input>>(2);
        let (out_tx, out_rx) = sync_channel::<Vec<(u64, T)>>(2);
        s.spawn(move || {
            let mut batch = Vec::new();
            let mut bytes = 0;
            for input in inputs {
                bytes += input.weight;
                batch.push(input);
                if batch.len() >= BATCH_INPUTS || bytes >= BATCH_BYTES {
                    if in_tx.send(std::mem::take(&mut batch)).is_err() {
                        return;
                    }
                    bytes = 0;
                }
            }
            if !batch.is_empty() {
                let _ = in_tx.send(batch);
            }
        });
        let writer = s.spawn(move || -> io::Result<()> {
            for batch in out_rx {
                for (weight, result) in batch {
                    consume(result)?;
                    progress.advance(weight);
                }
            }
            Ok(())
        });
        for batch in in_rx {
            let results: Vec<(u64, T)> = pool.install(|| {
                batch
                    .into_par_iter()
                    .map(|input| (input.weight, work(input)))
                    .collect()
            });
            if out_tx.send(results).is_err() {
                break; // the writer stopped: its error is returned below
            }
        }
        drop(out_tx);
        writer.join().expect("the writer thread does not panic")
    })
}

/// A progress bar on standard error when it is a terminal (count, rate, ETA); nothing
/// otherwise. JSONL inputs count bytes, since the number of lines is not known ahead.
pub struct Progress {
    bar: ProgressBar,
    by_bytes: bool,
    items: AtomicU64,
    start: Instant,
}

impl Progress {
    pub fn new(total: Option<u64>, by_bytes: bool, enabled: bool) -> Progress {
        let bar = if !enabled {
            ProgressBar::hidden()
        } else {
            let (bar, template) = match (total, by_bytes) {
                (Some(n), false) => (
                    ProgressBar::new(n),
                    "{bar:30} {pos}/{len} files · {per_sec} · {elapsed} · ETA {eta}",
                ),
                (Some(n), true) => (
                    ProgressBar::new(n),
                    "{bar:30} {bytes}/{total_bytes} · {msg} · {elapsed} · ETA {eta}",
                ),
                (None, _) => (ProgressBar::no_length(), "{spinner} {msg} · {elapsed}"),
            };
            bar.set_draw_target(ProgressDrawTarget::stderr());
            bar.set_style(
                ProgressStyle::with_template(template)
                    .expect("the templates are valid")
                    .progress_chars("█▉▊▋▌▍▎▏ "),
            );
            bar
        };
        Progress {
            bar,
            by_bytes: by_bytes || total.is_none(),
            items: AtomicU64::new(0),
            start: Instant::now(),
        }
    }

    fn advance(&self, weight: u64) {
        let n = self.items.fetch_add(1, Ordering::Relaxed) + 1;
        if self.bar.is_hidden() {
            return;
        }
        self.bar.inc(weight);
        if self.by_bytes {
            let rate = n as f64 / self.start.elapsed().as_secs_f64().max(1e-3);
            self.bar.set_message(format!("{n} articles, {rate:.0}/s"));
        }
    }

    /// Prints a line on standard error without tearing the bar.
    pub fn eprintln(&self, msg: &str) {
        self.bar.suspend(|| eprintln!("{msg}"));
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
