"""The dashboard in a real browser: Debian's chromium driven by Selenium through chromium-driver, against a
real uvicorn server on a loopback port. Screenshots go to tests/output/screenshots/.

Skipped, with the reason, only where chromium or chromium-driver is not installed (``.ci/run`` installs
them with apt). Figures: the bundled curated GDP points, plus Kunshan's 2023 and 2024 GDP (5140.6 and
5280.3 亿元, Kunshan statistical communiqués) ingested for the region page.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
selenium = pytest.importorskip("selenium")
pytest.importorskip("uvicorn")

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

from conftest import serving  # noqa: E402
from regionwatch import Observatory, Origin  # noqa: E402
from regionwatch.server import create_app  # noqa: E402

SHOTS = Path(__file__).resolve().parent / "output" / "screenshots"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver") or (
    "/usr/lib/chromium/chromedriver" if Path("/usr/lib/chromium/chromedriver").exists() else None
)

pytestmark = pytest.mark.skipif(
    not (CHROMIUM and DRIVER),
    reason="browser tests need Debian's chromium and chromium-driver (apt install chromium chromium-driver)",
)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dashboard")
    db = folder / "store.duckdb"
    with Observatory(db) as obs:
        obs.init()
        table = folder / "kunshan.csv"
        table.write_text(
            "region,indicator,period,value,unit\n320583,gdp,2023,5140.6,亿元\n320583,gdp,2024,5280.3,亿元\n",
            encoding="utf-8",
        )
        obs.ingest(table, origin=Origin(title="Kunshan statistical communiqués", source_type="official"))
    with serving(create_app(db)) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=en-US"):
        options.add_argument(arg)
    options.add_argument("--window-size=1280,1000")
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
    driver.set_page_load_timeout(30)
    SHOTS.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()


def ready(driver, page: str, timeout: float = 20) -> None:
    body = (By.TAG_NAME, "body")
    WebDriverWait(driver, timeout).until(lambda d: d.find_element(*body).get_attribute("data-ready") == page)


def shot(driver, name: str) -> Path:
    path = SHOTS / f"{name}.png"
    driver.save_screenshot(str(path))
    assert path.stat().st_size > 5000
    return path


def rows(driver, table_id: str) -> list[str]:
    return [r.text for r in driver.find_elements(By.CSS_SELECTOR, f"#{table_id} tr")[1:]]


def test_club_page_and_threshold_control(server, browser):
    browser.get(server + "/#/club")
    ready(browser, "club")
    members = rows(browser, "members")
    assert any("Pudong" in r for r in members) and any("Nanshan" in r for r in members)
    assert len(members) == 3  # Pudong, Haidian, Nanshan in the bundled figures
    assert browser.find_element(By.CSS_SELECTOR, "#timeline canvas")  # ECharts drew the timeline, offline
    shot(browser, "club-1e12")
    Select(browser.find_element(By.ID, "threshold")).select_by_value("5e11")
    WebDriverWait(browser, 20).until(lambda d: "500" in d.find_element(By.ID, "title").text)
    ready(browser, "club")
    assert len(rows(browser, "members")) > 3  # lowering the threshold admits more districts
    shot(browser, "club-5e11")


def test_next_page_shows_candidates_with_age(server, browser):
    browser.get(server + "/#/next")
    ready(browser, "next")
    candidates = rows(browser, "candidates")
    assert candidates and not any("Pudong" in r for r in candidates)
    assert "years" in candidates[0]
    assert browser.find_elements(By.CSS_SELECTOR, "#candidates td.stale")  # an old figure is marked
    shot(browser, "next")


def test_search_opens_a_region_page(server, browser):
    browser.get(server + "/#/club")
    ready(browser, "club")
    box = browser.find_element(By.ID, "search")
    box.send_keys("Kunshan")
    WebDriverWait(browser, 20).until(ec.visibility_of_element_located((By.CSS_SELECTOR, "#suggestions li")))
    assert "昆山" in browser.find_element(By.ID, "suggestions").text
    box.send_keys(Keys.ENTER)
    ready(browser, "region")
    assert "昆山市" in browser.find_element(By.ID, "title").text
    claims = rows(browser, "claims")
    assert any("2024" in r and "shown" in r for r in claims)
    assert browser.find_element(By.CSS_SELECTOR, "#series canvas")
    shot(browser, "region-kunshan")


def test_region_page_by_chinese_name_shows_hierarchy(server, browser):
    browser.get(server + "/#/region/440305")
    ready(browser, "region")
    assert "Shenzhen" in browser.find_element(By.CSS_SELECTOR, ".crumbs").text
    assert len(rows(browser, "claims")) >= 5  # Nanshan's curated series, each with its source
    shot(browser, "region-nanshan")


def test_map_page_draws_bubbles(server, browser):
    browser.get(server + "/#/map")
    ready(browser, "map")
    assert browser.find_element(By.CSS_SELECTOR, "#map canvas")
    assert int(browser.find_element(By.ID, "note").text.split()[0]) >= 10
    shot(browser, "map")


def test_check_page_highlights_verdicts(server, browser):
    browser.get(server + "/#/check")
    ready(browser, "check")
    browser.find_element(By.ID, "article").send_keys(
        "Kunshan's GDP was 528 billion yuan in 2024. Kunshan's GDP was 520 billion yuan in 2024, a rival report said."
    )
    browser.execute_script("document.getElementById('published').value = '2025-03-01'")
    browser.find_element(By.ID, "run").click()
    WebDriverWait(browser, 30).until(ec.presence_of_element_located((By.CSS_SELECTOR, "#verdicts")))
    verdicts = [m.get_attribute("data-verdict") for m in browser.find_elements(By.CSS_SELECTOR, ".article mark")]
    assert verdicts == ["inconsistent-within", "inconsistent-within"]  # the two figures contradict each other
    assert "record-agrees" in browser.find_element(By.ID, "verdicts").text
    shot(browser, "check")


def test_language_switch_to_chinese(server, browser):
    browser.get(server + "/#/club")
    ready(browser, "club")
    browser.find_element(By.ID, "lang").click()
    ready(browser, "club")
    assert "俱乐部" in browser.find_element(By.ID, "title").text
    assert "浦东新区" in browser.find_element(By.ID, "members").text
    shot(browser, "club-zh")
    browser.find_element(By.ID, "lang").click()  # back to English for the other tests
    ready(browser, "club")
