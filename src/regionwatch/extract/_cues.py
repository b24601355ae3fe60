"""Cue words other than indicator names: growth, sign, qualifiers, kinds, exclusions.

Indicator cues live with the indicator records (``regionwatch.indicators``). Patterns run over
normalised text (simplified Chinese, half-width, plain quotes) and ignore case.
"""

from __future__ import annotations

import re


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"  # "January", "Sept."


POPULATION_NOT = _c(
    r"户籍|外来|暂住|registered|household|hukou(?!\s+county)|temporary|non-local|urban|城镇|(?:^|(?<=[^\u4e00-\u9fff])|(?<=其中)|(?<=中心)|(?<=[主老全县市]))城区|农村|乡村|农业人口|非农|rural|agricultural|就业|employ|出生|死亡|流动|floating|migrant|jobs?|workers?|"
    r"员工|职工|雇员|从业人员|研发人员|工程师|\bstaff\b|engineers|researchers|members|党员|志愿者|会员|用户|users|"
    r"visitors|tourists|游客|人次|students|学生|talent|人才|出生人口|密度|density|每平方(?:公里|千米)|管理人口|实有人口|服务人口|"
    r"流出|流入|流失|外流|迁出|迁入|\b(?:outflows?|inflows?|net)\b|"
    r"\d+岁|岁以[上下]|老年|劳动年龄|少儿|\baged\b|\belderly\b|\bover (?:60|65)\b|working[- ]age|"  # an age group
    r"working population|labou?r force|workforce|"  # the people at work
    r"男性|女性|\b(?:males?|females?)\b|少数民族|汉族|\bethnic\b|"  # a sex, an ethnic group
    r"\bpoverty\b|\bpoor\b|\brelocated\b|\binsured\b|beneficiar|贫困|脱贫|搬迁|受灾|低保|参保"  # people helped
)
# a change of the people counted, said just before the figure: 比上年增加1.2万人, "lost 2 million"
POPULATION_CHANGE = _c(
    r"(?:净增|增加|减少|\b(?:lost|lose|losing|gained|added)|"
    r"\b(?:rose|grew|fell|declined|increased|decreased|dropped) by|"
    r"\b(?:increase|decrease|drop|decline|gain|loss) of)\s*"
    r"(?:了|约|近|超过|about\s+|nearly\s+|some\s+|more than\s+|over\s+|around\s+|roughly\s+)?$"
)
AREA_NOT = _c(  # areas that are not the place's own land: floors, farmland, built-up land, sea, a zone or a project
    r"floor|building|construction|urban area|reserve|ecolog|生态|建筑面积|住宅|housing|耕地|森林|绿地|水域|播种|造林|"
    r"用地|industrial land|arable land|farmland|"  # 工业用地仅111平方公里: land of one use
    r"建成区|built-up|海域|\bsea\b|marine|\bwater (?:area|surface)|城区面积|市区面积|"
    r"规划|planned|project|项目|占地|(?<![花绿梁])园区|科技园|"  # a park (not 下花园区, 绿园区, 梁园区: districts)
    r"产业园|\bparks?\b|核心区|起步区|示范区|试验区|合作区|开发区|片区|"
    r"\bzones?\b|其中[^，,。；;]{0,4}面积"  # 其中陆地面积: a part of the area
)

#: what a bare 增/减 follows in a headline or a brief report: 同比增6.3%, GDP增6.3%, 出口额减2.1%
_CHANGE_OF = r"(?:同比|比上年|较上年|比去年|gdp|生产总值|经济|总量|产值|收入|投资|额)"
GROWTH = _c(
    r"\b(?:grew|grown|grow(?:s|ing)?|growth|rose|rise[sn]?|rising|up|uptick|increased?|increases|increasing|"
    r"expand(?:ed|s|ing)?|expansion|"
    r"gain(?:ed|s|ing)?|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|surg(?:ed|es|ing)|soar(?:ed|s|ing)?|advanced|picked up|"
    r"declin(?:ed|es?|ing)|fell|fall(?:s|en|ing)?|drop(?:ped|s|ping)?|down|decreas(?:e|ed|es|ing)|"
    r"contract(?:ed|ion|ing|s)?|shr[iua]nk(?:s|ing)?|"
    r"slipped|slid|dipped|eased|retreated|tumbled|plunged|plummeted|slumped|sank|narrow(?:ed|s|ing)\s+by|"
    r"(?:rais(?:e|ed|es|ing)|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?)(?=[^\d]{0,40}\bby\s*$)|"  # "raise its GDP by 6%"
    r"(?:accelerat|decelerat|slow|moderat)(?:ed|es|ing)(?:\s+down)?\s+(?:to|from)|"  # "the economy accelerated to 5.5%"
    r"(?:slowdown|deceleration|acceleration)\s+(?:from|to)|"  # "the biggest slowdown from 62.9 percent"
    r"(?:recover|rebound)(?:ed|s|ing)?\s+to|bounc(?:ed|es|ing)\s+back\s+to)\b|"  # "before recovering to 6.1%"
    r"增长|增速|增幅|降幅|升幅|跌幅|衰退|增加(?!值)|成长|提高|上升|提升|回升|下降|减少|回落|降低|下滑|下跌|萎缩|同比\s*[+＋-]?$|"
    + _CHANGE_OF
    + r"[增减]$|(?:^|[，,；;：:\s])[增减]$|[+＋]$|(?:^|[，,；;：:\s])[-−]$|"  # "3112.5亿元，-5.8%": a signed rate
    r"年增(?:率)?|年减|(?:按年|按季|同比)[升跌]|"  # 年增6.1%: Taiwanese usage; 按年升6.2%: Hong Kong usage
    r"比增|比降|[微略]降"  # 比增8.5%: 比上年增长 as Fujian's reports shorten it; 微降0.6%: a slight fall
)
_ZH_QUANTITY_GREW = re.compile(  # 货物运输量, 接待游客人次, 专利授权量, 商品房销售面积 … 增长: a quantity named
    r"[\u4e00-\u9fff](?:(?<!总)量|人次|件数|户数|人数|人口|面积|价格|指数)(?:同比|比上年|较上年)?(?:增长|下降|上涨|回落|增速)(?:了)?$"
)
_UNIT_QUANTITY_GREW = re.compile(  # 生猪出栏17.93万头，同比增长4.9%: a rate after an amount of goods, not the economy's
    r"\d\s*[万亿千]?\s*(?:头|只|羽|吨|千克|公斤|千瓦时|千瓦|兆瓦|千米|公里|辆|架|艘|台|套|标箱|立方米|亩|公顷|箱|部)"
    r"[)）]?[,，、]?\s*(?:同比|比上年|较上年|比上年同期|较上年同期)?(?:增长|下降|上涨|回落|减少)了?$"
)


def quantity_grew(near: str, before: str) -> bool:
    """Whether a Chinese rate is the growth of a quantity named just before it (快递业务量增长15.2%, 生猪出栏17.93万头，
    同比增长4.9%), not of the economy; ``near``: the text since the figure before, ``before``: the sentence before."""
    return bool(_ZH_QUANTITY_GREW.search(near) or _UNIT_QUANTITY_GREW.search(before[-30:]))


THAN_BEFORE = (  # a change against an earlier time, said after the figure (the time is the base, not the period)
    r"\s*(?:higher|more|up|greater|larger|bigger|lower|less|down|smaller)\s+(?:than|on|from|over)\s+"
    r"(?:it was\s+)?(?:in\s+)?"
    r"(?:(?:19|20)\d\d|a year (?:earlier|ago|before)|the (?:previous|prior|preceding) year|the year before|"
    r"last year|"
    r"the same (?:period|quarter) (?:of |in )?(?:last year|a year earlier|(?:19|20)\d\d))"
)
RESULT_VERB = (  # a result said after a goal in the same sentence: "… and achieved", "… but managed"
    r"(?:then\s+|eventually\s+|actually\s+)?(?:achieved|managed|posted|recorded|delivered|realized|realised)\b"
)
ELIDED_RESULT = _c(  # "aimed for 6 percent GDP growth last year but managed 5.6 percent": the same measure
    rf"(?:[^\d,;.]|(?<!\d)(?:19|20)\d\d(?!\d)){{0,40}}?\s(?:but|and)\s+{RESULT_VERB}\s+(?:only\s+|just\s+|about\s+)?"
)
FROM_BASE = _c(  # "up from 22 percent", "down from 6.5 percent": the earlier value of the measure, not a change
    r"\b(?:up|down|rising|falling|rose|fell|increas\w*|decreas\w*|grew|climb\w*|drop\w*|slow\w*|accelerat\w*|"
    r"declin\w*|eas(?:ed|es|ing)|dipp\w*|slipp\w*|retreat\w*|moderat\w*|decelerat\w*|jump\w*|surg\w*|soar\w*|"
    r"edg\w* (?:up|down))\s+from\s+(?:the\s+|a\s+)?(?:about\s+|nearly\s+|around\s+|just\s+)?$|"
    r"(?<![\d年])(?:由|从)(?:约|近)?$|"  # 2024年，GDP由5000亿元增至5280亿元: the year before's
    r"(?:比|较)(?:去年|上年|前一年|上一年)(?:同期)?的(?:约|近)?$"  # 增速较前一年的10.4%有所回落: the base, as it was
)
TO_THEN_FROM = _c(  # "slowed to 5.1 percent in 2024 from 6 percent", "rose to 500 billion yuan from 450 billion"
    r"\bto\s+(?:about\s+|around\s+|nearly\s+)?\d[\d.,]*[^,;\d]{0,24}?(?:\s(?:in|by)\s+(?:19|20)\d\d|\slast year)?"
    r",?\s+from\s+(?:about\s+|nearly\s+|around\s+|just\s+)?$"
)


def from_base(near: str, before: str) -> bool:
    """Whether a figure is the earlier value a change started from ("up from 22 percent", "rose to X
    from Y"), not a change or a level of its own."""
    return bool(FROM_BASE.search(near) or TO_THEN_FROM.search(before[-90:]))


REVISED_BY = _c(  # the size of a revision, said just before it: "revised its 2017 GDP down by 33.5 percent", 核减33.5%
    r"\b(?:revis(?:ed|es|ing)|cut|lowered|slashed|trimmed|adjusted|marked)\b(?:[^.;,\d]|(?:19|20)\d\d){0,50}?\bby\s+"
    r"(?:about\s+|nearly\s+|over\s+|more than\s+|almost\s+)?$|"
    r"(?:核减|核增|下调|上调|调减|调增|下修|上修)(?:了)?(?:约|近|超过|逾)?$|"
    r"(?:下调|上调|核减|核增|修正|修订|调整)幅度(?:为|达|达到|超过)?(?:约|近)?$"
)
REVISED_FROM_AFTER = _c(  # "revised to 665.4 billion yuan, down 33.5 percent from the figure first reported"
    r"\s*(?:percent|per cent|%)?\s*from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:figure|number|estimate|data)?\s*"
    r"(?:first|originally|initially|previously|earlier)\s+(?:reported|published|announced|released|given)"
)
REVISED_FROM_BASE = _c(
    r"^\s*(?:亿元|万元|元)?(?:下调|上调|调减|调增|核减|核增|修正|修订)(?:为|至|到)"
)  # 由10002亿元下调至…


MARK_AFTER = _c(r"\s*(?:yuan\s+|rmb\s+)?(?:mark|milestone|threshold|barrier)\b(?!\s+(?:is|was)\s+(?:not|still|yet))")
# "the 1 trillion yuan mark", "milestone": a figure crossed (not "the mark is still …")
NEGATIVE_THAN = _c(r"^\s*(?:lower|less|down|smaller)\s+(?:than|on)\b")
NEGATIVE = _c(
    r"\b(?:declin(?:ed|es?|ing)|fell|fall(?:s|en|ing)?|drop(?:ped|s|ping)?|down|decreas(?:e|ed|es|ing)|"
    r"contract(?:ed|ion|ing|s)?|shr[iua]nk(?:s|ing)?|slipped|slid|dipped|eased|retreated|tumbled|plunged|plummeted|"
    r"slumped|sank|negative growth|narrow(?:ed|s|ing)\s+by)\b|"  # "the secondary industry narrowed by 4.7 percent"
    # 衰退, 负成长: Taiwanese
    r"下降|减少|回落|降低|下滑|下跌|萎缩|负增长|负成长|衰退|跌幅|(?:按年|按季|同比)跌|年减|比降|[微略]降|"
    + _CHANGE_OF
    + r"减(?![少缓弱])|(?:^|[，,；;：:\s])减(?![\u4e00-\u9fff])"
)
NOT_CROSSED_WORDS = (  # a crossing denied, present or past: "has yet to pass", "did not reach", 尚未突破, 未能跨越
    r"\b(?:(?:has|have|had)\s+(?:still\s+)?yet\s+to|(?:did|does|do|has|have|had)\s*(?:not|n't)|never|failed\s+to|"
    r"fails?\s+to)\s+(?:(?:yet|quite|even)\s+)?(?:reach|hit|top|cross|pass|exceed|surpass|break)\w*"
    r"(?:\s+(?:through|past))?|(?:尚未|还未|仍未|未能|未曾|没有|没能|未)[^。；;，,\d]{0,4}?"
    r"(?:突破|跨越|跨过|迈过|迈上|迈入|达到|超过|站上|跨入|越过)"
)
ZH_MEANS = _c(r"(?:依托|凭借|借助|依靠|得益于)[^，,。；;]{1,40}[，,]")  # 依托数字经济…，: what it grew by, no subject
NOT_CROSSED = _c("(?:" + NOT_CROSSED_WORDS + r")[\"'“”]?\s*$")
ESTIMATE_NOTED = _c(r"\s*[(（]\s*(?:an?\s+)?(?:estimated|estimate|预计|预计数|预估|估计)")  # "(estimated figure)"
TARGET = _c(
    r"\b(?:aim(?:s|ing)?(?: to| at| for)?|target(?:s|ed|ing)?|goals?|plans? to|planned|planning to|"
    r"(?<!measures )(?<!policies )(?<!efforts )(?<!steps )(?<!initiatives )(?<!projects )(?<!programs )aimed(?: to| at|"
    r" for)?|"  # not "a range of measures aimed at stimulating consumption": what the measures are for
    r"strive[sd]?|striving|seek(?:s|ing)?(?: to)?|wants? to|hopes? to|intends? to|"
    r"(?:hope|want)s?\s+(?:that\s+)?[\w'’ ]{2,30}?\s(?:can|will|could)|"  # "hope the county can pass …"
    r"is determined to|vow(?:s|ed)? to|pledg(?:es|ed)? to|"
    r"(?:bets?|banks?|counts?) on [\w' -]{1,30}? to (?:reach|hit|top)|"  # "bets on AI to reach …": a headline's goal
    r"should (?:exceed|reach|surpass|approach)|will (?:exceed|reach|surpass)|is to (?:reach|exceed)|"
    r"(?:should|needs? to|must|has to) be (?:more|higher|at least|above|over)\b|"  # "growth needs to be above 4.4%"
    r"eye(?:s|d|ing)?(?! of)|set(?:s|ting)? (?:its |their |his |her )?sights? on|"
    r"will (?:keep|maintain|ensure|strive|work|push|endeavou?r|make efforts|try|raise|lift|boost|double|bring)|"
    r"projected target|budgeted (?:at|for)|draft budget)\b|力争|目标(?!企业|客户|市场|群体|人群|公司|项目库)|"  # not
    # 拜访目标企业150家: the firms aimed at, no goal
    r"(?<![五”\"])(?<!五年)(?:计划|规划)|"  # not a plan's name (“十五”计划, 十四五规划): a period, not a goal
    r"(?<![超于过])预期|确保|争取(?!(?:到|了)?(?:上级|中央|国家|省|市)?[级财]?(?:转移支付|资金|专项|债券|补助|资助))|"
    # 预算草案, 支出安排320亿元: a draft, a sum allotted; 争取上级转移支付31.8亿元: funds secured, in a review
    r"(?<!或)将达到|要达到|原定|将(?:新增|引进|培育|新建)|冲刺|剑指|瞄准|迈向|奔向|草案|安排(?=约?\d)|"
    r"(?:未来|今后)(?:[二两三四五\d][到至~-]?)?[两三四五六七八九十\d]年(?:内|里|时间)?"  # 未来二三年跻身…
)
EXPECTED = _c(
    r"\b(?:expect(?:s|ed)?|expectation|(?:is|are) set to|"
    r"set to (?:reach|surpass|exceed|hit|top|grow|rise|expand|increase|climb|cross|break)|"
    r"likely|poised|projected|projection|forecasts?|within reach|in sight|"
    r"forecasted|estimated?|estimates|anticipated?|on track|on course|predict(?:s|ed)?|"
    r"should (?:grow|rise|expand|increase|climb|hit|top|come in)|"
    r"(?:could|may|might) (?:join|reach|exceed|surpass|top|cross|pass|hit|break|become|grow|rise|expand|climb)|"
    r"(?:will|would) (?:hit|top|cross|break|pass|join|grow|rise|expand|climb|add)|would (?:require|need|mean|take)|"
    r"if\s+[\w'’ ]{2,30}?\s(?:keeps?|continues?|maintains?|sustains?)\b|"
    r"(?:analysts?|economists?|forecasters?|brokerages?)\s+(?:see|sees|put|puts|reckon|reckons))\b|"
    r"预计|有望|可望|料将|预测|估计|(?:据|经)测算|或将|或在(?=(?:19|20)\d\d年)|(?<![不尽])可能|有可能|"
    r"将(?:于|在)?(?:(?:19|20)\d\d年(?:前后|左右|底|末)?)?(?:超|突破|跨越|跨入|迈入|迈上|迈过)"  # 将于2031年突破
)
PRELIMINARY = _c(r"初步核算|preliminary")
GOAL_VALUE = _c(  # "exceeding its annual target of 5 percent", 年度目标为5%: the figure is the goal's own value
    r"\b(?:target|goal)\s+(?:of|at|was|is)\s+[\"“']?(?:about\s+|around\s+|roughly\s+)?$|"
    r"(?<![塌超于差])目标(?:为|是|值为)?(?:增长)?(?:约)?$"  # not 塌目标1.8个百分点, 高于目标: a gap from it
)
GOAL_AFTER = _c(  # 朝着GDP6000亿元的目标迈进, "its 5 percent growth target", "a 1 trillion yuan target": a goal named
    r"(?:左右)?[\"'”]?(?:的)?(?:全年|年度)?(?:经济)?(?:增长|增速)?(?:发展|奋斗|年度|预期|总体|阶段性)?目标|"
    r"\s*(?:annual\s+|growth\s+|GDP\s+)?(?:target|goal)\b|"  # “5%左右”全年增长目标: the goal it sets
    r"\s+(?:that\s+|which\s+)?(?:the|it|its|[\w'’-]+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:had\s+|has\s+)?"
    r"(?:set|targeted|aimed for)\s+(?:as\s+(?:its|their|the)\s+(?:annual\s+)?(?:target|goal)|for\s+itself)"
    # "the 5.5 percent the city had set as its target"
)

RELATIVE_COUNTRY = _c(
    r"national average|country's|nation's|national total|全国平均|全国的|全国总|of (?:china|the country)"
)


#: nouns after a bare number that make it a count of something outside the vocabulary
OTHER_COUNT_AFTER = _c(
    r"^\s*(?:[\w\"'&.-]+\s+){0,4}?(?:enterprises|companies|firms|universities|laborator(?:y|ies)|institutes|centers|"
    r"centres|exhibitors|counties|districts|regions|industries|clusters|parks|projects|patents|startups|unicorns|"
    r"hospitals|schools|banks|factories|plants|stores|jobs|members|cities|provinces|stations|towns|villages|"
    r"communities|subdistricts|streets|institutions|headquarters|platforms|ports|routes|brands|vehicles|households)\b"
)


LISTED = re.compile(  # what may stand between two figures of one list: a place, a conjunction, a bracket, a year
    r"(?:[^\d]|(?<!\d)(?:19|20)\d\d(?!\d)|(?<![A-Za-z\d])[QH][1-4](?!\d)){0,40}",  # …，2013年…，2016年超过…; "in Q1,"
)

ZH_TIME_OF_IT = (  # 跻身万亿区的时间点…, 迈入万亿俱乐部的时间…: the time a figure comes, named after it
    r"(?:[区县市]|城市|俱乐部|行列|大关|阵营)?的?(?:时间点?|时点|年份|节点)"
)
FRONTED_FIGURE = re.compile(  # "At 1.76 trillion yuan, Pudong's economy …", "With about 530 billion yuan, …": a figure
    # set before its subject ("But at 358 billion yuan in 2025, …, its economy")
    r"\W*(?:(?:but|and|yet|now|still)\s+)?(?:at|with)\s+"
    r"(?:(?:about|around|nearly|almost|roughly|some|over|more than)\s+)?",
    re.I,
)
NOW = re.compile(
    r"\b(?:today|now|nowadays|these days|currently|at present)\b|如今|现在|目前|当前|今天(?!\s*[（(])", re.I
)
RATE_NOW = re.compile(  # "at its current pace of 4.8%", "Futian's present growth rate of": the rate as it stands
    r"(?:\b(?:its|their|the)|['’]s)\s+(?:current|present|latest)\s+(?:(?:annual|economic|gdp)\s+)?"
    r"(?:pace|rate|growth|expansion)\b[^,;.\d]{0,24}$",
    re.I,
)
NOW_AFTER = re.compile(r"\s*(?:now|currently|at present|today)\s*(?:[,.;:)]|to\b|$)", re.I)  # "from 3.5 percent now"
BOTH_PLACES = re.compile(
    r"\bboth (?:districts|counties|cities|places|economies)\b|\bboth of them\b|(?:^\W*|,\s+)both\b", re.I
)
THE_PAIR = re.compile(  # "both cities", "the two districts'": the two places named last, not a group of many
    r"\b(?:both|the two)\s+(?:districts|counties|cities|economies)\b(?!\s+(?:of|in)\b)", re.I
)
ZH_ROUGHLY = "约|近|接近|将近|超过|逾"  # said before a Chinese figure: 是全国平均水平的约37倍
GROUP_OF_SIZE = re.compile(  # 三地, 两区, "the three districts", "their two cities": a few places, counted
    r"([两二三四五])(?:地|区|县|市|者|个区|个县|个城市|座城市)|\b(?:the|these|all|its|their)\s+(two|three|four|five)\s+"
    r"(?:districts|counties|cities|places|economies)\b",
    re.I,
)
# between a place and its own figure: "the national average of 5.3 percent", "the national rate of", 全国的5.3%
#: where an English figure starts: its digits, or a currency written before them ("$77 billion", "RMB 581 billion")
FIGURE_START = r"(?:(?:RMB|CNY)\s?)?[\d$¥]"
OWN_FIGURE_GAP = (
    r"(?:\s+(?:economic|growth|rate|average|gdp|level)){0,3}(?:\s+(?:of|at))?\s+(?:about\s+|nearly\s+|roughly\s+)?"
)
ITS_OWN_FIGURE = _c(OWN_FIGURE_GAP + r"|的")
ZH_COMPARING = r"高于|低于|超过|远超|远高于|远低于|略高于|略低于|超出|快于|慢于|好于|领先|不及|比|较"  # its verb
ZH_COMPARED_BY = re.compile(r"(?:" + ZH_COMPARING + r")$")  # a figure right after the comparison's verb
ZH_LEVEL_BEFORE = re.compile(  # the verb of a comparison and the place compared with, right before its figure
    r"(?:" + ZH_COMPARING + r"|而|[，,])(全国|全省|全市)(?:平均水平|平均)?(?:为|是|的)?(约|近)?[（(]?$"
)
ZH_LEVEL_AFTER = re.compile(r"的(全国|全省|全市)(?:平均)?(?:增速|增幅|水平|平均水平|平均增速)")  # 超过5.3%的全国增速
COMBINED = _c(  # a sum of several places' figures: 合计, "together", "They collectively earned …"
    r"合计|总和|共计|加起来|之和|"
    r"\b(?:together|combined|jointly|collectively|in aggregate|in total|a total of|altogether|put together)\b"
)
THEY_TOGETHER = _c(  # "They collectively earned …", "These counties together produced …": a group's sum
    r"\W*(?:they|these|those)\b(?:\s+\w+){0,2}?\s+(?:collectively|together|combined|jointly|altogether)\b"
)
PLACES_PLURAL = _c(
    r"\b(?:counties|districts|cities|divisions|provinces|regions|economies|places|units|municipalities)\b"
)
CITATION = re.compile(r"\[\d{1,3}\]")  # a citation mark: GDP[1], 人口(2020年)[2]
#: a place's name in English, capitalised: Shenzhen, Xi'an, Ma'anshan, Lüliang, E'erduosi
EN_NAME = r"[A-Z][a-zü]*(?:['’-][a-zü]+)*"
NAMED_TOTAL = re.compile(r"\s*(?:of|to)\s+(" + EN_NAME + r")['’]s\s+total\b")  # "… of Sichuan's total": that place's
# the level of a year a change is measured from: "… 133 percent over the 390 billion yuan of 2008" (the year after)
LEVEL_OF_A_YEAR = r"the\s+(?:[^,.;]|\.(?=\d)){0,40}?\s+(?:of|in)\s+"
OVER_THE_LEVEL_OF = re.compile(r"\b(?:over|from|than)\s+" + LEVEL_OF_A_YEAR + r"(?:19|20)\d\d\b")
BOX_ROW = re.compile(r"[ \t]*[•·]")  # an infobox's row: " • Total | CN¥ 512.6 billion", "• 常住 | 280,641人"
RESPECTIVELY = _c(r"分别|\brespectively\b")  # one figure for each place, year or sector listed before
OF_WHICH = _c(r"其中|\b(?:of|among) (?:them|these|which)\b")  # a part of the group named before

NOT_LISTED = re.compile(
    r"includ|of which|among them|其中|from|share|per|growth|增长|up|down|占|accounting|accounted|"
    r"\bof\b(?!\s+(?:(?:19|20)\d\d\b|last year\b|this year\b))",  # not "in the first quarter of 2012, 7.2 percent"
    re.I,
)

PLACES_OUTPUT = re.compile(
    r"(?:(?-i:[A-Z])[a-z'’]+(?:\s+(?:district|county|city|new area))?['’]s|(?-i:[A-Z])[a-z]+\s+(?:district|county)|"
    r"\bits|\bthe (?:district|county|city|area|new area|zone|province|municipality)['’]s|"
    r"(?-i:[A-Z])[a-z]+(?:\s+(?:district|county|city|new area))?,\s+whose)\s+"  # "Tianhe district, whose output"
    r"(?:(?:19|20)\d\d\s+)?(?:total\s+|annual\s+|gross\s+|overall\s+|full[- ]year\s+|economic\s+)?"
    r"(?:output|added value|value[- ]added)\b"
    r"(?!\s+(?:value|of\s+(?!(?:about|nearly|some|over|more than)\b)[a-z]))|"  # not "output of electronics"
    r"\boutput\s+(?:from|of|in)\s+(?:(?-i:[A-Z])[a-z]+\b|(?:the|this|that)\s+(?:district|county|city|new area)\b)"
    r"(?!['’]s\s+(?!econom)[a-z])|"  # not "the output of Liuyang's high-tech industries": theirs
    r"\b(?:with|on|wants?|targets?|aims? for|seeks?|eyes|plans? for)\s+(?:an?\s+)?"
    r"(?:(?:annual|total|economic|gross)\s+)?output\s+of\b(?!\s+(?!about|nearly)[a-z])|"
    r"(?:^|[,;]\s+)\W*(?-i:[A-Z])[a-z]+(?:\s+(?:district|county|city|new area))?\s+"  # "Pudong generated output of"
    r"(?:generated|produced|posted|recorded|reported|logged|had)\s+(?:(?:annual|total|economic|gross)\s+)?"
    r"output\s+(?:of|worth)\b(?!\s+(?!about|nearly)[a-z])|"
    r"\b(?:taking|bringing|pushing|lifting|raising|took|brought|pushed|lifted|raised)\s+"  # "taking output to"
    r"(?:its\s+|the\s+(?:district|county|city|area)['’]s\s+)?(?:(?:annual|total|economic)\s+)?output\s+to\b",
    re.I,
)

PLACE_VERB = _c(  # a place as the subject of producing ("Kunshan produced", "the district generated")
    r"(?:\b(?-i:[A-Z])[\w'’-]+|\b(?:the\s+)?(?:district|county|city|it))\s+(?:has\s+|had\s+)?"
    r"(?:produced|generated|created|turned out|churned out|delivered)\s+(?:about\s+|nearly\s+|some\s+|over\s+)?$"
)

#: a relative clause set off by commas ("Taicang, whose port ships the region's car exports, grew …"): what it names
#: is not the measure of the figure after it
CLAUSE_ASIDE = re.compile(r",\s*(?:which|that|who|whose|where)\b[^,;，；]*,")

SECTOR_VALUE_ADDED = _c(  # 金融业增加值, 批发和零售业实现增加值, "value added of the financial sector"
    r"[\u4e00-\u9fff]{1,8}(?<![工产企])业(?:实现|完成)?增加值|"
    r"(?:value added|added value) of (?:the )?(?!(?:primary|secondary|tertiary|first|second|third|whole|entire|"
    r"industr\w*|enterprises)\b|[a-z-]+['’]s\b)[a-z-]+(?: [a-z-]+)?(?: (?:industry|industries|sector))?|"  # crops
    r"\b[a-z-]+ (?:industry|sector)(?:['’]s)? (?:value added|added value)"
)


URBAN_OR_RURAL = _c(r"\burban\b|\brural\b|城镇|城市居民|农村|农民")  # 城镇居民人均可支配收入: one part's income


def urban_or_rural(named: str) -> str:
    """Which part a match of URBAN_OR_RURAL names: "rural" (rural, 农村, 农民) or "urban"."""
    return "rural" if re.search(r"rural|农村|农民", named, re.I) else "urban"


PART_OF_YEAR = re.compile(  # ", in the first three quarters of this year,": a period between a subject and its verb
    r",?\s+(?:in|during|for|over)\s+the\s+(?:first|second|third|fourth|last)\s+"
    r"(?:half|quarter|three\s+quarters|nine\s+months|six\s+months)(?:\s+of\s+(?:this|last|the)\s+year)?"
    r"(?:\s+of\s+(?:19|20)\d\d)?,?",
    re.I,
)

# 文旅消费额, 旅游总花费, 惠企资金, 战略性新兴产业增加值 right before the figure: a sum its own word names
ZH_SUM_NAMED = re.compile(
    r"(?:[\u4e00-\u9fff](?<!限)[额费金款]|增加值)(?:为|是|达到?|约|近|超过?|突破|实现|完成|共计|合计)?\s*$"
)


COUNTED_GROUP = re.compile(  # "Three Shenzhen districts", 深圳三个区: a group whose members a list names after
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:more\s+|other\s+)?(?:[A-Z][\w'’-]*\s+)?"
    r"(?:districts|counties|cities|economies|places)\b|[两二三四五六七八九十\d]+个?(?:区|县|市|县市|区县)",
    re.I,
)
ZH_LISTED = re.compile(r".*[\u4e00-\u9fff]、")  # a place that ends a list of places joined by 、
#: measures of a whole economy, and a sector opening a clause: "The wholesale industry reported retail sales of …"
WHOLE_MEASURES = ("retail_sales", "fiscal_revenue", "foreign_trade", "fixed_asset_investment")
INDUSTRY_OPENS = re.compile(r"\s*(?:the\s+)?(?:[a-z-]+\s+){1,3}(?:industry|industries|sector)\b(?!\s+of\b)", re.I)


_EN_NAME = r"(?-i:[A-Z])[\w'’-]+(?:\s+(?:district|county|city))?"
_EN_NAMES = _EN_NAME + r"(?:(?:,\s*|\s+and\s+)" + _EN_NAME + r")*"  # "Huangpu and Panyu accounted for …": several
# "Nanshan accounted for 26 percent of Shenzhen's GDP, Futian for 17 percent": a rate's verb left out
ELIDED_RATE = re.compile(
    r"(?:[^\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,40}?(?:[,;]\s*(?:and\s+|while\s+|with\s+)?|\s+and\s+)"
    + _EN_NAMES
    + r",?\s+"
    r"(?:(?:accounted|made up|contributed)\s+)?(?:(?:for|with|at)\s+)?(?:about\s+|nearly\s+|around\s+|some\s+)?|"
    # …，福田区占17%; …，黄埔区和番禺区分别占14.5%
    r"[^\d]{0,40}?[，,；;]\s*[\u4e00-\u9fff、和及与]{1,20}?(?:区|县|市)(?:分别)?(?:占|为|是)(?:约|近|超过)?",
    re.I,
)
ASKED_AFTER = _c(  # the question after the figures a sentence gives: 如何创造出…？ "…, but can it keep up?"
    r"[，,]\s*(?:又|是)?(?:如何|怎样|怎么|为何|为什么|凭什么|靠什么)|(?:[,;:—–]|\s-)\s*(?:(?:but|and|so)\s+)?"
    r"(?:can|could|will|would|is|are|does|do|did|how|what|who|which|why|where|has|have)\s+(?!not\b)|"
    r"(?<=[\w%)])\s+(?=(?-i:How|What|Who|Why|Which|Where|When|Is|Are|Can|Will|Does|Do)\s[^?]{3,80}\?\s*$)"
)  # the last, a question heading run into the paragraph before it: "… 1.33 trillion yuan How fast is it …?"
UNNAMED_PART = re.compile(  # "a county-level city in Jiangsu", "one district in Guangdong": not Jiangsu
    r"(?<!['’])\b(?:a|an|one|another)\s+(?:[\w-]+\s+){0,2}?(?:sub-?)?(?:county|district|city|town|township|village)\s+"
    r"(?:in|of)\s+"
    r"(?!(?:just\s+|only\s+|about\s+|some\s+|nearly\s+|over\s+|under\s+|more than\s+)?[\d$¥])",  # not "of just 185
    # sq km": the size of the place spoken of
    re.I,
)
_OWN_MEASURE = (  # "Minhang's foreign commerce totaled", "the district's port throughput came to": a measure of the
    # place's that its words name, though no indicator's cue does: not its economy (nor the measure said before)
    r"(?:['’]s|\b(?-i:[Ii])ts|\b(?-i:[Tt])he\s+(?:district|county|city|area|zone)['’]s)\s+"
    r"(?!(?:\w+\s+){0,2}?(?:economy|economic|output|gdp|grp|total|tally|figure|aggregate|size|gross)\b)"
    r"(?:(?-i:[a-z])[\w-]*\s+){0,2}(?-i:[a-z])[\w-]*\s+(?:(?:has|have|had)\s+)?"
    r"(?:totall?ed|reached|amounted to|came (?:in )?(?:to|at)|stood at|hit|was|were|rose to|grew to|climbed to)\s+"
    r"(?:about\s+|nearly\s+|some\s+|around\s+|roughly\s+|over\s+|more than\s+|almost\s+)?(?:RMB\s*|CNY\s*|US)?\$?\s*"
)
OWN_MEASURE = re.compile(_OWN_MEASURE + "$", re.I)
OWN_MEASURE_FIGURE = re.compile(_OWN_MEASURE + r"(?=\d)", re.I)  # the same, with its figure after it
_BORDERS = (
    r"\b(?:borders?|bordering|bordered\s+by|bounded\s+by|adjacent\s+to|(?<!the )next\s+to|neighbou?red\s+by|abuts|"
    r"abutting|encircles|encircled\s+by|surrounds|surrounded\s+by)\b"
)
_BORDERS_BEFORE = re.compile(_BORDERS + r"[^.;,:?!\n]*$", re.I)  # "It borders Jiang'an district to the east and …"
_BORDERS_LISTED = re.compile(  # its neighbours listed: "borders Ningxia, Inner Mongolia, Shanxi and Gansu", "is
    # bounded by Taihang Mountains to the east, by Taiyuan City to the south" (a verb of the sentence, not a fronted
    # "Located next to Jianghan district, Qiaokou covers …", whose comma ends the phrase)
    r"\b(?-i:borders?|bounded\s+by|bordered\s+by)\b(?:[^.;,:?!\n]*,\s*(?:and\s+)?(?:by\s+(?:the\s+)?)?"
    r"(?=(?-i:[A-Z])|$))+[^.;,:?!\n]*$",
    re.I,
)


_LIES_IN = re.compile(  # "Kunshan lies in southern Jiangsu and has …", "is located in the south-central part of"
    r"\b(?:located|situated|lies|lying|sits|nestled)\s+in\s+(?:the\s+)?(?:[a-z-]*(?:north|south|east|west|central)"
    r"[a-z]*\s+(?:(?:part|region)\s+)?(?:of\s+(?:the\s+)?)?)?$",
    re.I,
)


_MEASURED_FROM = re.compile(  # "is 93 km (58 mi) north-northwest of Shijiazhuang", "40 kilometres from Wuhan"
    r"\b\d[\d,.]*\s*(?:km|kilomet(?:re|er)s?|mi|miles?)\b(?:\s*\([^()]{0,20}\))?\s+"
    r"(?:(?:due\s+)?[a-z]*(?:north|south|east|west)[a-z-]*\s+)?(?:of|from)\s+(?:the\s+)?(?:city\s+of\s+)?$",
    re.I,
)


_BETWEEN = re.compile(  # "lies between Shanghai and Suzhou", "Location: central Zhejiang, between Hangzhou and
    # Jinhua": the two places it lies between (not "the gap between Kunshan and Jiangyin", a comparison)
    r"(?:\b(?:lies|lying|located|situated|sits|sitting|sandwiched|nestled|wedged|midway|halfway)\b[^.;:?!\n]{0,20}?"
    r"|[,:]\s*)\bbetween\s+(?:(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2},?\s+and\s+)?$",
    re.I,
)


def borders_before(norm: str, start: int, end: int) -> bool:
    """Whether the place at ``end`` is named as a neighbour of the sentence's subject, as the setting it lies in or
    between, or as the place its distance is measured from."""
    patterns = (_BORDERS_BEFORE, _BORDERS_LISTED, _LIES_IN, _BETWEEN, _MEASURED_FROM)
    return any(p.search(norm, start, end) for p in patterns)


SEAT = re.compile(  # a fact box's capital or seat, or the places holding the page's ("Province Shanxi",
    # "Prefecture-level city: Jincheng"): attributes of the page's place, not its subject
    r"^\s*(?:(?:capital|(?:county |government |administrative )?seat|省会|首府|政府驻地)\s*[:：|]|"
    r"(?:country|province|prefecture(?:-level city)?|sub-provincial city)\s*[:：|]?)\s*$|"
    r",\s*(?:with\s+)?(?:its|the)\s+(?:provincial\s+)?capital(?:\s+city)?\s+(?:of|is|being)\s+$",  # in prose: ", the
    re.I | re.M,  # capital of Shijiazhuang" after the province, "Nanjing, the capital of Jiangsu": attribute or holder
)


PLACE_BRACKET = re.compile(  # "Pingshan (10.5%)", 越秀区(0.8%): a place and its bracketed figure
    r"(?-i:[A-Z])[\w'’-]+(?:\s+(?:district|county|city|province|\w+ region))?\s*\($|[\u4e00-\u9fff][区县市旗]\($", re.I
)


ZH_RANKING_AFTER = re.compile(  # 中国百强县之首, 全国百强区前十: a ranking the place before names the field of
    r"(?:的)?(?:综合实力|经济|县域经济|工业)?(?:百强|十强|千亿|强)(?:县市|区县|县|区|市)"
    r"(?:之首|榜首|首位|第[一二三四五六七八九十\d]|前[一二三四五六七八九十\d]|榜单)|"
    r"(?:的)?(?:综合实力|经济|县域经济)?(?:最[\u4e00-\u9fff]{1,3}?|第[一二三四五六七八九十\d]大?[\u4e00-\u9fff]?)的?"
    r"(?:县级市|县市|区县|县|区)(?![域级])"  # 中国经济最强县, 山西省最落后的县, 第二大穷的县
)
OTHER_BASE = re.compile(  # a share of industry or of revenue, not of GDP
    r"占(?:全市|全区|全县)?(?:规上|规模以上)?工业(?:总产值|产值|增加值)|占[^，,。；;]{0,6}(?:营收|营业收入)|"
    r"(?:规上|规模以上)?工业(?:总产值|产值|增加值)中|"  # 工业产值中战略性新兴产业占比53.6%
    r"of (?:the |its )?(?:total |gross )?(?:(?:above[- ]designated (?:scale |size )?|large-scale )?industrial "
    r"(?:annual )?(?:output|value[- ]added|added value)|(?:output|value[- ]added|"
    r"added value) of (?:all |the )?industr)|"  # "of the total added value of industrial enterprises above …"
    r"(?P<budget>\bof (?:the |its )?(?:total |local )?(?:fiscal|government|public|budget(?:ary)?|general public "
    r"budget)\s+(?:expenditure|spending|outlays?))",  # "… for 1.5 percent of fiscal expenditure": of the budget
    re.I,
)
