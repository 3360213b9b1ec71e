"""The `hypewatch` command's own subcommands: accounts, export, clear errors."""
import json
import subprocess
import sys

from click.testing import CliRunner

from hypewatch.cli import main
from storage import open_database
from storage.articles import save_analysis, store_article
from tests.samples import PAGE, RESULT


def run(*args, env=None):
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def test_every_command_has_help():
    for name, command in main.commands.items():
        result = run(name, "--help")
        assert result.exit_code == 0, name
        assert command.get_short_help_str() and "Usage:" in result.output, name


def test_users_add_takes_the_password_from_the_environment(home):
    result = run("users", "add", "maria", "--role", "journalist", env={"HYPEWATCH_PASSWORD": "s3cret-pass"})
    assert result.exit_code == 0, result.output
    assert "maria\tjournalist" in run("users", "list").output
    again = run("users", "add", "maria", "--role", "journalist", env={"HYPEWATCH_PASSWORD": "s3cret-pass"})
    assert again.exit_code == 1 and "exists already" in again.output


def test_users_add_without_a_password_says_so(home):
    result = run("users", "add", "maria", "--role", "editor", env={"HYPEWATCH_PASSWORD": ""})
    assert result.exit_code == 1
    assert "HYPEWATCH_PASSWORD" in result.output


def test_users_password_sets_a_new_one(home, database_url):
    from storage.models import User
    from storage.users import authenticate
    run("users", "add", "ada", "--role", "admin", env={"HYPEWATCH_PASSWORD": "forgotten-pass"})
    result = run("users", "password", "ada", env={"HYPEWATCH_PASSWORD": "remembered-pass"})
    assert result.exit_code == 0 and "new password set for ada" in result.output
    with open_database(database_url).session() as session:
        assert authenticate(session, "ada", "forgotten-pass") is None
        assert isinstance(authenticate(session, "ada", "remembered-pass"), User)
    unknown = run("users", "password", "nobody", env={"HYPEWATCH_PASSWORD": "remembered-pass"})
    assert unknown.exit_code == 1 and "no user 'nobody'" in unknown.output
    short = run("users", "password", "ada", env={"HYPEWATCH_PASSWORD": "short"})
    assert short.exit_code == 1 and "at least 8 characters" in short.output


def test_users_disable_and_enable(home, database_url):
    from storage.models import AuditEvent, User
    run("users", "add", "leaver", "--role", "journalist", env={"HYPEWATCH_PASSWORD": "a long password"})
    assert run("users", "disable", "leaver").output == "leaver is disabled\n"
    assert "leaver\tjournalist\tdisabled" in run("users", "list").output
    with open_database(database_url).session() as session:
        assert session.query(User).filter_by(name="leaver").one().disabled_at is not None
    assert run("users", "enable", "leaver").output == "leaver is enabled\n"
    assert "leaver\tjournalist\n" in run("users", "list").output
    with open_database(database_url).session() as session:
        assert [e.action for e in session.query(AuditEvent).filter_by(entity="user")] == ["disable", "enable"]
    assert run("users", "disable", "nobody").exit_code == 1


def test_export_writes_one_object_per_story(home, database_url):
    db = open_database(database_url)
    with db.session() as session:
        save_analysis(session, store_article(session, PAGE, source="demo"),
                      dict(RESULT, references=[{"kind": "journal", "value": "Lancet"}, {"kind": "doi", "value": "10.1/x"}]))
    result = CliRunner().invoke(main, ["export", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert set(record) == {"url", "title", "published", "source", "text", "score", "criteria", "cluster_id",
                           "references", "out_of_scope", "sentences"}
    assert record["out_of_scope"] is None
    assert record["references"] == [{"kind": "journal", "value": "Lancet"}, {"kind": "doi", "value": "10.1/x"}]
    assert record["url"] == PAGE["url"] and record["sentences"][0]["labels"] == ["cure"]
    assert record["sentences"][0]["triggers"] == RESULT["sentences"][0]["triggers"]
    assert record["criteria"] == RESULT["criteria"]


def test_a_database_that_does_not_connect_is_one_line_and_exit_1(tmp_path):
    env = {"HYPEWATCH_HOME": str(tmp_path), "HYPEWATCH_DATABASE_URL": "postgresql+psycopg://x@127.0.0.1:1/none",
           "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([sys.executable, "-m", "hypewatch", "export"], capture_output=True, text=True, env=env)
    assert proc.returncode == 1
    assert "cannot connect" in proc.stderr and "Traceback" not in proc.stderr
