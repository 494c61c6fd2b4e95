// Package marketplane is the Go binding of the marketplane library: one typed facade over AWS Account Management,
// the Serverless Application Repository, AWS Marketplace Catalog, AWS Marketplace Discovery and AWS Marketplace
// Agreement, with an embedded local backend that needs no AWS account.
//
// A Client hands out one object per service: Accounts() (opt-in regions included), Applications(), Catalog(),
// Discovery(), Agreements() and Organizations(). Every operation of the service is a method named after it, taking a
// context.Context and the operation's input record and returning its output
// (Accounts.GetAlternateContact(ctx, GetAlternateContactInput{...})); every list operation also has XxxPages and
// XxxItems (taking ctx too), iterators (iter.Seq2) over its pages and over the items of every page,
// which ask for the next page only when the previous one is used up and stop at the first error. Beside them are the
// facade's helpers that do more than one call: waiters (EnableAndWait, WaitForChangeSet), EnsureEnabled,
// ShareWithAccounts, PublishSAM, PublishOffer, RequestOffer, AcceptWithPurchaseOrder and friends. OperationTable()
// lists every operation with the object that serves it.
//
// The records and enums are the library's own model. Identifiers (AccountId, RegionName, OrganizationId) are
// aliases of string that the library checks when they come in; a bad one fails the call with a Validation error
// naming the field. JSON documents (JsonDocument) cross as JSON text, times as time.Time, durations as
// time.Duration. Enums are comparable values such as RegionOptStatusEnabled; values the library does not know
// arrive as RegionOptStatusUnknown("...") and are sent back unchanged. Enums whose variants carry data (Term,
// Principal) are sealed interfaces with one struct per variant, told apart with a type switch.
//
// The package is generated (marketplane.go) from the native library by the project's uniffi-bindgen-go and links
// against that library with cgo:
//
//	cargo build -p marketplane-ffi -p marketplane-ffi-bindgen
//	target/debug/uniffi-bindgen-go --library target/debug/libmarketplane_ffi.so --out-dir bindings/go/marketplane
//	export CGO_LDFLAGS="-L$PWD/target/debug -Wl,-rpath,$PWD/target/debug"
//	go test ./...   # in bindings/go
//
// Without the rpath, set LD_LIBRARY_PATH (DYLD_LIBRARY_PATH on macOS) to the library's directory at run time.
//
// Calls of the service objects take a context.Context first, as aws-sdk-go-v2's do, and block until they finish or
// the context ends: then the Rust future is cancelled and dropped (its work stops) and the call returns ctx.Err()
// (context.DeadlineExceeded, context.Canceled). Call them from as many goroutines as you like. Failures are *Error values
// (errors.As(err, &e) with e *marketplane.Error) carrying a Kind, the service's Code, the Message, the
// FieldErrors of a validation failure and the RequestID. A Rust panic never crosses into Go: calls that can fail
// (every call taking a context can) return it as an error, the others panic with a *RustPanicError.
package marketplane
