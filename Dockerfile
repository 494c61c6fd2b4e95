# syntax=docker/dockerfile:1
# The emulator in a container: the same package and binary target that scripts/test builds and tests
# (`cargo build -p marketplane-emulator`), built here in release mode from the committed Cargo.lock.
#
#   docker build -t marketplane-emulator .
#   docker run --rm -p 127.0.0.1:4566:4566 marketplane-emulator --bind 0.0.0.0:4566
#
# It listens on loopback unless told otherwise, as the binary does: inside a container that means nothing outside
# can reach it until `--bind 0.0.0.0:4566` is given explicitly (then publish the port on the host's loopback, or
# add --credentials and --admin-token before exposing it further). compose.yaml shows a full setup.

FROM rust:1-bookworm AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    cargo build --locked --release -p marketplane-emulator --bin marketplane-emulator \
    && install -D target/release/marketplane-emulator /out/marketplane-emulator

FROM debian:bookworm-slim
RUN useradd --system --uid 10001 --home-dir /data --create-home --shell /usr/sbin/nologin emulator
COPY --from=build /out/marketplane-emulator /usr/local/bin/marketplane-emulator
USER emulator
WORKDIR /data
EXPOSE 4566
# Bash's /dev/tcp, so the slim image needs no HTTP client; it checks the port the default --bind uses.
HEALTHCHECK --interval=10s --timeout=3s --retries=3 CMD ["bash", "-c", \
    "exec 3<>/dev/tcp/127.0.0.1/4566 && printf 'GET /_marketplane/health HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q ok <&3"]
ENTRYPOINT ["marketplane-emulator"]
CMD ["--bind", "127.0.0.1:4566"]
