//! One pagination style for every list operation: a [`Paginator`] over a list operation's input yields its items
//! (or whole pages) as a lazy `Stream`, asking for the next page only when the previous one is used up.

use std::pin::Pin;
use std::task::{Context, Poll};

use futures::stream::{self, BoxStream, Stream, StreamExt, TryStreamExt};

use crate::client::Client;
use crate::error::Result;
use crate::operation::Operation;

/// A list operation's input: where its next page starts.
pub trait PagedInput {
    /// Ask for the page at `token` (`None`: the first page).
    fn set_next_token(&mut self, token: Option<String>);
}

/// A list operation's output: one page of items and the token of the next page.
pub trait Paged {
    /// What the list holds.
    type Item;
    /// The page's items and the next page's token (`None` after the last page).
    fn into_page(self) -> (Vec<Self::Item>, Option<String>);
}

/// Every item of a list operation, as a lazy `Stream`: the first page is fetched when the stream is first polled,
/// and each next page when the previous one is used up. [`pages`](Self::pages) streams whole pages instead.
#[must_use = "a list does nothing until it is streamed"]
pub struct Paginator<'a, I: Operation>
where
    I::Output: Paged,
{
    client: &'a Client,
    input: I,
    /// The item stream, once polled.
    items: Option<BoxStream<'a, Result<<I::Output as Paged>::Item>>>,
}

impl<I: Operation> std::fmt::Debug for Paginator<'_, I>
where
    I::Output: Paged,
{
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Paginator").field("input", &self.input).field("started", &self.items.is_some()).finish()
    }
}

impl<'a, I> Paginator<'a, I>
where
    I: Operation + PagedInput,
    I::Output: Paged,
    <I::Output as Paged>::Item: Send + 'a,
{
    pub(crate) fn new(client: &'a Client, input: I) -> Self {
        Paginator { client, input, items: None }
    }

    /// Change the input (filters, page size) before streaming.
    pub fn input_mut(&mut self) -> &mut I {
        &mut self.input
    }

    /// The pages, fetched one at a time as the stream is polled.
    pub fn pages(self) -> impl Stream<Item = Result<Vec<<I::Output as Paged>::Item>>> + Send + 'a {
        let Paginator { client, input, .. } = self;
        // State: the input of the next page, or None after the last page.
        stream::try_unfold(Some(input), move |next| async move {
            let Some(input) = next else { return Ok(None) };
            let mut following = input.clone();
            let (items, token) = client.send_operation(input).await?.into_page();
            let next = token.map(|token| {
                following.set_next_token(Some(token));
                following
            });
            Ok(Some((items, next)))
        })
    }

    /// Every item, page after page.
    pub fn into_stream(self) -> impl Stream<Item = Result<<I::Output as Paged>::Item>> + Send + 'a {
        self.pages().map_ok(|page| stream::iter(page.into_iter().map(Ok))).try_flatten()
    }

    /// Every item, collected.
    pub async fn collect(self) -> Result<Vec<<I::Output as Paged>::Item>> {
        self.into_stream().try_collect().await
    }
}

impl<'a, I> Stream for Paginator<'a, I>
where
    I: Operation + PagedInput + Unpin,
    I::Output: Paged,
    <I::Output as Paged>::Item: Send + 'a,
{
    type Item = Result<<I::Output as Paged>::Item>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        let items =
            this.items.get_or_insert_with(|| Paginator::new(this.client, this.input.clone()).into_stream().boxed());
        items.as_mut().poll_next(cx)
    }
}

/// Implements [`Paged`] for outputs holding their items in `$items`.
macro_rules! paged_output {
    ($($output:ty => $items:ident: $item:ty),* $(,)?) => {$(
        impl $crate::facade::Paged for $output {
            type Item = $item;
            fn into_page(self) -> (Vec<$item>, Option<String>) {
                (self.$items, self.next_token)
            }
        }
    )*};
}
pub(crate) use paged_output;
