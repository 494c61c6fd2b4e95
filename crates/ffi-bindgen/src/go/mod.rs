//! A small UniFFI generator for Go, covering the shapes the `marketplane-ffi` surface uses.
//!
//! It reads the component interfaces from the metadata compiled into the cdylib ("library mode") and writes one Go
//! package holding every component of the library (the core's model, `marketplane_model`, and the clients,
//! `marketplane`): a cgo preamble declaring the C functions, the records as structs, the enums as comparable
//! values or, when their variants carry data, as a sealed interface with a struct per variant, the custom types as
//! aliases of what they cross as, the error as a Go `error`, the objects as structs over a Rust handle, and the
//! functions and methods. Every list operation of the operation tables (`[pages]`) also gets `<Op>Pages` and
//! `<Op>Items` iterators (`iter.Seq2`).
//!
//! Async callables take a `context.Context` first, as aws-sdk-go-v2's do, and return an `error` always: the Go
//! call drives UniFFI's future (poll with a continuation callback exported from Go, complete, free) and, when the
//! context ends first, cancels and frees it (the Rust future is dropped, so its work stops) and returns
//! `ctx.Err()`. Where an object has an async twin (`AsyncAccounts` beside `Accounts`), Go gets the twin under the
//! plain name and not the blocking object: one `Accounts` type whose operations all take a context.
//!
//! What it supports, and nothing more: integers, floats, bools, strings, bytes, timestamps, durations, optionals,
//! sequences, maps, records, custom types, objects (at the top level of a call), enums, and errors with one variant
//! that has fields. Anything else stops generation with a message naming it, instead of producing wrong code.
//!
//! How values cross (UniFFI's contract): numbers by value; bools as `int8`; objects as `uint64` handles, cloned
//! before each call because the callee consumes one reference; everything else in a `RustBuffer` — strings as
//! raw UTF-8 at the top level, and compound values serialized big-endian (i32 lengths and counts, 1-based i32
//! variant indexes, an i8 flag before an optional value). Every call takes a `RustCallStatus`: 0 success, 1 the
//! declared error serialized in `errorBuf`, 2 a caught panic with its message. An async call instead returns a
//! future handle; its `rust_future_complete_<kind>` takes the status and returns the value, `<kind>` naming the
//! C type the value crosses as. All components of one library share its allocator, so any component's buffer
//! functions free any buffer.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use anyhow::{bail, Context, Result};
use camino::{Utf8Path, Utf8PathBuf};
use uniffi_bindgen::interface::{AsType, ComponentInterface, Enum, FfiFunction, FfiType, Object, Record, Type};
use uniffi_bindgen::EmptyCrateConfigSupplier;

const RUNTIME: &str = include_str!("runtime.go");

/// Generate the Go package of the components in `library` (all of them, in one package) into `out_dir`; returns
/// the file written.
pub fn generate(library: &Utf8Path, out_dir: &Utf8Path, package: Option<&str>) -> Result<Vec<Utf8PathBuf>> {
    let mut cis = uniffi_bindgen::library_mode::find_cis(library, &EmptyCrateConfigSupplier)
        .with_context(|| format!("cannot read the UniFFI metadata of {library}"))?;
    // The metadata describes the Rust items; the C functions behind them are derived from it.
    for ci in &mut cis {
        ci.derive_ffi_funcs()?;
    }
    let link_name = uniffi_bindgen::library_mode::calc_cdylib_name(library)
        .with_context(|| format!("{library} is not a shared library (.so, .dylib, .dll)"))?;
    // The package is named after the component with objects (the clients), unless told otherwise.
    let main = cis.iter().position(|ci| !ci.object_definitions().is_empty()).unwrap_or(0);
    let package = package.unwrap_or(cis[main].namespace()).to_owned();
    std::fs::create_dir_all(out_dir)?;
    let code = Generator::new(&cis, main, package.clone(), link_name.to_owned())?.render()?;
    let path = out_dir.join(format!("{package}.go"));
    std::fs::write(&path, code)?;
    gofmt(&path);
    Ok(vec![path])
}

/// The methods of the operation tables that answer a page of a list, by the service object that has them and the
/// method's name (two services may name a method alike and page only one of them: `list_tags_for_resource`).
fn paged_methods() -> HashSet<(&'static str, &'static str)> {
    use marketplane::operation::Service;
    let object = |service: &Service| match service {
        Service::Account => "Accounts",
        Service::ServerlessRepo => "Applications",
        Service::MarketplaceCatalog => "Catalog",
        Service::MarketplaceDiscovery => "Discovery",
        Service::MarketplaceAgreement => "Agreements",
        // STS's operations are methods of the Organizations object.
        Service::Organizations | Service::Sts => "Organizations",
        _ => "",
    };
    Service::ALL
        .iter()
        .flat_map(|service| service.operations().iter().map(move |info| (object(service), info)))
        .filter(|(_, info)| info.paged)
        .map(|(object, info)| (object, info.method))
        .collect()
}

/// Format with gofmt when it is installed; the code is valid Go either way.
fn gofmt(path: &Utf8Path) {
    let _ = std::process::Command::new("gofmt").arg("-w").arg(path.as_str()).status();
}

/// One callable as the generator sees it: a function, a constructor or a method.
struct Callable<'a> {
    /// The Go name (without the receiver).
    go_name: String,
    docstring: Option<&'a str>,
    ffi: &'a FfiFunction,
    arguments: Vec<(String, Type)>,
    return_type: Option<Type>,
    throws: Option<Type>,
    /// The object whose handle is the first C argument, for methods.
    receiver: Option<String>,
    /// Whether the C function returns a future (the Go call then takes a context).
    is_async: bool,
    /// The component that defines it: its futures are driven with that component's functions.
    ci: &'a ComponentInterface,
}

/// The four C functions of futures whose value crosses as one C type, and that type in Go (`C.RustBuffer`; none
/// for futures of no value).
struct FutureKind {
    poll: String,
    cancel: String,
    free: String,
    complete: String,
    go_type: Option<String>,
}

struct Generator<'a> {
    /// Every component of the library.
    cis: &'a [ComponentInterface],
    /// The component whose buffer functions the runtime uses.
    main: &'a ComponentInterface,
    package: String,
    link_name: String,
    /// Objects that get Go types: all but the blocking twins of async objects, and those that hand them out.
    objects: Vec<&'a Object>,
    /// Async objects whose Go type takes their blocking twin's name (`AsyncAccounts` is Go's `Accounts`).
    twins: HashSet<String>,
    /// The kinds of futures the async calls use, by Go variable name (`futureRustBuffer`).
    futures: BTreeMap<String, FutureKind>,
    /// Table methods that answer a page of a list.
    paged: HashSet<(&'static str, &'static str)>,
    /// Whether the code uses `iter` (the list iterators).
    uses_iter: bool,
    out: String,
}

impl<'a> Generator<'a> {
    fn new(cis: &'a [ComponentInterface], main: usize, package: String, link_name: String) -> Result<Self> {
        let objects = cis.iter().flat_map(supported_objects).collect();
        let twins = cis.iter().flat_map(|ci| async_twins(ci).into_values()).collect();
        Ok(Generator {
            cis,
            main: &cis[main],
            package,
            link_name,
            objects,
            twins,
            futures: BTreeMap::new(),
            paged: paged_methods(),
            uses_iter: false,
            out: String::new(),
        })
    }

    fn w(&mut self, line: impl AsRef<str>) {
        self.out.push_str(line.as_ref());
        self.out.push('\n');
    }

    fn doc(&mut self, docstring: Option<&str>, indent: &str) {
        if let Some(doc) = docstring {
            for line in doc.lines() {
                let line = line.trim_end();
                if line.is_empty() {
                    self.w(format!("{indent}//"));
                } else {
                    self.w(format!("{indent}// {line}"));
                }
            }
        }
    }

    fn render(mut self) -> Result<String> {
        let functions = self.functions()?;
        // The body first: it decides which imports the file needs.
        self.w(RUNTIME);
        self.buffer_functions();
        self.integrity_checks();
        let cis = self.cis;
        for ci in cis {
            for record in ci.record_definitions() {
                self.record(record)?;
            }
            for e in ci.enum_definitions() {
                if self.is_error(e.name()) {
                    self.error(e)?;
                } else if is_plain_enum(e) {
                    self.enumeration(e)?;
                } else {
                    self.data_enum(e)?;
                }
            }
        }
        self.custom_types()?;
        for object in self.objects.clone() {
            self.object(object)?;
        }
        for f in &functions {
            self.callable(f)?;
        }
        self.future_kinds();
        self.codecs(&functions)?;
        let body = std::mem::take(&mut self.out);

        self.w(format!("// Code generated by uniffi-bindgen-go from the {} library. DO NOT EDIT.\n", self.link_name));
        self.doc(self.main.namespace_docstring(), "");
        self.w(format!("package {}\n", self.package));
        self.preamble()?;
        // `runtime` is for the objects' finalizers, `iter` for the list iterators.
        let runtime = if self.objects.is_empty() { "" } else { "\t\"runtime\"\n" };
        let iter = if self.uses_iter { "\t\"iter\"\n" } else { "" };
        self.w(format!(
            "import (\n\t\"context\"\n\t\"encoding/binary\"\n\t\"fmt\"\n{iter}\t\"math\"\n{runtime}\t\"sync\"\n\t\"time\"\n\t\"unsafe\"\n)\n"
        ));
        self.out.push_str(&body);
        Ok(self.out)
    }

    // ---- names ----

    /// The Go name of a type: the Rust name, without a prefix that repeats the package name (Go reads
    /// `marketplane.Error`, not `marketplane.MarketplaneError`).
    fn type_name(&self, name: &str) -> String {
        // An async object is named as its blocking twin, which Go does not get.
        let name = match name.strip_prefix("Async") {
            Some(blocking) if self.twins.contains(name) => blocking,
            _ => name,
        };
        let prefix = upper_first(&self.package);
        match name.strip_prefix(&prefix) {
            Some(rest) if rest.starts_with(|c: char| c.is_ascii_uppercase()) => rest.to_owned(),
            _ => name.to_owned(),
        }
    }

    fn is_error(&self, name: &str) -> bool {
        self.cis.iter().any(|ci| ci.is_name_used_as_error(name))
    }

    /// The enum named `name`, from whichever component defines it.
    fn find_enum(&self, name: &str) -> Option<&'a Enum> {
        self.cis.iter().flat_map(|ci| ci.enum_definitions()).find(|e| e.name() == name)
    }

    /// Whether `name` is an enum generated as a sealed interface (its variants carry data).
    fn is_data_enum(&self, name: &str) -> bool {
        self.find_enum(name).is_some_and(|e| !self.is_error(name) && !is_plain_enum(e))
    }

    fn is_supported_object(&self, name: &str) -> bool {
        self.objects.iter().any(|o| o.name() == name)
    }

    /// The Go type of a value of `ty`.
    fn go_type(&self, ty: &Type) -> Result<String> {
        Ok(match ty {
            Type::UInt8 => "uint8".into(),
            Type::Int8 => "int8".into(),
            Type::UInt16 => "uint16".into(),
            Type::Int16 => "int16".into(),
            Type::UInt32 => "uint32".into(),
            Type::Int32 => "int32".into(),
            Type::UInt64 => "uint64".into(),
            Type::Int64 => "int64".into(),
            Type::Float32 => "float32".into(),
            Type::Float64 => "float64".into(),
            Type::Boolean => "bool".into(),
            Type::String => "string".into(),
            Type::Bytes => "[]byte".into(),
            Type::Timestamp => "time.Time".into(),
            Type::Duration => "time.Duration".into(),
            Type::Record { name, .. } => self.type_name(name),
            Type::Enum { name, .. } if self.is_error(name) => format!("*{}", self.type_name(name)),
            Type::Enum { name, .. } => self.type_name(name),
            Type::Object { name, .. } => format!("*{}", self.type_name(name)),
            Type::Custom { name, .. } => self.type_name(name),
            // Errors and objects are pointers already, and sealed interfaces are nil-able: nil is "none".
            Type::Optional { inner_type } => match inner_type.as_ref() {
                Type::Object { .. } => self.go_type(inner_type)?,
                Type::Enum { name, .. } if self.is_error(name) || self.is_data_enum(name) => {
                    self.go_type(inner_type)?
                }
                inner => format!("*{}", self.go_type(inner)?),
            },
            Type::Sequence { inner_type } => format!("[]{}", self.go_type(inner_type)?),
            Type::Map { key_type, value_type } => {
                format!("map[{}]{}", self.go_type(key_type)?, self.go_type(value_type)?)
            }
            other => bail!("the Go generator does not support {other:?}"),
        })
    }

    /// The suffix naming the read/write functions of `ty` (`readOptionalString`, `writeRegion`).
    fn codec_key(&self, ty: &Type) -> Result<String> {
        Ok(match ty {
            Type::Record { name, .. } | Type::Enum { name, .. } => self.type_name(name),
            Type::Custom { builtin, .. } => self.codec_key(builtin)?,
            Type::Optional { inner_type } => format!("Optional{}", self.codec_key(inner_type)?),
            Type::Sequence { inner_type } => format!("Sequence{}", self.codec_key(inner_type)?),
            Type::Map { key_type, value_type } => {
                format!("Map{}{}", self.codec_key(key_type)?, self.codec_key(value_type)?)
            }
            Type::Object { name, .. } => bail!("object {name} inside a compound value is not supported for Go"),
            primitive => primitive_method(primitive)
                .map(upper_first)
                .with_context(|| format!("the Go generator does not support {primitive:?}"))?,
        })
    }

    // ---- cgo ----

    fn preamble(&mut self) -> Result<()> {
        self.w("/*");
        self.w("// Link against the library; set CGO_LDFLAGS=-L<dir> (and LD_LIBRARY_PATH or an rpath) to find it.");
        self.w(format!("#cgo LDFLAGS: -l{}", self.link_name));
        self.w("#include <stdint.h>");
        self.w("#include <stdlib.h>");
        self.w("typedef struct RustBuffer { uint64_t capacity; uint64_t len; uint8_t *data; } RustBuffer;");
        self.w("typedef struct ForeignBytes { int32_t len; const uint8_t *data; } ForeignBytes;");
        self.w("typedef struct RustCallStatus { int8_t code; RustBuffer errorBuf; } RustCallStatus;");
        self.w("typedef void (*RustFutureContinuationCallback)(uint64_t callback_data, int8_t poll_result);");
        self.w("// The continuation of every future, exported from Go (uniffiFutureContinuation in the runtime).");
        self.w("extern void uniffiFutureContinuation(uint64_t callback_data, int8_t poll_result);");
        let mut declared = HashSet::new();
        let functions: Vec<FfiFunction> = self.cis.iter().flat_map(|ci| ci.iter_ffi_function_definitions()).collect();
        for f in functions {
            // Callback interfaces take C function pointers and structs this generator does not support.
            let Some(args) = f.arguments().iter().map(|a| c_type(&a.type_())).collect::<Option<Vec<_>>>() else {
                continue;
            };
            let ret = match f.return_type() {
                None => "void".to_owned(),
                Some(t) => match c_type(t) {
                    Some(t) => t,
                    None => continue,
                },
            };
            if !declared.insert(f.name().to_owned()) {
                continue;
            }
            let mut params: Vec<String> =
                f.arguments().iter().zip(args).map(|(a, t)| format!("{t} {}", c_ident(a.name()))).collect();
            if f.has_rust_call_status_arg() {
                params.push("RustCallStatus *out_status".into());
            }
            if params.is_empty() {
                params.push("void".into());
            }
            self.w(format!("{ret} {}({});", f.name(), params.join(", ")));
        }
        self.w("*/");
        self.w("import \"C\"\n");
        Ok(())
    }

    fn buffer_functions(&mut self) {
        let from_bytes = self.main.ffi_rustbuffer_from_bytes().name().to_owned();
        let free = self.main.ffi_rustbuffer_free().name().to_owned();
        self.w(format!(
            "func rustBufferFromBytes(b C.ForeignBytes, s *C.RustCallStatus) C.RustBuffer {{ return C.{from_bytes}(b, s) }}\n"
        ));
        self.w(format!("func rustBufferFree(b C.RustBuffer, s *C.RustCallStatus) {{ C.{free}(b, s) }}\n"));
    }

    /// The contract version and every checksum, checked when the package loads: a library built from other
    /// sources than the bindings would otherwise misread arguments silently.
    fn integrity_checks(&mut self) {
        self.w("func init() {");
        for ci in self.cis {
            let version_fn = ci.ffi_uniffi_contract_version().name().to_owned();
            let version = ci.uniffi_contract_version();
            self.w(format!("\tif v := uint32(C.{version_fn}()); v != {version} {{"));
            self.w(format!(
                "\t\tpanic(fmt.Sprintf(\"{}: the library speaks UniFFI contract %d, these bindings {version}; regenerate them\", v))",
                self.package
            ));
            self.w("\t}");
            let checksums: Vec<(String, u16)> = ci.iter_checksums().collect();
            for (name, checksum) in checksums {
                self.w(format!("\tif c := uint16(C.{name}()); c != {checksum} {{"));
                self.w(format!(
                    "\t\tpanic(\"{}: {name} does not match the library; regenerate the bindings\")",
                    self.package
                ));
                self.w("\t}");
            }
        }
        self.w("}\n");
    }

    // ---- records, enums, errors ----

    fn record(&mut self, record: &Record) -> Result<()> {
        let name = self.type_name(record.name());
        self.doc(record.docstring(), "");
        self.w(format!("type {name} struct {{"));
        for field in record.fields() {
            self.doc(field.docstring(), "\t");
            self.w(format!("\t{} {}", go_field(field.name()), self.go_type(&field.as_type())?));
        }
        self.w("}\n");
        self.w(format!("func write{name}(w *writer, v {name}) {{"));
        for field in record.fields() {
            let key = self.codec_key(&field.as_type())?;
            self.w(format!("\twrite{key}(w, v.{})", go_field(field.name())));
        }
        self.w("}\n");
        self.w(format!("func read{name}(r *reader) {name} {{"));
        self.w(format!("\tvar v {name}"));
        for field in record.fields() {
            let key = self.codec_key(&field.as_type())?;
            self.w(format!("\tv.{} = read{key}(r)", go_field(field.name())));
        }
        self.w("\treturn v\n}\n");
        Ok(())
    }

    /// An enum as a comparable struct: its unit variants are package variables (`RegionOptStatusEnabled`), usable
    /// with `==` and in `switch`; the one variant with a string field, if any, is built by a function
    /// (`RegionOptStatusUnknown("PAUSED")`) and read back with `UnknownValue()`-style accessors.
    fn enumeration(&mut self, e: &Enum) -> Result<()> {
        let name = self.type_name(e.name());
        let mut data_variant = None;
        for (i, v) in e.variants().iter().enumerate() {
            match v.fields() {
                [] => {}
                [field] if field.as_type() == Type::String && data_variant.is_none() => data_variant = Some(i),
                _ => bail!(
                    "enum {}: variant {} has fields the Go generator does not support (only one variant with one string field)",
                    e.name(),
                    v.name()
                ),
            }
        }
        self.doc(e.docstring(), "");
        self.w(format!("type {name} struct {{\n\tvariant int32\n\tvalue   string\n}}\n"));
        self.w("var (");
        for (i, v) in e.variants().iter().enumerate() {
            if Some(i) == data_variant {
                continue;
            }
            self.doc(v.docstring(), "\t");
            self.w(format!("\t{name}{} = {name}{{variant: {}}}", v.name(), i + 1));
        }
        self.w(")\n");
        if let Some(i) = data_variant {
            let v = &e.variants()[i];
            let field = variant_field(v.fields()[0].name(), 0, 1);
            self.doc(v.docstring(), "");
            self.w(format!(
                "func {name}{}({} string) {name} {{ return {name}{{variant: {}, value: {}}} }}\n",
                v.name(),
                lower_first(&field),
                i + 1,
                lower_first(&field)
            ));
            self.w(format!(
                "// {}{field} returns the value of a {} variant, and whether this is one.",
                v.name(),
                v.name()
            ));
            self.w(format!(
                "func (e {name}) {}{field}() (string, bool) {{ return e.value, e.variant == {} }}\n",
                v.name(),
                i + 1
            ));
        }
        self.w("// String returns the variant's name, or the value it carries.");
        self.w(format!("func (e {name}) String() string {{\n\tswitch e.variant {{"));
        for (i, v) in e.variants().iter().enumerate() {
            if Some(i) == data_variant {
                self.w(format!("\tcase {}:\n\t\treturn e.value", i + 1));
            } else {
                self.w(format!("\tcase {}:\n\t\treturn \"{}\"", i + 1, v.name()));
            }
        }
        self.w(format!("\t}}\n\treturn fmt.Sprintf(\"{name}(%d)\", e.variant)\n}}\n"));
        self.w(format!("func write{name}(w *writer, v {name}) {{"));
        self.w("\tif v.variant == 0 {");
        self.w(format!("\t\tpanic(\"the zero {name} is not a variant; use one of the {name}* values\")"));
        self.w("\t}\n\tw.i32(v.variant)");
        if let Some(i) = data_variant {
            self.w(format!("\tif v.variant == {} {{\n\t\tw.str(v.value)\n\t}}", i + 1));
        }
        self.w("}\n");
        self.w(format!("func read{name}(r *reader) {name} {{\n\tv := {name}{{variant: r.i32()}}"));
        self.w(format!("\tif v.variant < 1 || v.variant > {} {{", e.variants().len()));
        self.w(format!("\t\tpanic(fmt.Sprintf(\"unknown {name} variant %d\", v.variant))\n\t}}"));
        if let Some(i) = data_variant {
            self.w(format!("\tif v.variant == {} {{\n\t\tv.value = r.str()\n\t}}", i + 1));
        }
        self.w("\treturn v\n}\n");
        Ok(())
    }

    /// An error with one variant: a struct with the variant's fields, returned as `error` and matched with
    /// `errors.As(err, &e)` where `e` is a pointer to it.
    fn error(&mut self, e: &Enum) -> Result<()> {
        let name = self.type_name(e.name());
        let [variant] = e.variants() else {
            bail!("error {}: the Go generator supports errors with exactly one variant", e.name());
        };
        if variant.fields().is_empty() {
            bail!("error {}: the Go generator supports errors whose variant has fields", e.name());
        }
        self.doc(e.docstring(), "");
        self.doc(variant.docstring(), "");
        self.w(format!("type {name} struct {{"));
        for field in variant.fields() {
            self.doc(field.docstring(), "\t");
            self.w(format!("\t{} {}", go_field(field.name()), self.go_type(&field.as_type())?));
        }
        self.w("}\n");
        // The message: `Code: Message` when the error has those string fields, as the Rust error displays.
        let has = |n: &str| variant.fields().iter().any(|f| f.name() == n && f.as_type() == Type::String);
        self.w(format!("func (e *{name}) Error() string {{"));
        match (has("code"), has("message")) {
            (true, true) => self.w("\treturn e.Code + \": \" + e.Message"),
            (false, true) => self.w("\treturn e.Message"),
            _ => self.w(format!("\treturn \"{name}\"")),
        }
        self.w("}\n");
        self.w(format!("func write{name}(w *writer, v *{name}) {{\n\tw.i32(1)"));
        for field in variant.fields() {
            let key = self.codec_key(&field.as_type())?;
            self.w(format!("\twrite{key}(w, v.{})", go_field(field.name())));
        }
        self.w("}\n");
        self.w(format!("func read{name}(r *reader) *{name} {{"));
        self.w(format!(
            "\tif variant := r.i32(); variant != 1 {{\n\t\tpanic(fmt.Sprintf(\"unknown {name} variant %d\", variant))\n\t}}"
        ));
        self.w(format!("\tv := &{name}{{}}"));
        for field in variant.fields() {
            let key = self.codec_key(&field.as_type())?;
            self.w(format!("\tv.{} = read{key}(r)", go_field(field.name())));
        }
        self.w("\treturn v\n}\n");
        self.w(format!("func lift{name}(b C.RustBuffer) error {{ return liftWith(b, read{name}) }}\n"));
        Ok(())
    }

    /// An enum whose variants carry data, as a sealed interface: one struct per variant (`TermLegal{Value:
    /// LegalTerm{...}}`, `PrincipalEveryone{}`), told apart with a type switch.
    fn data_enum(&mut self, e: &Enum) -> Result<()> {
        let name = self.type_name(e.name());
        let marker = format!("is{name}");
        self.doc(e.docstring(), "");
        self.w(format!("//\n// One of the {name}* structs."));
        self.w(format!("type {name} interface {{\n\t{marker}()\n}}\n"));
        for v in e.variants() {
            let variant = format!("{name}{}", v.name());
            self.doc(v.docstring(), "");
            self.w(format!("type {variant} struct {{"));
            for (i, field) in v.fields().iter().enumerate() {
                self.doc(field.docstring(), "\t");
                let field_name = variant_field(field.name(), i, v.fields().len());
                self.w(format!("\t{field_name} {}", self.go_type(&field.as_type())?));
            }
            self.w("}\n");
            self.w(format!("func ({variant}) {marker}() {{}}\n"));
        }
        self.w(format!("func write{name}(w *writer, v {name}) {{\n\tswitch v := v.(type) {{"));
        for (i, v) in e.variants().iter().enumerate() {
            self.w(format!("\tcase {name}{}:\n\t\tw.i32({})", v.name(), i + 1));
            for (j, field) in v.fields().iter().enumerate() {
                let key = self.codec_key(&field.as_type())?;
                let field_name = variant_field(field.name(), j, v.fields().len());
                self.w(format!("\t\twrite{key}(w, v.{field_name})"));
            }
        }
        self.w(format!(
            "\tdefault:\n\t\tpanic(fmt.Sprintf(\"%T is not a {name}; use one of the {name}* structs\", v))\n\t}}\n}}\n"
        ));
        self.w(format!("func read{name}(r *reader) {name} {{\n\tswitch variant := r.i32(); variant {{"));
        for (i, v) in e.variants().iter().enumerate() {
            self.w(format!("\tcase {}:", i + 1));
            self.w(format!("\t\tvar v {name}{}", v.name()));
            for (j, field) in v.fields().iter().enumerate() {
                let key = self.codec_key(&field.as_type())?;
                let field_name = variant_field(field.name(), j, v.fields().len());
                self.w(format!("\t\tv.{field_name} = read{key}(r)"));
            }
            self.w("\t\treturn v");
        }
        self.w(format!("\tdefault:\n\t\tpanic(fmt.Sprintf(\"unknown {name} variant %d\", variant))\n\t}}\n}}\n"));
        Ok(())
    }

    /// The custom types (validated identifiers, times, JSON documents, sorted maps) as aliases of the type they
    /// cross as: Go code passes a plain `string` where Rust checks an `AccountId`.
    fn custom_types(&mut self) -> Result<()> {
        let mut customs: BTreeMap<String, Type> = BTreeMap::new();
        for ci in self.cis {
            for ty in ci.iter_local_types() {
                if let Type::Custom { name, builtin, .. } = ty {
                    customs.insert(name.clone(), (**builtin).clone());
                }
            }
        }
        for (name, builtin) in customs {
            let go = self.go_type(&builtin)?;
            self.w(format!("// {} crosses as {go}; the library checks it when it comes in.", self.type_name(&name)));
            self.w(format!("type {} = {go}\n", self.type_name(&name)));
        }
        Ok(())
    }

    /// `<Op>Pages` and `<Op>Items` for a list operation: every page from the input's on, and every item of them, as
    /// iterators that ask for the next page only when the previous one is used up and stop at the first error.
    fn list_iterators(
        &mut self,
        receiver: &str,
        method: &str,
        input: &Type,
        output: &Type,
        is_async: bool,
    ) -> Result<()> {
        let (Type::Record { name: input_name, .. }, Type::Record { name: output_name, .. }) = (input, output) else {
            bail!("{receiver}.{method}: a list operation takes and answers records");
        };
        let find = |name: &str| self.cis.iter().flat_map(|ci| ci.record_definitions()).find(|r| r.name() == name);
        let (Some(input_record), Some(output_record)) = (find(input_name), find(output_name)) else {
            bail!("{receiver}.{method}: its input or output record is not in the library");
        };
        if !input_record.fields().iter().any(|f| f.name() == "next_token") {
            bail!("{receiver}.{method}: a list operation's input has a next_token");
        }
        let lists: Vec<_> = output_record
            .fields()
            .iter()
            .filter_map(|f| match f.as_type() {
                Type::Sequence { inner_type } => Some((f.name().to_owned(), *inner_type)),
                _ => None,
            })
            .collect();
        let [(items, item_type)] = lists.as_slice() else {
            bail!("{receiver}.{method}: a list operation's output holds exactly one list, not {}", lists.len());
        };
        self.uses_iter = true;
        let op = go_field(method);
        let (input_go, output_go, item_go) = (self.go_type(input)?, self.go_type(output)?, self.go_type(item_type)?);
        let items_field = go_field(items);
        // The iterators of an async call take its context and pass it to every page's call.
        let (ctx_param, ctx_arg) = if is_async { ("ctx context.Context, ", "ctx, ") } else { ("", "") };
        self.w(format!(
            "// {op}Pages calls {op} page after page from input's page on; it stops after the last page or the first error."
        ));
        self.w(format!("func (o *{receiver}) {op}Pages({ctx_param}input {input_go}) iter.Seq2[{output_go}, error] {{"));
        self.w(format!("\treturn func(yield func({output_go}, error) bool) {{\n\t\tfor {{"));
        self.w(format!("\t\t\tpage, err := o.{op}({ctx_arg}input)"));
        self.w("\t\t\tif err != nil {\n\t\t\t\tyield(page, err)\n\t\t\t\treturn\n\t\t\t}");
        self.w(
            "\t\t\tif !yield(page, nil) || page.NextToken == nil || *page.NextToken == \"\" {\n\t\t\t\treturn\n\t\t\t}",
        );
        self.w("\t\t\tinput.NextToken = page.NextToken\n\t\t}\n\t}\n}\n");
        self.w(format!(
            "// {op}Items yields every item of every page of {op} from input's page on; it stops at the first error."
        ));
        self.w(format!("func (o *{receiver}) {op}Items({ctx_param}input {input_go}) iter.Seq2[{item_go}, error] {{"));
        self.w(format!("\treturn func(yield func({item_go}, error) bool) {{"));
        self.w(format!("\t\tfor page, err := range o.{op}Pages({ctx_arg}input) {{"));
        self.w(format!(
            "\t\t\tif err != nil {{\n\t\t\t\tvar zero {item_go}\n\t\t\t\tyield(zero, err)\n\t\t\t\treturn\n\t\t\t}}"
        ));
        self.w(format!(
            "\t\t\tfor _, item := range page.{items_field} {{\n\t\t\t\tif !yield(item, nil) {{\n\t\t\t\t\treturn\n\t\t\t\t}}\n\t\t\t}}"
        ));
        self.w("\t\t}\n\t}\n}\n");
        Ok(())
    }

    // ---- objects and calls ----

    fn object(&mut self, object: &Object) -> Result<()> {
        let cis = self.cis;
        let ci = cis
            .iter()
            .find(|ci| ci.get_object_definition(object.name()).is_some())
            .context("an object outside the library's components")?;
        let name = self.type_name(object.name());
        let clone = object.ffi_object_clone().name().to_owned();
        let free = object.ffi_object_free().name().to_owned();
        self.doc(object.docstring(), "");
        self.w(format!(
            "//\n// Safe for concurrent use. The Rust object is released when the {name} is garbage collected."
        ));
        self.w(format!("type {name} struct {{\n\thandle C.uint64_t\n}}\n"));
        self.w(format!("func lift{name}(handle C.uint64_t) *{name} {{"));
        self.w(format!("\to := &{name}{{handle: handle}}"));
        self.w(format!("\truntime.SetFinalizer(o, func(o *{name}) {{"));
        self.w("\t\tvar status C.RustCallStatus");
        self.w(format!("\t\tC.{free}(o.handle, &status)"));
        self.w("\t})\n\treturn o\n}\n");
        self.w("// cloneHandle gives the callee its own reference: Rust consumes the handle it is passed.");
        self.w(format!("func (o *{name}) cloneHandle() C.uint64_t {{"));
        self.w("\tvar status C.RustCallStatus");
        self.w(format!("\thandle := C.{clone}(o.handle, &status)"));
        self.w("\tmustSucceed(&status)\n\truntime.KeepAlive(o)\n\treturn handle\n}\n");
        for ctor in object.constructors() {
            if ctor.is_async() {
                bail!("{name}: async constructors are not supported for Go");
            }
            let go_name = if ctor.is_primary_constructor() {
                format!("New{name}")
            } else {
                format!("New{name}{}", go_field(ctor.name()))
            };
            self.callable(&Callable {
                go_name,
                docstring: ctor.docstring(),
                ffi: ctor.ffi_func(),
                arguments: ctor.arguments().iter().map(|a| (a.name().to_owned(), a.as_type())).collect(),
                return_type: Some(object.as_type()),
                throws: ctor.throws_type().cloned(),
                receiver: None,
                is_async: false,
                ci,
            })?;
        }
        for method in object.methods() {
            self.callable(&Callable {
                go_name: go_field(method.name()),
                docstring: method.docstring(),
                ffi: method.ffi_func(),
                arguments: method.arguments().iter().map(|a| (a.name().to_owned(), a.as_type())).collect(),
                return_type: method.return_type().cloned(),
                throws: method.throws_type().cloned(),
                receiver: Some(name.clone()),
                is_async: method.is_async(),
                ci,
            })?;
            if self.paged.contains(&(name.as_str(), method.name())) {
                let arguments = method.arguments();
                let (Some(input), Some(output)) = (arguments.first(), method.return_type()) else {
                    bail!("{name}.{}: a list operation takes an input and answers a page", method.name());
                };
                self.list_iterators(&name, method.name(), &input.as_type(), output, method.is_async())?;
            }
        }
        Ok(())
    }

    fn functions(&self) -> Result<Vec<Callable<'a>>> {
        let mut out = Vec::new();
        for (ci, f) in self.cis.iter().flat_map(|ci| ci.function_definitions().iter().map(move |f| (ci, f))) {
            let types: Vec<Type> = f.arguments().iter().map(|a| a.as_type()).chain(f.return_type().cloned()).collect();
            if types.iter().any(|t| mentions_object(t, &|n| !self.is_supported_object(n))) {
                continue;
            }
            out.push(Callable {
                go_name: go_field(f.name()),
                docstring: f.docstring(),
                ffi: f.ffi_func(),
                arguments: f.arguments().iter().map(|a| (a.name().to_owned(), a.as_type())).collect(),
                return_type: f.return_type().cloned(),
                throws: f.throws_type().cloned(),
                receiver: None,
                is_async: f.is_async(),
                ci,
            });
        }
        Ok(out)
    }

    fn callable(&mut self, call: &Callable<'_>) -> Result<()> {
        if call.is_async {
            return self.async_callable(call);
        }
        let (params, mut lowered) = self.parameters(call)?;
        lowered.push("&status".to_owned());
        let ret_type = call.return_type.as_ref().map(|t| self.go_type(t)).transpose()?;
        let results = match (&ret_type, call.throws.is_some()) {
            (Some(t), true) => format!(" ({t}, error)"),
            (Some(t), false) => format!(" {t}"),
            (None, true) => " error".to_owned(),
            (None, false) => String::new(),
        };
        self.doc(call.docstring, "");
        let receiver = call.receiver.as_ref().map(|r| format!("(o *{r}) ")).unwrap_or_default();
        self.w(format!("func {receiver}{}({}){results} {{", call.go_name, params.join(", ")));
        self.w("\tvar status C.RustCallStatus");
        let invoke = format!("C.{}({})", call.ffi.name(), lowered.join(", "));
        if ret_type.is_some() {
            self.w(format!("\tret := {invoke}"));
        } else {
            self.w(format!("\t{invoke}"));
        }
        match &call.throws {
            Some(Type::Enum { name, .. }) => {
                let lift_err = format!("lift{}", self.type_name(name));
                self.w(format!("\tif err := checkStatus(&status, {lift_err}); err != nil {{"));
                match &ret_type {
                    Some(t) => self.w(format!("\t\tvar zero {t}\n\t\treturn zero, err\n\t}}")),
                    None => self.w("\t\treturn err\n\t}"),
                }
            }
            Some(other) => bail!("{}: throws {other:?}, which the Go generator does not support", call.go_name),
            None => self.w("\tmustSucceed(&status)"),
        }
        match (&call.return_type, call.throws.is_some()) {
            (Some(t), true) => {
                let lifted = self.lift(t, "ret")?;
                self.w(format!("\treturn {lifted}, nil"));
            }
            (Some(t), false) => {
                let lifted = self.lift(t, "ret")?;
                self.w(format!("\treturn {lifted}"));
            }
            (None, true) => self.w("\treturn nil"),
            (None, false) => {}
        }
        self.w("}\n");
        Ok(())
    }

    /// The Go parameters of a call and the C arguments they become (the receiver's handle first, for methods).
    fn parameters(&self, call: &Callable<'_>) -> Result<(Vec<String>, Vec<String>)> {
        let mut params = Vec::new();
        let mut lowered = Vec::new();
        if call.receiver.is_some() {
            lowered.push("o.cloneHandle()".to_owned());
        }
        for (arg, ty) in &call.arguments {
            let ident = go_param(arg);
            params.push(format!("{ident} {}", self.go_type(ty)?));
            lowered.push(self.lower(ty, &ident)?);
        }
        Ok((params, lowered))
    }

    /// An async call: `ctx` first and an `error` last, whatever the Rust function declares. A context that has
    /// already ended fails the call before anything is lowered (lowered arguments belong to the future).
    fn async_callable(&mut self, call: &Callable<'_>) -> Result<()> {
        let (params, lowered) = self.parameters(call)?;
        let params = std::iter::once("ctx context.Context".to_owned()).chain(params).collect::<Vec<_>>();
        let ret_type = call.return_type.as_ref().map(|t| self.go_type(t)).transpose()?;
        let lift_err = match &call.throws {
            Some(Type::Enum { name, .. }) => format!("lift{}", self.type_name(name)),
            Some(other) => bail!("{}: throws {other:?}, which the Go generator does not support", call.go_name),
            None => "nil".to_owned(),
        };
        let kind = self.future_kind(call);
        let (results, fail) = match &ret_type {
            Some(t) => (
                format!(" ({t}, error)"),
                format!(
                    "		var zero {t}
		return zero, err"
                ),
            ),
            None => (" error".to_owned(), "		return err".to_owned()),
        };
        self.doc(call.docstring, "");
        let receiver = call.receiver.as_ref().map(|r| format!("(o *{r}) ")).unwrap_or_default();
        self.w(format!("func {receiver}{}({}){results} {{", call.go_name, params.join(", ")));
        self.w(format!("	if err := ctx.Err(); err != nil {{\n{fail}\n\t}}"));
        self.w(format!("	future := C.{}({})", call.ffi.name(), lowered.join(", ")));
        let ret = if ret_type.is_some() { "ret" } else { "_" };
        self.w(format!("	{ret}, err := awaitFuture(ctx, {kind}, future, {lift_err})"));
        self.w(format!("	if err != nil {{\n{fail}\n\t}}"));
        match &call.return_type {
            Some(t) => {
                let lifted = self.lift(t, "ret")?;
                self.w(format!("	return {lifted}, nil"));
            }
            None => self.w("	return nil"),
        }
        self.w("}\n");
        Ok(())
    }

    /// The Go variable holding the future functions for `call`'s return type, registered for [`Self::future_kinds`].
    fn future_kind(&mut self, call: &Callable<'_>) -> String {
        let ffi_return = call.return_type.as_ref().map(FfiType::from);
        let complete = call.ci.ffi_rust_future_complete(ffi_return.clone());
        let suffix = match ffi_return.as_ref().and_then(c_type) {
            Some(c) => upper_first(&go_field(c.trim_end_matches("_t"))),
            None => "Void".to_owned(),
        };
        let var = format!("future{suffix}");
        self.futures.entry(var.clone()).or_insert_with(|| FutureKind {
            poll: call.ci.ffi_rust_future_poll(ffi_return.clone()).name().to_owned(),
            cancel: call.ci.ffi_rust_future_cancel(ffi_return.clone()).name().to_owned(),
            free: call.ci.ffi_rust_future_free(ffi_return.clone()).name().to_owned(),
            complete: complete.name().to_owned(),
            go_type: ffi_return.as_ref().and_then(c_type).map(|c| format!("C.{c}")),
        });
        var
    }

    /// The futures' functions, one `rustFuture` per C type their values cross as.
    fn future_kinds(&mut self) {
        for (var, kind) in std::mem::take(&mut self.futures) {
            let FutureKind { poll, cancel, free, complete, go_type } = kind;
            let (go, complete_body) = match &go_type {
                Some(t) => (t.clone(), format!("return C.{complete}(handle, status)")),
                None => ("struct{}".to_owned(), format!("C.{complete}(handle, status)\n\t\treturn struct{{}}{{}}")),
            };
            self.w(format!("var {var} = rustFuture[{go}]{{"));
            self.w(format!(
                "\tpoll: func(handle, data C.uint64_t) {{\n\t\tC.{poll}(handle, C.RustFutureContinuationCallback(C.uniffiFutureContinuation), data)\n\t}},"
            ));
            self.w(format!("\tcancel: func(handle C.uint64_t) {{ C.{cancel}(handle) }},"));
            self.w(format!("\tfree: func(handle C.uint64_t) {{ C.{free}(handle) }},"));
            self.w(format!(
                "\tcomplete: func(handle C.uint64_t, status *C.RustCallStatus) {go} {{\n\t\t{complete_body}\n\t}},"
            ));
            self.w("}\n");
        }
    }

    /// The C argument for the Go value `v` of type `ty`.
    fn lower(&self, ty: &Type, v: &str) -> Result<String> {
        Ok(match ty {
            // A custom type crosses exactly as the type it is built on.
            Type::Custom { builtin, .. } => self.lower(builtin, v)?,
            Type::Boolean => format!("lowerBool({v})"),
            Type::String => format!("lowerString({v})"),
            Type::Object { name, .. } => {
                if !self.is_supported_object(name) {
                    bail!("object {name} is not generated for Go");
                }
                format!("{v}.cloneHandle()")
            }
            t => match ffi_number(t) {
                Some(c) => format!("C.{c}({v})"),
                None => format!("lowerWith({v}, write{})", self.codec_key(t)?),
            },
        })
    }

    /// The Go value for the C return value `v` of type `ty`.
    fn lift(&self, ty: &Type, v: &str) -> Result<String> {
        Ok(match ty {
            Type::Custom { builtin, .. } => self.lift(builtin, v)?,
            Type::Boolean => format!("{v} != 0"),
            Type::String => format!("liftString({v})"),
            Type::Object { name, .. } => format!("lift{}({v})", self.type_name(name)),
            t => match ffi_number(t) {
                Some(_) => format!("{}({v})", self.go_type(t)?),
                None => format!("liftWith({v}, read{})", self.codec_key(t)?),
            },
        })
    }

    /// Read and write functions for every primitive and compound type the generated code serializes.
    fn codecs(&mut self, functions: &[Callable<'_>]) -> Result<()> {
        let mut types: Vec<Type> = Vec::new();
        for r in self.cis.iter().flat_map(|ci| ci.record_definitions()) {
            types.extend(r.fields().iter().map(|f| f.as_type()));
        }
        for e in self.cis.iter().flat_map(|ci| ci.enum_definitions()) {
            types.extend(e.variants().iter().flat_map(|v| v.fields().iter().map(|f| f.as_type())));
        }
        let mut calls: Vec<(Vec<Type>, Option<Type>)> = functions
            .iter()
            .map(|f| (f.arguments.iter().map(|a| a.1.clone()).collect(), f.return_type.clone()))
            .collect();
        for o in &self.objects {
            for m in o.methods() {
                calls.push((m.arguments().iter().map(|a| a.as_type()).collect(), m.return_type().cloned()));
            }
            for c in o.constructors() {
                calls.push((c.arguments().iter().map(|a| a.as_type()).collect(), None));
            }
        }
        for (args, ret) in calls {
            types.extend(args.into_iter().chain(ret).filter(|t| !matches!(t, Type::Object { .. })));
        }
        // Compound codecs by key, nested ones included; records and enums have theirs already.
        let mut compound: BTreeMap<String, Type> = BTreeMap::new();
        let mut primitive: BTreeSet<String> = BTreeSet::new();
        let mut queue = types;
        while let Some(ty) = queue.pop() {
            match &ty {
                Type::Optional { inner_type } | Type::Sequence { inner_type } => {
                    queue.push((**inner_type).clone());
                    compound.insert(self.codec_key(&ty)?, ty.clone());
                }
                Type::Map { key_type, value_type } => {
                    queue.push((**key_type).clone());
                    queue.push((**value_type).clone());
                    compound.insert(self.codec_key(&ty)?, ty.clone());
                }
                Type::Record { .. } | Type::Enum { .. } => {}
                Type::Custom { builtin, .. } => queue.push((**builtin).clone()),
                other => {
                    primitive.insert(self.codec_key(other)?);
                }
            }
        }
        for key in primitive {
            let method = lower_first(&key);
            let go = match key.as_str() {
                "Boolean" => "bool".to_owned(),
                "Str" => "string".to_owned(),
                "Bytes" => "[]byte".to_owned(),
                "Timestamp" => "time.Time".to_owned(),
                "Duration" => "time.Duration".to_owned(),
                _ => go_number(&key).to_owned(),
            };
            self.w(format!("func write{key}(w *writer, v {go}) {{ w.{method}(v) }}"));
            self.w(format!("func read{key}(r *reader) {go} {{ return r.{method}() }}\n"));
        }
        for (key, ty) in compound {
            let go = self.go_type(&ty)?;
            match &ty {
                Type::Optional { inner_type } => {
                    let inner = self.codec_key(inner_type)?;
                    // Errors and objects are pointers themselves; other values are behind one.
                    let pointer_is_value = go == self.go_type(inner_type)?;
                    let (deref, addr) = if pointer_is_value { ("", "") } else { ("*", "&") };
                    self.w(format!("func write{key}(w *writer, v {go}) {{"));
                    self.w(format!(
                        "\tif v == nil {{\n\t\tw.i8(0)\n\t\treturn\n\t}}\n\tw.i8(1)\n\twrite{inner}(w, {deref}v)\n}}\n"
                    ));
                    self.w(format!("func read{key}(r *reader) {go} {{"));
                    self.w(format!(
                        "\tif r.i8() == 0 {{\n\t\treturn nil\n\t}}\n\tv := read{inner}(r)\n\treturn {addr}v\n}}\n"
                    ));
                }
                Type::Sequence { inner_type } => {
                    let inner = self.codec_key(inner_type)?;
                    self.w(format!("func write{key}(w *writer, v {go}) {{"));
                    self.w(format!(
                        "\tw.length(len(v))\n\tfor _, item := range v {{\n\t\twrite{inner}(w, item)\n\t}}\n}}\n"
                    ));
                    self.w(format!("func read{key}(r *reader) {go} {{"));
                    self.w(format!("\tn := r.length()\n\tv := make({go}, 0, n)\n\tfor i := 0; i < n; i++ {{\n\t\tv = append(v, read{inner}(r))\n\t}}\n\treturn v\n}}\n"));
                }
                Type::Map { key_type, value_type } => {
                    let (k, v) = (self.codec_key(key_type)?, self.codec_key(value_type)?);
                    self.w(format!("func write{key}(w *writer, v {go}) {{"));
                    self.w(format!("\tw.length(len(v))\n\tfor key, value := range v {{\n\t\twrite{k}(w, key)\n\t\twrite{v}(w, value)\n\t}}\n}}\n"));
                    self.w(format!("func read{key}(r *reader) {go} {{"));
                    self.w(format!("\tn := r.length()\n\tv := make({go}, n)\n\tfor i := 0; i < n; i++ {{\n\t\tkey := read{k}(r)\n\t\tv[key] = read{v}(r)\n\t}}\n\treturn v\n}}\n"));
                }
                _ => unreachable!("only compound types are queued"),
            }
        }
        Ok(())
    }
}

/// The async objects that have a blocking twin, by the twin's name (`Accounts` → `AsyncAccounts`).
fn async_twins(ci: &ComponentInterface) -> BTreeMap<String, String> {
    ci.object_definitions()
        .iter()
        .filter_map(|o| {
            let blocking = o.name().strip_prefix("Async")?;
            ci.get_object_definition(blocking).map(|_| (blocking.to_owned(), o.name().to_owned()))
        })
        .collect()
}

/// Objects that get Go types: not the blocking twin of an async object (Go takes the async one), and no method or
/// constructor that hands out or takes an object that is left out (found by repeating until nothing changes).
fn supported_objects(ci: &ComponentInterface) -> Vec<&Object> {
    let mut skipped: HashSet<String> = async_twins(ci).into_keys().collect();
    loop {
        let before = skipped.len();
        for o in ci.object_definitions() {
            let types = o
                .methods()
                .into_iter()
                .flat_map(|m| m.arguments().into_iter().map(|a| a.as_type()).chain(m.return_type().cloned()))
                .chain(o.constructors().into_iter().flat_map(|c| c.arguments().into_iter().map(|a| a.as_type())))
                .collect::<Vec<_>>();
            if types.iter().any(|t| mentions_object(t, &|n| skipped.contains(n))) {
                skipped.insert(o.name().to_owned());
            }
        }
        if skipped.len() == before {
            break;
        }
    }
    ci.object_definitions().iter().filter(|o| !skipped.contains(o.name())).collect()
}

/// Whether an enum is generated as a comparable value: unit variants, plus at most one variant holding one string
/// (the `Unknown` of an open enum).
fn is_plain_enum(e: &Enum) -> bool {
    let mut string_variants = 0;
    for v in e.variants() {
        match v.fields() {
            [] => {}
            [field] if field.as_type() == Type::String => string_variants += 1,
            _ => return false,
        }
    }
    string_variants <= 1
}

/// The Go name of a variant's field: its own name, or `Value` (`V0`, `V1`, ... when there are several) for the
/// fields of a tuple variant, which UniFFI names by position.
fn variant_field(name: &str, index: usize, count: usize) -> String {
    let positional =
        name.is_empty() || name.strip_prefix('v').is_some_and(|rest| rest.chars().all(|c| c.is_ascii_digit()));
    match (positional, count) {
        (false, _) => go_field(name),
        (true, 1) => "Value".to_owned(),
        (true, _) => format!("V{index}"),
    }
}

fn mentions_object(ty: &Type, matches: &dyn Fn(&str) -> bool) -> bool {
    ty.iter_types().any(|t| matches!(t, Type::Object { name, .. } if matches(name)))
}

/// The writer/reader method of a primitive (`w.i32`, `r.str`).
fn primitive_method(ty: &Type) -> Option<&'static str> {
    Some(match ty {
        Type::UInt8 => "u8",
        Type::Int8 => "i8",
        Type::UInt16 => "u16",
        Type::Int16 => "i16",
        Type::UInt32 => "u32",
        Type::Int32 => "i32",
        Type::UInt64 => "u64",
        Type::Int64 => "i64",
        Type::Float32 => "f32",
        Type::Float64 => "f64",
        Type::Boolean => "boolean",
        Type::String => "str",
        Type::Bytes => "bytes",
        Type::Timestamp => "timestamp",
        Type::Duration => "duration",
        _ => return None,
    })
}

/// The Go type of a numeric codec key (`I32` → `int32`).
fn go_number(key: &str) -> &'static str {
    match key {
        "U8" => "uint8",
        "I8" => "int8",
        "U16" => "uint16",
        "I16" => "int16",
        "U32" => "uint32",
        "I32" => "int32",
        "U64" => "uint64",
        "I64" => "int64",
        "F32" => "float32",
        _ => "float64",
    }
}

/// The cgo type of a number passed by value.
fn ffi_number(ty: &Type) -> Option<&'static str> {
    Some(match ty {
        Type::UInt8 => "uint8_t",
        Type::Int8 => "int8_t",
        Type::UInt16 => "uint16_t",
        Type::Int16 => "int16_t",
        Type::UInt32 => "uint32_t",
        Type::Int32 => "int32_t",
        Type::UInt64 => "uint64_t",
        Type::Int64 => "int64_t",
        Type::Float32 => "float",
        Type::Float64 => "double",
        _ => return None,
    })
}

/// The C type of an FFI type, or `None` for the callback and struct types of callback interfaces (the futures'
/// continuation is the only callback type supported).
fn c_type(ty: &FfiType) -> Option<String> {
    Some(match ty {
        FfiType::UInt8 => "uint8_t".into(),
        FfiType::Int8 => "int8_t".into(),
        FfiType::UInt16 => "uint16_t".into(),
        FfiType::Int16 => "int16_t".into(),
        FfiType::UInt32 => "uint32_t".into(),
        FfiType::Int32 => "int32_t".into(),
        FfiType::UInt64 | FfiType::Handle => "uint64_t".into(),
        FfiType::Int64 => "int64_t".into(),
        FfiType::Float32 => "float".into(),
        FfiType::Float64 => "double".into(),
        FfiType::RustBuffer(_) => "RustBuffer".into(),
        FfiType::ForeignBytes => "ForeignBytes".into(),
        FfiType::RustCallStatus => "RustCallStatus".into(),
        FfiType::VoidPointer => "void *".into(),
        FfiType::Reference(inner) | FfiType::MutReference(inner) => format!("{} *", c_type(inner)?),
        FfiType::Callback(name) if name == "RustFutureContinuationCallback" => name.clone(),
        FfiType::Callback(_) | FfiType::Struct(_) => return None,
    })
}

fn c_ident(name: &str) -> String {
    // C keywords that UniFFI argument names could hit.
    match name {
        "default" | "register" | "auto" | "int" | "char" | "short" | "long" | "float" | "double" | "void" => {
            format!("{name}_")
        }
        other => other.to_owned(),
    }
}

/// Words Go spells in capitals (`account_id` → `AccountID`).
const INITIALISMS: &[&str] = &["id", "ids", "url", "http", "arn", "aws", "sam", "api", "json", "otp", "sql"];

/// A snake_case Rust name as an exported Go name.
fn go_field(name: &str) -> String {
    name.split('_')
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w == "ids" {
                "IDs".to_owned()
            } else if INITIALISMS.contains(&w) {
                w.to_ascii_uppercase()
            } else {
                upper_first(w)
            }
        })
        .collect()
}

/// A snake_case Rust name as a Go parameter.
fn go_param(name: &str) -> String {
    let exported = go_field(name);
    let first_word_len = name.split('_').next().map(str::len).unwrap_or(0);
    // Lower the whole first word, so that `id_x` becomes `idX` rather than `iDX`.
    let ident = format!(
        "{}{}",
        exported[..first_word_len.min(exported.len())].to_ascii_lowercase(),
        &exported[first_word_len.min(exported.len())..]
    );
    const KEYWORDS: &[&str] = &[
        "break",
        "case",
        "chan",
        "const",
        "continue",
        "default",
        "defer",
        "else",
        "fallthrough",
        "for",
        "func",
        "go",
        "goto",
        "if",
        "import",
        "interface",
        "map",
        "package",
        "range",
        "return",
        "select",
        "struct",
        "switch",
        "type",
        "var",
        "status",
        "ret",
        "o",
        "ctx",
        "future",
        "err",
        "zero",
    ];
    // `status`, `ret`, `o`, `ctx`, `future`, `err` and `zero` are the generated code's own names.
    if KEYWORDS.contains(&ident.as_str()) {
        format!("{ident}_")
    } else {
        ident
    }
}

fn upper_first(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_ascii_lowercase().to_string() + chars.as_str()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_names() {
        assert_eq!(go_field("account_id"), "AccountID");
        assert_eq!(go_field("get_gov_cloud_account_information"), "GetGovCloudAccountInformation");
        assert_eq!(go_field("aws_with_endpoint"), "AWSWithEndpoint");
        assert_eq!(go_field("address_line1"), "AddressLine1");
        assert_eq!(go_field("principal_org_ids"), "PrincipalOrgIDs");
        assert_eq!(go_param("account_id"), "accountID");
        assert_eq!(go_param("id"), "id");
        assert_eq!(go_param("type"), "type_");
        assert_eq!(go_param("endpoint_url"), "endpointURL");
    }
}
