"""Every setting in one table: name, default, help.

The packaged defaults are read first, then a user's TOML file
(`--config`, or `bantin.toml` beside the store), then `--setting name=value`
on the command line. `bantin --help-settings` prints this table.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

SETTINGS: list[tuple[str, Any, str]] = [
    ("batch_size", 1000, "articles written per transaction during ingest"),
    ("workers", 0, "processes for the per-article stages; 0: one per CPU, 1: none"),
    ("topics_file", "", "TOML file of user topics, read on top of the built-in ones"),
    ("brief_max_words", 60, "longest article brief, in words"),
    ("brief_max_sentences", 3, "most sentences in an article brief"),
    ("story_lead_words", 0, "target length of a story lead in syllables; 0: grows with the story"),
    ("story_lead_max_reports", 50, "most recent reports a story lead is written from"),
    ("topic_lead_sentences", 4, "most sentences in a generated topic lead"),
    ("page_size", 30, "stories on one topic page"),
    ("entities", True, "extract entities during ingest"),
    ("topics_auto", True, "assign built-in and user topics during ingest"),
    ("llm_url", "", "OpenAI-compatible chat endpoint for optional abstractive rewriting"),
    ("llm_model", "", "model name for the chat endpoint"),
    ("llm_key", "", "API key for the chat endpoint (or $BANTIN_LLM_KEY)"),
]


@dataclass(frozen=True, slots=True)
class Settings:
    batch_size: int = 1000
    workers: int = 0
    topics_file: str = ""
    brief_max_words: int = 60
    brief_max_sentences: int = 3
    story_lead_words: int = 0
    story_lead_max_reports: int = 50
    topic_lead_sentences: int = 4
    page_size: int = 30
    entities: bool = True
    topics_auto: bool = True
    llm_url: str = ""
    llm_model: str = ""
    llm_key: str = field(default="", repr=False)


class SettingsError(ValueError):
    pass


_DEFAULTS = {name: default for name, default, _ in SETTINGS}
assert set(_DEFAULTS) == {f.name for f in fields(Settings)}, "SETTINGS and Settings disagree"


def _coerce(name: str, value: Any, origin: str) -> Any:
    if name not in _DEFAULTS:
        raise SettingsError(f"{origin}: unknown setting {name!r} (see bantin --help-settings)")
    default = _DEFAULTS[name]
    try:
        if isinstance(default, bool):
            if isinstance(value, bool):
                return value
            low = str(value).strip().lower()
            if low in ("1", "true", "yes", "on"):
                return True
            if low in ("0", "false", "no", "off"):
                return False
            raise ValueError(value)
        if isinstance(default, int):
            return int(value)
        return str(value)
    except ValueError:
        raise SettingsError(
            f"{origin}: setting {name!r} expects {type(default).__name__}, got {value!r}"
        ) from None


def load_settings(config: str | Path | None = None, overrides: list[str] | None = None) -> Settings:
    values: dict[str, Any] = {}
    if config:
        path = Path(config)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise SettingsError(f"{path}: config file not found") from None
        except tomllib.TOMLDecodeError as e:
            raise SettingsError(f"{path}: invalid TOML ({e})") from None
        section = data.get("settings", data)
        for k, v in section.items():
            if isinstance(v, dict):
                continue
            values[k] = _coerce(k, v, str(path))
    for item in overrides or []:
        if "=" not in item:
            raise SettingsError(f"--setting {item!r}: expected name=value")
        k, v = item.split("=", 1)
        values[k.strip()] = _coerce(k.strip(), v, "--setting")
    if not values.get("llm_key") and os.environ.get("BANTIN_LLM_KEY"):
        values["llm_key"] = os.environ["BANTIN_LLM_KEY"]
    return replace(Settings(), **values)


def settings_help() -> str:
    width = max(len(n) for n, _, _ in SETTINGS)
    return "\n".join(f"{n:<{width}}  {d!r:<8}  {h}" for n, d, h in SETTINGS)
