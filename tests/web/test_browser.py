"""A real browser (Debian's Chromium, driven by Playwright) on the served app."""

import shutil

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(demo_db):
    from bantin.web.app import running_server

    with running_server(demo_db) as url:
        yield url


@pytest.fixture(scope="module")
def page(server):
    if not CHROMIUM:
        pytest.skip("Chromium not installed (apt-get install chromium)")
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )
        pg = browser.new_page()
        yield pg
        browser.close()


def test_reader_goes_from_home_to_topic_to_source_sentence(server, page):
    page.goto(server + "/")
    page.click("text=Chuyển đổi số")
    page.wait_for_selector("h1")
    assert page.inner_text("h1") == "Chuyển đổi số"
    stories = page.locator("li.story")
    assert stories.count() >= 3
    first_sentence = page.locator("li.story .summary a.src").first
    quoted = first_sentence.inner_text().strip()
    first_sentence.click()
    page.wait_for_selector("mark#hl")
    assert page.inner_text("mark#hl").strip() == quoted


def test_search_box_finds_without_diacritics(server, page, tmp_path):
    page.goto(server + "/")
    page.fill("input[name=q]", "chuyen doi so")
    page.keyboard.press("Enter")
    page.wait_for_selector("ol.results li")
    assert page.locator("ol.results li").count() >= 3
    page.screenshot(path=str(tmp_path / "search.png"))
