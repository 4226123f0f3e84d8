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
    from server_fixtures import write_dataset
    path = tmp_path_factory.mktemp("browser") / "store"
    write_dataset(path)
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


TRICKY = ('PREFIX ex: <http://example.org/x#y>\n'
          '# a comment with SELECT and "quotes"\n'
          'SELECT ?where (COUNT(*) AS ?n) WHERE {\n'
          '  ?where ex:select "# not a comment"@en , 12 .\n'
          '}\n')


def highlighted(page, kind: str) -> list[str]:
    """The texts the editor's overlay shows as tokens of that kind."""
    return page.locator(f"#highlight .tok-{kind}").all_inner_texts()


def test_the_editor_highlights_sparql_under_the_text_being_typed(page, base):
    page.goto(base + "/")
    editor = page.locator("#query")
    editor.fill(TRICKY)
    assert highlighted(page, "keyword") == ["PREFIX", "SELECT", "AS", "WHERE"]
    assert highlighted(page, "function") == ["COUNT"]
    assert highlighted(page, "variable") == ["?where", "?n", "?where"]
    assert highlighted(page, "iri") == ["<http://example.org/x#y>"]
    assert highlighted(page, "comment") == ['# a comment with SELECT and "quotes"']
    assert highlighted(page, "string") == ['"# not a comment"']
    assert highlighted(page, "name") == ["ex:", "ex:select"]
    assert highlighted(page, "lang") == ["@en"]
    assert highlighted(page, "number") == ["12"]
    # The overlay shows exactly the typed text, and the textarea's own text is invisible.
    overlay = page.locator("#highlight").inner_text()
    assert overlay.rstrip() == TRICKY.rstrip()
    assert editor.evaluate("node => getComputedStyle(node).color") == "rgba(0, 0, 0, 0)"
    keyword_color = page.locator("#highlight .tok-keyword").first.evaluate(
        "node => getComputedStyle(node).color")
    assert keyword_color != page.locator("#highlight .tok-variable").first.evaluate(
        "node => getComputedStyle(node).color")
    # Typing updates it, and an example loaded by its button is highlighted too.
    editor.press("End")
    editor.type(" LIMIT 5")
    assert highlighted(page, "keyword")[-1] == "LIMIT"
    page.locator("button.example").first.click()
    assert page.locator("#highlight").inner_text().rstrip() == \
        page.locator("#query").input_value().rstrip()
    page.screenshot(path=str(base_screenshot("editor")))


def test_the_overlay_scrolls_with_the_editor(page, base):
    page.goto(base + "/")
    editor = page.locator("#query")
    editor.fill("\n".join(f"# line {n}" for n in range(200)))
    editor.evaluate("node => { node.scrollTop = 600; node.dispatchEvent(new Event('scroll')); }")
    assert page.locator("#highlight").evaluate("node => node.scrollTop") == \
        editor.evaluate("node => node.scrollTop") > 0


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
