"""A real HTTP endpoint on 127.0.0.1 that records what webhooks send it."""

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Received:
    headers: dict[str, str]
    body: bytes
    method: str = "POST"
    # When the request arrived, in time.monotonic() seconds.
    at: float = 0.0


@dataclass
class Receiver:
    """Answers each request with the next code of ``answers`` (the last one repeats).

    A 3xx answer sends ``Location: redirect_to``. Every request is recorded, whatever its
    method, so that a request that should never have come shows up.
    """

    answers: list[int] = field(default_factory=lambda: [200])
    redirect_to: str = ""
    received: list[Received] = field(default_factory=list)
    url: str = ""

    def __post_init__(self):
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def answer(self):
                at = time.monotonic()
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.received.append(
                    Received(dict(self.headers.items()), body, self.command, at)
                )
                index = min(len(receiver.received), len(receiver.answers)) - 1
                code = receiver.answers[index]
                self.send_response(code)
                if 300 <= code < 400 and receiver.redirect_to:
                    self.send_header("Location", receiver.redirect_to)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            do_POST = do_GET = do_PUT = answer

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/parallax"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()
