//! Where the library's futures run, and how their answers cross back to Python.
//!
//! One tokio runtime (pyo3-async-runtimes' own) serves both clients. The blocking client polls each call on the
//! calling thread with the GIL released (`Runtime::block_on` runs the future right there; the runtime's workers only
//! drive timers and sockets), so an in-process call never hops threads. The async client spawns each call on the
//! runtime and hands asyncio an awaitable of its answer. A Rust panic becomes an `InternalError`, never a crash.

use std::future::Future;
use std::panic::AssertUnwindSafe;

use futures::FutureExt;
use marketplane::python::{to_py_err, ToPython};
use marketplane::Error;
use pyo3::prelude::*;

/// The runtime both clients share.
pub fn runtime() -> &'static tokio::runtime::Runtime {
    pyo3_async_runtimes::tokio::get_runtime()
}

fn panicked() -> Error {
    Error::internal("the library failed unexpectedly (a Rust panic was caught)")
}

/// Run `work` to completion on the calling thread with the GIL released.
pub fn blocking<T: Send>(py: Python<'_>, work: impl Future<Output = marketplane::Result<T>> + Send) -> PyResult<T> {
    py.detach(|| {
        std::panic::catch_unwind(AssertUnwindSafe(|| runtime().block_on(work))).unwrap_or_else(|_| Err(panicked()))
    })
    .map_err(|err| to_py_err(py, &err))
}

/// Run synchronous `work` on the calling thread with the GIL released.
pub fn serve<T: Send>(py: Python<'_>, work: impl FnOnce() -> marketplane::Result<T> + Send) -> marketplane::Result<T> {
    py.detach(|| std::panic::catch_unwind(AssertUnwindSafe(work)).unwrap_or_else(|_| Err(panicked())))
}

/// Run `work` to completion on the runtime, without Python (for work that does not touch Python objects).
pub async fn caught<T>(work: impl Future<Output = marketplane::Result<T>>) -> marketplane::Result<T> {
    AssertUnwindSafe(work).catch_unwind().await.unwrap_or_else(|_| Err(panicked()))
}

/// An awaitable of `work`'s answer, converted to Python when it is ready.
pub fn awaitable<'py, T>(
    py: Python<'py>,
    work: impl Future<Output = marketplane::Result<T>> + Send + 'static,
) -> PyResult<Bound<'py, PyAny>>
where
    T: ToPython + Send + 'static,
{
    pyo3_async_runtimes::tokio::future_into_py(py, async move {
        let outcome = caught(work).await;
        Python::attach(|py| match outcome {
            Ok(value) => value.to_python(py).map(Bound::unbind),
            Err(err) => Err(to_py_err(py, &err)),
        })
    })
}
