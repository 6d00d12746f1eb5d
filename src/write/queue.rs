//! File-system work done beside rendering, on more threads than there are cores: on a
//! virtual disk each create, rename or stat waits on the disk far longer than it computes,
//! so a few calls in flight per core keep it busy. Work is queued without blocking the
//! renderer until the bytes waiting to be written pass a bound, which keeps memory flat.

use std::sync::{Arc, Condvar, Mutex, PoisonError};

use crate::error::Error;

/// Threads for file-system calls, unless `KIELO_IO_THREADS` says otherwise (for the
/// benchmark, `bench/build-speed.sh`, which measured this choice).
const THREADS: usize = 16;
/// Bytes of output waiting to be written before the renderer waits.
const MAX_WAITING: usize = 64 << 20;

/// A pool for file-system calls, and what its queued jobs are doing.
pub(crate) struct Queue {
    pool: Arc<rayon::ThreadPool>,
    state: Arc<(Mutex<State>, Condvar)>,
}

#[derive(Default)]
struct State {
    jobs: usize,
    bytes: usize,
    error: Option<Error>,
    /// Threads waiting for jobs to finish: a finished job wakes them only when there are
    /// any, as most jobs finish with nobody waiting.
    waiting: usize,
}

impl State {
    fn wait<'a>(
        mut state: std::sync::MutexGuard<'a, State>,
        wake: &Condvar,
    ) -> std::sync::MutexGuard<'a, State> {
        state.waiting += 1;
        let mut state = wake.wait(state).unwrap_or_else(PoisonError::into_inner);
        state.waiting -= 1;
        state
    }
}

pub(crate) fn threads() -> usize {
    std::env::var("KIELO_IO_THREADS")
        .ok()
        .and_then(|n| n.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(THREADS)
}

impl Queue {
    /// A pool of [`threads`] threads, or fewer for at most `files` files.
    pub(crate) fn new(files: Option<usize>) -> Result<Queue, Error> {
        let wanted = files.map_or(threads(), |files| files.clamp(1, threads()));
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(wanted)
            .thread_name(|n| format!("kielo-io-{n}"))
            .build()
            .map_err(|e| Error::io(std::path::Path::new("."), std::io::Error::other(e)))?;
        Ok(Queue {
            pool: Arc::new(pool),
            state: Arc::default(),
        })
    }

    /// The pool, for work on another thread.
    pub(crate) fn pool(&self) -> Arc<rayon::ThreadPool> {
        self.pool.clone()
    }

    /// Runs `op` on the pool's threads, in parallel where it uses rayon.
    pub(crate) fn install<R: Send>(&self, op: impl FnOnce() -> R + Send) -> R {
        self.pool.install(op)
    }

    /// Queues `job`, which holds `bytes` of output until it runs; waits while too many bytes
    /// wait. Returns the error of an earlier job, after which nothing more is queued.
    pub(crate) fn spawn(
        &self,
        bytes: usize,
        job: impl FnOnce() -> Result<(), Error> + Send + 'static,
    ) -> Result<(), Error> {
        let (lock, wake) = &*self.state;
        let mut state = lock.lock().unwrap_or_else(PoisonError::into_inner);
        while state.bytes > MAX_WAITING && state.error.is_none() {
            state = State::wait(state, wake);
        }
        if let Some(error) = state.error.take() {
            return Err(error);
        }
        state.jobs += 1;
        state.bytes += bytes;
        drop(state);
        let shared = self.state.clone();
        self.pool.spawn(move || {
            let result = job();
            let (lock, wake) = &*shared;
            let mut state = lock.lock().unwrap_or_else(PoisonError::into_inner);
            state.jobs -= 1;
            state.bytes -= bytes;
            if let Err(error) = result {
                state.error.get_or_insert(error);
            }
            if state.waiting > 0 {
                wake.notify_all();
            }
        });
        Ok(())
    }

    /// Waits for every queued job; returns the first error among them.
    pub(crate) fn drain(&self) -> Result<(), Error> {
        let (lock, wake) = &*self.state;
        let mut state = lock.lock().unwrap_or_else(PoisonError::into_inner);
        while state.jobs > 0 {
            state = State::wait(state, wake);
        }
        state.error.take().map_or(Ok(()), Err)
    }
}

impl Drop for Queue {
    /// Jobs still queued write into the staging folder: let them finish before it goes.
    fn drop(&mut self) {
        let _ = self.drain();
    }
}
