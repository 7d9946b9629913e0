"""Settings precedence (defaults < TOML < environment) and every bad-input case of the foundation."""

from __future__ import annotations

from pathlib import Path

import pytest

from console import config


def test_defaults_are_the_design_values() -> None:
    s = config.load(environ={})
    assert (s.pay_timeout, s.stock_release_delay) == (1800, 3000)
    assert (s.auto_approve_after, s.auto_confirm_after) == (432000, 864000)
    assert s.embedded_db and s.embedded_redis and s.embedded_broker and s.use_sandbox
    assert s.effective_db_url.startswith("sqlite:///") and s.effective_db_url.endswith("console.db")


def test_file_overrides_defaults_and_environment_overrides_file(tmp_path: Path) -> None:
    f = tmp_path / "c.toml"
    f.write_text('pay_timeout = 60\nstock_release_delay = 120\nredis_url = "redis://file:6379/1"\n')
    s = config.load(str(f), environ={})
    assert (s.pay_timeout, s.stock_release_delay, s.redis_url) == (60, 120, "redis://file:6379/1")
    s = config.load(str(f), environ={"ORDER_CONSOLE_PAY_TIMEOUT": "30",
                                     "ORDER_CONSOLE_REDIS_URL": "redis://env:6379/2"})
    assert (s.pay_timeout, s.stock_release_delay, s.redis_url) == (30, 120, "redis://env:6379/2")


def test_every_setting_has_an_environment_variable() -> None:
    for name in ("DB_URL", "REDIS_URL", "AMQP_URL", "PAY_TIMEOUT", "STOCK_RELEASE_DELAY", "AUTO_APPROVE_AFTER",
                 "AUTO_CONFIRM_AFTER", "SWEEP_INTERVAL", "ALIPAY_APP_ID", "ALIPAY_APP_PRIVATE_KEY",
                 "ALIPAY_PUBLIC_KEY", "ALIPAY_GATEWAY", "NOTIFY_HOST", "NOTIFY_PORT", "DATA_DIR"):
        assert name.lower() in config._fields(), name
        assert config.env_name(name.lower()) == f"ORDER_CONSOLE_{name}"


def test_secrets_are_not_shown() -> None:
    s = config.load(environ={"ORDER_CONSOLE_DB_URL": "postgresql://shop:s3cret@db.example/orders",
                             "ORDER_CONSOLE_AMQP_URL": "amqp://guest:hunter2@mq:5672/"})
    text = repr(s) + str(s.describe())
    assert "s3cret" not in text and "hunter2" not in text
    assert "postgresql://shop:***@db.example/orders" in text


@pytest.mark.parametrize(("environ", "needle"), [
    ({"ORDER_CONSOLE_NO_SUCH_THING": "1"}, "ORDER_CONSOLE_NO_SUCH_THING"),
    ({"ORDER_CONSOLE_PAY_TIMEOUT": "soon"}, "ORDER_CONSOLE_PAY_TIMEOUT"),
    ({"ORDER_CONSOLE_PAY_TIMEOUT": "-5"}, "ORDER_CONSOLE_PAY_TIMEOUT"),
    ({"ORDER_CONSOLE_DB_URL": "not a url"}, "ORDER_CONSOLE_DB_URL"),
    ({"ORDER_CONSOLE_DB_URL": "oracle://x/y"}, "ORDER_CONSOLE_DB_URL"),
    ({"ORDER_CONSOLE_REDIS_URL": "http://localhost"}, "ORDER_CONSOLE_REDIS_URL"),
    ({"ORDER_CONSOLE_REDIS_URL": "redis://host:99999"}, "ORDER_CONSOLE_REDIS_URL"),
    ({"ORDER_CONSOLE_AMQP_URL": "amqp://"}, "ORDER_CONSOLE_AMQP_URL"),
    ({"ORDER_CONSOLE_NOTIFY_PORT": "70000"}, "ORDER_CONSOLE_NOTIFY_PORT"),
    ({"ORDER_CONSOLE_LANGUAGE": "fr"}, "ORDER_CONSOLE_LANGUAGE"),
    ({"ORDER_CONSOLE_STOCK_RELEASE_DELAY": "10", "ORDER_CONSOLE_PAY_TIMEOUT": "20"},
     "ORDER_CONSOLE_STOCK_RELEASE_DELAY"),
    ({"ORDER_CONSOLE_ALIPAY_APP_ID": "2021000"}, "ORDER_CONSOLE_ALIPAY_APP_PRIVATE_KEY"),
])
def test_bad_settings_name_the_setting(environ: dict[str, str], needle: str) -> None:
    with pytest.raises(config.ConfigError, match=needle):
        config.load(environ=environ)


def test_bad_config_files(tmp_path: Path) -> None:
    with pytest.raises(config.ConfigError, match="does not exist"):
        config.load(str(tmp_path / "missing.toml"), environ={})
    broken = tmp_path / "broken.toml"
    broken.write_text("pay_timeout = = 3")
    with pytest.raises(config.ConfigError, match="not valid TOML"):
        config.load(str(broken), environ={})
    unknown = tmp_path / "unknown.toml"
    unknown.write_text("colour = 'red'\n")
    with pytest.raises(config.ConfigError, match="unknown setting 'colour'"):
        config.load(str(unknown), environ={})
    typed = tmp_path / "typed.toml"
    typed.write_text("pay_timeout = true\n")
    with pytest.raises(config.ConfigError, match="pay_timeout"):
        config.load(str(typed), environ={})


def test_key_files_checked(tmp_path: Path) -> None:
    missing = config.load(environ={"ORDER_CONSOLE_ALIPAY_PUBLIC_KEY": str(tmp_path / "none.pem")})
    with pytest.raises(config.ConfigError, match=r"none\.pem .*ORDER_CONSOLE_ALIPAY_PUBLIC_KEY.* does not exist"):
        config.check_files(missing)
    a_dir = config.load(environ={"ORDER_CONSOLE_ALIPAY_APP_PRIVATE_KEY": str(tmp_path)})
    with pytest.raises(config.ConfigError, match="cannot be read"):
        config.check_files(a_dir)
    empty = tmp_path / "empty.pem"
    empty.write_text("  \n")
    with pytest.raises(config.ConfigError, match="is empty"):
        config.check_files(config.load(environ={"ORDER_CONSOLE_ALIPAY_PUBLIC_KEY": str(empty)}))
    binary = tmp_path / "bin.pem"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(config.ConfigError, match="not a PEM"):
        config.check_files(config.load(environ={"ORDER_CONSOLE_ALIPAY_PUBLIC_KEY": str(binary)}))
