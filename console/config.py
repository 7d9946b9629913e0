"""Settings: defaults < TOML file (--config PATH) < environment (ORDER_CONSOLE_<NAME>).

No I/O at import. `load()` reads the file and the environment; `check_files()` checks that the key
files named in the settings can be read. Every failure is a ConfigError naming the setting or the
file, which the command line prints as one line with exit code 2.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

ENV_PREFIX = "ORDER_CONSOLE_"


class ConfigError(Exception):
    """A setting or file is wrong. The message is one sentence naming it."""


def default_data_dir() -> str:
    import platformdirs  # local: keeps import of this module free of anything but the stdlib

    return platformdirs.user_data_dir("order-console", appauthor=False)


@dataclass(frozen=True)
class Settings:
    # Backends; empty means the embedded default (SQLite file, embedded Redis, DB-backed queue).
    db_url: str = ""
    redis_url: str = ""
    amqp_url: str = ""
    # Timers, in seconds.
    pay_timeout: int = 1800
    stock_release_delay: int = 3000
    auto_approve_after: int = 432000
    auto_confirm_after: int = 864000
    dispute_sla: int = 172800
    sweep_interval: int = 60
    payment_query_after: int = 600
    refund_retry_interval: int = 3
    # Messaging.
    relay_batch: int = 500
    consumer_prefetch: int = 20
    max_deliveries: int = 5
    # Alipay; an empty app id means the project's own sandbox on loopback.
    alipay_app_id: str = ""
    alipay_app_private_key: str = ""
    alipay_public_key: str = ""
    alipay_gateway: str = ""
    alipay_seller_id: str = ""
    sandbox_port: int = 18090
    notify_host: str = "127.0.0.1"
    notify_port: int = 18080
    notify_url: str = ""
    # Console.
    data_dir: str = ""
    language: str = "en"
    log_level: str = "INFO"
    demo: bool = field(default=False, metadata={"env": False})

    # --- derived ---------------------------------------------------------------------------
    @property
    def data_path(self) -> Path:
        return Path(self.data_dir or default_data_dir())

    @property
    def embedded_db(self) -> bool:
        return not self.db_url

    @property
    def embedded_redis(self) -> bool:
        return not self.redis_url

    @property
    def embedded_broker(self) -> bool:
        return not self.amqp_url

    @property
    def use_sandbox(self) -> bool:
        return not self.alipay_app_id

    @property
    def effective_db_url(self) -> str:
        return self.db_url or f"sqlite:///{self.data_path / 'console.db'}"

    @property
    def effective_notify_url(self) -> str:
        return self.notify_url or f"http://{self.notify_host}:{self.notify_port}/payed/notify"

    def describe(self) -> dict[str, str]:
        """Settings for display and logs, with passwords in URLs and key material hidden."""
        out: dict[str, str] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if f.name.endswith("_url") and value:
                value = redact_url(str(value))
            out[f.name] = str(value)
        return out

    def __repr__(self) -> str:
        return f"Settings({self.describe()})"




def redact_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
    return urlunsplit(parts._replace(netloc=netloc))


def env_name(field_name: str) -> str:
    return ENV_PREFIX + field_name.upper()


def _fields() -> dict[str, dataclasses.Field[Any]]:
    return {f.name: f for f in dataclasses.fields(Settings) if f.metadata.get("env", True)}


def _coerce(name: str, raw: Any, kind: Any, origin: str) -> Any:
    where = f"{origin} {name}" if origin else name
    if kind in (int, "int"):
        if isinstance(raw, bool):
            raise ConfigError(f"setting {where} must be a whole number of seconds or a count, got {raw!r}")
        try:
            value = int(str(raw).strip())
        except ValueError:
            raise ConfigError(f"setting {where} must be a whole number, got {raw!r}") from None
        if value < 0:
            raise ConfigError(f"setting {where} must not be negative, got {value}")
        return value
    if kind in (bool, "bool"):
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in ("1", "true", "yes", "on"):
            return True
        if text in ("0", "false", "no", "off", ""):
            return False
        raise ConfigError(f"setting {where} must be true or false, got {raw!r}")
    if not isinstance(raw, str):
        raise ConfigError(f"setting {where} must be text, got {raw!r}")
    return raw.strip()


def load(config_path: str | None = None, environ: Mapping[str, str] | None = None,
         **overrides: Any) -> Settings:
    """Build settings from defaults, an optional TOML file, the environment and overrides."""
    env = os.environ if environ is None else environ
    known = _fields()
    values: dict[str, Any] = {}

    if config_path:
        path = Path(config_path)
        try:
            with path.open("rb") as fh:
                data = tomllib.load(fh)
        except FileNotFoundError:
            raise ConfigError(f"config file {path} does not exist") from None
        except PermissionError:
            raise ConfigError(f"config file {path} cannot be read (permission denied)") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
        except OSError as exc:
            raise ConfigError(f"config file {path} cannot be read: {exc.strerror}") from None
        for key, raw in data.items():
            name = key.lower().replace("-", "_")
            if name not in known:
                raise ConfigError(f"unknown setting {key!r} in config file {path}")
            values[name] = _coerce(name, raw, known[name].type, f"{path}:")

    for key, raw in env.items():
        if not key.startswith(ENV_PREFIX):
            continue
        name = key[len(ENV_PREFIX):].lower()
        if name not in known:
            raise ConfigError(f"unknown setting {key} in the environment")
        values[name] = _coerce(key, raw, known[name].type, "")

    for name, raw in overrides.items():
        if raw is not None:
            values[name] = raw

    settings = Settings(**values)
    validate(settings)
    return settings


_DB_SCHEMES = ("sqlite", "postgresql", "mysql", "mariadb")


def validate(s: Settings) -> None:
    if s.db_url:
        from sqlalchemy.engine import make_url  # pure parsing, no I/O
        from sqlalchemy.exc import ArgumentError

        try:
            url = make_url(s.db_url)
        except ArgumentError:
            raise ConfigError(f"setting {env_name('db_url')} is not a database URL: "
                              f"{redact_url(s.db_url)!r}") from None
        if url.get_backend_name() not in _DB_SCHEMES:
            raise ConfigError(f"setting {env_name('db_url')} names an unsupported database "
                              f"{url.get_backend_name()!r} (use sqlite, postgresql, mysql or mariadb)")
    _check_url("redis_url", s.redis_url, ("redis", "rediss", "unix"))
    _check_url("amqp_url", s.amqp_url, ("amqp", "amqps"))
    _check_url("alipay_gateway", s.alipay_gateway, ("http", "https"))
    _check_url("notify_url", s.notify_url, ("http", "https"))
    for name in ("notify_port", "sandbox_port"):
        port = getattr(s, name)
        if not 0 < port < 65536:
            raise ConfigError(f"setting {env_name(name)} must be a TCP port (1-65535), got {port}")
    if s.language not in ("en", "zh_CN"):
        raise ConfigError(f"setting {env_name('language')} must be en or zh_CN, got {s.language!r}")
    if s.pay_timeout == 0 or s.stock_release_delay <= s.pay_timeout:
        raise ConfigError(
            f"setting {env_name('stock_release_delay')} ({s.stock_release_delay}) must be longer than "
            f"{env_name('pay_timeout')} ({s.pay_timeout}), or stock is released before the order closes")
    if s.sweep_interval == 0:
        raise ConfigError(f"setting {env_name('sweep_interval')} must be at least 1 second")
    if bool(s.alipay_app_id) and not (s.alipay_app_private_key and s.alipay_public_key):
        raise ConfigError(f"setting {env_name('alipay_app_id')} needs {env_name('alipay_app_private_key')} "
                          f"and {env_name('alipay_public_key')} (key files)")


def _check_url(name: str, value: str, schemes: tuple[str, ...]) -> None:
    if not value:
        return
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise ConfigError(f"setting {env_name(name)} is not a valid URL: {redact_url(value)!r}") from None
    if parts.scheme not in schemes or (parts.scheme != "unix" and not parts.hostname):
        raise ConfigError(f"setting {env_name(name)} must be a {'/'.join(schemes)} URL with a host, "
                          f"got {redact_url(value)!r}")


def check_files(s: Settings) -> None:
    """The key files must exist and be readable; raises ConfigError naming the first that is not."""
    for name in ("alipay_app_private_key", "alipay_public_key"):
        value = getattr(s, name)
        if not value:
            continue
        path = Path(value)
        try:
            text = path.read_text(encoding="ascii")
        except FileNotFoundError:
            raise ConfigError(f"key file {path} ({env_name(name)}) does not exist") from None
        except (PermissionError, IsADirectoryError):
            raise ConfigError(f"key file {path} ({env_name(name)}) cannot be read") from None
        except (UnicodeDecodeError, OSError):
            raise ConfigError(f"key file {path} ({env_name(name)}) is not a PEM or base64 key") from None
        if not text.strip():
            raise ConfigError(f"key file {path} ({env_name(name)}) is empty")
