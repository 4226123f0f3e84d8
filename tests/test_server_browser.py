"""The query page in a real headless browser (Debian's chromium driven by Playwright): offline
assets, examples, the editor, the results table, and an article page's right-to-left text."""

import shutil

import pytest

from server_live import live_server_at

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
playwright_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not shutil.which("chromium"),
                                reason="Debian's chromium is not installed (.ci/run installs it)")


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """A live server over the fixture articles."""
    import gc

    import pyoxigraph

    from server_fixtures import load_dataset
    path = tmp_path_factory.mktemp("browser") / "store"
    disk = load_dataset(pyoxigraph.Store(str(path)))
    disk.flush()
    del disk
    gc.collect()
    with live_server_at(path, QUERY_WORKERS=2) as url:
        yield url


@pytest.fixture(scope="module")
def page(base):
    """A chromium page that may reach only the server (any other request fails the test)."""
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run"])
        page = browser.new_page()
        outside = []
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base)
                   else (outside.append(route.request.url), route.abort()))
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        yield page
        browser.close()
        assert not outside, f"the page fetched from outside the server: {outside}"
        assert not errors, f"JavaScript errors: {errors}"


def test_an_example_query_runs_and_fills_the_results_table(page, base):
    page.goto(base + "/")
    examples = page.locator("button.example")
    assert examples.count() >= 6
    examples.first.click()
    assert "SELECT" in page.locator("#query").input_value()
    page.locator("#run").click()
    page.wait_for_selector("#results table tbody tr", timeout=15000)
    rows = page.locator("#results table tbody tr").count()
    assert rows >= 1
    assert "result" in page.locator("#status").inner_text()
    page.screenshot(path=str(base_screenshot("query-page")))


def test_a_typed_query_runs_with_ctrl_enter_and_errors_are_shown(page, base):
    page.goto(base + "/")
    editor = page.locator("#query")
    editor.fill("SELECT * WHERE { ?s ?p ?o } LIMIT 3")
    editor.press("Control+Enter")
    page.wait_for_selector("#results table tbody tr", timeout=15000)
    assert page.locator("#results table tbody tr").count() == 3
    editor.fill("SELECT * WHERE { ?s")
    editor.press("Control+Enter")
    page.wait_for_selector("#error:not([hidden])", timeout=15000)
    assert "Malformed query" in page.locator("#error").inner_text()


def test_an_article_page_reads_right_to_left_with_linked_mentions(page, base):
    page.goto(base + "/resource/article/ar-001")
    text = page.locator(".article-text")
    assert text.evaluate("node => getComputedStyle(node).direction") == "rtl"
    mention = page.locator(".article-text a.mention").first
    assert mention.is_visible()
    mention.click()
    page.wait_for_load_state()
    assert "/resource/article/ar-001/" in page.url
    page.screenshot(path=str(base_screenshot("resource-page")))


def base_screenshot(name: str):
    """Where screenshots go (for a person to look at after a run)."""
    import tempfile
    from pathlib import Path
    return Path(tempfile.gettempdir()) / f"khabar-{name}.png"
