"""A loopback HTTP server speaking the OpenAI chat-completions API, for tests.

It records every request body and answers according to ``mode``:
``ok`` (a reply that cites [1]), ``nocite`` (a reply without citations),
``error`` (HTTP 500), ``slow`` (sleeps past the client's timeout).

``respond``, when set, answers instead: called with the request body, it returns the reply's
content (a string) or a dict with any of ``content``, ``refusal``, ``finish_reason``,
``status`` (an HTTP error status) and ``sleep`` (seconds before answering).
"""
from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeOpenAI:
    def __init__(self) -> None:
        self.mode = "ok"
        self.requests: list[dict] = []
        self.reply = "Pitch it to the first executive listed [1]."
        self.respond = None
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a):  # quiet
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                outer.requests.append({"path": self.path, "body": body, "auth": self.headers.get("Authorization")})
                if outer.respond is not None:
                    r = outer.respond(body)
                    r = {"content": r} if isinstance(r, str) else r
                    time.sleep(r.get("sleep", 0))
                    if r.get("status"):
                        self._send(r["status"], {"error": {"message": "boom", "type": "server_error"}})
                        return
                    self._send(200, {
                        "id": "chatcmpl-test", "object": "chat.completion", "created": int(time.time()),
                        "model": body.get("model"),
                        "choices": [{"index": 0, "finish_reason": r.get("finish_reason", "stop"),
                                     "message": {"role": "assistant", "content": r.get("content"),
                                                 "refusal": r.get("refusal")}}],
                        "usage": {"prompt_tokens": 1000, "completion_tokens": 200, "total_tokens": 1200},
                    })
                    return
                if outer.mode == "error":
                    self._send(500, {"error": {"message": "boom", "type": "server_error"}})
                    return
                if outer.mode == "slow":
                    time.sleep(3)
                is_hyde = "mandate" in body["messages"][0]["content"] and "Write a two-sentence" in body["messages"][0]["content"]
                content = "Looking for gritty crime thrillers." if is_hyde else (
                    "No sources here." if outer.mode == "nocite" else outer.reply)
                self._send(200, {
                    "id": "chatcmpl-test", "object": "chat.completion", "created": int(time.time()),
                    "model": body.get("model"),
                    "choices": [{"index": 0, "finish_reason": "stop",
                                 "message": {"role": "assistant", "content": content}}],
                    "usage": {"prompt_tokens": 1000, "completion_tokens": 200, "total_tokens": 1200},
                })

            def _send(self, code, obj):
                data = json.dumps(obj).encode()
                try:
                    self.send_response(code)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
