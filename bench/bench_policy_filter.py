"""Policy browser: one keystroke's filter and view update on a generated catalogue of 10,000 policies.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_policy_filter.py

Builds the real Policies tab on the shipped data pack with its policies replaced by
10,000 generated ones (Chinese and English texts from policy vocabulary, document
numbers, dates, levels, rules and conditions), then types queries into the search
box one character at a time, as a user does, and toggles filters. For each step it
times (1) the keystroke's work: the vectorised mask, the sort order, the model reset
and the count (``setText`` to return), and (2) the repaint of the visible rows that
follows. Prints a table; figures are recorded in docs/performance.md.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SIZE = 10_000
SEED = 20261128
ROUNDS = 3

ZH_WORDS = (
    "关于 促进 贵安新区 大数据 算力 数据中心 电价 优惠 补贴 企业所得税 减免 人才 引进 奖励 固定资产 投资 "
    "租金 算力券 绿色 低碳 节能 改造 枢纽节点 东数西算 实施方案 若干措施 管理办法 通知 意见 条例 "
    "高质量发展 智算中心 国产芯片 用电成本 产业园区 招商引资 贴息 贷款 科技创新 软件 集成电路 云计算 "
    "渲染 存储 网络 带宽 机柜 能耗 指标 贵州省 贵阳市 黔西南州 北京市 广东省 四川省 西部大开发"
).split()
EN_WORDS = (
    "measures to support the Gui'an New Area big data computing centre power price discount subsidy "
    "corporate income tax relief talent reward fixed asset investment rent compute voucher green "
    "low-carbon energy saving retrofit national hub node East Data West Computing implementation plan "
    "management notice opinions regulation high-quality development AI domestic chips electricity cost "
    "industrial park interest loan innovation software integrated circuits cloud rendering storage "
    "bandwidth rack Guizhou Guiyang Beijing Guangdong Sichuan western development"
).split()
ISSUERS = (
    ("贵州省人民政府", "Guizhou Provincial Government"),
    ("贵州省发展和改革委员会", "Guizhou Development and Reform Commission"),
    ("贵州省大数据发展管理局", "Guizhou Big Data Development Administration"),
    ("贵安新区管理委员会", "Gui'an New Area Management Committee"),
    ("贵阳市人民政府", "Guiyang Municipal Government"),
    ("国家发展改革委", "National Development and Reform Commission"),
    ("财政部 税务总局", "Ministry of Finance, State Taxation Administration"),
    ("北京市经济和信息化局", "Beijing Bureau of Economy and Information Technology"),
)
DOC_PREFIXES = ("黔府发", "黔府办发", "黔发改高技", "筑府发", "贵安管发", "发改高技", "财税", "京经信发")
ORIGINS = ("beijing", "guangdong", "sichuan")
QUERIES = ("dianjia", "dj", "电价", "compute voucher", "gui'an 2021", "黔府发〔2023〕", "rent", "suandianq")


def generate_policies(size: int, seed: int):
    from explorer.domain.parameters import Confidence
    from explorer.domain.policies import (
        BenefitKind,
        BenefitRule,
        Condition,
        ConditionOp,
        FirmField,
        Policy,
        PolicyCategory,
        PolicyLevel,
    )

    rng = random.Random(seed)
    levels, categories = list(PolicyLevel), list(PolicyCategory)
    policies = []
    for i in range(size):
        policy_id = f"B{i}"
        issuer_zh, issuer_en = rng.choice(ISSUERS)
        effective = dt.date(2008, 1, 1) + dt.timedelta(days=rng.randrange(0, 20 * 365))
        expiry = effective + dt.timedelta(days=rng.randrange(365, 12 * 365)) if rng.random() < 0.5 else None
        rules: tuple = ()
        conditions: tuple = ()
        draw = rng.random()
        if draw < 0.25:
            rules = (BenefitRule(f"{policy_id}-R1", policy_id, BenefitKind.CASH_GRANT, "fixed",
                                 amount=float(rng.randrange(1, 200)) * 50_000.0, years=1),)  # fmt: skip
        elif draw < 0.35:
            rules = (BenefitRule(f"{policy_id}-R1", policy_id, BenefitKind.COMPUTE_VOUCHER, "compute_spend",
                                 published=False),)  # fmt: skip
        if rng.random() < 0.2:
            conditions = (Condition(FirmField.HIGH_TECH, ConditionOp.IS_TRUE, "", "高新技术企业", "HNTE"),)
        elif rng.random() < 0.2:
            text_zh, text_en = "固定资产投资不低于1亿元", "Fixed-asset investment of 100 M yuan"
            conditions = (
                Condition(FirmField.FIXED_ASSET_INVESTMENT, ConditionOp.GE, "100000000", text_zh, text_en),
            )
        year = rng.randrange(2010, 2026)
        policies.append(
            Policy(
                id=policy_id,
                title_zh="".join(rng.choices(ZH_WORDS, k=rng.randrange(4, 9))),
                title_en=" ".join(rng.choices(EN_WORDS, k=rng.randrange(6, 14))).capitalize(),
                issuer_zh=issuer_zh,
                issuer_en=issuer_en,
                level=rng.choice(levels),
                category=rng.choice(categories),
                summary_zh="".join(rng.choices(ZH_WORDS, k=rng.randrange(20, 40))) + "。",
                summary_en=" ".join(rng.choices(EN_WORDS, k=rng.randrange(30, 60))) + ".",
                confidence=Confidence.OFFICIAL,
                last_verified=dt.date(2026, 11, 1),
                doc_number=f"{rng.choice(DOC_PREFIXES)}〔{year}〕{rng.randrange(1, 120)}号",
                issued=effective - dt.timedelta(days=30),
                effective=effective,
                expiry=expiry,
                target_origins=(rng.choice(("beijing", "guangdong", "sichuan")),)
                if rng.random() < 0.1
                else (),
                conditions=conditions,
                rules=rules,
            )
        )
    return policies


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from explorer.datapack import load_shipped_pack
    from explorer.domain.scenario import PolicyChoice
    from explorer.ui.charts.style import configure_pyqtgraph
    from explorer.ui.policies.catalogue import PolicyCatalogue
    from explorer.ui.policies.policies_tab import PoliciesTab
    from explorer.ui.state import AppState, default_scenario

    app = QApplication.instance() or QApplication([])
    configure_pyqtgraph()
    started = time.perf_counter()
    policies = generate_policies(SIZE, SEED)
    shipped = load_shipped_pack()
    pack = dataclasses.replace(shipped, policies={p.id: p for p in policies})
    scenario = default_scenario(shipped)
    chosen = tuple(PolicyChoice(p.id) for p in policies[: SIZE // 2])  # half counted, half previewed
    state = AppState(pack, "en", dataclasses.replace(scenario, policies=chosen))
    setup = time.perf_counter() - started

    started = time.perf_counter()
    PolicyCatalogue(policies)  # the frame alone, as at start-up
    frame_s = time.perf_counter() - started
    started = time.perf_counter()
    tab = PoliciesTab(state)
    tab.resize(1366, 720)
    tab.show()
    for _ in range(3):
        app.processEvents()
    tab_s = time.perf_counter() - started
    valued_at = time.perf_counter() + 120
    while tab._results is None and time.perf_counter() < valued_at:  # the verdicts, from their worker
        app.processEvents()
        time.sleep(0.005)
    started = time.perf_counter()
    tab._catalogue.prepare()
    prepare_s = time.perf_counter() - started

    search = tab.filter_bar.search
    keystroke: list[float] = []
    keystroke_cpu: list[float] = []
    repaint: list[float] = []
    per_query: dict[str, list[float]] = {query: [] for query in QUERIES}
    shown: dict[str, int] = {}

    def step(text: str) -> float:
        begin, begin_cpu = time.perf_counter(), time.thread_time()
        search.setText(text)  # textChanged -> filter, order, model reset, count
        middle, middle_cpu = time.perf_counter(), time.thread_time()
        tab.table.viewport().repaint()  # the visible rows drawn again, synchronously
        end = time.perf_counter()
        keystroke.append(middle - begin)
        keystroke_cpu.append(middle_cpu - begin_cpu)
        repaint.append(end - middle)
        return middle - begin

    for _round in range(ROUNDS):
        tab._catalogue._word_masks.clear()
        for query in QUERIES:
            for length in range(1, len(query) + 1):  # typed a letter at a time
                per_query[query].append(step(query[:length]))
            shown[query] = tab.model.rowCount()
            for length in range(len(query) - 1, -1, -1):  # and deleted again
                step(query[:length])

    toggles: list[float] = []
    bar = tab.filter_bar
    for _ in range(5):
        for action in (
            lambda: bar.quantified.setChecked(True),
            lambda: bar.level.setCurrentIndex(2),
            lambda: bar.eligible.setChecked(True),
            lambda: bar.in_force.setCurrentIndex(1),
            bar.clear,
        ):
            begin = time.perf_counter()
            action()
            toggles.append(time.perf_counter() - begin)

    started = time.perf_counter()
    tab.flush()
    follow_up_s = time.perf_counter() - started

    totals = [a + b for a, b in zip(keystroke, repaint, strict=True)]
    ms = 1000.0
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"Policy browser, {SIZE:,} generated policies, {len(keystroke)} keystrokes")
    print(f"  {os.cpu_count()} CPUs, load average {load:.1f} at the end (wall times suffer when it is high)")
    print(f"  set-up (generate, load pack, engine)      {setup:8.2f} s")
    print(f"  catalogue frame                           {frame_s * ms:8.1f} ms")
    print(f"  tab built and shown (incl. preview valuation) {tab_s:6.2f} s")
    print(f"  pinyin keys + search indexes (idle, once) {prepare_s:8.2f} s")
    print()
    print(f"  {'per keystroke':44s} {'median':>8s} {'p95':>8s} {'max':>8s}")
    for name, values in (
        ("filter + sort + model reset + count", keystroke),
        ("  the same, CPU time of the GUI thread", keystroke_cpu),
        ("repaint of the visible rows", repaint),
        ("keystroke total", totals),
        ("filter toggle (checkbox / combo)", toggles),
    ):
        print(
            f"  {name:44s} {statistics.median(values) * ms:7.2f}  {percentile(values, 0.95) * ms:7.2f}"
            f"  {max(values) * ms:7.2f}  ms"
        )
    print(f"  {'facet counts + timeline (after a pause)':44s} {follow_up_s * ms:7.2f}  ms once")
    print()
    print(f"  {'typing, a letter at a time':26s} {'rows':>6s} {'median':>8s} {'p95':>8s}   (filter + reset)")
    for query, times in per_query.items():
        print(
            f"  {query:26s} {shown[query]:6d} {statistics.median(times) * ms:7.2f}"
            f"  {percentile(times, 0.95) * ms:7.2f}  ms"
        )
    tab.close()

    shipped_tab = PoliciesTab(AppState(shipped, "en"))
    shipped_tab.resize(1366, 720)
    shipped_tab.show()
    app.processEvents()
    small: list[float] = []
    started = time.perf_counter()
    shipped_tab._catalogue.prepare()
    small_prepare = time.perf_counter() - started
    for query in QUERIES:
        for length in [*range(1, len(query) + 1), *range(len(query) - 1, -1, -1)]:
            begin = time.perf_counter()
            shipped_tab.filter_bar.search.setText(query[:length])
            small.append(time.perf_counter() - begin)
    print()
    print(
        f"  shipped pack ({len(shipped.policies)} policies): pinyin + indexes {small_prepare * ms:.0f} ms; "
        f"keystroke median {statistics.median(small) * ms:.2f} ms, p95 {percentile(small, 0.95) * ms:.2f} ms"
    )
    shipped_tab.close()
    return 0


if __name__ == "__main__":
    # bench/run_all.py runs this with runpy: report, never raise SystemExit(0) into it.
    status = main()
    if status:
        sys.exit(status)
