//! Field validation shared by the facade (before anything leaves the process) and the local engine (for requests
//! that arrive over the wire). Rules are the service's; failures are collected, not stopped at the first one, so a
//! caller sees everything that is wrong at once.

use regex::Regex;

use crate::error::{Error, FieldError, Result};

/// Collects the field errors of one input.
#[derive(Debug, Default)]
pub struct Validator {
    errors: Vec<FieldError>,
}

impl Validator {
    /// An empty validator.
    pub fn new() -> Self {
        Validator::default()
    }

    /// Record that `field` broke `rule`.
    pub fn fail(&mut self, field: impl Into<String>, rule: impl Into<String>) {
        self.errors.push(FieldError::new(field, rule));
    }

    /// Check the length of `value` in characters (Unicode scalar values, as Smithy counts).
    pub fn length(&mut self, field: &str, value: &str, min: usize, max: usize) -> bool {
        let n = value.chars().count();
        if n < min || n > max {
            let rule = if min == max {
                format!("must be exactly {min} characters long, got {n}")
            } else if n < min {
                format!("must be at least {min} characters long (length {min} to {max}), got {n}")
            } else {
                format!("must be at most {max} characters long (length {min} to {max}), got {n}")
            };
            self.fail(field, rule);
            return false;
        }
        true
    }

    /// Check an optional string's length when it is present.
    pub fn optional_length(&mut self, field: &str, value: Option<&str>, min: usize, max: usize) -> bool {
        value.is_none_or(|v| self.length(field, v, min, max))
    }

    /// Check that `value` matches `pattern`; `shown` is the pattern as the service documents it.
    pub fn pattern(&mut self, field: &str, value: &str, pattern: &Regex, shown: &str) -> bool {
        if !pattern.is_match(value) {
            self.fail(field, format!("must match the pattern {shown}"));
            return false;
        }
        true
    }

    /// Check an integer range.
    pub fn range(&mut self, field: &str, value: i64, min: i64, max: i64) -> bool {
        if value < min || value > max {
            self.fail(field, format!("must be between {min} and {max}, got {value}"));
            return false;
        }
        true
    }

    /// Fold the collected errors into a result.
    pub fn finish(self) -> Result<()> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(Error::validation(self.errors))
        }
    }

    /// Take over errors collected elsewhere.
    pub fn extend(&mut self, errors: Vec<FieldError>) {
        self.errors.extend(errors);
    }
}

/// A lazily compiled regex for a pattern literal.
macro_rules! static_regex {
    ($name:ident, $pattern:literal) => {
        pub(crate) fn $name() -> &'static regex::Regex {
            static CELL: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
            CELL.get_or_init(|| regex::Regex::new($pattern).expect("valid static pattern"))
        }
    };
}

// The service's patterns, anchored, with ASCII classes: `\w` and `\s` of the model mean ASCII here, so that lookalike
// characters from other scripts are refused as the service refuses them.
static_regex!(
    alternate_email,
    r"^[\t\n\x0B\x0C\r ]*[A-Za-z0-9_+=.#|!&-]+@[A-Za-z0-9_.-]+\.[A-Za-z0-9_]+[\t\n\x0B\x0C\r ]*$"
);
static_regex!(alternate_phone, r"^[\t\n\x0B\x0C\r 0-9()+-]+$");
// Not anchored at the end: the service documents `^[+][\s0-9()-]+` and accepts what follows a valid prefix.
static_regex!(primary_phone, r"^[+][\t\n\x0B\x0C\r 0-9()-]+");
static_regex!(account_name, r"^[ -;=?-~]+$");
static_regex!(otp, r"^[a-zA-Z0-9]{6}$");
pub(crate) use static_regex;
