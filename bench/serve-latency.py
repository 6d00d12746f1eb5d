#!/usr/bin/env python3
"""Time from saving a file to `kielo serve` serving the rebuilt page.

    bench/serve-latency.py KIELO SITE FILE URL_PATH [EDITS]

Starts `KIELO serve --root SITE --port 0`, listens to its live-reload events, then EDITS
times (default 20) appends a new sentence to the body of FILE (relative to SITE), and
measures from the moment the file is closed until (a) the `reload` event arrives and
(b) a GET of URL_PATH returns a page containing the new sentence. Prints the median,
minimum and maximum of both in milliseconds. SITE is changed; give it a copy.
"""

import http.client
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse


def start(kielo, site):
    server = subprocess.Popen(
        [kielo, "serve", "--root", site, "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    deadline = time.monotonic() + 600
    for line in server.stdout:
        if line.startswith("Serving at "):
            address = urllib.parse.urlsplit(line.split()[-1])
            host, port = address.hostname, address.port
            # Keep reading stdout so the server never blocks on a full pipe.
            threading.Thread(target=lambda: [None for _ in server.stdout], daemon=True).start()
            return server, host, int(port)
        if time.monotonic() > deadline:
            break
    server.kill()
    sys.exit("kielo serve did not print its address")


def listen(host, port, events):
    """Puts the time of every `reload` event into `events` (a list guarded by the GIL)."""
    connection = http.client.HTTPConnection(host, port)
    connection.request("GET", "/__kielo/events", headers={"Accept": "text/event-stream"})
    response = connection.getresponse()
    while True:
        line = response.fp.readline()
        if not line:
            return
        if line.strip() == b"event: reload":
            events.append(time.perf_counter())


def fetch(host, port, path):
    connection = http.client.HTTPConnection(host, port)
    connection.request("GET", path)
    body = connection.getresponse().read().decode("utf-8", "replace")
    connection.close()
    return body


def main():
    kielo, site, file, path = sys.argv[1:5]
    edits = int(sys.argv[5]) if len(sys.argv) > 5 else 20
    server, host, port = start(kielo, site)
    events = []
    threading.Thread(target=listen, args=(host, port, events), daemon=True).start()
    time.sleep(1.0)
    target = os.path.join(site, file)
    with open(target, encoding="utf-8") as f:
        original = f.read()
    to_event, to_page = [], []
    try:
        for i in range(edits):
            marker = f"Benchmark sentence {i} {time.time_ns()}."
            seen = len(events)
            with open(target, "w", encoding="utf-8") as f:
                f.write(original + f"\n{marker}\n")
            saved = time.perf_counter()
            deadline = saved + 120
            while len(events) == seen and time.perf_counter() < deadline:
                time.sleep(0.0005)
            if len(events) == seen:
                sys.exit(f"edit {i}: no reload event within 120 s")
            to_event.append(events[seen] - saved)
            while marker not in fetch(host, port, path):
                if time.perf_counter() > deadline:
                    sys.exit(f"edit {i}: the page never showed the edit")
            to_page.append(time.perf_counter() - saved)
            time.sleep(0.3)
    finally:
        with open(target, "w", encoding="utf-8") as f:
            f.write(original)
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)

    def ms(values):
        values = [v * 1000 for v in values]
        return f"median {statistics.median(values):.1f} ms (min {min(values):.1f}, max {max(values):.1f})"

    print(f"{edits} edits of {file}")
    print(f"  save -> reload event: {ms(to_event)}")
    print(f"  save -> page served:  {ms(to_page)}")


if __name__ == "__main__":
    main()
