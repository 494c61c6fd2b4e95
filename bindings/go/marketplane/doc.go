// Package marketplane is the Go binding of the marketplane library: one typed facade over AWS Account Management,
// the Serverless Application Repository, AWS Marketplace Catalog, AWS Marketplace Discovery and AWS Marketplace
// Agreement, with an embedded local backend that needs no AWS account.
//
// Client.Catalog() and Client.Discovery() pass the service's JSON documents (change details, entity details, offer
// terms, fulfillment options) as JSON text; OfferSpec describes an offer for Catalog.PublishOffer and BuildOffer.
// Client.Agreements() requests and accepts offers and reads the agreements that result (accepted terms and the
// answers of Agreements.Workflow as JSON text).
//
// The package is generated (marketplane.go) from the native library by the project's uniffi-bindgen-go and links
// against that library with cgo:
//
//	cargo build -p marketplane-ffi
//	cargo run -p marketplane-ffi-bindgen --bin uniffi-bindgen-go -- \
//	    --library target/debug/libmarketplane_ffi.so --out-dir bindings/go/marketplane
//	export CGO_LDFLAGS="-L$PWD/target/debug -Wl,-rpath,$PWD/target/debug"
//	go test ./...   # in bindings/go
//
// Without the rpath, set LD_LIBRARY_PATH (DYLD_LIBRARY_PATH on macOS) to the library's directory at run time.
//
// Calls block until they finish; call them from as many goroutines as you like. Failures are *Error values
// (errors.As(err, &e) with e *marketplane.Error) carrying a Kind, the service's Code, the Message, the
// FieldErrors of a validation failure and the RequestID. Enums are comparable values such as
// RegionOptStatusEnabled; values the library does not know arrive as RegionOptStatusUnknown("...") and are sent
// back unchanged.
package marketplane
