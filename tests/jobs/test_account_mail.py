"""An account's e-mail address, confirmed by a mailed link, and a forgotten password reset through it:
the real web app over HTTP and a real SMTP server on loopback."""
from __future__ import annotations

import re
import time
from datetime import timedelta

from sqlalchemy import select

from storage.models import AuditEvent, LoginThrottle, User, utcnow
from storage.users import add_user, set_disabled
from tests.jobs.conftest import Browser

CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def csrf(web, path):
    return CSRF.search(web.get(path)[1]).group(1)


def link_in(mail, path):
    """The one link to `path` in the plain part, which the HTML part carries too."""
    plain = mail.get_body(("plain",)).get_content()
    link = re.search(rf"http://\S+{path}\S+", plain).group(0)
    assert link in mail.get_body(("html",)).get_content()
    return link


def mails_to(smtp, address, count):
    """The mails to `address` once there are `count` of them: reset links go out just after the page answers."""
    deadline = time.monotonic() + 10
    while len(smtp.sink.to(address)) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.2)  # and no more come
    return smtp.sink.to(address)


def accounts(db, *names, role="journalist"):
    with db.session() as session:
        for name in names:
            add_user(session, name, role, f"{name}'s password")


def user(db, name):
    with db.session() as session:
        found = session.scalar(select(User).where(User.name == name))
        session.expunge(found)
        return found


def give_address(db, name, email):
    with db.session() as session:
        session.scalar(select(User).where(User.name == name)).email = email


def test_an_address_is_stored_only_when_its_owner_follows_the_mailed_link(jobs_db, web, smtp):
    accounts(jobs_db, "ann", "bob")
    web.log_in("ann", "ann's password")
    token = csrf(web, "/auth/account")
    assert web.post("/auth/email", {"email": "ann@example.org"})[0] == 400  # no CSRF token: refused, nothing sent
    status, page = web.post("/auth/email", {"csrf_token": token, "email": "not an address"})
    assert status == 400 and "not an e-mail address" in page
    assert smtp.sink.messages == []

    assert web.post("/auth/email", {"csrf_token": token, "email": "Ann@Example.ORG"})[0] == 302
    assert "We have mailed a link to Ann@example.org" in web.get("/auth/account")[1]
    assert user(jobs_db, "ann").email is None  # nothing stored yet
    [mail] = smtp.sink.to("Ann@example.org")
    assert mail["Subject"] == "Confirm your e-mail address for Hypewatch"
    link = link_in(mail, "/auth/email/")

    bob = Browser(web.base_url)
    bob.log_in("bob", "bob's password")
    status, page = bob.get(link)  # the link is ann's: bob cannot take her address
    assert status == 403 and "another account" in page
    assert web.get(link[:-3] + "xyz")[0] == 400  # an altered link
    status, page = web.get(link)  # following it shows a button; a mail scanner's visit confirms nothing
    assert status == 200 and "Ann@example.org will be the address of the account ann" in page
    assert user(jobs_db, "ann").email is None

    assert web.post(link, {"csrf_token": token})[0] == 302
    page = web.get("/auth/account")[1]
    assert "Your e-mail address is Ann@example.org." in page
    ann = user(jobs_db, "ann")
    assert (ann.email, ann.notices) == ("Ann@example.org", ["assigned", "rejected", "watches"])
    assert 'value="assigned" checked' in page and 'value="approved" checked' not in page
    assert 'value="waiting"' not in page  # offered to editors only

    assert web.post("/auth/notices", {"csrf_token": token, "notice": ["approved", "nonsense", "waiting"]})[0] == 302
    assert "Notices saved." in web.get("/auth/account")[1]
    assert user(jobs_db, "ann").notices == ["approved"]  # "waiting" is for editors
    assert user(jobs_db, "ann").notice_hour is None  # as they come, unless asked
    web.post("/auth/notices", {"csrf_token": token, "notice": ["approved"], "hour": "7"})
    assert user(jobs_db, "ann").notice_hour == 7
    assert '<option value="7" selected>once a day, at 07:00</option>' in web.get("/auth/account")[1]
    web.post("/auth/notices", {"csrf_token": token, "notice": ["approved"], "hour": "25"})
    assert user(jobs_db, "ann").notice_hour is None

    assert web.post("/auth/email", {"csrf_token": token, "action": "remove"})[0] == 302
    assert "Your e-mail address is removed" in web.get("/auth/account")[1]
    assert user(jobs_db, "ann").email is None
    with jobs_db.session() as session:  # a month later she gives it again: the month without it is not mailed
        session.scalar(select(User).where(User.name == "ann")).notified_until -= timedelta(days=30)
    web.post("/auth/email", {"csrf_token": token, "email": "ann@example.org"})
    assert web.post(link_in(smtp.sink.to("ann@example.org")[-1], "/auth/email/"), {"csrf_token": token})[0] == 302
    assert utcnow() - user(jobs_db, "ann").notified_until < timedelta(minutes=1)
    with jobs_db.session() as session:
        assert [e.after for e in session.scalars(select(AuditEvent).where(AuditEvent.action == "set_email")
                                                 .order_by(AuditEvent.id))] == [
            {"email": "Ann@example.org"}, {"email": None}, {"email": "ann@example.org"}]


def test_a_mail_server_that_is_down_is_said_and_nothing_is_stored(jobs_db, web, smtp):
    accounts(jobs_db, "ann")
    smtp.stop()
    web.log_in("ann", "ann's password")
    status, page = web.post("/auth/email", {"csrf_token": csrf(web, "/auth/account"), "email": "ann@example.org"})
    assert status == 503 and "could not send the mail just now" in page
    assert user(jobs_db, "ann").email is None


def test_a_forgotten_password_is_reset_once_through_the_confirmed_address(jobs_db, web, smtp):
    accounts(jobs_db, "ann", "bob", "cat")
    give_address(jobs_db, "ann", "ann@example.org")
    give_address(jobs_db, "cat", "cat@example.org")
    with jobs_db.session() as session:
        set_disabled(session.scalar(select(User).where(User.name == "cat")), True)
    elsewhere = Browser(web.base_url)
    elsewhere.log_in("ann", "ann's password")  # a session that the new password must end

    assert "Forgot your password?" in web.get("/auth/login")[1]
    token = csrf(web, "/auth/forgot")
    assert web.post("/auth/forgot", {"name": "ann"})[0] == 400  # CSRF
    answers = {name: web.post("/auth/forgot", {"csrf_token": token, "name": name})
               for name in ("nobody", "bob", "cat", "ANN@example.org")}
    # the same answer whoever is asked for: no account, no address, disabled, or a real one
    assert {status for status, _ in answers.values()} == {200}
    assert len({page for _, page in answers.values()}) == 1
    [mail] = mails_to(smtp, "ann@example.org", 1)
    assert len(smtp.sink.messages) == 1
    assert mail["Subject"] == "Reset your Hypewatch password"
    link = link_in(mail, "/auth/reset/")

    status, page = web.get(link)
    assert status == 200 and "Account: <strong>ann</strong>" in page
    token = CSRF.search(page).group(1)
    status, page = web.post(link, {"csrf_token": token, "new": "a fresh password", "confirm": "another one"})
    assert status == 400 and "differ" in page
    status, page = web.post(link, {"csrf_token": token, "new": "short", "confirm": "short"})
    assert status == 400 and "at least 8 characters" in page
    assert web.post(link, {"csrf_token": token, "new": "a fresh password", "confirm": "a fresh password"})[0] == 302
    assert "Your password is changed" in web.get("/auth/login")[1]

    status, page = web.get(link)  # once only
    assert status == 400 and "has been used" in page
    assert elsewhere.get("/auth/account")[0] == 302  # the other session ended
    fresh = Browser(web.base_url)
    fresh.log_in("ann", "a fresh password")
    with jobs_db.session() as session:
        assert session.scalar(select(AuditEvent.action).where(AuditEvent.action == "reset_password")) is not None


def test_reset_links_expire_and_each_account_gets_few_of_them(jobs_db, web, smtp, monkeypatch):
    from digest import links
    accounts(jobs_db, "ann")
    give_address(jobs_db, "ann", "ann@example.org")
    token = csrf(web, "/auth/forgot")
    for _ in range(5):
        assert web.post("/auth/forgot", {"csrf_token": token, "name": "ann"})[0] == 200
    assert len(mails_to(smtp, "ann@example.org", 3)) == 3  # RESETS_PER_HOUR
    link = link_in(smtp.sink.to("ann@example.org")[0], "/auth/reset/")
    monkeypatch.setattr(links, "RESET_MAX_AGE", timedelta(seconds=-1))
    status, page = web.get(link)
    assert status == 400 and "expired" in page

    for _ in range(5):  # one client asking again and again is stopped too
        web.post("/auth/forgot", {"csrf_token": token, "name": "someone"})
    status, page = web.post("/auth/forgot", {"csrf_token": token, "name": "ann"})
    assert status == 429 and "Too many requests" in page

    with jobs_db.session() as session:  # two hours later both counts start again: "an hour" means an hour
        for row in session.scalars(select(LoginThrottle)):
            row.last_failure_at -= timedelta(hours=2)
            row.locked_until = row.locked_until and row.locked_until - timedelta(hours=2)
    assert web.post("/auth/forgot", {"csrf_token": token, "name": "ann"})[0] == 200
    assert len(mails_to(smtp, "ann@example.org", 4)) == 4
    for _ in range(2):
        web.post("/auth/forgot", {"csrf_token": token, "name": "ann"})
    assert len(mails_to(smtp, "ann@example.org", 6)) == 6


def test_an_admin_adds_someone_by_address_and_they_choose_their_own_password(jobs_db, web, smtp):
    accounts(jobs_db, "ada", role="admin")
    web.log_in("ada", "ada's password")
    token = csrf(web, "/admin/users")
    status, page = web.post("/admin/users", {"csrf_token": token, "name": "dan", "role": "journalist"})
    assert status == 400 and "give a password, or an e-mail address" in page
    assert web.post("/admin/users", {"csrf_token": token, "name": "dan", "role": "journalist",
                                     "email": "dan@example.org"})[0] == 302
    page = web.get("/admin/users")[1]
    assert "Mailed dan a link to choose a password (dan@example.org)" in page
    [mail] = smtp.sink.to("dan@example.org")
    assert mail["Subject"] == "Choose your Hypewatch password" and "ada sent you this link" in mail.get_body(
        ("plain",)).get_content()
    link = link_in(mail, "/auth/welcome/")
    dan = user(jobs_db, "dan")
    assert (dan.email, dan.notices) == ("dan@example.org", ["assigned", "rejected", "watches"])

    page = web.get(link)[1]  # works whoever follows it, like a reset link
    choose = {"csrf_token": CSRF.search(page).group(1), "new": "dan's own password", "confirm": "dan's own password"}
    assert web.post(link, choose)[0] == 302
    assert web.get(link)[0] == 400  # once only
    Browser(web.base_url).log_in("dan", "dan's own password")

    # "Mail a link" again, for someone locked out; the mail server down is said, and the account stays
    smtp.stop()
    assert web.post("/admin/users", {"csrf_token": token, "name": "eli", "role": "editor",
                                     "email": "eli@example.org"})[0] == 302
    assert "could not be mailed to eli@example.org just now" in web.get("/admin/users")[1]
    assert user(jobs_db, "eli").email == "eli@example.org"
    smtp.start()
    eli = user(jobs_db, "eli")
    assert web.post(f"/admin/users/{eli.id}/link", {"csrf_token": token})[0] == 302
    assert len(smtp.sink.to("eli@example.org")) == 1
    assert web.post(f"/admin/users/{user(jobs_db, 'ada').id}/link", {"csrf_token": token})[0] == 400  # no address


def test_the_command_line_adds_someone_by_address_who_chooses_their_password(config, jobs_db, smtp, monkeypatch):
    from click.testing import CliRunner

    from hypewatch.cli import main
    monkeypatch.delenv("HYPEWATCH_PASSWORD", raising=False)
    result = CliRunner().invoke(main, ["users", "add", "fay", "--role", "editor", "--email", "Fay@Example.ORG"])
    assert result.exit_code == 0, result.output
    assert "added fay (editor), Fay@example.org" in result.output and "mailed Fay@example.org a link" in result.output
    [mail] = smtp.sink.to("Fay@example.org")
    assert "An admin sent you this link" in mail.get_body(("plain",)).get_content()
    assert "/auth/welcome/" in link_in(mail, "/auth/welcome/")
    assert user(jobs_db, "fay").email == "Fay@example.org"

    smtp.stop()
    down = CliRunner().invoke(main, ["users", "add", "gil", "--role", "journalist", "--email", "gil@example.org"])
    assert down.exit_code == 1 and "could not be mailed" in down.output and "added gil" in down.output
    bad = CliRunner().invoke(main, ["users", "add", "hal", "--role", "journalist", "--email", "not an address"])
    assert bad.exit_code == 1 and "not an e-mail address" in bad.output
    with_password = CliRunner().invoke(main, ["users", "add", "ida", "--role", "journalist", "--email", "ida@example.org"],
                                       env={"HYPEWATCH_PASSWORD": "ida's password"})
    assert with_password.exit_code == 0 and "mailed" not in with_password.output  # nothing to choose
