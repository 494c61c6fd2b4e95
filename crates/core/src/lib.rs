//! # marketplane
//!
//! One typed, validated, async facade over the AWS APIs that run an estate of accounts and its commerce on AWS,
//! with an embedded local backend that behaves like the real services.
//!
//! ```no_run
//! # async fn demo() -> marketplane::Result<()> {
//! use marketplane::model::account::{AlternateContact, AlternateContactType};
//!
//! let client = marketplane::Client::in_memory()?.as_account("123456789012".parse()?);
//! client
//!     .accounts()
//!     .put_alternate_contact(AlternateContact::new(
//!         AlternateContactType::Security,
//!         "Security Team",
//!         "CISO",
//!         "security@example.com",
//!         "+1 206 555 0100",
//!     ))
//!     .send()
//!     .await?;
//! let region = client.regions().get("af-south-1".parse()?).send().await?;
//! println!("af-south-1 is {region}");
//! # Ok(())
//! # }
//! ```
//!
//! Layout: [`Client`] is the entry point; [`model`] holds the domain types; [`backend`] holds the port and the
//! `local` and `aws` backends; [`Error`] is the one error type.

pub mod backend;
mod client;
pub mod clock;
mod error;
pub mod estate;
pub mod facade;
#[cfg(feature = "uniffi")]
pub mod ffi;
pub mod model;
pub mod operation;
#[cfg(feature = "python")]
pub mod python;
pub mod template;
mod validate;
pub mod wire;

#[cfg(feature = "uniffi")]
uniffi::setup_scaffolding!("marketplane_model");

pub use client::{Call, Client, ClientBuilder};
pub use error::{kind_for_code, Error, ErrorKind, FieldError, Result};
