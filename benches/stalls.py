#!/usr/bin/env python3
"""Stalled, oversized and HTTP/2 clients against an emulator binary, measured.

    python3 benches/stalls.py BINARY [--wait SECONDS] [-- EMULATOR OPTIONS...]

It starts BINARY on an ephemeral port (with the options after `--`), then:

- opens 100 connections of each kind -- silent, half a request head, a head announcing 100 bytes followed by 1 --
  waits --wait seconds (default 5) and counts how many the server still holds;
- sends a 6 MiB body (the limit is 1 MiB) in full before reading, and reports what the client saw;
- sends an HTTP/2 preface (h2c, prior knowledge) and reports whether a SETTINGS frame came back within 2 s;
- with N held connections, says whether one more request is answered, and how.

Compare the binary before and after the limits, with the same wait:

    python3 benches/stalls.py /tmp/emulator-before
    python3 benches/stalls.py target/debug/marketplane-emulator -- --header-timeout 2 --body-timeout 2 --max-connections 100
"""

import argparse
import select
import socket
import subprocess
import sys
import time

PER_KIND = 100


def start(binary, options):
    proc = subprocess.Popen([binary, "--bind", "127.0.0.1:0", *options], stdout=subprocess.PIPE, text=True)
    line = proc.stdout.readline().strip()
    url = line.rsplit(" ", 1)[-1]
    if not url.startswith("http://127.0.0.1:"):
        proc.kill()
        sys.exit(f"the emulator did not start: {line!r}")
    host, port = url[len("http://"):].split(":")
    return proc, (host, int(port))


def connect(addr):
    s = socket.create_connection(addr, timeout=5)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return s


def closed_by_server(s):
    """True when the server has closed the connection (EOF or reset); reads and discards any answer."""
    try:
        while True:
            ready, _, _ = select.select([s], [], [], 0)
            if not ready:
                return False
            data = s.recv(65536)
            if not data:
                return True
    except OSError:
        return True


def held_after(addr, payload, wait):
    socks = []
    for _ in range(PER_KIND):
        s = connect(addr)
        if payload:
            s.sendall(payload)
        socks.append(s)
    time.sleep(wait)
    held = sum(1 for s in socks if not closed_by_server(s))
    for s in socks:
        s.close()
    return held


def oversized(addr):
    # 6 MiB: more than the socket buffers take in while the server answers (2 MiB fits in them).
    body = b" " * (6 << 20)
    s = connect(addr)
    s.settimeout(10)
    head = f"POST /listRegions HTTP/1.1\r\nHost: x\r\nContent-Length: {len(body)}\r\n\r\n".encode()
    sent = 0
    try:
        s.sendall(head)
        for i in range(0, len(body), 65536):
            s.sendall(body[i:i + 65536])
            sent = i + 65536
            time.sleep(0.001)
        answer = s.recv(4096)
    except (BrokenPipeError, ConnectionResetError) as e:
        return f"{type(e).__name__} after {sent} of {len(body)} body bytes"
    finally:
        s.close()
    if not answer:
        return "closed without an answer"
    return "answered " + answer.split(b"\r\n", 1)[0].decode(errors="replace")


def http2(addr):
    s = connect(addr)
    s.settimeout(2)
    try:
        s.sendall(b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n" + bytes([0, 0, 0, 4, 0, 0, 0, 0, 0]))
        data = s.recv(4096)
    except socket.timeout:
        return "no answer within 2 s"
    except OSError as e:
        return f"{type(e).__name__}"
    finally:
        s.close()
    if not data:
        return "closed without an answer"
    if len(data) >= 9 and data[3] == 4:
        return "SETTINGS frame (HTTP/2 served)"
    return "answered " + repr(data[:40])


def one_more(addr, holding):
    # Non-blocking connects, so all of them are open long before any timeout.
    socks = []
    for _ in range(holding):
        h = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        h.setblocking(False)
        h.connect_ex(addr)
        socks.append(h)
    time.sleep(0.5)
    try:
        s = connect(addr)
        s.settimeout(5)
        s.sendall(b"GET /_marketplane/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        answer = s.recv(4096)
        s.close()
        result = "answered " + answer.split(b"\r\n", 1)[0].decode() if answer else "closed without an answer"
    except OSError as e:
        result = type(e).__name__
    for h in socks:
        h.close()
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("--wait", type=float, default=5.0)
    parser.add_argument("--holding", type=int, default=150, help="connections held before one more request")
    argv = sys.argv[1:]
    options = argv[argv.index("--") + 1:] if "--" in argv else []
    args = parser.parse_args(argv[: argv.index("--")] if "--" in argv else argv)
    proc, addr = start(args.binary, options)
    try:
        half_head = b"POST /listRegions HTTP/1.1\r\nHost: x\r\n"
        short_body = b"POST /listRegions HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"
        wait = f"{args.wait:g} s"
        rows = [
            (f"silent connections still held after {wait}", f"{held_after(addr, b'', args.wait)} / {PER_KIND}"),
            (f"half-head connections still held after {wait}", f"{held_after(addr, half_head, args.wait)} / {PER_KIND}"),
            (
                f"Content-Length 100 + 1 byte, still held after {wait}",
                f"{held_after(addr, short_body, args.wait)} / {PER_KIND}",
            ),
            ("6 MiB body (limit 1 MiB) sent in full, then read", oversized(addr)),
            ("HTTP/2 preface (h2c)", http2(addr)),
            (f"one more request while {args.holding} connections are held", one_more(addr, args.holding)),
        ]
    finally:
        proc.kill()
        proc.wait()
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"{key:<{width}}  {value}")


if __name__ == "__main__":
    main()
