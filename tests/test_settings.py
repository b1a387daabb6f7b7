"""Settings in layers: defaults -> file -> environment -> command line; bad values said clearly."""

from __future__ import annotations

import dataclasses

import pytest
from typer.testing import CliRunner

from vaarta.cli import app
from vaarta.settings import Settings, SettingsError, load_settings
from vaarta.store import open_store


def test_layers_override_in_order(tmp_path):
    file = tmp_path / "settings.toml"
    file.write_text('db = "sqlite:///from-file.db"\nmax_body = 1000\nkb_extra = ["/a", "/b"]\n', encoding="utf-8")
    s = load_settings(env={"VAARTA_SETTINGS": str(file)})
    assert (s.db, s.max_body, s.kb_extra, s.token) == ("sqlite:///from-file.db", 1000, ("/a", "/b"), None)
    s = load_settings(env={"VAARTA_SETTINGS": str(file), "VAARTA_DB": "sqlite:///env.db", "VAARTA_TOKEN": "t"})
    assert (s.db, s.max_body, s.token) == ("sqlite:///env.db", 1000, "t")
    s = load_settings(env={"VAARTA_SETTINGS": str(file), "VAARTA_DB": "sqlite:///env.db"}, db="sqlite:///cli.db",
                      batch=None)
    assert s.db == "sqlite:///cli.db" and s.batch == Settings().batch
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.db = "x"  # type: ignore[misc]


@pytest.mark.parametrize("content,message", [
    ("colour = 'blue'\n", "unknown setting 'colour'"),
    ("max_body = 'big'\n", "max_body must be a whole number"),
    ("batch = 0\n", "batch must be at least 1"),
    ("db = [1]\n", "db must be text"),
    ("db = \n", "not valid TOML"),
])
def test_bad_settings_name_the_file_and_the_problem(tmp_path, content, message):
    file = tmp_path / "s.toml"
    file.write_text(content, encoding="utf-8")
    with pytest.raises(SettingsError, match=message) as info:
        load_settings(env={"VAARTA_SETTINGS": str(file)})
    assert str(file) in str(info.value)


def test_the_cli_reads_the_database_from_the_settings(tmp_path, monkeypatch):
    file = tmp_path / "s.toml"
    file.write_text(f'db = "sqlite:///{tmp_path / "set.db"}"\n', encoding="utf-8")
    monkeypatch.setenv("VAARTA_SETTINGS", str(file))
    monkeypatch.delenv("VAARTA_DB", raising=False)
    res = CliRunner().invoke(app, ["stats"])  # read from the settings' path, which is not there yet
    assert res.exit_code == 2 and str(tmp_path / "set.db") in res.output
    open_store(f"sqlite:///{tmp_path / 'set.db'}").close()
    res = CliRunner().invoke(app, ["stats"])
    assert res.exit_code == 0 and "0 documents" in res.output
    file.write_text("db = 5\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["stats"])
    assert res.exit_code == 2 and "db must be text" in res.output
