"""Abstractive rewriting: the chat client against a real local server that
speaks the chat-completions protocol, and the guard that falls back to the
extractive text when a rewrite states what its sources do not."""

from __future__ import annotations

import json
import logging
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bantin.models import Span
from bantin.pipeline.rewrite import (
    SYSTEM_PROMPT,
    ChatClient,
    RewriteError,
    client_from_settings,
    rewrite,
    unsupported,
)
from bantin.settings import Settings

SOURCE = (
    "Ngày 15/7/2025, Bộ Y tế cho biết mức hỗ trợ cho nhân viên y tế là 5.000.000 đồng/tháng. "
    "Theo Thứ trưởng Trần Văn Thuấn, chính sách giúp giữ chân 12.000 người tại TP Hồ Chí Minh, "
    "tăng 20% so với năm 2024."
)


def _spans(text: str, sentences: list[str]) -> list[Span]:
    out = []
    for s in sentences:
        i = text.index(s)
        out.append(Span("a1", i, i + len(s), s))
    return out


SPANS = _spans(SOURCE, [
    "Ngày 15/7/2025, Bộ Y tế cho biết mức hỗ trợ cho nhân viên y tế là 5.000.000 đồng/tháng.",
    "Theo Thứ trưởng Trần Văn Thuấn, chính sách giúp giữ chân 12.000 người tại TP Hồ Chí Minh, "
    "tăng 20% so với năm 2024.",
])
EXTRACTIVE = " ".join(s.text for s in SPANS)


# --- a local chat-completions server -------------------------------------------

class _Chat(BaseHTTPRequestHandler):
    """Answers POST /v1/chat/completions with ``server.reply``:
    (status, body bytes, delay in seconds); records every request."""

    def log_message(self, *args):  # keep test output quiet
        pass

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        raw = self.rfile.read(length)
        self.server.requests.append({
            "path": self.path,
            "auth": self.headers.get("Authorization"),
            "body": json.loads(raw),
        })
        status, body, delay = self.server.reply
        if delay:
            time.sleep(delay)
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:  # the client gave up (timeout case)
            pass


def completion(content: str) -> bytes:
    return json.dumps({
        "id": "chatcmpl-1", "object": "chat.completion", "model": "test-model",
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": content}}],
    }, ensure_ascii=False).encode("utf-8")


@pytest.fixture(scope="module")
def chat_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Chat)
    server.daemon_threads = True
    server.requests = []
    server.reply = (200, completion(""), 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def chat(chat_server):
    """The server with a fresh request log; set ``chat.reply`` per test."""
    chat_server.requests.clear()
    chat_server.reply = (200, completion(""), 0)
    return chat_server


def base_url(server) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}/v1"


# --- the client -------------------------------------------------------------------

def test_client_speaks_the_protocol_and_sends_the_bearer_key(chat):
    chat.reply = (200, completion("Xin chào"), 0)
    client = ChatClient(base_url(chat), "test-model", key="sekret")
    assert client.complete([{"role": "user", "content": "chào"}]) == "Xin chào"
    (req,) = chat.requests
    assert req["path"] == "/v1/chat/completions"
    assert req["auth"] == "Bearer sekret"
    assert req["body"] == {"model": "test-model", "temperature": 0.2,
                           "messages": [{"role": "user", "content": "chào"}]}


@pytest.mark.parametrize("url_suffix", ["/v1", "/v1/", "/v1/chat/completions"])
def test_client_accepts_base_or_full_endpoint_url(chat, url_suffix):
    chat.reply = (200, completion("ok"), 0)
    port = chat.server_address[1]
    client = ChatClient(f"http://127.0.0.1:{port}{url_suffix}", "m")
    assert client.complete([{"role": "user", "content": "x"}]) == "ok"
    assert chat.requests[0]["path"] == "/v1/chat/completions"
    assert chat.requests[0]["auth"] is None  # no key, no header


@pytest.mark.parametrize(
    "reply, problem",
    [
        pytest.param((500, b'{"error": "boom"}', 0), "HTTP 500", id="http-500"),
        pytest.param((200, b"{not json", 0), "malformed JSON", id="malformed-json"),
        pytest.param((200, b'{"choices": []}', 0), "choices[0].message.content", id="no-choices"),
        pytest.param((200, completion("late"), 1.0), "timed out after 0.2 s", id="timeout"),
    ],
)
def test_client_errors_are_rewrite_errors(chat, reply, problem):
    chat.reply = reply
    client = ChatClient(base_url(chat), "m", timeout=0.2)
    t0 = time.monotonic()
    with pytest.raises(RewriteError, match=problem.replace("[", r"\[").replace("]", r"\]")):
        client.complete([{"role": "user", "content": "x"}])
    assert time.monotonic() - t0 < 0.9  # did not wait for the slow server


def test_client_error_when_nothing_listens():
    with ThreadingHTTPServer(("127.0.0.1", 0), _Chat) as s:
        port = s.server_address[1]  # closed on exit: the port then refuses
    with pytest.raises(RewriteError, match="ConnectError"):
        ChatClient(f"http://127.0.0.1:{port}/v1", "m", timeout=2).complete([])


def test_client_from_settings_is_off_by_default():
    assert client_from_settings(Settings()) is None
    c = client_from_settings(Settings(llm_url="http://127.0.0.1:8080/v1", llm_model="qwen",
                                      llm_key="sk-secret"))
    assert (c.endpoint, c.model, c.key) == ("http://127.0.0.1:8080/v1/chat/completions",
                                            "qwen", "sk-secret")
    assert "sk-secret" not in repr(c)  # the key is not printed
    assert client_from_settings(Settings(llm_url="http://h/v1")).key is None


# --- rewrite: one table, one decision per case -----------------------------------------

FAITHFUL = ("Từ ngày 15/7/2025, nhân viên y tế được hỗ trợ 5.000.000 đồng/tháng, tăng 20% so "
            "với năm 2024, theo Thứ trưởng Trần Văn Thuấn.")

CASES = [
    # name, server reply, accepted?, words the reason must hold
    ("faithful rewrite accepted", (200, completion(FAITHFUL), 0), True, ["accepted"]),
    ("thousands separators accepted",
     (200, completion("Bộ Y tế hỗ trợ 5.000.000 đồng/tháng, giữ chân 12.000 người."), 0),
     True, ["accepted"]),
    ("amount in other words accepted",
     (200, completion("Theo Bộ Y tế, nhân viên y tế nhận 5 triệu đồng mỗi tháng từ ngày 15 "
                      "tháng 7 năm 2025, giúp giữ chân 12 nghìn người."), 0),
     True, ["accepted"]),
    ("invented percent rejected", (200, completion(FAITHFUL.replace("20%", "30%")), 0),
     False, ["not in sources", "'30%'"]),
    ("invented number rejected",
     (200, completion(FAITHFUL.replace("năm 2024", "năm 2024 cho 15.000 người")), 0),
     False, ["not in sources", "'15.000'"]),
    ("invented date rejected", (200, completion(FAITHFUL.replace("15/7/2025", "16/7/2025")), 0),
     False, ["not in sources", "16/7/2025"]),
    ("invented person rejected",
     (200, completion(FAITHFUL.replace("Trần Văn Thuấn", "Nguyễn Văn Hùng")), 0),
     False, ["not in sources", "'Nguyễn Văn Hùng'"]),
    ("invented agency rejected",
     (200, completion(FAITHFUL.replace("theo Thứ trưởng Trần Văn Thuấn", "theo Bộ Tài chính")), 0),
     False, ["not in sources", "'Bộ Tài chính'"]),
    ("http 500 falls back", (500, b'{"error": "overloaded"}', 0), False,
     ["request failed", "HTTP 500"]),
    ("malformed json falls back", (200, b"<html>oops</html>", 0), False,
     ["request failed", "malformed JSON"]),
    ("timeout falls back", (200, completion(FAITHFUL), 1.0), False,
     ["request failed", "timed out"]),
    ("empty answer falls back", (200, completion("  \n "), 0), False, ["empty answer"]),
    ("overlong answer falls back", (200, completion(" ".join([FAITHFUL] * 4)), 0), False,
     ["answer too long"]),
]


@pytest.mark.parametrize("reply, accepted, reason_has",
                         [pytest.param(*c[1:], id=c[0]) for c in CASES])
def test_rewrite_decides_and_logs(chat, caplog, reply, accepted, reason_has):
    chat.reply = reply
    client = ChatClient(base_url(chat), "test-model", key="sekret", timeout=0.2)
    with caplog.at_level(logging.INFO, logger="bantin.rewrite"):
        r = rewrite(SPANS, [SOURCE], client, purpose="story lead")

    assert r.abstractive is accepted
    assert r.spans == SPANS  # provenance is kept either way
    for word in reason_has:
        assert word in r.reason
    if accepted:
        assert r.text == json.loads(reply[1])["choices"][0]["message"]["content"]
        assert r.text != EXTRACTIVE
    else:
        assert r.text == EXTRACTIVE

    # The request: model, bearer key, Vietnamese instructions, the sentences.
    (req,) = chat.requests
    assert req["auth"] == "Bearer sekret"
    assert req["body"]["model"] == "test-model"
    system, user = req["body"]["messages"]
    assert system == {"role": "system", "content": SYSTEM_PROMPT}
    assert "Giữ nguyên chính xác mọi con số, ngày tháng và tên riêng" in system["content"]
    assert user["role"] == "user" and all(s.text in user["content"] for s in SPANS)

    # One INFO record names the decision.
    msgs = [rec.getMessage() for rec in caplog.records if rec.name == "bantin.rewrite"
            and rec.levelno == logging.INFO]
    expected = "rewrite accepted" if accepted else f"rewrite rejected: {r.reason}"
    assert msgs == [expected]
    assert caplog.records[-1].purpose == "story lead"


def test_no_client_returns_the_extractive_text_without_a_request(chat, caplog):
    with caplog.at_level(logging.INFO, logger="bantin.rewrite"):
        r = rewrite(SPANS, [SOURCE], None)
    assert (r.text, r.abstractive, r.reason, r.spans) == (EXTRACTIVE, False, "no client", SPANS)
    assert chat.requests == []
    assert not [rec for rec in caplog.records if rec.levelno >= logging.INFO]


def test_no_spans_sends_nothing(chat):
    r = rewrite([], [SOURCE], ChatClient(base_url(chat), "m"))
    assert (r.text, r.abstractive) == ("", False)
    assert chat.requests == []


# --- the guard alone --------------------------------------------------------------

@pytest.mark.parametrize(
    "text, problems",
    [
        pytest.param("Theo Bộ Y tế, mức hỗ trợ là 5.000.000 đồng/tháng.", [],
                     id="sentence-initial-word-is-not-a-name"),
        pytest.param("Từ ngày 15/7, 12.000 người ở TP.HCM được hỗ trợ.", [],
                     id="partial-date-and-province-alias"),
        pytest.param("Mức hỗ trợ 6.000.000 đồng/tháng.", ["amount '6.000.000 đồng/tháng'"],
                     id="changed-amount"),
        pytest.param("Có 20 người được hỗ trợ.", [], id="number-stated-elsewhere"),
        pytest.param("Hỗ trợ 20 nghìn người.", ["number '20'"], id="magnitude-changes-number"),
        pytest.param("Tháng 8/2025, Bộ Y tế họp.", ["date 'Tháng 8/2025'"], id="invented-month"),
        pytest.param("Bộ Y tế và Viettel hỗ trợ.", ["name 'Viettel'"], id="invented-single-name"),
        pytest.param("Hỗ trợ tăng 12,5%.", ["percent '12,5%'"], id="invented-decimal-percent"),
    ],
)
def test_unsupported(text, problems):
    assert unsupported(text, [SOURCE]) == problems
