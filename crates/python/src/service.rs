//! `service!`: a service's two client classes (blocking and asyncio) generated from its operation table, with the
//! facade helpers given beside it, and their stubs.
//!
//! The naming rule (docs/python.md): every operation of a table is a method of its service's object, named by the
//! table's snake name; it takes the input object positionally or the input's members as keyword arguments and
//! returns the output class (`None` for `()`). Every `[pages]` operation also has `<method>_pages` (each page, as the
//! output) and `<method>_items` (each item of each page). Helpers keep the Rust facade's names.
//!
//! A helper is `fn name(positional: Type, ...; keyword: Type = default, ...) -> Output = |client| async move {...};`:
//! the body gets an owned `marketplane::Client` and answers a `marketplane::Result<Output>`. A list helper
//! (`lists { ... }`) answers the input of a list operation instead, and yields its items.

/// See the module documentation.
macro_rules! service {
    // A facade handle with helpers only (no table of its own).
    (
        classes $Sync:ident / $Async:ident, doc $classdoc:literal;
        helpers { $($helpers:tt)* }
        lists { $($lists:tt)* }
    ) => {
        $crate::service::service! {
            classes $Sync / $Async, doc $classdoc;
            helpers { $($helpers)* }
            lists { $($lists)* }
            service None, variant None, request None, response None, engine None, remote None, table NONE;
        }
    };
    (
        classes $Sync:ident / $Async:ident, doc $classdoc:literal;
        helpers {
            $(
                $(#[doc = $hdoc:literal])*
                fn $h:ident ( $($p:ident : $pt:ty),* $(; $($k:ident : $kt:ty = $kd:expr),+ )? ) -> $hout:ty
                    = $body:expr;
            )*
        }
        lists {
            $(
                $(#[doc = $ldoc:literal])*
                fn $l:ident ( $($lp:ident : $lpt:ty),* $(; $($lk:ident : $lkt:ty = $lkd:expr),+ )? ) -> $litem:ty
                    = $lbody:expr;
            )*
        }
        $(#[doc = $sdoc:literal])*
        service $service:ident, variant $Top:ident, request $Req:ident, response $Resp:ident,
            engine $Engine:ident, remote $Remote:ident, table $TABLE:ident;
        $(
            $(#[doc = $doc:literal])*
            $Op:ident $snake:ident ($Input:ty) -> $Output:ty $(as $wrap:literal)?, [$($safety:tt)*] [$($binding:tt)*]
                $([$pages:ident])?;
        )*
    ) => {
        #[doc = $classdoc]
        #[::pyo3::pyclass(module = "marketplane", frozen)]
        #[derive(Debug)]
        pub struct $Sync {
            client: ::marketplane::Client,
        }

        #[doc = $classdoc]
        #[::pyo3::pyclass(module = "marketplane", frozen)]
        #[derive(Debug)]
        pub struct $Async {
            client: ::marketplane::Client,
        }

        ::marketplane_macros::idents! {
            #[::pyo3::pymethods]
            impl $Sync {
                $(
                    $(#[doc = $doc])*
                    #[pyo3(signature = (*args, **kwargs))]
                    fn $snake(
                        &self,
                        py: ::pyo3::Python<'_>,
                        args: &::pyo3::Bound<'_, ::pyo3::types::PyTuple>,
                        kwargs: Option<&::pyo3::Bound<'_, ::pyo3::types::PyDict>>,
                    ) -> ::pyo3::PyResult<::pyo3::Py<::pyo3::PyAny>> {
                        let input: $Input = $crate::native::input(py, args, kwargs)?;
                        $crate::native::call(py, &self.client, input)
                    }
                    $(
                        #[doc = concat!("`", stringify!($Op), "`, page by page (a `[", stringify!($pages),
                            "]` operation): each page is fetched when the iterator reaches it.")]
                        #[pyo3(signature = (*args, **kwargs))]
                        fn [<$snake _pages>](
                            &self,
                            py: ::pyo3::Python<'_>,
                            args: &::pyo3::Bound<'_, ::pyo3::types::PyTuple>,
                            kwargs: Option<&::pyo3::Bound<'_, ::pyo3::types::PyDict>>,
                        ) -> ::pyo3::PyResult<$crate::pages::Pages> {
                            let input: $Input = $crate::native::input(py, args, kwargs)?;
                            let fetch = $crate::pages::fetcher(self.client.clone(), input, $crate::pages::Mode::Pages);
                            Ok($crate::pages::Pages::new(fetch))
                        }
                        #[doc = concat!("`", stringify!($Op), "`, item by item across every page: each page is ",
                            "fetched when the iterator reaches it.")]
                        #[pyo3(signature = (*args, **kwargs))]
                        fn [<$snake _items>](
                            &self,
                            py: ::pyo3::Python<'_>,
                            args: &::pyo3::Bound<'_, ::pyo3::types::PyTuple>,
                            kwargs: Option<&::pyo3::Bound<'_, ::pyo3::types::PyDict>>,
                        ) -> ::pyo3::PyResult<$crate::pages::Pages> {
                            let input: $Input = $crate::native::input(py, args, kwargs)?;
                            let fetch = $crate::pages::fetcher(self.client.clone(), input, $crate::pages::Mode::Items);
                            Ok($crate::pages::Pages::new(fetch))
                        }
                    )?
                )*
                $(
                    $(#[doc = $hdoc])*
                    #[pyo3(signature = ($($p,)* $(*, $($k = None),+)?))]
                    fn $h(
                        &self,
                        py: ::pyo3::Python<'_>,
                        $($p: ::pyo3::Bound<'_, ::pyo3::PyAny>,)*
                        $($($k: Option<::pyo3::Bound<'_, ::pyo3::PyAny>>,)+)?
                    ) -> ::pyo3::PyResult<::pyo3::Py<::pyo3::PyAny>> {
                        $( let $p: $pt = $crate::native::argument(&$p, stringify!($p))?; )*
                        $($( let $k: $kt = $crate::native::keyword($k.as_ref(), stringify!($k), || $kd)?; )+)?
                        let work = $body;
                        let output: $hout = $crate::runtime::blocking(py, work(self.client.clone()))?;
                        $crate::native::answer(py, &output)
                    }
                )*
                $(
                    $(#[doc = $ldoc])*
                    #[pyo3(signature = ($($lp,)* $(*, $($lk = None),+)?))]
                    fn $l(
                        &self,
                        $($lp: ::pyo3::Bound<'_, ::pyo3::PyAny>,)*
                        $($($lk: Option<::pyo3::Bound<'_, ::pyo3::PyAny>>,)+)?
                    ) -> ::pyo3::PyResult<$crate::pages::Pages> {
                        $( let $lp: $lpt = $crate::native::argument(&$lp, stringify!($lp))?; )*
                        $($( let $lk: $lkt = $crate::native::keyword($lk.as_ref(), stringify!($lk), || $lkd)?; )+)?
                        let list = $lbody;
                        let fetch = $crate::pages::items::<_, $litem>(self.client.clone(), list(&self.client));
                        Ok($crate::pages::Pages::new(fetch))
                    }
                )*
            }

            #[::pyo3::pymethods]
            impl $Async {
                $(
                    $(#[doc = $doc])*
                    #[pyo3(signature = (*args, **kwargs))]
                    fn $snake<'py>(
                        &self,
                        py: ::pyo3::Python<'py>,
                        args: &::pyo3::Bound<'py, ::pyo3::types::PyTuple>,
                        kwargs: Option<&::pyo3::Bound<'py, ::pyo3::types::PyDict>>,
                    ) -> ::pyo3::PyResult<::pyo3::Bound<'py, ::pyo3::PyAny>> {
                        let input: $Input = $crate::native::input(py, args, kwargs)?;
                        $crate::native::call_async(py, &self.client, input)
                    }
                    $(
                        #[doc = concat!("`", stringify!($Op), "`, page by page (a `[", stringify!($pages),
                            "]` operation): each page is fetched when the async iterator reaches it.")]
                        #[pyo3(signature = (*args, **kwargs))]
                        fn [<$snake _pages>](
                            &self,
                            py: ::pyo3::Python<'_>,
                            args: &::pyo3::Bound<'_, ::pyo3::types::PyTuple>,
                            kwargs: Option<&::pyo3::Bound<'_, ::pyo3::types::PyDict>>,
                        ) -> ::pyo3::PyResult<$crate::pages::AsyncPages> {
                            let input: $Input = $crate::native::input(py, args, kwargs)?;
                            let fetch = $crate::pages::fetcher(self.client.clone(), input, $crate::pages::Mode::Pages);
                            Ok($crate::pages::AsyncPages::new(fetch))
                        }
                        #[doc = concat!("`", stringify!($Op), "`, item by item across every page: each page is ",
                            "fetched when the async iterator reaches it.")]
                        #[pyo3(signature = (*args, **kwargs))]
                        fn [<$snake _items>](
                            &self,
                            py: ::pyo3::Python<'_>,
                            args: &::pyo3::Bound<'_, ::pyo3::types::PyTuple>,
                            kwargs: Option<&::pyo3::Bound<'_, ::pyo3::types::PyDict>>,
                        ) -> ::pyo3::PyResult<$crate::pages::AsyncPages> {
                            let input: $Input = $crate::native::input(py, args, kwargs)?;
                            let fetch = $crate::pages::fetcher(self.client.clone(), input, $crate::pages::Mode::Items);
                            Ok($crate::pages::AsyncPages::new(fetch))
                        }
                    )?
                )*
                $(
                    $(#[doc = $hdoc])*
                    #[pyo3(signature = ($($p,)* $(*, $($k = None),+)?))]
                    fn $h<'py>(
                        &self,
                        py: ::pyo3::Python<'py>,
                        $($p: ::pyo3::Bound<'py, ::pyo3::PyAny>,)*
                        $($($k: Option<::pyo3::Bound<'py, ::pyo3::PyAny>>,)+)?
                    ) -> ::pyo3::PyResult<::pyo3::Bound<'py, ::pyo3::PyAny>> {
                        $( let $p: $pt = $crate::native::argument(&$p, stringify!($p))?; )*
                        $($( let $k: $kt = $crate::native::keyword($k.as_ref(), stringify!($k), || $kd)?; )+)?
                        let work = $body;
                        $crate::runtime::awaitable::<$hout>(py, work(self.client.clone()))
                    }
                )*
                $(
                    $(#[doc = $ldoc])*
                    #[pyo3(signature = ($($lp,)* $(*, $($lk = None),+)?))]
                    fn $l(
                        &self,
                        $($lp: ::pyo3::Bound<'_, ::pyo3::PyAny>,)*
                        $($($lk: Option<::pyo3::Bound<'_, ::pyo3::PyAny>>,)+)?
                    ) -> ::pyo3::PyResult<$crate::pages::AsyncPages> {
                        $( let $lp: $lpt = $crate::native::argument(&$lp, stringify!($lp))?; )*
                        $($( let $lk: $lkt = $crate::native::keyword($lk.as_ref(), stringify!($lk), || $lkd)?; )+)?
                        let list = $lbody;
                        let fetch = $crate::pages::items::<_, $litem>(self.client.clone(), list(&self.client));
                        Ok($crate::pages::AsyncPages::new(fetch))
                    }
                )*
            }
        }

        impl $Sync {
            /// The blocking class over `client`.
            pub fn new(client: ::marketplane::Client) -> Self {
                $Sync { client }
            }

            /// The stubs of the blocking and the asyncio class.
            pub fn stubs(stubs: &mut ::marketplane::python::Stubs) -> [String; 2] {
                use ::marketplane::python::PyModel;
                let mut sync = $crate::stubs::Class::new(stringify!($Sync), $classdoc);
                let mut asyn = $crate::stubs::Class::new(stringify!($Async), $classdoc);
                $(
                    {
                        let doc = concat!($($doc, "\n",)* "");
                        let input = <$Input as PyModel>::hint(stubs);
                        let members = <$Input as ::marketplane::python::PyRecord>::init_params(stubs);
                        let output = <$Output as PyModel>::hint(stubs);
                        sync.operation(stringify!($snake), doc, &input, &members, &output, false);
                        asyn.operation(stringify!($snake), doc, &input, &members, &output, true);
                        $(
                            let pages = concat!("`", stringify!($Op), "`, page by page (a `[", stringify!($pages),
                                "]` operation).");
                            let items = concat!("`", stringify!($Op), "`, item by item across every page.");
                            let item = <<$Output as ::marketplane::facade::Paged>::Item as PyModel>::hint(stubs);
                            let name = concat!(stringify!($snake), "_pages");
                            sync.operation(name, pages, &input, &members, &format!("Iterator[{output}]"), false);
                            asyn.operation(name, pages, &input, &members, &format!("AsyncIterator[{output}]"), false);
                            let name = concat!(stringify!($snake), "_items");
                            sync.operation(name, items, &input, &members, &format!("Iterator[{item}]"), false);
                            asyn.operation(name, items, &input, &members, &format!("AsyncIterator[{item}]"), false);
                        )?
                    }
                )*
                $(
                    {
                        let doc = concat!($($hdoc, "\n",)* "");
                        let positional: Vec<String> = vec![$($crate::native::param::<$pt>(stubs, stringify!($p), false)),*];
                        let keywords: Vec<String> =
                            vec![$($($crate::native::param::<$kt>(stubs, stringify!($k), true)),+)?];
                        let output = <$hout as PyModel>::hint(stubs);
                        sync.method(stringify!($h), doc, &positional, &keywords, &output, false);
                        asyn.method(stringify!($h), doc, &positional, &keywords, &output, true);
                    }
                )*
                $(
                    {
                        let doc = concat!($($ldoc, "\n",)* "");
                        let positional: Vec<String> =
                            vec![$($crate::native::param::<$lpt>(stubs, stringify!($lp), false)),*];
                        let keywords: Vec<String> =
                            vec![$($($crate::native::param::<$lkt>(stubs, stringify!($lk), true)),+)?];
                        let item = <$litem as PyModel>::hint(stubs);
                        sync.method(stringify!($l), doc, &positional, &keywords, &format!("Iterator[{item}]"), false);
                        asyn.method(stringify!($l), doc, &positional, &keywords, &format!("AsyncIterator[{item}]"), false);
                    }
                )*
                [sync.finish(), asyn.finish()]
            }

            /// Add both classes, and every class their methods take or answer, to `module`.
            pub fn register(module: &::pyo3::Bound<'_, ::pyo3::types::PyModule>) -> ::pyo3::PyResult<()> {
                use ::marketplane::python::PyModel;
                use ::pyo3::types::PyModuleMethods;
                module.add_class::<$Sync>()?;
                module.add_class::<$Async>()?;
                $(
                    <$Input as PyModel>::register(module)?;
                    <$Output as PyModel>::register(module)?;
                )*
                $(
                    $( <$pt as PyModel>::register(module)?; )*
                    $($( <$kt as PyModel>::register(module)?; )+)?
                    <$hout as PyModel>::register(module)?;
                )*
                $(
                    $( <$lpt as PyModel>::register(module)?; )*
                    $($( <$lkt as PyModel>::register(module)?; )+)?
                    <$litem as PyModel>::register(module)?;
                )*
                Ok(())
            }
        }

        impl $Async {
            /// The asyncio class over `client`.
            pub fn new(client: ::marketplane::Client) -> Self {
                $Async { client }
            }
        }
    };
}
pub(crate) use service;
