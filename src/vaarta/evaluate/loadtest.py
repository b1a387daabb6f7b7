"""A bounded HTTP load test: ``requests`` GETs from ``concurrency`` threads against one URL,
optionally while ``slow_clients`` connections trickle a request in one byte at a time (the
server must keep answering the others). Reports latency percentiles and errors.

Used by ``vaarta bench --http URL`` and by the test suite (against a server on loopback).
"""

from __future__ import annotations

import socket
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx


@dataclass
class LoadResult:
    requests: int
    concurrency: int
    slow_clients: int
    errors: int
    seconds: float
    requests_per_s: float
    p50_ms: float
    p99_ms: float
    max_ms: float
    statuses: dict[int, int]

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def run_load(url: str, requests: int = 2000, concurrency: int = 8, slow_clients: int = 0,
             timeout: float = 10.0) -> LoadResult:
    stop = threading.Event()
    slow = [threading.Thread(target=_slow_client, args=(url, stop), daemon=True) for _ in range(slow_clients)]
    for t in slow:
        t.start()
    time.sleep(0.2 if slow_clients else 0)  # let them connect and start trickling
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    errors = 0
    lock = threading.Lock()
    local = threading.local()

    def one(_: int) -> None:
        nonlocal errors
        client = getattr(local, "client", None)
        if client is None:
            client = local.client = httpx.Client(timeout=timeout)
        t0 = time.perf_counter()
        try:
            res = client.get(url)
            ok, code = res.status_code == 200, res.status_code
        except httpx.HTTPError:
            ok, code = False, 0
        dt = (time.perf_counter() - t0) * 1000
        with lock:
            latencies.append(dt)
            statuses[code] = statuses.get(code, 0) + 1
            errors += 0 if ok else 1

    t0 = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(one, range(requests)))
    seconds = time.perf_counter() - t0
    stop.set()
    for t in slow:
        t.join(timeout=2)
    latencies.sort()
    return LoadResult(
        requests=requests, concurrency=concurrency, slow_clients=slow_clients, errors=errors,
        seconds=round(seconds, 2), requests_per_s=round(requests / seconds, 1),
        p50_ms=round(statistics.median(latencies), 2), p99_ms=round(_percentile(latencies, 0.99), 2),
        max_ms=round(latencies[-1], 2), statuses=statuses)


def _percentile(sorted_values: list[float], q: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, int(q * len(sorted_values)))]


def _slow_client(url: str, stop: threading.Event) -> None:
    """Open a connection and send a request one byte every 0.2 s until told to stop."""
    parts = urlsplit(url)
    request = (f"GET {parts.path or '/'} HTTP/1.1\r\nHost: {parts.hostname}\r\n"
               + "X-Slow: " + "a" * 4000 + "\r\n\r\n").encode()
    try:
        with socket.create_connection((parts.hostname, parts.port or 80), timeout=5) as sock:
            for i in range(len(request)):
                if stop.is_set():
                    return
                sock.sendall(request[i : i + 1])
                time.sleep(0.2)
    except OSError:
        return  # the server may close a connection that is too slow: that is its right
