//! Lists: every `[pages]` operation's `<method>_pages` and `<method>_items` return one of these iterators (an
//! iterator on `Client`, an async iterator on `AsyncClient`). Each page is fetched when the iterator reaches it,
//! never before; the blocking iterator fetches with the GIL released, the async one on the runtime.

use std::collections::VecDeque;
use std::sync::Arc;

use futures::future::BoxFuture;
use marketplane::facade::{Paged, PagedInput};
use marketplane::operation::Operation;
use marketplane::python::{to_py_err, ToPython};
use marketplane::Client;
use pyo3::exceptions::PyStopAsyncIteration;
use pyo3::prelude::*;

use crate::runtime;

/// What one page gives Python: the page itself, or its items (converted once the GIL is held).
type Chunk = Box<dyn FnOnce(Python<'_>) -> PyResult<Vec<Py<PyAny>>> + Send>;

/// Fetches the page at a token (`None`: the page the input asks for); answers what it gives and the next token.
type Fetch =
    Arc<dyn Fn(Option<String>) -> BoxFuture<'static, marketplane::Result<(Chunk, Option<String>)>> + Send + Sync>;

/// Whether a list yields whole pages or their items.
#[derive(Debug, Clone, Copy)]
pub enum Mode {
    /// Each page, as the operation's output.
    Pages,
    /// Each item of each page.
    Items,
}

/// How to fetch the pages of `input`'s list.
pub fn fetcher<I>(client: Client, input: I, mode: Mode) -> Fetch
where
    I: Operation + PagedInput,
    I::Output: Paged + ToPython,
    <I::Output as Paged>::Item: ToPython + Send + 'static,
{
    Arc::new(move |token| {
        let client = client.clone();
        let mut input = input.clone();
        if token.is_some() {
            input.set_next_token(token);
        }
        Box::pin(async move {
            let output = client.call(input).send().await?;
            Ok(match mode {
                Mode::Pages => {
                    let page = output.clone();
                    let (_, next) = output.into_page();
                    let chunk: Chunk = Box::new(move |py| Ok(vec![page.to_python(py)?.unbind()]));
                    (chunk, next)
                }
                Mode::Items => {
                    let (items, next) = output.into_page();
                    let chunk: Chunk =
                        Box::new(move |py| items.iter().map(|item| item.to_python(py).map(Bound::unbind)).collect());
                    (chunk, next)
                }
            })
        })
    })
}

/// How to fetch the items of `input`'s list, whose items are `T` (the type the stubs show).
pub fn items<I, T>(client: Client, input: I) -> Fetch
where
    I: Operation + PagedInput,
    I::Output: Paged<Item = T> + ToPython,
    T: ToPython + Send + 'static,
{
    fetcher(client, input, Mode::Items)
}

/// Where a list stands.
struct Cursor {
    /// Fetched, not yet yielded.
    buffer: VecDeque<Py<PyAny>>,
    /// The token of the next page to fetch (`Some(None)`: the first); `None` after the last page.
    next: Option<Option<String>>,
}

impl Cursor {
    fn new() -> Self {
        Cursor { buffer: VecDeque::new(), next: Some(None) }
    }
}

/// A list as an iterator (`Iterator[T]` in the stubs).
#[pyclass(module = "marketplane", name = "_Pages")]
pub struct Pages {
    fetch: Fetch,
    cursor: Cursor,
}

impl std::fmt::Debug for Pages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pages").field("buffered", &self.cursor.buffer.len()).finish()
    }
}

impl Pages {
    /// The list `fetch` reads.
    pub fn new(fetch: Fetch) -> Self {
        Pages { fetch, cursor: Cursor::new() }
    }
}

#[pymethods]
impl Pages {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        loop {
            if let Some(item) = self.cursor.buffer.pop_front() {
                return Ok(Some(item));
            }
            // Taken before fetching: after a failure the list ends rather than asking again.
            let Some(token) = self.cursor.next.take() else { return Ok(None) };
            let (chunk, next) = runtime::blocking(py, (self.fetch)(token))?;
            self.cursor.next = next.map(Some);
            self.cursor.buffer.extend(chunk(py)?);
        }
    }
}

/// A list as an async iterator (`AsyncIterator[T]` in the stubs).
#[pyclass(module = "marketplane", name = "_AsyncPages", frozen)]
pub struct AsyncPages {
    fetch: Fetch,
    cursor: Arc<tokio::sync::Mutex<Cursor>>,
}

impl std::fmt::Debug for AsyncPages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AsyncPages").finish_non_exhaustive()
    }
}

impl AsyncPages {
    /// The list `fetch` reads.
    pub fn new(fetch: Fetch) -> Self {
        AsyncPages { fetch, cursor: Arc::new(tokio::sync::Mutex::new(Cursor::new())) }
    }
}

#[pymethods]
impl AsyncPages {
    fn __aiter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __anext__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let fetch = self.fetch.clone();
        let cursor = self.cursor.clone();
        pyo3_async_runtimes::tokio::future_into_py(py, async move {
            let mut cursor = cursor.lock().await;
            loop {
                if let Some(item) = cursor.buffer.pop_front() {
                    return Ok(item);
                }
                let Some(token) = cursor.next.take() else { return Err(PyStopAsyncIteration::new_err(())) };
                let (chunk, next) =
                    runtime::caught(fetch(token)).await.map_err(|err| Python::attach(|py| to_py_err(py, &err)))?;
                cursor.next = next.map(Some);
                let items = Python::attach(chunk)?;
                cursor.buffer.extend(items);
            }
        })
    }
}
