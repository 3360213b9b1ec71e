"""The app in a real server thread, driven by headless Debian chromium."""
from __future__ import annotations

import shutil
import threading

import pytest

from storage.articles import save_analysis, store_article
from storage.models import Annotation
from tests.conftest import need
from tests.webapp.webapp_testdata import PASSWORD, analysis, fill, make_app


CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True}  # held upright, in CSS pixels
XSS_TITLE = "<script>window.__xss=1</script>"
XSS_AUTHOR = "<img src=x onerror=window.__xss=2>"


@pytest.fixture(scope="module")
def server(tmp_path_factory, model_dir):
    """The app (CSRF on, the session's trained model for "Check a text") on 127.0.0.1, a port
    the OS picks, in a thread."""
    from werkzeug.serving import make_server
    home = tmp_path_factory.mktemp("browser")
    app = make_app(f"sqlite:///{home / 'hypewatch.db'}", home, MODEL_DIR=model_dir)
    app.ids = fill(app.extensions["hypewatch_db"])
    with app.extensions["hypewatch_db"].session() as session:
        text = "This <b>bold</b> cure claim is untrusted. It came from the web."
        article = store_article(session, {"url": "javascript:window.__xss=3", "title": XSS_TITLE,
                                          "author": XSS_AUTHOR, "text": text, "sitename": XSS_AUTHOR})
        save_analysis(session, article, analysis(text, {0: (["cure"], {"cure": ["cure"]})}, score=0.01))
        app.ids["evil"] = article.id
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    app.base = f"http://127.0.0.1:{httpd.server_port}"
    yield app
    httpd.shutdown()
    app.extensions["hypewatch_db"].dispose()


@pytest.fixture(scope="module")
def browser():
    need(shutil.which(CHROMIUM) is not None and shutil.which(CHROMEDRIVER) is not None,
         "Debian chromium and chromedriver are not installed")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-dev-shm-usage", "--window-size=1280,1000"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.implicitly_wait(0)
    yield driver
    driver.quit()


def wait(driver, condition, timeout=10):
    """Until `condition` holds; an element of the page being left (stale) counts as not yet. Chromium
    reports some of those as a plain error ("Node with given id does not belong to the document")."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    def holds(d):
        try:
            return condition(d)
        except WebDriverException as exc:
            if "does not belong to the document" in str(exc):
                return False
            raise
    return WebDriverWait(driver, timeout, ignored_exceptions=[StaleElementReferenceException]).until(holds)


def log_in(driver, server, name):
    from selenium.webdriver.common.by import By
    driver.delete_all_cookies()
    driver.get(server.base + "/auth/login")
    driver.find_element(By.ID, "name").send_keys(name)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    wait(driver, lambda d: "/auth/login" not in d.current_url)


def keys(driver, *pressed):
    from selenium.webdriver.common.action_chains import ActionChains
    for key in pressed:
        ActionChains(driver).send_keys(key).perform()


def test_journalist_annotates_with_the_keyboard_editor_approves_verdict_is_public(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    story_id = server.ids["articles"]["Stem cells cure MS, scientists say"]
    log_in(browser, server, "journalist")
    browser.get(f"{server.base}/queue/story/{story_id}")
    help_box = browser.find_element(By.ID, "keys-help")
    assert not help_box.is_displayed()
    keys(browser, "?")
    assert help_box.is_displayed()
    keys(browser, "?", "j", "a")  # first claim (the cure sentence): agree
    wait(browser, lambda d: "#claim-" in d.current_url)
    first_claim = browser.current_url.split("#claim-")[1]
    keys(browser, "j", "e", Keys.SPACE, Keys.ESCAPE, "d")  # second claim: tick "cure" too, disagree
    wait(browser, lambda d: d.current_url.split("#claim-")[1] != first_claim)
    with server.extensions["hypewatch_db"].session() as session:
        rows = session.query(Annotation).order_by(Annotation.id).all()
        assert [(a.verdict, a.labels, a.status) for a in rows] == [
            ("agree", ["cure"], "pending"), ("disagree", ["cure", "novelty", "hype"], "pending")]
        first_id = rows[0].id

    log_in(browser, server, "editor")
    browser.get(server.base + "/review/")
    browser.find_element(By.CSS_SELECTOR, f"#annotation-{first_id} button.approve").click()
    wait(browser, lambda d: "approved" in d.find_element(By.CSS_SELECTOR, "p.flash").text)

    browser.delete_all_cookies()  # the public page needs no account
    browser.get(f"{server.base}/verdicts/{first_id}")
    assert browser.find_element(By.CSS_SELECTOR, ".claim-text").text == "“Stem cells cure multiple sclerosis.”"
    assert browser.find_element(By.CSS_SELECTOR, "h1.rating").text == "Overstated: cure"
    browser.get(f"{server.base}/verdicts/")  # a reader asks whether a claim was checked: "/" goes to the search
    keys(browser, "/", "do stem cells cure MS?", Keys.ENTER)
    wait(browser, lambda d: "q=" in d.current_url)
    first = browser.find_element(By.CSS_SELECTOR, "a.verdict-link")
    assert first.get_attribute("href").endswith(f"/verdicts/{first_id}") and "Overstated: cure" in browser.page_source


def test_markup_in_stored_stories_is_shown_as_text_and_never_runs(server, browser):
    from selenium.webdriver.common.by import By
    log_in(browser, server, "journalist")
    for path in ("/queue/?page=1&q=untrusted", f"/queue/story/{server.ids['evil']}"):
        browser.get(server.base + path)
        assert browser.execute_script("return window.__xss === undefined")
        assert browser.find_elements(By.CSS_SELECTOR, "main img") == []
    assert browser.find_element(By.CSS_SELECTOR, "h1.story-title").text == XSS_TITLE
    assert XSS_AUTHOR in browser.find_element(By.CSS_SELECTOR, ".story .meta").text
    assert "<b>bold</b>" in browser.find_element(By.ID, "story-text").text
    # the javascript: URL is printed, not linked
    assert browser.find_elements(By.CSS_SELECTOR, "a[href^='javascript']") == []


def test_the_review_queue_is_worked_with_the_keyboard(server, browser):
    from selenium.webdriver.common.by import By
    log_in(browser, server, "journalist")
    page_size, server.config["QUEUE_PAGE_SIZE"] = server.config["QUEUE_PAGE_SIZE"], 2
    try:
        browser.get(server.base + "/queue/")
        help_box = browser.find_element(By.ID, "keys-help")
        keys(browser, "?")
        assert help_box.is_displayed()
        keys(browser, "?", "j", "j")  # the second story
        rows = browser.find_elements(By.CSS_SELECTOR, "tr.story-row")
        assert "current" in rows[1].get_attribute("class") and "current" not in rows[0].get_attribute("class")
        keys(browser, "o")
        diet = server.ids["articles"]["Diet and MS: a careful look"]
        wait(browser, lambda d: d.current_url.endswith(f"/queue/story/{diet}"))
        keys(browser, "p")  # the story before it in the queue, and back
        cure = server.ids["articles"]["Stem cells cure MS, scientists say"]
        wait(browser, lambda d: d.current_url.endswith(f"/queue/story/{cure}"))
        keys(browser, "n")
        wait(browser, lambda d: d.current_url.endswith(f"/queue/story/{diet}"))
        keys(browser, "u")  # back to the queue
        wait(browser, lambda d: d.current_url == server.base + "/queue/")
        keys(browser, "n")
        wait(browser, lambda d: "page=2" in d.current_url)
        keys(browser, "j", "o")
        wait(browser, lambda d: "/queue/story/" in d.current_url)
        keys(browser, "u")  # back to the page the story was opened from
        wait(browser, lambda d: d.current_url == server.base + "/queue/?page=2")
        keys(browser, "p")
        wait(browser, lambda d: "page=" not in d.current_url)
        keys(browser, "/")
        assert browser.switch_to.active_element.get_attribute("name") == "q"
    finally:
        server.config["QUEUE_PAGE_SIZE"] = page_size


def test_single_key_shortcuts_can_be_turned_off_and_stay_off_in_this_browser(server, browser):
    """WCAG 2.1.4: speech input types letters, so the keys' help can turn the one-letter shortcuts off."""
    from selenium.webdriver.common.by import By
    story = server.ids["articles"]["Stem cells cure MS, scientists say"]
    log_in(browser, server, "journalist")
    browser.get(server.base + "/queue/")
    try:
        keys(browser, "?")
        switch = browser.find_element(By.ID, "keys-on")
        assert switch.is_selected()
        switch.click()
        browser.find_element(By.TAG_NAME, "h1").click()  # away from the switch, as a user would
        keys(browser, "j", "/")
        assert browser.find_elements(By.CSS_SELECTOR, "tr.story-row.current") == []
        assert browser.switch_to.active_element.get_attribute("name") != "q"
        browser.get(f"{server.base}/queue/story/{story}")  # another page: still off, and no key on the buttons
        assert not browser.find_element(By.ID, "keys-on").is_selected()
        assert browser.find_element(By.CSS_SELECTOR, "button.act-agree").text == "Agree"
        keys(browser, "j")
        assert browser.find_elements(By.CSS_SELECTOR, ".claim.current") == []
        browser.find_element(By.ID, "help-toggle").click()  # the help still opens with a click, to turn them on
        browser.find_element(By.ID, "keys-on").click()
        browser.find_element(By.TAG_NAME, "h1").click()
        keys(browser, "j")
        assert len(browser.find_elements(By.CSS_SELECTOR, ".claim.current")) == 1
        assert browser.find_element(By.CSS_SELECTOR, "button.act-agree").text == "Agree a"
    finally:
        browser.execute_script("window.localStorage.clear()")


def test_a_story_prints_as_a_report_without_the_page_furniture(server, browser):
    """A journalist prints a story (or saves it as PDF) to send with a correction request: the text with its
    highlighted claims, the checklist and the claims' verdicts, but no navigation, forms, buttons or the desk's own
    record of the correction request."""
    import base64
    from selenium.webdriver.common.by import By
    story = server.ids["articles"]["Stem cells cure MS, scientists say"]
    log_in(browser, server, "journalist")
    browser.get(f"{server.base}/queue/story/{story}")
    shown = lambda css: [e.is_displayed() for e in browser.find_elements(By.CSS_SELECTOR, css)]  # noqa: E731
    assert all(shown("header.site")) and all(shown(".claim form")) and all(shown("section.correction"))
    try:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        # the desk's record of a correction request (whom it asked, its notes) is not for the outlet
        for furniture in ("header.site", "nav.back", ".claim form", "details.correct-checklist", "button",
                          "section.correction"):
            assert not any(shown(furniture)), furniture
        for content in ("h1.story-title", "#story-text mark.flag", "ul.checklist", ".claim .sentence"):
            assert shown(content) and all(shown(content)), content
        pdf = base64.b64decode(browser.execute_cdp_cmd("Page.printToPDF", {"printBackground": True})["data"])
        assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_a_journalist_marks_a_story_done_and_moves_on_with_one_key(server, browser):
    from selenium.webdriver.common.by import By
    from sqlalchemy import update

    from storage.models import Article
    cure, diet = (server.ids["articles"][t] for t in ("Stem cells cure MS, scientists say", "Diet and MS: a careful look"))
    db = server.extensions["hypewatch_db"]
    log_in(browser, server, "journalist")
    try:
        browser.get(server.base + "/queue/")
        browser.get(f"{server.base}/queue/story/{cure}")
        keys(browser, "D")
        wait(browser, lambda d: d.current_url.endswith(f"/queue/story/{diet}"))
        with db.session() as session:
            assert session.get(Article, cure).status == "done"
        browser.get(server.base + "/queue/")
        listed = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "a.story-link")]
        assert "Diet and MS: a careful look" in listed and "Stem cells cure MS, scientists say" not in listed
    finally:  # the story and its copy elsewhere, which took its status
        with db.session() as session:
            session.execute(update(Article).values(status="new"))


def test_a_journalist_ticks_stories_with_the_keyboard_and_marks_them_at_once(server, browser):
    from selenium.webdriver.common.by import By
    from sqlalchemy import select, update

    from storage.models import Article
    db = server.extensions["hypewatch_db"]
    log_in(browser, server, "journalist")
    try:
        browser.get(server.base + "/queue/?status=new")
        keys(browser, "j", "x", "j", "x", "j", "x", "x")  # the first two ticked, the third ticked and unticked
        ticked = [int(box.get_attribute("value")) for box in browser.find_elements(By.CSS_SELECTOR, 'input[name="selected"]')
                  if box.is_selected()]
        assert len(ticked) == 2
        browser.find_element(By.CSS_SELECTOR, "#bulk button").click()
        wait(browser, lambda d: "Marked 2 stories done." in d.page_source)
        assert browser.current_url == server.base + "/queue/?status=new"
        with db.session() as session:
            assert set(session.scalars(select(Article.id).where(Article.status == "done"))) == set(ticked)
    finally:
        with db.session() as session:
            session.execute(update(Article).values(status="new"))


def test_an_editor_approves_and_rejects_with_the_keyboard(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from sqlalchemy import select

    from storage.models import Sentence
    db = server.extensions["hypewatch_db"]
    with db.session() as session:
        sentences = session.scalars(select(Sentence).where(
            Sentence.article_id == server.ids["articles"]["Diet and MS: a careful look"]).order_by(Sentence.position)).all()
        notes = [Annotation(sentence_id=s.id, article_id=s.article_id, user_id=server.ids["users"]["journalist"],
                            verdict="agree", labels=["causal"], status="pending") for s in sentences[:2]]
        session.add_all(notes)
        session.flush()
        first, second = (n.id for n in notes)
    log_in(browser, server, "editor")
    browser.get(server.base + "/review/")
    items = [e.get_attribute("id") for e in browser.find_elements(By.CSS_SELECTOR, ".claim.pending")]
    order = [int(i.split("-")[1]) for i in items]
    keys(browser, "j", "x")
    assert browser.find_element(By.CSS_SELECTOR, f"#annotation-{order[0]} input[name=selected]").is_selected()
    keys(browser, "x", "j", "r", "Not causal: an association", Keys.ENTER)  # Enter in the reason rejects
    wait(browser, lambda d: "rejected" in d.find_element(By.CSS_SELECTOR, "p.flash").text.lower())
    top = int(browser.find_element(By.CSS_SELECTOR, ".claim.pending").get_attribute("id").split("-")[1])
    keys(browser, "j", "a")
    wait(browser, lambda d: "approved" in d.find_element(By.CSS_SELECTOR, "p.flash").text)
    with db.session() as session:
        decided = {a.id: (a.status, a.reject_reason) for a in session.scalars(select(Annotation))}
    assert decided[order[1]] == ("rejected", "Not causal: an association") and order[1] in (first, second)
    assert decided[top] == ("approved", None)

    # the journalist finds the rejection and its reason under "My annotations", and opens the claim
    log_in(browser, server, "journalist")
    browser.find_element(By.LINK_TEXT, "My annotations").click()
    browser.find_element(By.PARTIAL_LINK_TEXT, "Rejected").click()
    wait(browser, lambda d: "status=rejected" in d.current_url)
    assert browser.find_element(By.CSS_SELECTOR, "tr.story-row .reject-reason").text == "Rejected: Not causal: an association"
    keys(browser, "j", "o")
    with db.session() as session:
        sentence_id = session.get(Annotation, order[1]).sentence_id
    wait(browser, lambda d: d.current_url.endswith(f"#claim-{sentence_id}"))


def test_a_pasted_text_is_checked_with_ctrl_enter_and_its_markup_never_runs(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    log_in(browser, server, "journalist")
    browser.find_element(By.LINK_TEXT, "Check a text").click()
    wait(browser, lambda d: d.current_url.endswith("/check/"))
    box = browser.find_element(By.NAME, "text")
    box.send_keys("Paralysed patients walk again after a miracle stem cell treatment. "
                  "<img src=x onerror=window.__xss=4> The trial treated eight patients.")
    box.send_keys(Keys.CONTROL, Keys.ENTER)
    wait(browser, lambda d: d.find_elements(By.ID, "result"))
    assert browser.execute_script("return window.__xss === undefined")
    assert browser.find_elements(By.CSS_SELECTOR, "main img") == []
    marked = browser.find_element(By.CSS_SELECTOR, "#story-text mark.flag")
    assert marked.text.startswith("Paralysed patients walk again")
    assert "miracle" in [e.text for e in marked.find_elements(By.CSS_SELECTOR, "strong.trigger")]
    keys(browser, "j")  # the claims below take the keys of the story page
    assert "current" in browser.find_element(By.CSS_SELECTOR, ".claim").get_attribute("class")
    assert browser.find_element(By.NAME, "text").get_attribute("value").endswith("eight patients.")


def test_a_page_read_elsewhere_is_checked_from_the_bookmarklet_and_added_to_the_queue(server, browser):
    """The bookmarklet, clicked on an outlet's page, opens the check with its address; "Check", then
    "Add to the queue", and the story opens, flagged and given to the journalist."""
    from selenium.webdriver.common.by import By
    from tests.crawler.loopback_site import FILLER, Page, Site, article_html
    story = article_html("Stem cells reverse MS in a world first",
                         ["Severe MS was reversed by a miracle stem cell treatment, a world first.", FILLER, FILLER])
    server.config["CHECK_PRIVATE_ADDRESSES"] = True  # the outlet is on loopback
    try:
        with Site({"/news/ms": Page(story.encode())}) as outlet:
            log_in(browser, server, "journalist")
            browser.get(server.base + "/check/")
            bookmarklet = browser.find_element(By.CSS_SELECTOR, "a.bookmarklet").get_dom_attribute("href")
            browser.get(outlet.url + "/news/ms")
            browser.execute_script(bookmarklet.removeprefix("javascript:"))
            wait(browser, lambda d: d.current_url.startswith(server.base + "/check/?url="))
            assert browser.find_element(By.NAME, "url").get_attribute("value") == outlet.url + "/news/ms"
            browser.find_element(By.CSS_SELECTOR, "#check-form button[type=submit]").click()
            wait(browser, lambda d: d.find_elements(By.ID, "add-story"))
            browser.find_element(By.CSS_SELECTOR, "#add-story button").click()
            wait(browser, lambda d: "/queue/story/" in d.current_url)
            assert "The page is in the queue now." in browser.find_element(By.CSS_SELECTOR, ".flash").text
            assert "Stem cells reverse MS in a world first" in browser.find_element(By.TAG_NAME, "h1").text
            assert browser.find_elements(By.CSS_SELECTOR, "#story-text mark.flag")
            # the journalist's visit, then the server's: once for the check, once more to store what it says now
            assert outlet.fetched("/news/ms") == 3
    finally:
        server.config["CHECK_PRIVATE_ADDRESSES"] = False


def test_an_admin_adds_a_source_and_its_row_fits_the_window(server, browser):
    """A long feed address wraps: the row's button stays in the window, with no sideways scrolling."""
    from selenium.webdriver.common.by import By
    log_in(browser, server, "admin")
    browser.get(server.base + "/admin/sources")
    browser.find_element(By.NAME, "name").send_keys("long-feed")
    browser.find_element(By.NAME, "urls").send_keys("https://news.example/" + "a_very_long_section_name/" * 8 + "feed.xml")
    browser.find_element(By.CSS_SELECTOR, "form.narrow button[type=submit]").click()
    wait(browser, lambda d: "long-feed" in d.find_element(By.CSS_SELECTOR, "table").text)
    assert browser.execute_script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    button = browser.find_element(By.XPATH, "//tr[td[contains(., 'long-feed')]]//button")
    assert button.text == "Disable" and button.rect["x"] + button.rect["width"] <= browser.execute_script(
        "return window.innerWidth")


def test_every_page_fits_a_phone_and_the_queue_rows_become_cards(server, browser):
    """At 390 CSS pixels wide (a phone held upright) no page scrolls sideways: the header's links
    wrap, wide tables scroll within the page, and each story of the review queue is a card with
    its score beside the title and the rest below. A touch screen without a mouse hides the keys'
    help."""
    from selenium.webdriver.common.by import By

    def too_wide(paths):
        wide = []
        for path in paths:
            browser.get(server.base + path)
            width = browser.execute_script("return document.documentElement.scrollWidth")
            if width > PHONE["width"]:
                wide.append((path, width))
        return wide
    story = server.ids["articles"]["Stem cells cure MS, scientists say"]
    try:
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
        browser.delete_all_cookies()
        assert too_wide(["/", "/verdicts/?q=stem+cells+cure+MS", "/digest/", "/digest/subscribe", "/auth/login"]) == []
        log_in(browser, server, "journalist")
        copy = server.ids["articles"]["MS patients helped by stem cell trial"]
        assert too_wide(["/queue/", f"/queue/story/{story}", "/queue/annotations", "/check/", "/auth/account",
                         f"/queue/story/{story}/compare/{copy}", "/outlets/", "/outlets/other"]) == []
        log_in(browser, server, "admin")
        assert too_wide(["/queue/", "/review/", "/review/stats", "/admin/users", "/admin/sources",
                         "/admin/jobs/"]) == []
        browser.get(server.base + "/queue/")
        row = browser.find_element(By.CSS_SELECTOR, "tr.story-row")
        score, title = row.find_element(By.CSS_SELECTOR, "td.num"), row.find_element(By.CSS_SELECTOR, "a.story-link")
        flagged = row.find_element(By.CSS_SELECTOR, "td.flagged")
        assert abs(score.rect["y"] - title.rect["y"]) < 12 and title.rect["x"] > score.rect["x"] + score.rect["width"] - 1
        assert flagged.rect["y"] > title.rect["y"] and abs(flagged.rect["x"] - title.rect["x"]) < 12
        assert browser.find_element(By.ID, "help-toggle").is_displayed()  # a phone may have a keyboard
        browser.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 5})
        browser.get(server.base + "/queue/")  # a touch screen alone: no keys to explain
        assert not browser.find_element(By.ID, "help-toggle").is_displayed()
        browser.get(f"{server.base}/queue/story/{story}")
        assert browser.find_element(By.CSS_SELECTOR, "button.act-agree").text == "Agree"  # not "Agree a"
    finally:
        browser.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": False})
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_a_journalist_corrects_the_checklist_and_hands_it_back_to_the_classifier(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select
    story = server.ids["articles"]["Stem cells cure MS, scientists say"]
    log_in(browser, server, "journalist")

    def correct(status, note=""):
        browser.get(f"{server.base}/queue/story/{story}")
        keys(browser, "c")  # opens the folded form, its first field focused
        wait(browser, lambda d: d.switch_to.active_element.get_attribute("name") == "criterion")
        Select(browser.find_element(By.NAME, "criterion")).select_by_visible_text("Uses independent sources")
        Select(browser.find_element(By.NAME, "status")).select_by_value(status)
        browser.find_element(By.CSS_SELECTOR, ".correct-checklist input[name=note]").send_keys(note)
        browser.find_element(By.CSS_SELECTOR, ".correct-checklist button[type=submit]").click()
        wait(browser, lambda d: d.current_url.endswith("#checklist"))
        return browser.find_element(By.CSS_SELECTOR, "ul.checklist").text

    corrected = correct("not_satisfied", "Dr Ray advised the company.")
    assert "Set by journalist: Dr Ray advised the company." in corrected
    assert "The classifier said satisfied: an expert not involved in the work is quoted" in corrected
    assert browser.find_elements(By.CSS_SELECTOR, "li.criterion-not_satisfied")[-1].text.startswith("✘ Uses independent sources")
    back = correct("classifier")
    assert "Set by" not in back and "an expert not involved in the work is quoted" in back


def test_a_journalist_finds_the_stories_repeating_a_checked_claim_and_gives_them_its_verdict(server, browser):
    from selenium.webdriver.common.by import By
    from hypewatch.repeats import find_repeats
    from storage.models import Sentence, User
    checked_text, repeat_text = "Coffee protects against MS, a survey found.", "Coffee prevents multiple sclerosis."
    db = server.extensions["hypewatch_db"]
    with db.session() as session:
        stories = {}
        for url, text in (("https://coffee.example/1", checked_text), ("https://coffee.example/2", repeat_text)):
            article = store_article(session, {"url": url, "title": text, "text": text, "sitename": url[8:22]})
            save_analysis(session, article, analysis(text, {0: (["causal"], {"causal": ["protects"]})}, score=0.95))
            stories[text] = article.id
        sentence = session.query(Sentence).filter_by(article_id=stories[checked_text]).one()
        editor = session.query(User).filter_by(name="editor").one()
        verdict = Annotation(sentence_id=sentence.id, article_id=sentence.article_id, user_id=editor.id,
                             verdict="agree", labels=["causal"], status="approved", reviewed_by_id=editor.id)
        session.add(verdict)
        session.flush()
        verdict_id = verdict.id
    find_repeats(db)

    log_in(browser, server, "journalist")
    browser.get(server.base + "/queue/")
    browser.find_element(By.CSS_SELECTOR, "input[name=repeats]").click()
    browser.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
    wait(browser, lambda d: "repeats=1" in d.current_url)
    rows = browser.find_elements(By.CSS_SELECTOR, "tr.story-row")
    listed = {row.find_element(By.CSS_SELECTOR, "a.story-link").text: row for row in rows}
    assert repeat_text in listed and checked_text not in listed
    assert listed[repeat_text].find_element(By.CSS_SELECTOR, "a.repeats").text == "1 claim checked before"
    # the header's reminder, counted when the session started, leads to the same view
    browser.get(server.base + "/queue/?sort=newest")
    reminder = browser.find_element(By.CSS_SELECTOR, "header a.reminder.repeats")
    assert reminder.text == f"{len(rows)} {'story repeats' if len(rows) == 1 else 'stories repeat'} a checked claim"
    reminder.click()
    wait(browser, lambda d: d.current_url.endswith("/queue/?repeats=1"))
    assert repeat_text in [a.text for a in browser.find_elements(By.CSS_SELECTOR, "tr.story-row a.story-link")]

    browser.get(f"{server.base}/queue/story/{stories[checked_text]}")
    section = browser.find_element(By.ID, "repeated")
    assert section.find_element(By.LINK_TEXT, repeat_text)
    section.find_element(By.CSS_SELECTOR, "button[type=submit]").click()  # the form carries its CSRF token
    wait(browser, lambda d: "annotated as the published verdict" in d.find_element(By.CSS_SELECTOR, "p.flash").text)
    with db.session() as session:
        given = session.query(Annotation).filter_by(article_id=stories[repeat_text]).one()
        assert (given.verdict, given.labels, given.status) == ("agree", ["causal"], "pending")
        assert given.note == f"As the published verdict /verdicts/{verdict_id}."


def test_a_journalist_asks_for_a_correction_then_records_the_outlets_answer(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select
    story = server.ids["articles"]["MS patients helped by stem cell trial"]
    log_in(browser, server, "journalist")
    browser.get(f"{server.base}/queue/story/{story}")
    section = lambda: browser.find_element(By.ID, "correction")  # noqa: E731
    section().find_element(By.TAG_NAME, "summary").click()  # "Ask for a correction", folded until asked
    section().find_element(By.NAME, "contact").send_keys("the health desk, health@daily.example")
    section().find_element(By.NAME, "note").send_keys("The trial had 12 patients and no control group.")
    section().find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait(browser, lambda d: d.current_url.endswith("#correction"))
    assert "Waiting for an answer · asked of the health desk, health@daily.example by journalist" in section().text

    browser.find_element(By.LINK_TEXT, "Corrections").click()  # the desk's list, from the site's links
    wait(browser, lambda d: "/corrections/" in d.current_url)
    browser.find_element(By.LINK_TEXT, "MS patients helped by stem cell trial").click()
    wait(browser, lambda d: d.current_url.endswith("#correction"))
    section().find_element(By.TAG_NAME, "summary").click()  # "Record the outlet's answer"
    Select(section().find_element(By.NAME, "status")).select_by_visible_text("corrected")
    section().find_element(By.NAME, "outcome_url").send_keys("https://daily.example/stem-cell-trial-corrected")
    section().find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait(browser, lambda d: "Corrected" in section().text)
    assert section().find_element(By.CSS_SELECTOR, "a[href='https://daily.example/stem-cell-trial-corrected']")
    browser.get(f"{server.base}/corrections/?status=corrected")
    assert "MS patients helped by stem cell trial" in browser.find_element(By.CSS_SELECTOR, "table.corrections").text
