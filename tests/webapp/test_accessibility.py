"""Every page, as each of its audiences sees it and with something on it, passes axe-core's checks for
WCAG 2.2 levels A and AA and its best practices in headless chromium: names for every control and
column, contrast, target sizes, landmarks, tables, language. axe-core comes with the test dependency
`selenium-axe-python`; nothing is fetched."""
from __future__ import annotations

from importlib import resources

import pytest

from storage.models import Annotation, Correction, Sentence, StudyReference, User, Watch
from tests.crawler.loopback_site import FILLER, Page, Site, article_html
from tests.webapp.test_browser import PHONE, browser, keys, log_in, server, wait  # noqa: F401  (fixtures)

WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
AXE = resources.files("selenium_axe_python") / "axe-core" / "axe.min.js"


def audit(driver) -> list[tuple]:
    """axe-core's violations on the page the browser shows: (rule, impact, how many elements, the first one)."""
    driver.set_script_timeout(60)
    driver.execute_script(AXE.read_text())
    return [tuple(v) for v in driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}}).then("
        "  r => done(r.violations.map(v => [v.id, v.impact, v.nodes.length, v.nodes[0].html.slice(0, 200)])));",
        WCAG)]


@pytest.fixture(scope="module")
def verdict(server):  # noqa: F811
    """A published verdict and an annotation waiting for an editor, so those pages show them."""
    with server.extensions["hypewatch_db"].session() as session:
        story = server.ids["articles"]["Stem cells cure MS, scientists say"]
        first, second = session.query(Sentence).filter_by(article_id=story).order_by(Sentence.position).limit(2)
        editor = session.query(User).filter_by(name="editor").one()
        journalist = session.query(User).filter_by(name="journalist").one()
        published = Annotation(sentence_id=first.id, article_id=story, user_id=editor.id, verdict="agree",
                               labels=["cure"], status="approved", reviewed_by_id=editor.id)
        session.add_all([published, Annotation(sentence_id=second.id, article_id=story, user_id=journalist.id,
                                               verdict="disagree", labels=[], note="It says 'may'.", status="pending")])
        journalist.email, journalist.notices = "journalist@example.org", ["assigned"]  # the account page's notices
        session.add_all([Correction(article_id=story, contact="the health editor", note="Mouse study only.",
                                    requested_by_id=journalist.id),  # on the story page and the corrections page
                         Watch(user_id=journalist.id, query="label=cure")])  # on the account page
        diet = server.ids["articles"]["Diet and MS: a careful look"]  # the story's study, reported by another too
        session.add_all([StudyReference(article_id=story, kind="doi", value="10.1000/ms", position=0),
                         StudyReference(article_id=story, kind="journal", value="Lancet", position=1),
                         StudyReference(article_id=diet, kind="doi", value="10.1000/ms", position=0)])
        session.flush()
        return published.id


def reset_path(app) -> str:
    """A working link to choose a new password, as "Forgot your password?" mails it."""
    from digest.links import reset_path, reset_token
    from webapp.auth import session_stamp
    with app.test_request_context(), app.extensions["hypewatch_db"].session() as session:
        user = session.query(User).filter_by(name="journalist").one()
        return reset_path(reset_token(app.secret_key, user.id, session_stamp(user)))


def test_every_page_passes_the_wcag_checks(server, browser, verdict):  # noqa: F811
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    story = server.ids["articles"]["Stem cells cure MS, scientists say"]
    found = {}

    def visit(*paths):
        for path in paths:
            browser.get(server.base + path)
            if violations := audit(browser):
                found[path] = violations

    browser.delete_all_cookies()
    visit("/", "/verdicts/", "/verdicts/?q=stem+cells+cure+MS", f"/verdicts/{verdict}", "/digest/", "/digest/today",
          "/digest/subscribe", "/auth/login", "/auth/forgot", reset_path(server), "/no-such-page")
    log_in(browser, server, "journalist")
    copy = server.ids["articles"]["MS patients helped by stem cell trial"]
    visit(f"/queue/story/{story}/compare/{copy}", f"/corrections/story/{story}/draft", "/outlets/", "/outlets/other",
          "/outlets/example", "/studies/?days=365")
    visit("/queue/", "/queue/?q=nothing+matches+this", f"/queue/story/{story}", "/queue/annotations", "/corrections/",
          "/queue/?label=cure", "/auth/account")
    keys(browser, "?")  # the keys' help, open
    if violations := audit(browser):
        found["/auth/account with the keys' help"] = violations
    visit("/check/")
    browser.find_element(By.NAME, "text").send_keys("Paralysed patients walk again after a miracle stem cell "
                                                    "treatment. The trial treated eight patients.")
    browser.find_element(By.CSS_SELECTOR, "details.check-source summary").click()  # and set against its source
    browser.find_element(By.NAME, "source").send_keys("Six patients regained some movement. The trial treated eight "
                                                      "patients.")
    browser.find_element(By.NAME, "text").send_keys(Keys.CONTROL, Keys.ENTER)
    wait(browser, lambda d: d.find_elements(By.ID, "against-source"))
    if violations := audit(browser):
        found["/check/ with its result"] = violations
    server.config["CHECK_PRIVATE_ADDRESSES"] = True  # a page's check, with "Add to the queue"
    try:
        with Site({"/story": Page(article_html("Stem cells reverse MS", [
                "Severe MS was reversed by a miracle stem cell treatment.", FILLER]).encode())}) as outlet:
            visit(f"/check/?url={outlet.url}/story")
            browser.find_element(By.CSS_SELECTOR, "#check-form button[type=submit]").click()
            wait(browser, lambda d: d.find_elements(By.ID, "add-story"))
            if violations := audit(browser):
                found["/check/ of a page"] = violations
    finally:
        server.config["CHECK_PRIVATE_ADDRESSES"] = False
    log_in(browser, server, "admin")
    visit("/review/", "/review/stats", "/admin/users", "/admin/sources", "/admin/jobs/", f"/queue/story/{story}/assign")
    try:  # on a phone, or a window zoomed to 400 %, wide tables scroll sideways: the keyboard must reach them too
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
        for path in ("/queue/", "/review/", "/review/stats", "/outlets/example", "/studies/?days=365", "/admin/users",
                     "/admin/sources", "/admin/jobs/"):
            browser.get(server.base + path)
            if violations := audit(browser):
                found[f"{path} on a phone"] = violations
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    assert found == {}
