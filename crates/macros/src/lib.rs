//! `#[model]`: how marketplane declares the types of its model, once, for every language.
//!
//! On a struct with named fields it
//! - marks the struct `#[non_exhaustive]`, so that adding a member is not a breaking change, and generates the
//!   constructors that then become the only way to build one outside the crate: a `with_<member>` setter per member
//!   and, with `#[model(new)]`, a `new` taking the required members (those that are not `Option`, `Vec`, a map, or
//!   `#[serde(default)]`) in declaration order;
//! - with the core's `uniffi` feature, derives `uniffi::Record`, so Go, Kotlin and Swift see the type itself;
//! - with the core's `python` feature, makes it a Python class: a keyword-only constructor (members marked
//!   `#[serde(flatten)]` contribute their own members, as on the wire), a property per member, `repr`, equality, and
//!   the text of its type stub. The conversions of the members' types live in the core's `python` module.
//!
//! On an enum it marks the enum `#[non_exhaustive]` and, with `uniffi`, derives `uniffi::Enum`. (Enums cross to
//! Python as the core's `python` module says: open enums as strings, data enums through hand-written conversions.)
//!
//! Options: `#[model(new)]` generates `new`; `#[model(python = "Name")]` names the Python class (the model's names
//! are unique across services, but a Python module is one namespace); `#[model(no_ffi)]` keeps the type out of UniFFI.
//!
//! The generated code refers to `crate::python`, so the attribute is for the core crate only.
//!
//! `idents!` is a small helper for the bindings' `macro_rules` code: it joins the parts of `[< ... >]` into one
//! identifier (`[< $snake _pages >]` becomes `list_regions_pages`), which `macro_rules` alone cannot do.

use proc_macro::TokenStream;
use proc_macro2::{Delimiter, Group, TokenStream as TokenStream2, TokenTree};
use quote::{format_ident, quote};
use syn::ext::IdentExt;
use syn::{parse_macro_input, Attribute, Fields, GenericArgument, Ident, ItemEnum, ItemStruct, PathArguments, Type};

/// Declares a model type; see the crate documentation.
#[proc_macro_attribute]
pub fn model(args: TokenStream, item: TokenStream) -> TokenStream {
    let mut options = Options::default();
    let parser = syn::meta::parser(|meta| {
        if meta.path.is_ident("new") {
            options.new = true;
        } else if meta.path.is_ident("no_ffi") {
            options.no_ffi = true;
        } else if meta.path.is_ident("python") {
            options.python_name = Some(meta.value()?.parse::<syn::LitStr>()?.value());
        } else {
            return Err(meta.error("expected `new`, `no_ffi` or `python = \"Name\"`"));
        }
        Ok(())
    });
    parse_macro_input!(args with parser);
    let item = parse_macro_input!(item as syn::Item);
    let expanded = match item {
        syn::Item::Struct(item) => record(&options, item),
        syn::Item::Enum(item) => enumeration(&options, item),
        other => Err(syn::Error::new_spanned(other, "#[model] goes on a struct or an enum")),
    };
    expanded.unwrap_or_else(syn::Error::into_compile_error).into()
}

/// Joins identifiers: every `[< a _b c >]` in the input becomes the single identifier `a_bc` (parts may be
/// identifiers, `_`-prefixed identifiers or integer literals); everything else passes through unchanged.
#[proc_macro]
pub fn idents(input: TokenStream) -> TokenStream {
    join_idents(input.into()).unwrap_or_else(syn::Error::into_compile_error).into()
}

fn join_idents(input: TokenStream2) -> syn::Result<TokenStream2> {
    let mut out = TokenStream2::new();
    for tree in input {
        match tree {
            TokenTree::Group(group) if group.delimiter() == Delimiter::Bracket && is_joined(&group) => {
                let mut name = String::new();
                let mut span = None;
                let parts: Vec<TokenTree> = group.stream().into_iter().collect();
                for part in &parts[1..parts.len() - 1] {
                    match part {
                        TokenTree::Ident(ident) => {
                            span.get_or_insert(ident.span());
                            name.push_str(&ident.unraw().to_string());
                        }
                        TokenTree::Literal(literal) => name.push_str(&literal.to_string()),
                        // `$snake` arrives from macro_rules wrapped in an invisible group.
                        TokenTree::Group(inner) if inner.delimiter() == Delimiter::None => {
                            for token in inner.stream() {
                                match token {
                                    TokenTree::Ident(ident) => {
                                        span.get_or_insert(ident.span());
                                        name.push_str(&ident.unraw().to_string());
                                    }
                                    other => return Err(syn::Error::new(other.span(), "expected an identifier")),
                                }
                            }
                        }
                        other => return Err(syn::Error::new(other.span(), "expected an identifier or a number")),
                    }
                }
                let span = span.unwrap_or_else(|| group.span());
                out.extend([TokenTree::Ident(Ident::new(&name, span))]);
            }
            TokenTree::Group(group) => {
                let mut joined = Group::new(group.delimiter(), join_idents(group.stream())?);
                joined.set_span(group.span());
                out.extend([TokenTree::Group(joined)]);
            }
            other => out.extend([other]),
        }
    }
    Ok(out)
}

/// Whether a bracket group reads `[< ... >]`.
fn is_joined(group: &Group) -> bool {
    let parts: Vec<TokenTree> = group.stream().into_iter().collect();
    matches!(
        (parts.first(), parts.last()),
        (Some(TokenTree::Punct(open)), Some(TokenTree::Punct(close)))
            if parts.len() > 2 && open.as_char() == '<' && close.as_char() == '>'
    )
}

#[derive(Default)]
struct Options {
    new: bool,
    no_ffi: bool,
    python_name: Option<String>,
}

/// How a member gets its value when a constructor is not given one.
enum Presence {
    /// It must be given.
    Required,
    /// `Option`: absent is `None`.
    Optional,
    /// A list, a map, or `#[serde(default)]`: absent is `Default::default()`.
    Defaulted,
    /// `#[serde(default = "path")]`: absent is `path()`.
    DefaultedWith(syn::ExprPath),
}

struct Member {
    ident: Ident,
    /// The name without `r#`: the setter's suffix and the Python name.
    name: String,
    ty: Type,
    docs: Vec<String>,
    flatten: bool,
    presence: Presence,
}

fn record(options: &Options, mut item: ItemStruct) -> syn::Result<TokenStream2> {
    let Fields::Named(named) = &item.fields else {
        return Err(syn::Error::new_spanned(&item, "#[model] structs need named members"));
    };
    if !item.generics.params.is_empty() {
        return Err(syn::Error::new_spanned(&item.generics, "#[model] structs cannot be generic"));
    }
    let members = named.named.iter().map(member).collect::<syn::Result<Vec<_>>>()?;
    let name = item.ident.clone();
    let python_name = options.python_name.clone().unwrap_or_else(|| name.to_string());
    let has_eq = derives(&item.attrs, "PartialEq");

    mark_non_exhaustive(&mut item.attrs);
    if !options.no_ffi {
        item.attrs.push(syn::parse_quote!(#[cfg_attr(feature = "uniffi", derive(::uniffi::Record))]));
    }
    let eq = has_eq.then(|| quote!(eq,));
    item.attrs.push(syn::parse_quote!(
        #[cfg_attr(feature = "python", ::pyo3::pyclass(module = "marketplane", name = #python_name, from_py_object, #eq))]
    ));

    let setters = members.iter().map(setter);
    let constructor = options.new.then(|| constructor(&members));
    let python = python_record(&name, &python_name, &item.attrs, &members);
    Ok(quote! {
        #item

        impl #name {
            #constructor
            #(#setters)*
        }

        #python
    })
}

fn enumeration(options: &Options, mut item: ItemEnum) -> syn::Result<TokenStream2> {
    mark_non_exhaustive(&mut item.attrs);
    if !options.no_ffi {
        item.attrs.push(syn::parse_quote!(#[cfg_attr(feature = "uniffi", derive(::uniffi::Enum))]));
    }
    Ok(quote!(#item))
}

fn mark_non_exhaustive(attrs: &mut Vec<Attribute>) {
    if !attrs.iter().any(|a| a.path().is_ident("non_exhaustive")) {
        attrs.push(syn::parse_quote!(#[non_exhaustive]));
    }
}

/// Whether the item's `#[derive(..)]` lists `trait_name`.
fn derives(attrs: &[Attribute], trait_name: &str) -> bool {
    attrs.iter().filter(|a| a.path().is_ident("derive")).any(|a| {
        let mut found = false;
        let _ = a.parse_nested_meta(|meta| {
            found |= meta.path.segments.last().is_some_and(|s| s.ident == trait_name);
            Ok(())
        });
        found
    })
}

fn member(field: &syn::Field) -> syn::Result<Member> {
    let ident = field.ident.clone().expect("named fields have names");
    if !matches!(field.vis, syn::Visibility::Public(_)) {
        return Err(syn::Error::new_spanned(field, "#[model] members are public (a model type is plain data)"));
    }
    let mut flatten = false;
    let mut serde_default = false;
    let mut default_fn: Option<syn::ExprPath> = None;
    for attr in field.attrs.iter().filter(|a| a.path().is_ident("serde")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("flatten") {
                flatten = true;
            } else if meta.path.is_ident("default") && meta.input.peek(syn::Token![=]) {
                default_fn = Some(meta.value()?.parse::<syn::LitStr>()?.parse()?);
                return Ok(());
            } else if meta.path.is_ident("default") || meta.path.is_ident("skip") {
                serde_default = true;
            }
            // Consume whatever the option carries (`= "..."` or `(...)`); only the options above matter here.
            if meta.input.peek(syn::Token![=]) {
                meta.value()?.parse::<syn::Expr>()?;
            } else if meta.input.peek(syn::token::Paren) {
                meta.input.parse::<proc_macro2::Group>()?;
            }
            Ok(())
        })?;
    }
    let presence = if let Some(path) = default_fn {
        Presence::DefaultedWith(path)
    } else if option_inner(&field.ty).is_some() {
        Presence::Optional
    } else if serde_default || is_collection(&field.ty) {
        Presence::Defaulted
    } else {
        Presence::Required
    };
    Ok(Member {
        name: ident.unraw().to_string(),
        ident,
        ty: field.ty.clone(),
        docs: docs(&field.attrs),
        // A flattened map gathers the wire members nobody else takes; in the constructors it is a member like
        // any other.
        flatten: flatten && !is_collection(&field.ty),
        presence,
    })
}

fn docs(attrs: &[Attribute]) -> Vec<String> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            syn::Meta::NameValue(nv) => match &nv.value {
                syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(s.value().trim().to_owned()),
                _ => None,
            },
            _ => None,
        })
        .collect()
}

/// The last path segment of a type and its generic arguments, for `Option<T>`, `Vec<T>` and maps.
fn last_segment(ty: &Type) -> Option<&syn::PathSegment> {
    match ty {
        // A type substituted by `macro_rules!` arrives wrapped in an invisible group.
        Type::Group(group) => last_segment(&group.elem),
        Type::Path(path) if path.qself.is_none() => path.path.segments.last(),
        _ => None,
    }
}

fn option_inner(ty: &Type) -> Option<&Type> {
    let segment = last_segment(ty)?;
    if segment.ident != "Option" {
        return None;
    }
    match &segment.arguments {
        PathArguments::AngleBracketed(args) => args.args.iter().find_map(|a| match a {
            GenericArgument::Type(t) => Some(t),
            _ => None,
        }),
        _ => None,
    }
}

fn is_collection(ty: &Type) -> bool {
    last_segment(ty).is_some_and(|s| ["Vec", "BTreeMap", "HashMap", "BTreeSet", "HashSet"].iter().any(|c| s.ident == c))
}

fn setter(member: &Member) -> TokenStream2 {
    let Member { ident, name, ty, .. } = member;
    let method = format_ident!("with_{}", name);
    let doc = format!("Sets `{name}`.");
    match option_inner(ty) {
        Some(inner) => quote! {
            #[doc = #doc]
            pub fn #method(mut self, value: impl ::core::convert::Into<#inner>) -> Self {
                self.#ident = ::core::option::Option::Some(value.into());
                self
            }
        },
        None => quote! {
            #[doc = #doc]
            pub fn #method(mut self, value: impl ::core::convert::Into<#ty>) -> Self {
                self.#ident = value.into();
                self
            }
        },
    }
}

fn constructor(members: &[Member]) -> TokenStream2 {
    let required: Vec<&Member> = members.iter().filter(|m| matches!(m.presence, Presence::Required)).collect();
    let params = required.iter().map(|m| {
        let (ident, ty) = (&m.ident, &m.ty);
        quote!(#ident: impl ::core::convert::Into<#ty>)
    });
    let values = members.iter().map(|m| {
        let ident = &m.ident;
        match &m.presence {
            Presence::Required => quote!(#ident: #ident.into()),
            Presence::DefaultedWith(path) => quote!(#ident: #path()),
            Presence::Optional | Presence::Defaulted => quote!(#ident: ::core::default::Default::default()),
        }
    });
    let names: Vec<String> = required.iter().map(|m| format!("`{}`", m.name)).collect();
    let doc = if names.is_empty() {
        "An empty value; set members with the `with_` methods.".to_owned()
    } else {
        format!("A value with its required members ({}); set the others with the `with_` methods.", names.join(", "))
    };
    quote! {
        #[doc = #doc]
        #[allow(clippy::new_without_default, clippy::too_many_arguments)]
        pub fn new(#(#params),*) -> Self {
            Self { #(#values),* }
        }
    }
}

/// A Python keyword cannot be a parameter or attribute name; such members take a trailing underscore.
fn python_identifier(name: &str) -> String {
    const KEYWORDS: &[&str] = &[
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ];
    if KEYWORDS.contains(&name) {
        format!("{name}_")
    } else {
        name.to_owned()
    }
}

fn python_record(name: &Ident, python_name: &str, attrs: &[Attribute], members: &[Member]) -> TokenStream2 {
    let class_doc = docs(attrs).join("\n");
    let mut getters = Vec::new();
    let mut from_kwargs = Vec::new();
    let mut init_params = Vec::new();
    let mut properties = Vec::new();
    let mut registrations = Vec::new();
    let mut repr_parts = Vec::new();
    let mut accepts = Vec::new();
    for m in members {
        let (ident, ty) = (&m.ident, &m.ty);
        let py_name = python_identifier(&m.name);
        let getter = format_ident!("__marketplane_get_{}", m.name);
        let setter = format_ident!("__marketplane_set_{}", m.name);
        getters.push(quote! {
            #[getter(#py_name)]
            fn #getter<'py>(&self, py: ::pyo3::Python<'py>) -> ::pyo3::PyResult<::pyo3::Bound<'py, ::pyo3::PyAny>> {
                crate::python::ToPython::to_python(&self.#ident, py)
            }
            #[setter(#py_name)]
            fn #setter(&mut self, value: &::pyo3::Bound<'_, ::pyo3::PyAny>) -> ::pyo3::PyResult<()> {
                self.#ident = crate::python::convert_member(value, #python_name, #py_name)?;
                Ok(())
            }
        });
        from_kwargs.push(match (&m.presence, m.flatten) {
            (_, true) => quote!(#ident: <#ty as crate::python::PyRecord>::from_kwargs(kwargs, used)?),
            (Presence::Required, _) => quote! {
                #ident: crate::python::required_argument(
                    kwargs, #python_name, #py_name, ::pyo3::intern!(kwargs.py(), #py_name), used,
                )?
            },
            (Presence::DefaultedWith(path), _) => quote! {
                #ident: crate::python::argument_or(
                    kwargs, #python_name, #py_name, ::pyo3::intern!(kwargs.py(), #py_name), used, #path,
                )?
            },
            (Presence::Optional | Presence::Defaulted, _) => quote! {
                #ident: crate::python::argument_or(
                    kwargs, #python_name, #py_name, ::pyo3::intern!(kwargs.py(), #py_name), used, Default::default,
                )?
            },
        });
        accepts.push(if m.flatten {
            quote!(<#ty as crate::python::PyRecord>::accepts(name))
        } else {
            quote!(name == #py_name)
        });
        init_params.push(if m.flatten {
            quote!(params.extend(<#ty as crate::python::PyRecord>::init_params(stubs));)
        } else {
            let default = if matches!(m.presence, Presence::Required) { "" } else { " = ..." };
            quote!(params.push(format!("{}: {}{}", #py_name, <#ty as crate::python::PyModel>::hint(stubs), #default));)
        });
        let doc = m.docs.join("\n");
        properties.push(quote!(stub.property(#py_name, &<#ty as crate::python::PyModel>::hint(stubs), #doc);));
        registrations.push(quote!(<#ty as crate::python::PyModel>::register(module)?;));
        repr_parts.push(quote!((#py_name, crate::python::ToPython::to_python(&self.#ident, py)?)));
    }
    quote! {
        #[cfg(feature = "python")]
        #[::pyo3::pymethods]
        impl #name {
            #[new]
            #[pyo3(signature = (**kwargs))]
            fn __marketplane_new(
                py: ::pyo3::Python<'_>,
                kwargs: Option<&::pyo3::Bound<'_, ::pyo3::types::PyDict>>,
            ) -> ::pyo3::PyResult<Self> {
                crate::python::construct(py, kwargs)
            }

            fn __repr__(&self, py: ::pyo3::Python<'_>) -> ::pyo3::PyResult<String> {
                crate::python::repr(#python_name, &[#(#repr_parts),*])
            }

            #(#getters)*
        }

        #[cfg(feature = "python")]
        impl crate::python::PyRecord for #name {
            const PYTHON_NAME: &'static str = #python_name;

            fn from_kwargs(
                kwargs: &::pyo3::Bound<'_, ::pyo3::types::PyDict>,
                used: &mut usize,
            ) -> ::pyo3::PyResult<Self> {
                Ok(#name { #(#from_kwargs),* })
            }

            fn accepts(name: &str) -> bool {
                false #(|| #accepts)*
            }

            fn init_params(stubs: &mut crate::python::Stubs) -> Vec<String> {
                let mut params = Vec::new();
                #(#init_params)*
                params
            }
        }

        #[cfg(feature = "python")]
        impl crate::python::ToPython for #name {
            fn to_python<'py>(&self, py: ::pyo3::Python<'py>) -> ::pyo3::PyResult<::pyo3::Bound<'py, ::pyo3::PyAny>> {
                crate::python::record_to_python(py, self)
            }
        }

        #[cfg(feature = "python")]
        impl crate::python::FromPython for #name {
            fn from_python(value: &::pyo3::Bound<'_, ::pyo3::PyAny>, field: &str) -> ::pyo3::PyResult<Self> {
                crate::python::record_from_python(value, field)
            }
        }

        #[cfg(feature = "python")]
        impl crate::python::PyModel for #name {
            fn hint(stubs: &mut crate::python::Stubs) -> String {
                if stubs.begin(#python_name) {
                    let mut stub = crate::python::ClassStub::new(#python_name, #class_doc);
                    stub.init(<Self as crate::python::PyRecord>::init_params(stubs));
                    #(#properties)*
                    stubs.end(#python_name, stub.finish());
                }
                #python_name.to_owned()
            }

            fn register(module: &::pyo3::Bound<'_, ::pyo3::types::PyModule>) -> ::pyo3::PyResult<()> {
                if crate::python::add_class::<Self>(module, #python_name)? {
                    #(#registrations)*
                }
                Ok(())
            }
        }
    }
}
