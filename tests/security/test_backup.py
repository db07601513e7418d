"""The documented backup and restore commands (bin/backup, bin/restore) round-trip the database
and the media files into a fresh PostgreSQL database."""

import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

from tests.conftest import require_service

ROOT = Path(__file__).resolve().parents[2]


def database_url(name: str) -> str:
    s = connection.settings_dict
    user = s.get("USER") or "postgres"
    password = f":{s['PASSWORD']}" if s.get("PASSWORD") else ""
    return (
        f"postgres://{user}{password}@{s.get('HOST') or '127.0.0.1'}:{s.get('PORT') or 5432}/{name}"
    )


def table_counts(url: str) -> dict[str, int]:
    import psycopg

    with psycopg.connect(url) as db, db.cursor() as cursor:
        cursor.execute(
            "select table_name from information_schema.tables "
            "where table_schema = 'public' and table_type = 'BASE TABLE' order by 1"
        )
        tables = [row[0] for row in cursor.fetchall()]
        counts = {}
        for table in tables:
            cursor.execute(f'select count(*) from "{table}"')  # names from the catalogue
            counts[table] = cursor.fetchone()[0]
        return counts


def run(script: str, folder: Path, url: str, media: Path):
    env = {**os.environ, "DATABASE_URL": url, "MEDIA_ROOT": str(media)}
    return subprocess.run(
        [str(ROOT / "bin" / script), str(folder)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.mark.django_db(transaction=True)
def test_backup_then_restore_into_a_fresh_database_gives_the_same_counts(tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip(
            "bin/backup and bin/restore work on PostgreSQL; this runs in the PostgreSQL pass"
        )
    require_service("pg_dump", shutil.which("pg_dump") is not None, "install postgresql-client")
    call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    media = tmp_path / "media"
    (media / "original_images").mkdir(parents=True)
    (media / "original_images" / "poster.jpg").write_bytes(b"\xff\xd8\xff demo bytes")

    source_url = database_url(connection.settings_dict["NAME"])
    backup = tmp_path / "backup"
    result = run("backup", backup, source_url, media)
    assert result.returncode == 0, result.stderr
    assert (backup / "database.dump").stat().st_size > 0

    fresh = f"passerelle_restore_{uuid.uuid4().hex[:8]}"
    with connection.cursor() as cursor:
        cursor.execute(f'create database "{fresh}"')
    try:
        restored_media = tmp_path / "restored-media"
        result = run("restore", backup, database_url(fresh), restored_media)
        assert result.returncode == 0, result.stderr
        assert table_counts(database_url(fresh)) == table_counts(source_url)
        assert (restored_media / "original_images" / "poster.jpg").read_bytes() == (
            media / "original_images" / "poster.jpg"
        ).read_bytes()
        # Restoring twice into the same database is refused, not merged.
        again = run("restore", backup, database_url(fresh), restored_media)
        assert again.returncode == 2
        assert "not empty" in again.stderr
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f'drop database if exists "{fresh}" with (force)')


def test_backup_refuses_a_database_that_is_not_postgresql(tmp_path):
    result = run("backup", tmp_path / "b", "sqlite:///tmp/x.sqlite3", tmp_path / "media")
    assert result.returncode == 2
    assert "PostgreSQL URL" in result.stderr


def test_restore_explains_a_folder_that_is_not_a_backup(tmp_path):
    result = run("restore", tmp_path, "postgres://postgres@127.0.0.1:5432/nothing", tmp_path / "m")
    assert result.returncode == 2
    assert "is missing" in result.stderr
