//! AWS Signature Version 4 verification (header-based signing, non-S3 rules).
//!
//! The emulator receives requests signed by the AWS SDKs/CLI and recomputes the signature from the request as it
//! arrived:
//!
//! ```text
//! canonical request = METHOD \n canonical URI \n canonical query \n canonical headers \n \n signed headers \n payload hash
//! string to sign    = AWS4-HMAC-SHA256 \n x-amz-date \n date/region/service/aws4_request \n hex(sha256(canonical request))
//! signing key       = HMAC("AWS4" + secret, date) -> region -> service -> "aws4_request"
//! signature         = hex(HMAC(signing key, string to sign))
//! ```
//!
//! Non-S3 services normalize the path (dot segments and empty segments are removed) and percent-encode it a
//! second time ("double encoding"): the path as received is already encoded once, so `%3A` is signed as `%253A`.
//! The payload hash is always the body's own: outside Amazon S3 the services ignore what `x-amz-content-sha256`
//! claims, so a request signed with `UNSIGNED-PAYLOAD` does not verify. Clock skew is checked by the caller
//! (`auth::check_skew`), against the real time rather than the engine's clock, which tests may drive by hand.

use std::fmt;

use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};

type HmacSha256 = Hmac<Sha256>;

const ALGORITHM: &str = "AWS4-HMAC-SHA256";
const TERMINATOR: &str = "aws4_request";
const UNSIGNED_PAYLOAD: &str = "UNSIGNED-PAYLOAD";
const X_AMZ_DATE: &str = "x-amz-date";
const X_AMZ_CONTENT_SHA256: &str = "x-amz-content-sha256";

/// What the Authorization header says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credential {
    pub access_key_id: String,
    /// `YYYYMMDD`
    pub date: String,
    pub region: String,
    pub service: String,
}

/// A parsed `AWS4-HMAC-SHA256` Authorization header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedAuthorization {
    pub credential: Credential,
    /// Lower-case, in the order listed in the header.
    pub signed_headers: Vec<String>,
    /// Hex-encoded signature (64 hex digits).
    pub signature: String,
}

/// Why a request could not be authenticated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SigV4Error {
    /// The Authorization header or the signing inputs are malformed (`IncompleteSignature`).
    Malformed(String),
    /// The signature does not match the request (`InvalidSignatureException`).
    SignatureMismatch,
    /// A header needed for verification (signed, or `x-amz-date`) is absent from the request.
    MissingHeader(String),
}

impl fmt::Display for SigV4Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SigV4Error::Malformed(reason) => write!(f, "malformed signature: {reason}"),
            SigV4Error::SignatureMismatch => {
                f.write_str("the request signature we calculated does not match the signature you provided")
            }
            SigV4Error::MissingHeader(name) => write!(f, "missing required header '{name}'"),
        }
    }
}

impl std::error::Error for SigV4Error {}

fn malformed(reason: impl Into<String>) -> SigV4Error {
    SigV4Error::Malformed(reason.into())
}

/// Parse `AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/account/aws4_request, SignedHeaders=host;x-amz-date,
/// Signature=abcd...`.
///
/// The three components may come in any order, separated by commas (spaces around them are ignored).
pub fn parse_authorization(header: &str) -> Result<ParsedAuthorization, SigV4Error> {
    let header = header.trim();
    let (algorithm, rest) = header.split_once(|c: char| c.is_ascii_whitespace()).unwrap_or((header, ""));
    if algorithm != ALGORITHM {
        return Err(malformed(format!("unsupported authorization algorithm '{algorithm}', expected {ALGORITHM}")));
    }

    let mut credential = None;
    let mut signed_headers = None;
    let mut signature = None;
    for component in rest.split(',').map(str::trim).filter(|c| !c.is_empty()) {
        let (key, value) = component
            .split_once('=')
            .ok_or_else(|| malformed(format!("authorization component '{component}' is not of the form key=value")))?;
        let slot = match key.trim() {
            "Credential" => &mut credential,
            "SignedHeaders" => &mut signed_headers,
            "Signature" => &mut signature,
            other => return Err(malformed(format!("unknown authorization component '{other}'"))),
        };
        if slot.is_some() {
            return Err(malformed(format!("authorization component '{}' is repeated", key.trim())));
        }
        *slot = Some(value.trim());
    }

    let credential = credential.ok_or_else(|| malformed("authorization header requires a 'Credential' parameter"))?;
    let signed_headers =
        signed_headers.ok_or_else(|| malformed("authorization header requires a 'SignedHeaders' parameter"))?;
    let signature = signature.ok_or_else(|| malformed("authorization header requires a 'Signature' parameter"))?;

    Ok(ParsedAuthorization {
        credential: parse_credential(credential)?,
        signed_headers: parse_signed_headers(signed_headers)?,
        signature: parse_signature(signature)?,
    })
}

fn parse_credential(value: &str) -> Result<Credential, SigV4Error> {
    let parts: Vec<&str> = value.split('/').collect();
    let [access_key_id, date, region, service, terminator] = parts.as_slice() else {
        return Err(malformed(format!(
            "credential '{value}' must have the form <access key>/<YYYYMMDD>/<region>/<service>/{TERMINATOR}"
        )));
    };
    if access_key_id.is_empty() || region.is_empty() || service.is_empty() {
        return Err(malformed(format!("credential '{value}' has an empty component")));
    }
    if !is_date(date) {
        return Err(malformed(format!("credential date '{date}' is not of the form YYYYMMDD")));
    }
    if *terminator != TERMINATOR {
        return Err(malformed(format!("credential scope must end with '{TERMINATOR}', not '{terminator}'")));
    }
    Ok(Credential {
        access_key_id: (*access_key_id).to_owned(),
        date: (*date).to_owned(),
        region: (*region).to_owned(),
        service: (*service).to_owned(),
    })
}

fn parse_signed_headers(value: &str) -> Result<Vec<String>, SigV4Error> {
    let mut names = Vec::new();
    for name in value.split(';') {
        if name.is_empty() || !name.bytes().all(is_token_byte) {
            return Err(malformed(format!("SignedHeaders '{value}' is not a ';'-separated list of header names")));
        }
        names.push(name.to_ascii_lowercase());
    }
    Ok(names)
}

fn parse_signature(value: &str) -> Result<String, SigV4Error> {
    if value.len() != 64 || !value.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(malformed("signature must be 64 hexadecimal digits"));
    }
    Ok(value.to_owned())
}

/// HTTP header-name characters (RFC 9110 `tchar`).
fn is_token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

fn is_date(s: &str) -> bool {
    s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit())
}

/// `YYYYMMDDTHHMMSSZ`
fn is_amz_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 16
        && b[..8].iter().all(u8::is_ascii_digit)
        && b[8] == b'T'
        && b[9..15].iter().all(u8::is_ascii_digit)
        && b[15] == b'Z'
}

/// Verify a request's signature with the secret key.
///
/// `path` is the raw request path as received (still percent-encoded), `query` the raw query string (without `?`,
/// may be empty), `headers` all request headers as received (names in any case), `body` the raw body bytes.
pub fn verify(
    method: &str,
    path: &str,
    query: &str,
    headers: &[(String, String)],
    body: &[u8],
    auth: &ParsedAuthorization,
    secret_access_key: &str,
) -> Result<(), SigV4Error> {
    let amz_date =
        single_header(headers, X_AMZ_DATE)?.ok_or_else(|| SigV4Error::MissingHeader(X_AMZ_DATE.to_owned()))?;
    if !is_amz_date(amz_date) {
        return Err(malformed(format!("x-amz-date '{amz_date}' is not of the form YYYYMMDDTHHMMSSZ")));
    }
    if auth.credential.date != amz_date[..8] {
        return Err(malformed(format!(
            "credential scope date '{}' does not match x-amz-date '{amz_date}'",
            auth.credential.date
        )));
    }
    if auth.signed_headers.is_empty() {
        return Err(malformed("SignedHeaders is empty"));
    }
    if !auth.signed_headers.iter().any(|name| name == "host") {
        return Err(malformed("the 'host' header must be signed"));
    }
    let expected = hex::decode(&auth.signature).map_err(|_| malformed("signature must be 64 hexadecimal digits"))?;

    let canonical_request = canonical_request(method, path, query, headers, body, auth)?;
    let scope = format!("{}/{}/{}/{TERMINATOR}", auth.credential.date, auth.credential.region, auth.credential.service);
    let string_to_sign = format!("{ALGORITHM}\n{amz_date}\n{scope}\n{}", sha256_hex(canonical_request.as_bytes()));

    let mut key = hmac_sha256(format!("AWS4{secret_access_key}").as_bytes(), auth.credential.date.as_bytes())?;
    for part in [auth.credential.region.as_str(), auth.credential.service.as_str(), TERMINATOR] {
        key = hmac_sha256(&key, part.as_bytes())?;
    }
    let mut mac = new_mac(&key)?;
    mac.update(string_to_sign.as_bytes());
    // `verify_slice` compares in constant time.
    mac.verify_slice(&expected).map_err(|_| SigV4Error::SignatureMismatch)
}

fn canonical_request(
    method: &str,
    path: &str,
    query: &str,
    headers: &[(String, String)],
    body: &[u8],
    auth: &ParsedAuthorization,
) -> Result<String, SigV4Error> {
    let mut out = String::new();
    out.push_str(method);
    out.push('\n');
    out.push_str(&canonical_uri(path));
    out.push('\n');
    out.push_str(&canonical_query(query));
    out.push('\n');
    for name in &auth.signed_headers {
        let values: Vec<String> = header_values(headers, name).map(trim_all).collect();
        if values.is_empty() {
            return Err(SigV4Error::MissingHeader(name.clone()));
        }
        out.push_str(name);
        out.push(':');
        out.push_str(&values.join(","));
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&auth.signed_headers.join(";"));
    out.push('\n');
    out.push_str(&payload_hash(headers, body)?);
    Ok(out)
}

/// The values of every header called `name` (case-insensitively), in the order received.
fn header_values<'a>(headers: &'a [(String, String)], name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    headers.iter().filter(move |(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
}

/// The value of a header that must appear at most once.
fn single_header<'a>(headers: &'a [(String, String)], name: &'a str) -> Result<Option<&'a str>, SigV4Error> {
    let mut values = header_values(headers, name);
    let first = values.next();
    if values.next().is_some() {
        return Err(malformed(format!("header '{name}' is repeated")));
    }
    Ok(first.map(str::trim))
}

/// Trim leading/trailing spaces and collapse runs of spaces into one (only ' ', as the AWS signers do).
fn trim_all(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for word in value.split(' ').filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The hex SHA-256 of the body. `x-amz-content-sha256`, if sent, must be that hash; `UNSIGNED-PAYLOAD` is for
/// Amazon S3 only, so such a request is signed over something else than its body and cannot verify (AWS answers
/// the same signature mismatch).
fn payload_hash(headers: &[(String, String)], body: &[u8]) -> Result<String, SigV4Error> {
    let body_hash = sha256_hex(body);
    match single_header(headers, X_AMZ_CONTENT_SHA256)? {
        None => Ok(body_hash),
        Some(UNSIGNED_PAYLOAD) => Err(SigV4Error::SignatureMismatch),
        Some(claimed) if claimed.len() == 64 && claimed.bytes().all(|b| b.is_ascii_hexdigit()) => {
            if claimed.eq_ignore_ascii_case(&body_hash) {
                Ok(claimed.to_owned())
            } else {
                // The signature may well cover the claimed hash, but the body is not what was signed.
                Err(SigV4Error::SignatureMismatch)
            }
        }
        Some(other) => Err(malformed(format!("unsupported x-amz-content-sha256 value '{other}'"))),
    }
}

/// Non-S3 canonical URI: normalize the path, then percent-encode it again (every byte outside the unreserved set
/// and '/', including the '%' of existing escapes).
fn canonical_uri(path: &str) -> String {
    let normalized = normalize_path(path);
    let mut out = String::with_capacity(normalized.len() * 2);
    for &b in normalized.as_bytes() {
        if b == b'/' {
            out.push('/');
        } else {
            push_encoded(&mut out, b);
        }
    }
    out
}

/// RFC 3986 §5.2.4 dot-segment removal as the AWS signers apply it: `.` and empty segments are dropped, `..`
/// removes the previous segment, a trailing slash is kept. An empty path becomes "/".
fn normalize_path(path: &str) -> String {
    if path.is_empty() {
        return "/".to_owned();
    }
    let absolute = if path.starts_with('/') { path.to_owned() } else { format!("/{path}") };
    if !absolute.contains('.') && !absolute.contains("//") {
        return absolute;
    }

    let mut segments: Vec<&str> = Vec::new();
    for segment in absolute.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            other => segments.push(other),
        }
    }
    let mut out = String::with_capacity(absolute.len());
    for segment in &segments {
        out.push('/');
        out.push_str(segment);
    }
    let trailing_slash = ["/", "/.", "/.."].iter().any(|suffix| absolute.ends_with(suffix));
    if out.is_empty() || trailing_slash {
        out.push('/');
    }
    out
}

/// Canonical query string: parameters decoded (`+` is a space, as form decoding does), re-encoded with the RFC 3986
/// unreserved set, sorted by encoded key then value, joined with '&'. Parameters without '=' get an empty value.
fn canonical_query(query: &str) -> String {
    let mut params: Vec<(String, String)> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|param| {
            let (key, value) = param.split_once('=').unwrap_or((param, ""));
            (reencode_query_part(key), reencode_query_part(value))
        })
        .collect();
    params.sort();
    let mut out = String::with_capacity(query.len() * 2);
    for (i, (key, value)) in params.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        out.push_str(key);
        out.push('=');
        out.push_str(value);
    }
    out
}

fn reencode_query_part(raw: &str) -> String {
    let decoded = String::from_utf8_lossy(&percent_decode_form(raw)).into_owned();
    let mut out = String::with_capacity(decoded.len() * 3);
    for &b in decoded.as_bytes() {
        push_encoded(&mut out, b);
    }
    out
}

/// `application/x-www-form-urlencoded` decoding: `+` is a space, `%XX` a byte, a stray `%` stays literal.
fn percent_decode_form(raw: &str) -> Vec<u8> {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b'%' => {
                match (bytes.get(i + 1).copied().and_then(hex_value), bytes.get(i + 2).copied().and_then(hex_value)) {
                    (Some(hi), Some(lo)) => {
                        out.push(hi << 4 | lo);
                        i += 3;
                    }
                    _ => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Append `b`, percent-encoded (upper-case hex) unless it is RFC 3986 unreserved.
fn push_encoded(out: &mut String, b: u8) {
    if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
        out.push(char::from(b));
    } else {
        const HEX: &[u8; 16] = b"0123456789ABCDEF";
        out.push('%');
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 0x0f)]));
    }
}

fn sha256_hex(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data))
}

fn new_mac(key: &[u8]) -> Result<HmacSha256, SigV4Error> {
    // HMAC accepts keys of any length; this cannot fail in practice.
    <HmacSha256 as KeyInit>::new_from_slice(key).map_err(|_| malformed("invalid HMAC key"))
}

fn hmac_sha256(key: &[u8], data: &[u8]) -> Result<Vec<u8>, SigV4Error> {
    let mut mac = new_mac(key)?;
    mac.update(data);
    Ok(mac.finalize().into_bytes().to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::time::{Duration, SystemTime};

    use aws_credential_types::Credentials;
    use aws_sigv4::http_request::{sign, PayloadChecksumKind, SignableBody, SignableRequest, SigningSettings};
    use aws_sigv4::sign::v4::SigningParams;

    const AKID: &str = "AKIDEXAMPLE";
    const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    const SUITE_DATE: &str = "20150830T123600Z";

    fn owned(headers: &[(&str, &str)]) -> Vec<(String, String)> {
        headers.iter().map(|(n, v)| ((*n).to_owned(), (*v).to_owned())).collect()
    }

    fn suite_auth(signed_headers: &str, signature: &str) -> ParsedAuthorization {
        parse_authorization(&format!(
            "AWS4-HMAC-SHA256 Credential={AKID}/20150830/us-east-1/service/aws4_request, \
             SignedHeaders={signed_headers}, Signature={signature}"
        ))
        .unwrap()
    }

    // ---- (1) vectors from the AWS SigV4 test suite (service "service", us-east-1, 2015-08-30T12:36:00Z) ----

    #[test]
    fn get_vanilla_vector() {
        let headers = owned(&[("Host", "example.amazonaws.com"), ("X-Amz-Date", SUITE_DATE)]);
        let auth = suite_auth("host;x-amz-date", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
        assert_eq!(verify("GET", "/", "", &headers, b"", &auth, SECRET), Ok(()));
        // An empty path and a "/./" path canonicalize to "/" as well.
        assert_eq!(verify("GET", "", "", &headers, b"", &auth, SECRET), Ok(()));
        assert_eq!(verify("GET", "/./", "", &headers, b"", &auth, SECRET), Ok(()));
        // Upper-case hex in the signature is accepted too.
        let mut upper = auth.clone();
        upper.signature = upper.signature.to_ascii_uppercase();
        assert_eq!(verify("GET", "/", "", &headers, b"", &upper, SECRET), Ok(()));

        assert_eq!(verify("GET", "/", "", &headers, b"", &auth, "not-the-secret"), Err(SigV4Error::SignatureMismatch));
        assert_eq!(verify("POST", "/", "", &headers, b"", &auth, SECRET), Err(SigV4Error::SignatureMismatch));
        assert_eq!(verify("GET", "/other", "", &headers, b"", &auth, SECRET), Err(SigV4Error::SignatureMismatch));
        assert_eq!(verify("GET", "/", "a=b", &headers, b"", &auth, SECRET), Err(SigV4Error::SignatureMismatch));
        assert_eq!(verify("GET", "/", "", &headers, b"body", &auth, SECRET), Err(SigV4Error::SignatureMismatch));
        let mut tampered = auth.clone();
        tampered.signature.replace_range(0..1, "6");
        assert_eq!(verify("GET", "/", "", &headers, b"", &tampered, SECRET), Err(SigV4Error::SignatureMismatch));
    }

    #[test]
    fn suite_vectors() {
        struct Case {
            name: &'static str,
            method: &'static str,
            path: &'static str,
            query: &'static str,
            headers: &'static [(&'static str, &'static str)],
            body: &'static [u8],
            signed: &'static str,
            signature: &'static str,
        }
        let cases = [
            Case {
                name: "get-header-value-trim",
                method: "GET",
                path: "/",
                query: "",
                headers: &[
                    ("Host", "example.amazonaws.com"),
                    ("My-Header1", " value1"),
                    ("My-Header2", " \"a   b   c\""),
                    ("X-Amz-Date", SUITE_DATE),
                ],
                body: b"",
                signed: "host;my-header1;my-header2;x-amz-date",
                signature: "acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736",
            },
            Case {
                name: "get-header-key-duplicate",
                method: "GET",
                path: "/",
                query: "",
                headers: &[
                    ("Host", "example.amazonaws.com"),
                    ("My-Header1", "value2"),
                    ("My-Header1", "value2"),
                    ("My-Header1", "value1"),
                    ("X-Amz-Date", SUITE_DATE),
                ],
                body: b"",
                signed: "host;my-header1;x-amz-date",
                signature: "c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea",
            },
            Case {
                name: "get-slashes-normalized",
                method: "GET",
                path: "//example//",
                query: "",
                headers: &[("Host", "example.amazonaws.com"), ("X-Amz-Date", SUITE_DATE)],
                body: b"",
                signed: "host;x-amz-date",
                signature: "9a624bd73a37c9a373b5312afbebe7a714a789de108f0bdfe846570885f57e84",
            },
            Case {
                name: "get-slash-pointless-dot-normalized",
                method: "GET",
                path: "/./example",
                query: "",
                headers: &[("Host", "example.amazonaws.com"), ("X-Amz-Date", SUITE_DATE)],
                body: b"",
                signed: "host;x-amz-date",
                signature: "ef75d96142cf21edca26f06005da7988e4f8dc83a165a80865db7089db637ec5",
            },
            Case {
                name: "get-relative-relative-normalized",
                method: "GET",
                path: "/example1/example2/../..",
                query: "",
                headers: &[("Host", "example.amazonaws.com"), ("X-Amz-Date", SUITE_DATE)],
                body: b"",
                signed: "host;x-amz-date",
                signature: "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
            },
            Case {
                name: "get-vanilla-query-order-encoded",
                method: "GET",
                path: "/",
                query: "Param-3=Value3&Param=Value2&%E1%88%B4=Value1",
                headers: &[("Host", "example.amazonaws.com"), ("X-Amz-Date", SUITE_DATE)],
                body: b"",
                signed: "host;x-amz-date",
                signature: "371d3713e185cc334048618a97f809c9ffe339c62934c032af5a0e595648fcac",
            },
            Case {
                name: "post-x-www-form-urlencoded",
                method: "POST",
                path: "/",
                query: "",
                headers: &[
                    ("Content-Type", "application/x-www-form-urlencoded"),
                    ("Host", "example.amazonaws.com"),
                    ("Content-Length", "13"),
                    ("X-Amz-Content-Sha256", "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e"),
                    ("X-Amz-Date", SUITE_DATE),
                ],
                body: b"Param1=value1",
                signed: "content-length;content-type;host;x-amz-content-sha256;x-amz-date",
                signature: "d3875051da38690788ef43de4db0d8f280229d82040bfac253562e56c3f20e0b",
            },
            Case {
                name: "get-vanilla-with-session-token",
                method: "GET",
                path: "/",
                query: "",
                headers: &[
                    ("Host", "example.amazonaws.com"),
                    ("X-Amz-Date", SUITE_DATE),
                    ("X-Amz-Security-Token", "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267"),
                ],
                body: b"",
                signed: "host;x-amz-date;x-amz-security-token",
                signature: "07ec1639c89043aa0e3e2de82b96708f198cceab042d4a97044c66dd9f74e7f8",
            },
        ];
        for case in &cases {
            let headers = owned(case.headers);
            let auth = suite_auth(case.signed, case.signature);
            assert_eq!(
                verify(case.method, case.path, case.query, &headers, case.body, &auth, SECRET),
                Ok(()),
                "{}",
                case.name
            );
            assert_eq!(
                verify(case.method, case.path, case.query, &headers, case.body, &auth, "wrong"),
                Err(SigV4Error::SignatureMismatch),
                "{}",
                case.name
            );
        }
    }

    /// The suite's double-encoding cases only publish canonical requests.
    #[test]
    fn double_encoding_canonical_requests() {
        let auth = |service: &str| ParsedAuthorization {
            credential: Credential {
                access_key_id: AKID.to_owned(),
                date: "20210511".to_owned(),
                region: "us-east-1".to_owned(),
                service: service.to_owned(),
            },
            signed_headers: vec!["host".to_owned(), "x-amz-date".to_owned()],
            signature: "0".repeat(64),
        };
        let empty_hash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

        let headers = owned(&[("Host", "lambda.us-east-2.amazonaws.com"), ("X-Amz-Date", "20210511T154045Z")]);
        let creq = canonical_request(
            "POST",
            "/2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-west-2%3A892717189312%3Afunction%3Amy-rusty-fun/invocations",
            "",
            &headers,
            b"",
            &auth("lambda"),
        )
        .unwrap();
        assert_eq!(
            creq,
            format!(
                "POST\n/2015-03-31/functions/arn%253Aaws%253Alambda%253Aus-west-2%253A892717189312%253Afunction%253Amy-rusty-fun/invocations\n\n\
                 host:lambda.us-east-2.amazonaws.com\nx-amz-date:20210511T154045Z\n\nhost;x-amz-date\n{empty_hash}"
            )
        );

        let headers =
            owned(&[("Host", "tj9n5r0m12.execute-api.us-east-1.amazonaws.com"), ("X-amz-date", "20210511T154045Z")]);
        let creq =
            canonical_request("POST", "/test/@connections/JBDvjfGEIAMCERw%3D", "", &headers, b"", &auth("execute-api"))
                .unwrap();
        assert_eq!(
            creq,
            format!(
                "POST\n/test/%40connections/JBDvjfGEIAMCERw%253D\n\n\
                 host:tj9n5r0m12.execute-api.us-east-1.amazonaws.com\nx-amz-date:20210511T154045Z\n\n\
                 host;x-amz-date\n{empty_hash}"
            )
        );
    }

    #[test]
    fn content_sha256_header_must_match_body() {
        let headers = owned(&[
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Host", "example.amazonaws.com"),
            ("Content-Length", "13"),
            ("X-Amz-Content-Sha256", "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e"),
            ("X-Amz-Date", SUITE_DATE),
        ]);
        let auth = suite_auth(
            "content-length;content-type;host;x-amz-content-sha256;x-amz-date",
            "d3875051da38690788ef43de4db0d8f280229d82040bfac253562e56c3f20e0b",
        );
        assert_eq!(
            verify("POST", "/", "", &headers, b"Param1=value2", &auth, SECRET),
            Err(SigV4Error::SignatureMismatch)
        );
        let mut streaming = headers.clone();
        streaming[3].1 = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD".to_owned();
        assert!(matches!(
            verify("POST", "/", "", &streaming, b"Param1=value1", &auth, SECRET),
            Err(SigV4Error::Malformed(_))
        ));
    }

    #[test]
    fn missing_and_inconsistent_headers() {
        let auth = suite_auth("host;x-amz-date", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
        assert_eq!(
            verify("GET", "/", "", &owned(&[("Host", "example.amazonaws.com")]), b"", &auth, SECRET),
            Err(SigV4Error::MissingHeader("x-amz-date".to_owned()))
        );
        assert_eq!(
            verify("GET", "/", "", &owned(&[("X-Amz-Date", SUITE_DATE)]), b"", &auth, SECRET),
            Err(SigV4Error::MissingHeader("host".to_owned()))
        );
        // Scope date differs from x-amz-date.
        let headers = owned(&[("Host", "example.amazonaws.com"), ("X-Amz-Date", "20150831T000000Z")]);
        assert!(matches!(verify("GET", "/", "", &headers, b"", &auth, SECRET), Err(SigV4Error::Malformed(_))));
        // Badly formatted x-amz-date.
        let headers = owned(&[("Host", "example.amazonaws.com"), ("X-Amz-Date", "2015-08-30T12:36:00Z")]);
        assert!(matches!(verify("GET", "/", "", &headers, b"", &auth, SECRET), Err(SigV4Error::Malformed(_))));
        // host must be among the signed headers.
        let no_host = suite_auth("x-amz-date", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
        let headers = owned(&[("Host", "example.amazonaws.com"), ("X-Amz-Date", SUITE_DATE)]);
        assert!(matches!(verify("GET", "/", "", &headers, b"", &no_host, SECRET), Err(SigV4Error::Malformed(_))));
    }

    // ---- (2) cross-check against the official signer (aws-sigv4, default settings) ----

    struct Signed {
        headers: Vec<(String, String)>,
        auth: ParsedAuthorization,
    }

    /// Sign like an SDK would, then return the headers the server would receive (the request's own headers, the
    /// signer's output, and `Host`, which the HTTP client adds from the URL).
    fn sign_with_aws_sigv4(
        method: &str,
        url: &str,
        headers: &[(&str, &str)],
        body: SignableBody<'_>,
        settings: SigningSettings,
        credentials: Credentials,
        service: &str,
    ) -> Signed {
        let identity = credentials.into();
        let params = SigningParams::builder()
            .identity(&identity)
            .region("us-east-1")
            .name(service)
            // 2026-01-02T03:04:05Z
            .time(SystemTime::UNIX_EPOCH + Duration::from_secs(1_767_323_045))
            .settings(settings)
            .build()
            .unwrap()
            .into();
        let request = SignableRequest::new(method, url, headers.iter().copied(), body).unwrap();
        let authority = url.strip_prefix("https://").unwrap();
        let host = &authority[..authority.find('/').unwrap_or(authority.len())];
        let (instructions, _signature) = sign(request, &params).unwrap().into_parts();

        let mut received = vec![("Host".to_owned(), host.to_owned())];
        received.extend(owned(headers));
        let mut authorization = None;
        for (name, value) in instructions.headers() {
            if name.eq_ignore_ascii_case("authorization") {
                authorization = Some(value.to_owned());
            }
            received.push((name.to_owned(), value.to_owned()));
        }
        let auth = parse_authorization(&authorization.unwrap()).unwrap();
        assert_eq!(auth.credential.date, "20260102");
        assert_eq!(auth.credential.service, service);
        Signed { headers: received, auth }
    }

    fn creds() -> Credentials {
        Credentials::new(AKID, SECRET, None, None, "test")
    }

    #[test]
    fn cross_check_json_post() {
        let body = br#"{"AccountId":"123456789012","AlternateContactType":"BILLING","EmailAddress":"a@b.c","Name":"N","PhoneNumber":"+1 555","Title":"T"}"#;
        let length = body.len().to_string();
        let signed = sign_with_aws_sigv4(
            "POST",
            "https://account.us-east-1.amazonaws.com/putAlternateContact",
            &[
                ("content-type", "application/json"),
                ("content-length", length.as_str()),
                ("x-amz-user-agent", "aws-sdk-rust/1.0  os/linux"),
            ],
            SignableBody::Bytes(body),
            SigningSettings::default(),
            creds(),
            "account",
        );
        assert!(!signed.headers.iter().any(|(n, _)| n.eq_ignore_ascii_case(X_AMZ_CONTENT_SHA256)));
        let check = |body: &[u8], secret: &str| {
            verify("POST", "/putAlternateContact", "", &signed.headers, body, &signed.auth, secret)
        };
        assert_eq!(check(body, SECRET), Ok(()));
        assert_eq!(check(body, "another-secret"), Err(SigV4Error::SignatureMismatch));
        assert_eq!(check(br#"{"AccountId":"999999999999"}"#, SECRET), Err(SigV4Error::SignatureMismatch));
    }

    #[test]
    fn cross_check_encoded_path_and_query() {
        let path = "/applications/arn%3Aaws%3Aserverlessrepo%3Aus-east-1%3A123456789012%3Aapplications%2Fmy-app";
        let query = "a=1&b=x%20y";
        let signed = sign_with_aws_sigv4(
            "GET",
            &format!("https://serverlessrepo.us-east-1.amazonaws.com{path}?{query}"),
            &[],
            SignableBody::Bytes(b""),
            SigningSettings::default(),
            creds(),
            "serverlessrepo",
        );
        let check = |path: &str, query: &str, secret: &str| {
            verify("GET", path, query, &signed.headers, b"", &signed.auth, secret)
        };
        assert_eq!(check(path, query, SECRET), Ok(()));
        // Parameter order does not matter.
        assert_eq!(check(path, "b=x%20y&a=1", SECRET), Ok(()));
        assert_eq!(check(path, query, "another-secret"), Err(SigV4Error::SignatureMismatch));
        // The path is double-encoded: the decoded form is a different canonical URI.
        assert_eq!(
            check("/applications/arn:aws:serverlessrepo:us-east-1:123456789012:applications/my-app", query, SECRET),
            Err(SigV4Error::SignatureMismatch)
        );
        assert_eq!(check(path, "a=1&b=x%20z", SECRET), Err(SigV4Error::SignatureMismatch));
    }

    #[test]
    fn cross_check_awkward_paths_and_queries() {
        let cases = [
            ("/", ""),
            ("/a/./b/../c//d/", ""),
            ("/a/b/..", ""),
            ("/..", ""),
            ("/x.y/%2E%2E/z", ""),
            ("/a:b@c!$&'()*,;=/d%7E~", ""),
            ("/caf%C3%A9/%E1%88%B4", ""),
            ("/q", "z=1&a=2&a=1&m="),
            ("/q", "flag&k=v"),
            ("/q", "p=a+b&r=%2B&s=%7e&t=%E1%88%B4&u=caf%C3%A9"),
            ("/q", "weird=%zz%&&&x=1"),
            ("/q", "k=a%3Db%26c&Key=upper&key=lower"),
            ("/q", "sp=%20%20lead"),
        ];
        for (path, query) in cases {
            let path_and_query = if query.is_empty() { path.to_owned() } else { format!("{path}?{query}") };
            let signed = sign_with_aws_sigv4(
                "GET",
                &format!("https://example.amazonaws.com{path_and_query}"),
                &[("x-custom", "  spaced   out  value ")],
                SignableBody::Bytes(b""),
                SigningSettings::default(),
                creds(),
                "service",
            );
            assert_eq!(
                verify("GET", path, query, &signed.headers, b"", &signed.auth, SECRET),
                Ok(()),
                "{path_and_query}"
            );
        }
    }

    #[test]
    fn cross_check_content_sha256_and_session_token() {
        let body = b"{\"k\":\"v\"}";
        let mut settings = SigningSettings::default();
        settings.payload_checksum_kind = PayloadChecksumKind::XAmzSha256;
        let signed = sign_with_aws_sigv4(
            "PUT",
            "https://example.amazonaws.com:4566/things/1",
            &[("content-type", "application/json")],
            SignableBody::Bytes(body),
            settings,
            Credentials::new(AKID, SECRET, Some("session-token".to_owned()), None, "test"),
            "service",
        );
        assert!(signed.auth.signed_headers.contains(&"x-amz-security-token".to_owned()));
        assert!(signed.auth.signed_headers.contains(&X_AMZ_CONTENT_SHA256.to_owned()));
        let check =
            |body: &[u8], secret: &str| verify("PUT", "/things/1", "", &signed.headers, body, &signed.auth, secret);
        assert_eq!(check(body, SECRET), Ok(()));
        assert_eq!(check(b"{}", SECRET), Err(SigV4Error::SignatureMismatch));
        assert_eq!(check(body, "x"), Err(SigV4Error::SignatureMismatch));

        let mut settings = SigningSettings::default();
        settings.payload_checksum_kind = PayloadChecksumKind::XAmzSha256;
        let signed = sign_with_aws_sigv4(
            "PUT",
            "https://example.amazonaws.com/things/2",
            &[],
            SignableBody::UnsignedPayload,
            settings,
            creds(),
            "service",
        );
        // UNSIGNED-PAYLOAD is S3's: outside it the payload is always hashed, so no body verifies, not even the
        // one that was sent.
        for body in [&b""[..], b"anything"] {
            assert_eq!(
                verify("PUT", "/things/2", "", &signed.headers, body, &signed.auth, SECRET),
                Err(SigV4Error::SignatureMismatch)
            );
        }
    }

    // ---- (3) parse_authorization ----

    #[test]
    fn parse_good_header() {
        let parsed = parse_authorization(
            "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/account/aws4_request, \
             SignedHeaders=Host;x-amz-date, Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        )
        .unwrap();
        assert_eq!(
            parsed,
            ParsedAuthorization {
                credential: Credential {
                    access_key_id: "AKID".to_owned(),
                    date: "20260101".to_owned(),
                    region: "us-east-1".to_owned(),
                    service: "account".to_owned(),
                },
                signed_headers: vec!["host".to_owned(), "x-amz-date".to_owned()],
                signature: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef".to_owned(),
            }
        );
        // Any order, no spaces after commas.
        let reordered = parse_authorization(
            "AWS4-HMAC-SHA256 Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef,\
             SignedHeaders=host;x-amz-date,Credential=AKID/20260101/us-east-1/account/aws4_request",
        )
        .unwrap();
        assert_eq!(reordered, parsed);
    }

    #[test]
    fn parse_malformed_headers() {
        let sig = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        let cred = "AKID/20260101/us-east-1/account/aws4_request";
        let bad = [
            String::new(),
            "AWS4-HMAC-SHA256".to_owned(),
            format!("AWS4-HMAC-SHA1 Credential={cred}, SignedHeaders=host, Signature={sig}"),
            format!("Bearer Credential={cred}, SignedHeaders=host, Signature={sig}"),
            format!("AWS4-HMAC-SHA256 SignedHeaders=host, Signature={sig}"),
            format!("AWS4-HMAC-SHA256 Credential={cred}, Signature={sig}"),
            format!("AWS4-HMAC-SHA256 Credential={cred}, SignedHeaders=host"),
            format!("AWS4-HMAC-SHA256 Credential={cred}, Credential={cred}, SignedHeaders=host, Signature={sig}"),
            format!("AWS4-HMAC-SHA256 Credential={cred}, SignedHeaders=host, Signature={sig}, Extra=1"),
            format!("AWS4-HMAC-SHA256 Credential={cred}, SignedHeaders=host, Signature"),
            format!("AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/account, SignedHeaders=host, Signature={sig}"),
            format!("AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/account/aws4_request/x, SignedHeaders=host, Signature={sig}"),
            format!("AWS4-HMAC-SHA256 Credential=AKID/2026-01-01/us-east-1/account/aws4_request, SignedHeaders=host, Signature={sig}"),
            format!("AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/account/aws5_request, SignedHeaders=host, Signature={sig}"),
            format!("AWS4-HMAC-SHA256 Credential=/20260101/us-east-1/account/aws4_request, SignedHeaders=host, Signature={sig}"),
            format!("AWS4-HMAC-SHA256 Credential={cred}, SignedHeaders=host;;x-amz-date, Signature={sig}"),
            format!("AWS4-HMAC-SHA256 Credential={cred}, SignedHeaders=, Signature={sig}"),
            format!("AWS4-HMAC-SHA256 Credential={cred}, SignedHeaders=host, Signature=abcd"),
            format!("AWS4-HMAC-SHA256 Credential={cred}, SignedHeaders=host, Signature={}", "z".repeat(64)),
        ];
        for header in &bad {
            assert!(
                matches!(parse_authorization(header), Err(SigV4Error::Malformed(_))),
                "{header:?} should be rejected"
            );
        }
    }

    #[test]
    fn display_messages() {
        assert!(SigV4Error::Malformed("x".to_owned()).to_string().contains('x'));
        assert!(SigV4Error::MissingHeader("host".to_owned()).to_string().contains("host"));
        assert!(!SigV4Error::SignatureMismatch.to_string().is_empty());
    }

    #[test]
    fn canonical_helpers() {
        assert_eq!(canonical_uri(""), "/");
        assert_eq!(canonical_uri("/a%3Ab/c d"), "/a%253Ab/c%20d");
        assert_eq!(canonical_uri("/a/./b/../c//"), "/a/c/");
        assert_eq!(canonical_query(""), "");
        assert_eq!(canonical_query("b=2&a=1&a=0&c"), "a=0&a=1&b=2&c=");
        assert_eq!(canonical_query("x=a+b%2b~"), "x=a%20b%2B~");
        assert_eq!(trim_all("  a   b  "), "a b");
    }
}
