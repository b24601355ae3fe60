/* regionwatch dashboard: hash-routed pages over the JSON API (every page's data is an /api/ URL). */
"use strict";

const I18N = {
  en: {
    "nav.club": "Club", "nav.next": "Next", "nav.map": "Map", "nav.check": "Check",
    "search.placeholder": "Search a place: Nanshan, 南山区, Kunshan…",
    "footer": "Every figure carries its source. Figures read from text count only once reviewed.",
    "club.title": "Members of the {t} club", "threshold": "Threshold", "level": "Level",
    "county": "county", "prefecture": "prefecture", "province": "province",
    "name": "Place", "parent": "Within", "first_year": "Crossed in", "first_value": "Figure then",
    "latest": "Latest", "period": "Period", "sources": "Sources", "members": "members",
    "timeline": "Members by the year they crossed", "next.title": "Next to cross {t}",
    "distance": "Distance", "age": "Age of figure", "years": "years", "cagr": "Growth (CAGR)",
    "naive": "Naive years to threshold", "naive.note": "Naive: the latest figure compounded at its past nominal growth; not a forecast.",
    "map.title": "Latest GDP by county seat", "map.note": "{n} places with a figure; bubble area ∝ GDP.",
    "check.title": "Check an article", "check.text": "Paste an article (English or Chinese)",
    "published": "Published", "check.run": "Check", "verdict": "Verdict", "evidence": "Evidence",
    "figure": "Figure", "claims": "Claims and sources", "history": "History", "hierarchy": "Within",
    "indicator": "Indicator", "shown": "shown", "quote": "Quote", "source": "Source", "status": "Status",
    "flags": "Flags", "value": "Value", "none": "Nothing yet.", "children": "Contains",
    "series.shown": "Shown figure", "series.other": "Other claims", "series.conflict": "Conflicting claims",
    "series.bound": "Bounds (▲ at least, ▼ at most)", "target": "Targets", "loading": "Loading…",
  },
  zh: {
    "nav.club": "俱乐部", "nav.next": "下一个", "nav.map": "地图", "nav.check": "核查",
    "search.placeholder": "搜索地区：南山区、Nanshan、昆山…",
    "footer": "每个数字都有出处。来自文本的数字经审核后才计入。",
    "club.title": "{t}俱乐部成员", "threshold": "门槛", "level": "层级",
    "county": "县级", "prefecture": "地级", "province": "省级",
    "name": "地区", "parent": "所属", "first_year": "跨越年份", "first_value": "当年数字",
    "latest": "最新", "period": "时期", "sources": "来源", "members": "个成员",
    "timeline": "按跨越年份的成员", "next.title": "下一个跨越{t}",
    "distance": "差距", "age": "数字年龄", "years": "年", "cagr": "增长（年均复合）",
    "naive": "朴素估计年数", "naive.note": "朴素估计：以过去名义增速推算最新数字，并非预测。",
    "map.title": "各县级单位最新GDP（以驻地为点）", "map.note": "{n}个地区有数字；气泡面积与GDP成正比。",
    "check.title": "核查文章", "check.text": "粘贴文章（中文或英文）",
    "published": "发布日期", "check.run": "核查", "verdict": "结论", "evidence": "证据",
    "figure": "数字", "claims": "说法与来源", "history": "沿革", "hierarchy": "上级",
    "indicator": "指标", "shown": "采用", "quote": "原文", "source": "来源", "status": "状态",
    "flags": "疑点", "value": "数值", "none": "暂无。", "children": "下辖",
    "series.shown": "采用数字", "series.other": "其他说法", "series.conflict": "冲突说法",
    "series.bound": "界限（▲不低于，▼不高于）", "target": "目标", "loading": "加载中…",
  },
};
const THRESHOLDS = [["1e12", "1万亿 · 1 trillion"], ["5e11", "5000亿 · 500 billion"], ["2e11", "2000亿 · 200 billion"],
  ["1e11", "1000亿 · 100 billion"]];
let lang = localStorage.getItem("rw-lang") || ((navigator.language || "en").startsWith("zh") ? "zh" : "en");
const charts = [];

function t(key, vars) {
  let s = (I18N[lang] && I18N[lang][key]) || I18N.en[key] || key;
  for (const [k, v] of Object.entries(vars || {})) s = s.replace(`{${k}}`, v);
  return s;
}
function esc(v) {
  return String(v ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}
function money(v) {
  if (v === null || v === undefined) return "";
  const a = Math.abs(v);
  if (lang === "zh") return a >= 1e12 ? `${(v / 1e12).toFixed(3)}万亿` : a >= 1e8 ? `${(v / 1e8).toFixed(1)}亿` : v.toLocaleString();
  return a >= 1e12 ? `${(v / 1e12).toFixed(3)} tn` : a >= 1e8 ? `${(v / 1e9).toFixed(1)} bn` : v.toLocaleString();
}
function amount(v, unit) { return unit === "CNY" || unit === "USD" ? money(v) + (unit === "USD" ? " USD" : "") : `${v}${unit === "percent" ? " %" : ""}`; }
function placeName(r) { return lang === "zh" ? (r.name_zh || r.name_en) : (r.name_en || r.name_zh); }
function thresholdLabel(x) {
  const v = Number(x), trim = (n) => String(Number(n.toFixed(3)));
  if (lang === "zh") return v >= 1e12 ? `${trim(v / 1e12)}万亿` : `${trim(v / 1e8)}亿`;
  return v >= 1e12 ? `${trim(v / 1e12)} trillion` : `${trim(v / 1e9)} billion`;
}
async function api(path, options) {
  const res = await fetch(path, options);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error ? `${body.error.code}: ${body.error.message}` : res.statusText);
  return body;
}
function params() {
  const [path, query] = location.hash.replace(/^#/, "").split("?");
  return { parts: path.split("/").filter(Boolean), q: new URLSearchParams(query || "") };
}
function chart(el) {
  const c = echarts.init(el);
  const set = c.setOption.bind(c);
  c.setOption = (option) => set({ animation: false, ...option });  // no half-drawn frames in screenshots
  charts.push(c);
  return c;
}
function setPage(html) {
  charts.splice(0).forEach((c) => c.dispose());
  document.getElementById("page").innerHTML = html;
}
function regionLink(code, label) { return `<a href="#/region/${esc(code)}">${esc(label)}</a>`; }
function controls(q, page) {
  const th = q.get("t") || "1e12", level = q.get("level") || "county";
  const options = THRESHOLDS.map(([v, l]) => `<option value="${v}" ${v === th ? "selected" : ""}>${esc(l)}</option>`).join("");
  const levels = ["county", "prefecture", "province"].map((l) => `<option value="${l}" ${l === level ? "selected" : ""}>${t(l)}</option>`).join("");
  return `<div class="controls"><label>${t("threshold")} <select id="threshold">${options}</select></label>
    <label>${t("level")} <select id="level">${levels}</select></label></div>`;
}
function bindControls(page) {
  const go = () => { location.hash = `#/${page}?t=${document.getElementById("threshold").value}&level=${document.getElementById("level").value}`; };
  document.getElementById("threshold").addEventListener("change", go);
  document.getElementById("level").addEventListener("change", go);
}

async function clubPage(q) {
  const th = q.get("t") || "1e12", level = q.get("level") || "county";
  setPage(`<h1 id="title">${esc(t("club.title", { t: thresholdLabel(th) }))}</h1>${controls(q)}<div id="timeline" class="chart"></div><div id="table">${t("loading")}</div>`);
  bindControls("club");
  const rows = await api(`/api/club?threshold=${encodeURIComponent(th)}&level=${level}`);
  const body = rows.map((r) => `<tr data-code="${esc(r.code)}"><td>${regionLink(r.code, placeName(r))}</td>
    <td>${esc(lang === "zh" ? r.parent_name_zh : r.parent_name_en)}</td><td class="num">${esc(r.first_year)}</td>
    <td class="num">${esc(money(r.first_value))}${r.first_qualifier === "at_least" ? " +" : ""}</td>
    <td class="num">${esc(money(r.latest_value))} <span class="muted">(${esc(r.latest_period)})</span></td>
    <td>${(r.sources || []).map((s) => s.url ? `<a href="${esc(s.url)}" title="${esc(s.quote)}" rel="noopener" target="_blank">${esc(s.publisher || s.title)}</a>` : esc(s.title)).join("<br>")}</td></tr>`).join("");
  document.getElementById("table").innerHTML = `<p class="muted"><span id="count">${rows.length}</span> ${t("members")}</p>
    <table id="members"><tr><th>${t("name")}</th><th>${t("parent")}</th><th>${t("first_year")}</th><th>${t("first_value")}</th><th>${t("latest")}</th><th>${t("sources")}</th></tr>${body || `<tr><td colspan="6">${t("none")}</td></tr>`}</table>`;
  const years = rows.map((r) => r.first_year);
  const c = chart(document.getElementById("timeline"));
  c.setOption({
    title: { text: t("timeline"), left: "center", textStyle: { fontSize: 14 } },
    tooltip: { formatter: (p) => `${esc(p.data.name)} · ${p.data.value[0]}` },
    xAxis: { type: "value", min: years.length ? Math.min(...years) - 1 : 2000, max: years.length ? Math.max(...years) + 1 : 2030,
      name: t("first_year"), minInterval: 1, axisLabel: { formatter: (v) => String(v) } },
    yAxis: { type: "value", name: t("members"), minInterval: 1 },
    series: [{ type: "scatter", symbolSize: 14, label: { show: true, position: "right", formatter: (p) => p.data.name },
      data: rows.map((r, i) => ({ name: placeName(r), value: [r.first_year, i + 1], code: r.code })) }],
  });
  c.on("click", (p) => { location.hash = `#/region/${p.data.code}`; });
}

async function nextPage(q) {
  const th = q.get("t") || "1e12", level = q.get("level") || "county";
  setPage(`<h1 id="title">${esc(t("next.title", { t: thresholdLabel(th) }))}</h1>${controls(q)}<div id="bars" class="chart"></div><div id="table">${t("loading")}</div>`);
  bindControls("next");
  const rows = await api(`/api/next?threshold=${encodeURIComponent(th)}&level=${level}&limit=20`);
  const now = new Date().getFullYear();
  const body = rows.map((r) => {
    const age = now - parseInt(r.latest_period, 10);
    return `<tr data-code="${esc(r.code)}"><td>${regionLink(r.code, placeName(r))}</td><td>${esc(lang === "zh" ? r.parent_name_zh : r.parent_name_en)}</td>
      <td class="num">${esc(money(r.latest_value))}${r.latest_qualifier === "at_least" ? " +" : ""}</td><td class="num">${esc(r.latest_period)}</td>
      <td class="num ${age >= 3 ? "stale" : ""}">${age} ${t("years")}</td>
      <td class="num">${r.cagr === null ? "" : (r.cagr * 100).toFixed(1) + " %"}</td><td class="num">${esc(r.naive_years_to_threshold ?? "")}</td></tr>`;
  }).join("");
  document.getElementById("table").innerHTML = `<table id="candidates"><tr><th>${t("name")}</th><th>${t("parent")}</th><th>${t("latest")}</th><th>${t("period")}</th><th>${t("age")}</th><th>${t("cagr")}</th><th>${t("naive")}</th></tr>${body || `<tr><td colspan="7">${t("none")}</td></tr>`}</table><p class="muted">${t("naive.note")}</p>`;
  const c = chart(document.getElementById("bars"));
  c.setOption({
    tooltip: {}, grid: { left: 140 },
    xAxis: { type: "value", max: Number(th), axisLabel: { formatter: (v) => money(v) } },
    yAxis: { type: "category", inverse: true, data: rows.map(placeName) },
    series: [{ type: "bar", data: rows.map((r) => ({ value: r.latest_value, code: r.code })), label: { show: true, position: "right", formatter: (p) => money(p.value) } }],
  });
  c.on("click", (p) => { location.hash = `#/region/${p.data.code}`; });
}

function seriesPoints(rows) {
  const year = (p) => parseInt(p, 10);
  const full = rows.filter((r) => /^\d{4}$/.test(r.period));
  const pick = (f) => full.filter(f).map((r) => ({ value: [year(r.period), r.value], r }));
  return {
    shown: pick((r) => r.shown).sort((a, b) => a.value[0] - b.value[0]),
    other: pick((r) => !r.shown && !r.disputed && ["exact", "approx"].includes(r.qualifier) && r.kind !== "target"),
    conflict: pick((r) => !r.shown && r.disputed && ["exact", "approx"].includes(r.qualifier) && r.kind !== "target"),
    atLeast: pick((r) => !r.shown && r.qualifier === "at_least"), atMost: pick((r) => !r.shown && r.qualifier === "at_most"),
    target: pick((r) => r.kind === "target"),
  };
}

async function regionPage(code, q) {
  setPage(`<div id="region">${t("loading")}</div>`);
  const region = await api(`/api/regions/${encodeURIComponent(code)}`);
  const indicator = q.get("indicator") || "gdp";
  const rows = await api(`/api/series/${encodeURIComponent(region.code)}?indicator=all`);
  const indicators = [...new Set(rows.map((r) => r.indicator))];
  if (!indicators.includes(indicator)) indicators.unshift(indicator);
  const mine = rows.filter((r) => r.indicator === indicator);
  const crumbs = region.parents.map((p) => regionLink(p.code, placeName(p))).join(" › ");
  const history = (region.events || []).map((e) => `<li>${esc(e.year)} · ${esc(e.type)} · ${esc(e.old_name || "")} → ${esc(e.new_name || "")}</li>`).join("");
  const children = (region.children || []).slice(0, 40).map((c) => regionLink(c.code, placeName(c))).join(", ");
  const options = indicators.map((i) => `<option ${i === indicator ? "selected" : ""}>${esc(i)}</option>`).join("");
  const table = mine.map((r) => `<tr class="${r.shown ? "shown" : ""}"><td>${esc(r.period)}</td><td class="num">${esc(amount(r.value, r.unit))}</td>
    <td>${esc(r.qualifier)} · ${esc(r.kind)}${r.shown ? ` <span class="badge">${t("shown")}</span>` : ""}${r.disputed ? ' <span class="badge">disputed</span>' : ""}</td>
    <td>${esc(r.quote || r.location || "")}</td><td>${r.source_url ? `<a href="${esc(r.source_url)}" rel="noopener" target="_blank">${esc(r.source_publisher || r.source_title)}</a>` : esc(r.source_title)}</td>
    <td>${esc(r.status)}</td><td>${esc((r.flags || []).join(", "))}</td></tr>`).join("");
  document.getElementById("region").innerHTML = `<p class="crumbs">${crumbs}</p>
    <h1 id="title">${esc(region.name_zh)} · ${esc(region.name_en)} <span class="muted">${esc(region.code)} · ${esc(t(region.level))}</span></h1>
    <div class="controls"><label>${t("indicator")} <select id="indicator">${options}</select></label></div>
    <div id="series" class="chart"></div>
    <h2>${t("claims")}</h2><table id="claims"><tr><th>${t("period")}</th><th>${t("value")}</th><th></th><th>${t("quote")}</th><th>${t("source")}</th><th>${t("status")}</th><th>${t("flags")}</th></tr>${table || `<tr><td colspan="7">${t("none")}</td></tr>`}</table>
    <h2>${t("history")}</h2><ul>${history || `<li>${t("none")}</li>`}</ul>${children ? `<h2>${t("children")}</h2><p>${children}</p>` : ""}`;
  document.getElementById("indicator").addEventListener("change", (e) => { location.hash = `#/region/${region.code}?indicator=${e.target.value}`; });
  const p = seriesPoints(mine);
  const tip = (x) => `${x.data.r.period}: ${esc(amount(x.data.r.value, x.data.r.unit))} ${esc(x.data.r.qualifier)}<br>${esc(x.data.r.source_publisher || x.data.r.source_title || "")}`;
  chart(document.getElementById("series")).setOption({
    tooltip: { trigger: "item", formatter: tip }, legend: { bottom: 0 },
    xAxis: { type: "value", min: "dataMin", max: "dataMax", axisLabel: { formatter: (v) => String(v) } },
    yAxis: { type: "value", axisLabel: { formatter: (v) => (mine[0] && ["CNY", "USD"].includes(mine[0].unit) ? money(v) : v) } },
    series: [
      { name: t("series.shown"), type: "line", data: p.shown, symbolSize: 9 },
      { name: t("series.other"), type: "scatter", data: p.other, symbolSize: 8, itemStyle: { color: "#6c8ebf" } },
      { name: t("series.conflict"), type: "scatter", data: p.conflict, symbolSize: 10, itemStyle: { color: "#e76f51" } },
      { name: t("series.bound"), type: "scatter", data: p.atLeast, symbol: "triangle", symbolSize: 11, itemStyle: { color: "#2a9d8f" } },
      { name: t("series.bound") + " ", type: "scatter", data: p.atMost, symbol: "triangle", symbolRotate: 180, symbolSize: 11, itemStyle: { color: "#2a9d8f" } },
      { name: t("target"), type: "scatter", data: p.target, symbol: "diamond", symbolSize: 10, itemStyle: { color: "#999" } },
    ],
  });
}

async function mapPage() {
  setPage(`<h1 id="title">${t("map.title")}</h1><p class="muted" id="note">${t("loading")}</p><div id="map" class="chart tall"></div>`);
  const rows = (await api("/api/latest?indicator=gdp&level=county")).filter((r) => r.lon !== null && r.lat !== null);
  document.getElementById("note").textContent = t("map.note", { n: rows.length });
  const max = Math.max(1, ...rows.map((r) => r.value));
  const c = chart(document.getElementById("map"));
  c.setOption({
    tooltip: { formatter: (p) => `${esc(p.data.name)}<br>${esc(money(p.data.r.value))} (${esc(p.data.r.period)})` },
    xAxis: { type: "value", min: 73, max: 135, name: "lon" }, yAxis: { type: "value", min: 18, max: 54, name: "lat" },
    series: [{ type: "scatter", data: rows.map((r) => ({ name: placeName(r), value: [r.lon, r.lat], r, code: r.code })),
      symbolSize: (v, p) => 6 + 40 * Math.sqrt(p.data.r.value / max), itemStyle: { color: "rgba(231,111,81,.65)" },
      label: { show: true, position: "right", formatter: (p) => p.data.name, fontSize: 10 } }],
  });
  c.on("click", (p) => { location.hash = `#/region/${p.data.code}`; });
}

function markArticle(text, figures) {
  const spans = new Map();
  figures.forEach((f, i) => { const k = `${f.start}:${f.end}`; if (!spans.has(k)) spans.set(k, []); spans.get(k).push([f, i + 1]); });
  const order = ["inconsistent-within", "conflicting", "consistent", "new", "unverifiable"];
  let out = "", at = 0;
  [...spans.entries()].map(([k, v]) => [k.split(":").map(Number), v]).sort((a, b) => a[0][0] - b[0][0]).forEach(([[s, e], figs]) => {
    if (s < at) return;
    const worst = figs.map(([f]) => f.verdict).sort((a, b) => order.indexOf(a) - order.indexOf(b))[0];
    const tip = figs.map(([f]) => `${f.verdict}: ${f.findings.map((x) => x.message).join("; ")}`).join("\n");
    out += esc(text.slice(at, s)) + `<mark class="v-${worst}" data-verdict="${worst}" title="${esc(tip)}">${esc(text.slice(s, e))}<sup>${figs.map(([, n]) => n).join(",")}</sup></mark>`;
    at = e;
  });
  return out + esc(text.slice(at));
}

function checkPage() {
  setPage(`<h1 id="title">${t("check.title")}</h1><label for="article">${t("check.text")}</label>
    <textarea id="article"></textarea><div class="controls"><label>${t("published")} <input id="published" type="date"></label>
    <button id="run" class="primary" type="button">${t("check.run")}</button></div><div id="result"></div>`);
  document.getElementById("run").addEventListener("click", async () => {
    const out = document.getElementById("result");
    out.textContent = t("loading");
    try {
      const body = { text: document.getElementById("article").value, published: document.getElementById("published").value || null };
      const report = await api("/api/check", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      const doc = report.documents[0];
      const summary = Object.entries(report.summary).map(([v, n]) => `<span class="badge v-${v}">${v}: ${n}</span>`).join(" ");
      const rows = doc.figures.map((f, i) => `<tr data-verdict="${f.verdict}"><td>${i + 1}</td><td>${esc(f.quote)}</td>
        <td>${f.claim ? esc(`${f.name || f.claim.region} · ${f.claim.indicator} · ${f.claim.period}`) : ""}</td>
        <td><span class="badge v-${f.verdict}">${f.verdict}</span></td><td>${f.findings.map((x) => `<b>${esc(x.rule)}</b>: ${esc(x.message)}`).join("<br>")}</td></tr>`).join("");
      out.innerHTML = `<p id="summary">${summary}</p><div class="article">${markArticle(doc.text, doc.figures)}</div>
        <table id="verdicts"><tr><th>#</th><th>${t("figure")}</th><th></th><th>${t("verdict")}</th><th>${t("evidence")}</th></tr>${rows}</table>`;
    } catch (e) { out.innerHTML = `<p class="error">${esc(e.message)}</p>`; }
  });
}

let searchTimer = null;
function setupSearch() {
  const input = document.getElementById("search"), list = document.getElementById("suggestions");
  input.addEventListener("input", () => {
    clearTimeout(searchTimer);
    const text = input.value.trim();
    if (!text) { list.hidden = true; return; }
    searchTimer = setTimeout(async () => {
      try {
        const rows = await api(`/api/regions?q=${encodeURIComponent(text)}&limit=8`);
        list.innerHTML = rows.map((r) => `<li data-code="${esc(r.code)}">${esc(r.name_zh)} · ${esc(r.name_en)} <small>${esc(r.code)} · ${esc(r.parents || "")}${r.valid_to ? ` · ≤${esc(r.valid_to)}` : ""}</small></li>`).join("");
        list.hidden = rows.length === 0;
      } catch (e) { list.hidden = true; }
    }, 150);
  });
  list.addEventListener("click", (e) => {
    const li = e.target.closest("li");
    if (!li) return;
    list.hidden = true; input.value = "";
    location.hash = `#/region/${li.dataset.code}`;
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter") { const first = list.querySelector("li"); if (first) first.click(); }
  });
}

function translateChrome() {
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  document.querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = t(el.dataset.i18n); });
  document.querySelectorAll("[data-i18n-placeholder]").forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  document.getElementById("lang").textContent = lang === "zh" ? "English" : "中文";
}

async function route() {
  const { parts, q } = params();
  const page = parts[0] || "club";
  delete document.body.dataset.ready;
  document.querySelectorAll("nav a").forEach((a) => a.classList.toggle("active", a.dataset.page === page));
  try {
    if (page === "next") await nextPage(q);
    else if (page === "map") await mapPage();
    else if (page === "check") checkPage();
    else if (page === "region" && parts[1]) await regionPage(decodeURIComponent(parts[1]), q);
    else await clubPage(q);
  } catch (e) {
    setPage(`<p class="error" id="error">${esc(e.message)}</p>`);
  }
  document.body.dataset.ready = page;
}

document.getElementById("lang").addEventListener("click", () => {
  lang = lang === "zh" ? "en" : "zh";
  localStorage.setItem("rw-lang", lang);
  translateChrome();
  route();
});
window.addEventListener("hashchange", route);
window.addEventListener("resize", () => charts.forEach((c) => c.resize()));
setupSearch();
translateChrome();
route();
