import pytest

from regionwatch import AmbiguousRegion, Gazetteer, UnknownRegion


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.load()


def test_coverage(gz):
    levels = {r.level for r in gz.all()}
    assert levels == {"province", "prefecture", "county"}
    active_counties = [r for r in gz.all() if r.level == "county" and r.active]
    assert 2800 <= len(active_counties) <= 2900
    assert min(r.valid_from for r in gz.all()) == 1981


def test_region_record(gz):
    r = gz.get("440305")
    assert (r.name_zh, r.short_zh, r.name_en, r.pinyin, r.level, r.kind) == (
        "南山区",
        "南山",
        "Nanshan District",
        "Nanshan",
        "county",
        "district",
    )
    assert r.parent_code == "440300" and gz.parent(r).parent_code == "440000"
    assert r.pop_2020 == 1795826 and r.pop_2010 == 1088345
    assert r.lon == pytest.approx(113.93, abs=0.1) and r.lat == pytest.approx(22.53, abs=0.1)
    assert r.valid_from == 1990 and r.valid_to is None


@pytest.mark.parametrize(
    ("code", "english"),
    [
        ("310115", "Pudong New Area"),
        ("320583", "Kunshan"),
        ("430121", "Changsha County"),
        ("110108", "Haidian District"),
        ("440306", "Bao'an District"),
        ("440300", "Shenzhen"),
        ("150000", "Inner Mongolia"),
        ("610000", "Shaanxi"),
        ("140000", "Shanxi"),
        ("429021", "Shennongjia Forestry District"),  # the one forestry district
        ("610103", "Beilin District"),  # 碑林区: a district named 碑林, not a forestry district named 碑
        ("140109", "Wanbailin District"),  # 万柏林区
        ("231202", "Beilin District"),  # 北林区
        ("441803", "Qingxin District"),  # 清新区: a district named 清新, not a new area named 清
        ("120116", "Binhai New Area"),
        ("150622", "Jungar Banner"),  # 准格尔旗: its Mongolian name, not the pinyin Zhunge'er
        ("150627", "Ejin Horo Banner"),
    ],
)
def test_english_names(gz, code, english):
    assert gz.get(code).name_en == english


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Harbin", "230100"),
        ("Ha'erbin", "230100"),
        ("Hohhot", "150100"),
        ("Urumqi", "650100"),
        ("Lhasa", "540100"),
        ("Kashgar Prefecture", "653100"),
        ("Ordos", "150600"),
        ("Fangxian", "420325"),  # 房县: a one-character county's name is spelled with its 县
        ("Peixian county", "320322"),  # 沛县
    ],
)
def test_english_names_that_are_not_pinyin(gz, text, code):
    assert gz.resolve(text).code == code


@pytest.mark.parametrize(
    ("code", "short"),
    [("650000", "新疆"), ("652700", "博尔塔拉"), ("650521", "巴里坤"), ("150000", "内蒙古"), ("450000", "广西")],
)
def test_short_names_drop_an_ethnic_name_written_without_zu(gz, code, short):
    assert gz.get(code).short_zh == short


@pytest.mark.parametrize(
    "text",
    [
        "Haidian",
        "Haidian District",
        "haidian district",
        "海淀",
        "海淀区",
        "Hǎidiàn",
        "hai3 dian4",
        "Hai-dian",
        "hai dian",
        "HAIDIAN",
        "110108",
    ],
)
def test_many_spellings_one_place(gz, text):
    assert gz.resolve(text).code == "110108"


def test_traditional_chinese(gz):
    assert gz.resolve("南山區", within="深圳").code == "440305"
    assert gz.resolve("長沙縣").code == "430121"


def test_nanshan_is_ambiguous_with_both_parents(gz):
    with pytest.raises(AmbiguousRegion) as e:
        gz.resolve("南山区")
    codes = {m.region.code for m in e.value.candidates}
    assert codes == {"440305", "230404"}
    assert "深圳市" in str(e.value) and "鹤岗市" in str(e.value)
    parents = {m.region.code: [p.name_zh for p in m.parents] for m in e.value.candidates}
    assert parents["230404"][0] == "鹤岗市"


@pytest.mark.parametrize(
    ("text", "within", "code"),
    [
        ("南山区", "深圳市", "440305"),
        ("南山区", "Shenzhen", "440305"),
        ("Nanshan District", "440300", "440305"),
        ("南山区", "鹤岗", "230404"),
        ("Nanshan", "Heilongjiang", "230404"),
        ("朝阳区", "北京", "110105"),
        ("朝阳区", "长春市", "220104"),
        ("鼓楼区", "福州", "350102"),
    ],
)
def test_within_settles_ambiguity(gz, text, within, code):
    assert gz.resolve(text, within=within).code == code


@pytest.mark.parametrize("text", ["鼓楼区", "朝阳区", "Nanshan District"])
def test_ambiguous_names(gz, text):
    with pytest.raises(AmbiguousRegion):
        gz.resolve(text)


def test_inline_parent_forms(gz):
    assert gz.resolve("深圳市南山区").code == "440305"
    assert gz.resolve("广东深圳南山区").code == "440305"
    assert gz.resolve("Nanshan District (Shenzhen)").code == "440305"
    assert gz.resolve("Nanshan, Hegang").code == "230404"


def test_changsha_county_is_not_changsha_city(gz):
    assert gz.resolve("长沙县").code == "430121"
    assert gz.resolve("Changsha County").code == "430121"
    assert gz.resolve("Changsha").code == "430100"
    assert gz.resolve("长沙").code == "430100"


def test_historical_name_points_to_successor(gz):
    m = gz.search("南汇区", year=2005)[0]
    assert m.region.code == "310119" and m.region.valid_in(2005)
    later = gz.search("南汇区", year=2015)[0]
    assert later.region.code == "310119"
    assert "310115" in later.note and "2009" in later.note
    assert [s.code for s in gz.successors(m.region)] == ["310115"]
    assert "310119" in [p.code for p in gz.predecessors("310115")]


def test_year_picks_the_code_in_force(gz):
    assert gz.resolve("昆山县", year=1985).code == "320523"
    assert gz.resolve("昆山县", year=1982).code == "322726"
    assert gz.resolve("Kunshan").code == "320583"


def test_level_filter_and_children(gz):
    assert gz.resolve("Shenzhen", level="prefecture").code == "440300"
    kids = [c.code for c in gz.children("440300")]
    assert "440305" in kids and "440304" in kids and all(k.startswith("4403") for k in kids)


def test_unknown(gz):
    with pytest.raises(UnknownRegion):
        gz.resolve("Atlantis")
    with pytest.raises(UnknownRegion):
        gz.get("999999")
    assert gz.search("") == []


def test_events_history(gz):
    events = gz.events("310115")
    assert any(e["year"] == 2009 and e["old_code"] == "310119" for e in events)
