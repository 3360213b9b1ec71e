"""The path `make demo` takes: crawl the sample site on loopback, classify, review in the queue."""
import re
import socket

from click.testing import CliRunner

from hypewatch.cli import DEMO_PASSWORD, main
from hypewatch.demo import ARTICLES, CAREFUL, COPIES, OFF_TOPIC, OVERSTATED
from sqlalchemy import select

from storage import open_database
from storage.models import Article
from webapp import create_app


def _free_port() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return str(s.getsockname()[1])


def _titles_in_queue(html: str) -> list[str]:
    return [re.sub(r"\s+", " ", t).strip() for t in re.findall(r'<a[^>]*href="/queue/story/\d+"[^>]*>(.*?)</a>', html, re.S)]


def test_demo_crawls_classifies_and_ranks_the_overstated_stories_first(home, database_url, model_dir, monkeypatch):
    monkeypatch.setenv("HYPEWATCH_MODEL_DIR", str(model_dir))
    site_port = _free_port()
    result = CliRunner().invoke(main, ["demo", "--no-serve", "--site-port", site_port], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "demo-journalist" in result.output and DEMO_PASSWORD in result.output
    stored = int(re.search(r"crawl: (\d+) stored", result.output).group(1))
    assert stored == len(ARTICLES) - len(OFF_TOPIC), result.output

    app = create_app({"TESTING": True, "DATABASE_URL": database_url, "SECRET_KEY": "e2e"})
    client = app.test_client()
    login = client.get("/auth/login")
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', login.text).group(1)
    response = client.post("/auth/login", data={"name": "demo-journalist", "password": DEMO_PASSWORD,
                                           "csrf_token": token}, follow_redirects=True)
    assert response.status_code == 200
    queue = client.get("/queue/").text

    with open_database(database_url).session() as session:
        stories = {a.url.split("/", 3)[3]: a for a in session.scalars(select(Article))}
        by_path = {path: (a.title, a.score) for path, a in stories.items()}
        clusters = {path: a.cluster_id for path, a in stories.items()}
        ids = {path: a.id for path, a in stories.items()}
    titles = _titles_in_queue(queue)
    position = {path: titles.index(by_path[path.lstrip("/")][0]) for path in OVERSTATED + CAREFUL}
    assert max(position[p] for p in OVERSTATED) < min(position[p] for p in CAREFUL), (titles, by_path)

    # The newspaper's copy of the press release is filed with it, and "compare" shows the hype it put on top;
    # "Adds claims to its source" lists it.
    assert "compared 1 later version of a story with the first: 1 adds claims to it" in result.output and len(COPIES) == 1
    adding = client.get("/queue/?adds=1").text
    assert _titles_in_queue(adding) == [by_path[copy.lstrip("/")][0] for copy in COPIES], adding
    for copy, original in COPIES.items():
        copy, original = copy.lstrip("/"), original.lstrip("/")
        assert clusters[copy] == clusters[original], (copy, original)
        compared = client.get(f"/queue/story/{ids[original]}/compare/{ids[copy]}").text
        claims = re.findall(r'label-(\w+).*?</th><td>(\d+)</td><td>(\d+)</td><td>(\d+)</td>', compared, re.S)
        assert claims and all(only_left == "0" and int(only_right) > 0 for _, only_left, _, only_right in claims), claims

    # The clinic's blog links to the university's paper: each story's page lists the other on the same study.
    clinic, release = "renova-clinic/blog/stem-cell-therapy-for-ms.html", "eastmoor-university/news/2026/11/myelin-repair-mice.html"
    study = client.get(f"/queue/story/{ids[clinic]}").text.split('id="study"')[1].split("</section>")[0]
    assert "DOI: " in study and "10.5555/glia.2026.0117" in study, study
    assert f"/queue/story/{ids[release]}\"" in study.split("Other stories on this study")[1], study
    coffee = client.get(f"/queue/story/{ids['courier/2026/11/20/coffee-protects-against-ms.html']}").text
    coffee = coffee.split('id="study"')[1].split("</section>")[0]  # results from a meeting, not yet reviewed
    assert "Presented at: nutrition conference" in coffee and "Not peer-reviewed: not yet published" in coffee, coffee
    studies = client.get("/studies/?days=365").text.split('class="covered-study"')[1:]
    assert len(studies) == 1 and f"/queue/story/{ids[clinic]}\"" in studies[0], studies

    # The second crawl finds everything stored already and stores nothing twice.
    again = CliRunner().invoke(main, ["demo", "--no-serve", "--site-port", site_port], catch_exceptions=False)
    assert again.exit_code == 0 and "crawl: 0 stored" in again.output, again.output


def test_demo_serves_the_queue_with_the_production_server_until_ctrl_c(home, database_url, model_dir):
    """`make demo` as a user runs it: a real process, a real port, Ctrl-C to stop."""
    import os
    import signal
    import subprocess
    import sys
    import urllib.request

    env = dict(os.environ, HYPEWATCH_MODEL_DIR=str(model_dir))
    process = subprocess.Popen(
        [sys.executable, "-m", "hypewatch", "demo", "--port", "0", "--site-port", _free_port()],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # as in a terminal
    try:
        lines, found = [], None
        for line in process.stdout:
            lines.append(line)
            found = re.search(r"review queue: (http://\S+)/", line)
            if found:
                break
        assert found, "".join(lines)
        with urllib.request.urlopen(found.group(1) + "/auth/login") as response:
            assert response.status == 200 and response.headers["Server"] == "waitress"
        checked = _check_as_demo_journalist(found.group(1), "Scientists hail a miracle cure for MS.")
        assert '<mark class="flag"' in checked and '<strong class="trigger">' in checked, checked
        with urllib.request.urlopen(found.group(1) + "/digest/today") as response:  # what the demo classified today
            assert "Stem Cell Miracle Reverses MS in Weeks" in response.read().decode()
        process.send_signal(signal.SIGINT)
        rest, _ = process.communicate(timeout=30)
        assert process.returncode == 0 and "stopped" in rest, rest
    finally:
        process.kill()


def _check_as_demo_journalist(base: str, text: str) -> str:
    """Log in to the running demo as its journalist and check `text` on "Check a text"; the result page."""
    import http.cookiejar
    import urllib.parse
    import urllib.request

    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def post(path: str, form: dict) -> str:
        page = opener.open(base + path).read().decode()
        form["csrf_token"] = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
        with opener.open(base + path, data=urllib.parse.urlencode(form).encode()) as response:
            return response.read().decode()

    post("/auth/login", {"name": "demo-journalist", "password": DEMO_PASSWORD})
    return post("/check/", {"text": text})
