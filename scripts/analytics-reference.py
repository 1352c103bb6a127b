#!/usr/bin/env python3
"""Reference figures for the certainty, dissent and reading analytics, computed with
numpy and scipy independently of the TypeScript code, on hand-made workshops.

Writes test/unit/analytics/reference/certainty.json: each workshop as the analytics read
it (participants and activities) and, per item of each activity's latest round, what the
analysis must report. Run once after changing a workshop or a definition:

    /usr/bin/python3 scripts/analytics-reference.py && npx prettier --write test/unit/analytics/reference

(Debian: apt-get install python3-numpy python3-scipy.)
"""

import json
import math
import pathlib
from itertools import combinations

import numpy as np
from scipy import stats

OUT = pathlib.Path(__file__).resolve().parent.parent / "test/unit/analytics/reference/certainty.json"

# The definitions in docs/analytics.md.
CLEAR, LIKELY = 0.05, 0.2
MIN_SIDE, MIN_VOTERS = 3, 7
DISSENT_THRESHOLD, CAMP_GAP, CAMP_SHARE = 0.6, 0.5, 0.25
READING_TOLERANCE = 0.025

LIKERT = {"kind": "likert", "labels": ["Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree"]}
SCALE = {"kind": "scale", "min": 0, "max": 10, "minLabel": "", "maxLabel": ""}
POINTS = {"kind": "points", "total": 100}
RANKING = {"kind": "ranking"}
OWNERSHIP = {
    "kind": "ownership",
    "options": [
        {"id": "it-led", "label": "IT-led"},
        {"id": "marketing-led", "label": "Marketing-led"},
        {"id": "co-led", "label": "Co-led"},
        {"id": "outside-vendor", "label": "Outside vendor"},
    ],
}
CHOICE_MANY = {
    "kind": "choice",
    "multiple": True,
    "options": [{"id": "funding", "label": "Funding"}, {"id": "complexity", "label": "Complexity"}, {"id": "skills", "label": "Skills"}],
}
PREDICTION = {"kind": "prediction", "ask": "What share?", "min": 0, "max": 100, "unit": "%"}


def people(it, marketing, other=0):
    return (
        [{"id": f"it{i + 1}", "side": "it"} for i in range(it)]
        + [{"id": f"mk{i + 1}", "side": "marketing"} for i in range(marketing)]
        + [{"id": f"ot{i + 1}", "side": "other"} for i in range(other)]
    )


def activity(aid, config, items, answers):
    """answers: participant id -> one value per item (None: no vote)."""
    item_ids = [f"{aid}-i{i + 1}" for i in range(len(items))]
    votes = [
        {"participantId": pid, "itemId": item_ids[i], "value": value}
        for pid, values in answers.items()
        for i, value in enumerate(values)
        if value is not None
    ]
    return {
        "id": aid,
        "kind": config["kind"],
        "title": aid,
        "config": config,
        "items": [{"id": item_ids[i], "label": label, "benchmark": None} for i, label in enumerate(items)],
        "rounds": [{"id": f"{aid}-r1", "number": 1, "status": "revealed", "votes": votes}],
    }


def columns(it_values, mk_values):
    """Answers given per side as columns: it_values[k] is IT voter k's answers, one per item."""
    answers = {f"it{k + 1}": list(v) for k, v in enumerate(it_values)}
    answers.update({f"mk{k + 1}": list(v) for k, v in enumerate(mk_values)})
    return answers


# ── Independent computations ──────────────────────────────────────────────────


def exact_permutation_p(a, b, statistic):
    """Two-sided: the share of every relabelling whose statistic is at least the observed one."""
    if len(a) < 2 or len(b) < 2:
        # scipy wants two answers a side; list the few relabellings by hand.
        pooled = np.asarray(a + b, float)
        observed = statistic(np.asarray(a, float), np.asarray(b, float), axis=0)
        values = [
            statistic(pooled[list(g)], np.delete(pooled, list(g)), axis=0) for g in combinations(range(len(pooled)), len(a))
        ]
        return float(np.mean(np.asarray(values) >= observed - 1e-9 * max(1.0, observed)))
    res = stats.permutation_test(
        (np.asarray(a, dtype=float), np.asarray(b, dtype=float)),
        statistic,
        permutation_type="independent",
        vectorized=True,
        n_resamples=np.inf,
        alternative="greater",
    )
    return float(res.pvalue)


def mean_gap_statistic(x, y, axis):
    return np.abs(np.mean(x, axis=axis) - np.mean(y, axis=axis))


def tvd_p(a_rows, b_rows):
    """Permutation p of the total variation distance between normalised pick distributions."""
    rows = np.asarray(a_rows + b_rows, dtype=float)
    n, k = len(rows), len(a_rows)

    def tvd(group):
        inside = rows[list(group)].sum(axis=0)
        outside = rows.sum(axis=0) - inside
        return 0.5 * np.abs(inside / inside.sum() - outside / outside.sum()).sum()

    observed = tvd(range(k))
    values = np.array([tvd(g) for g in combinations(range(n), k)])
    return float(np.mean(values >= observed - 1e-9 * max(1.0, observed))), float(observed)


def welch_interval(a, b):
    a, b = np.asarray(a, float), np.asarray(b, float)
    if len(a) < 2 or len(b) < 2:
        return None
    va, vb = a.var(ddof=1) / len(a), b.var(ddof=1) / len(b)
    if va + vb == 0:
        return None
    df = (va + vb) ** 2 / (va**2 / (len(a) - 1) + vb**2 / (len(b) - 1))
    half = stats.t.ppf(0.975, df) * math.sqrt(va + vb)
    gap = a.mean() - b.mean()
    return {"low": gap - half, "high": gap + half}


def newcombe_interval(x1, n1, x2, n2):
    l1, u1 = stats.binomtest(x1, n1).proportion_ci(0.95, method="wilson")
    l2, u2 = stats.binomtest(x2, n2).proportion_ci(0.95, method="wilson")
    p1, p2 = x1 / n1, x2 / n2
    d = p1 - p2
    return {"low": d - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), "high": d + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)}


def benjamini_hochberg(ps):
    ps = np.asarray(ps, float)
    m = len(ps)
    order = np.argsort(ps)
    scaled = ps[order] * m / np.arange(1, m + 1)
    adjusted = np.minimum.accumulate(scaled[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.minimum(adjusted, 1)
    return out


def verdict(adjusted):
    return "clear-gap" if adjusted <= CLEAR else "likely-gap" if adjusted <= LIKELY else "could-be-chance"


def dissent(values, value_range):
    if len(values) == 0:
        return None
    v = np.sort(np.asarray(values, float))
    spread = min(1.0, 2 * v.std(ddof=0) / value_range)
    bimodal = False
    if len(v) > 1:
        jumps = np.diff(v)
        cut = int(np.argmax(jumps)) + 1
        bimodal = bool(jumps.max() >= CAMP_GAP * value_range and min(cut, len(v) - cut) >= CAMP_SHARE * len(v))
    return {"spread": float(spread), "bimodal": bimodal, "split": bool(bimodal or spread >= DISSENT_THRESHOLD)}


# ── Expected figures per workshop ─────────────────────────────────────────────


def side_answers(act, participants, item_id):
    side_of = {p["id"]: p["side"] for p in participants}
    out = {"it": [], "marketing": []}
    for vote in act["rounds"][-1]["votes"]:
        if vote["itemId"] == item_id and side_of.get(vote["participantId"]) in out:
            out[side_of[vote["participantId"]]].append(vote["value"])
    return out


def expected_for(workshop):
    anonymous = workshop["anonymous"]
    hidden = lambda n: anonymous and 0 < n < 3
    tests = []  # (record, key) to adjust as one family
    items = []
    readings = {}
    for act in workshop["activities"]:
        config = act["config"]
        kind = config["kind"]
        pred_rows = []
        for item in act["items"]:
            answers = side_answers(act, workshop["participants"], item["id"])
            record = {"activityId": act["id"], "itemId": item["id"]}
            a, b = answers["it"], answers["marketing"]
            if kind == "prediction":
                guesses = {"it": [v["guess"] for v in a], "marketing": [v["guess"] for v in b]}
                a, b = [v["own"] for v in a], [v["own"] for v in b]
            n1, n2 = len(a), len(b)
            enough = n1 >= MIN_SIDE and n2 >= MIN_SIDE and n1 + n2 >= MIN_VOTERS
            untested = n1 == 0 or n2 == 0 or hidden(n1) or hidden(n2)
            certainty = {"estimate": None, "interval": None, "p": None, "adjustedP": None, "verdict": "too-few-voters"}
            top2 = None
            if kind in ("ownership", "choice"):
                option_ids = [o["id"] for o in config["options"]]
                pick = lambda v: [1 if (o == v or (isinstance(v, list) and o in v)) else 0 for o in option_ids]
                if not untested:
                    p, observed = tvd_p([pick(v) for v in a], [pick(v) for v in b])
                    certainty = {"estimate": observed, "interval": None, "p": p, "adjustedP": None, "verdict": None}
                    picks_a = np.asarray([pick(v) for v in a]).sum(axis=0)
                    picks_b = np.asarray([pick(v) for v in b]).sum(axis=0)
                    record["optionGaps"] = {
                        o: {
                            "gap": float(picks_a[i] / n1 - picks_b[i] / n2),
                            "interval": newcombe_interval(int(picks_a[i]), n1, int(picks_b[i]), n2),
                        }
                        for i, o in enumerate(option_ids)
                    }
            elif not untested:
                gap = float(np.mean(a) - np.mean(b))
                p = exact_permutation_p(a, b, mean_gap_statistic)
                certainty = {"estimate": gap, "interval": welch_interval(a, b), "p": p, "adjustedP": None, "verdict": None}
                if kind == "likert":
                    ta, tb = [1 if x >= 4 else 0 for x in a], [1 if x >= 4 else 0 for x in b]
                    top2 = {
                        "estimate": float(np.mean(ta) - np.mean(tb)),
                        "interval": newcombe_interval(sum(ta), n1, sum(tb), n2),
                        "p": exact_permutation_p(ta, tb, mean_gap_statistic),
                        "adjustedP": None,
                        "verdict": None,
                    }
            elif kind == "likert":
                top2 = {"estimate": None, "interval": None, "p": None, "adjustedP": None, "verdict": "too-few-voters"}
            for c in (certainty, top2):
                if c is None or c["p"] is None:
                    continue
                if enough:
                    tests.append(c)
                else:
                    c["verdict"] = "too-few-voters"
            record["certainty"] = certainty
            record["top2Certainty"] = top2
            if kind in ("likert", "scale", "points"):
                value_range = 4 if kind == "likert" else config["total"] if kind == "points" else config["max"] - config["min"]
                record["dissent"] = {
                    "it": None if hidden(n1) else dissent(a, value_range),
                    "marketing": None if hidden(n2) else dissent(b, value_range),
                }
            else:
                record["dissent"] = None
            if kind == "prediction" and not untested:
                mean_a, mean_b = float(np.mean(a)), float(np.mean(b))
                pred_rows.append(
                    {
                        "itError": float(np.mean(guesses["it"])) - mean_b,
                        "marketingError": float(np.mean(guesses["marketing"])) - mean_a,
                        "itAbsoluteError": float(np.mean(np.abs(np.asarray(guesses["it"]) - mean_b))),
                        "marketingAbsoluteError": float(np.mean(np.abs(np.asarray(guesses["marketing"]) - mean_a))),
                    }
                )
                record["prediction"] = pred_rows[-1]
            items.append(record)
        if kind == "prediction":
            value_range = config["max"] - config["min"]
            tolerance = READING_TOLERANCE * value_range

            def side(prefix):
                if not pred_rows:
                    return {"items": 0, "meanError": None, "meanAbsoluteError": None, "relativeError": None, "direction": None}
                error = float(np.mean([r[f"{prefix}Error"] for r in pred_rows]))
                absolute = float(np.mean([r[f"{prefix}AbsoluteError"] for r in pred_rows]))
                direction = "overestimates" if error > tolerance else "underestimates" if error < -tolerance else "about right"
                return {
                    "items": len(pred_rows),
                    "meanError": error,
                    "meanAbsoluteError": absolute,
                    "relativeError": absolute / value_range,
                    "direction": direction,
                }

            it_side, mk_side = side("it"), side("marketing")
            best = None
            if pred_rows:
                diff = it_side["meanAbsoluteError"] - mk_side["meanAbsoluteError"]
                best = "even" if abs(diff) <= tolerance else "it" if diff < 0 else "marketing"
            readings[act["id"]] = {"it": it_side, "marketing": mk_side, "readBest": best}
    if tests:
        for c, q in zip(tests, benjamini_hochberg([c["p"] for c in tests])):
            c["adjustedP"] = float(q)
            c["verdict"] = verdict(q)
    return {"items": items, "readings": readings}


# ── The hand-made workshops ───────────────────────────────────────────────────


def small_room():
    """Five IT people and four from Marketing, as in a typical room: ties everywhere."""
    it = [[5, 4, 2, 8, 1, 3], [5, 4, 3, 9, 2, 1], [4, 2, 3, 7, 1, 2], [5, 5, 3, 8, 3, 4], [4, 1, 2, 9, 2, 1]]
    mk = [[2, 4, 3, 3, 4, 1], [1, 5, 3, 4, 3, 2], [2, 1, 4, 2, 4, 4], [3, 5, 3, 5, 4, 3]]
    likert = activity("standards", LIKERT, ["Pulls in technologies", "Split IT side", "Middling"], columns([r[:3] for r in it], [r[:3] for r in mk]))
    scale = activity("readiness", SCALE, ["Ready for digital"], columns([r[3:4] for r in it], [r[3:4] for r in mk]))
    # Ranking of four drivers: each voter's positions, a full order.
    orders_it = [[1, 2, 3, 4], [1, 3, 2, 4], [2, 1, 3, 4], [1, 2, 4, 3], [1, 2, 3, 4]]
    orders_mk = [[4, 3, 1, 2], [3, 4, 1, 2], [4, 2, 1, 3], [4, 3, 2, 1]]
    ranking = activity("drivers", RANKING, ["Cost", "Standards", "Customer insight", "Speed"], columns(orders_it, orders_mk))
    owners_it = [["it-led", "co-led"], ["it-led", "co-led"], ["it-led", "it-led"], ["co-led", "co-led"], ["it-led", "marketing-led"]]
    owners_mk = [["marketing-led", "co-led"], ["marketing-led", "it-led"], ["co-led", "co-led"], ["marketing-led", "co-led"]]
    ownership = activity("owners", OWNERSHIP, ["Social media", "Cloud"], columns(owners_it, owners_mk))
    guesses_it = [[{"own": 40, "guess": 20}, {"own": 70, "guess": 50}], [{"own": 50, "guess": 10}, {"own": 60, "guess": 40}], [{"own": 30, "guess": 30}, {"own": 80, "guess": 60}], [{"own": 40, "guess": 25}, {"own": 70, "guess": 45}], [{"own": 45, "guess": 15}, {"own": 65, "guess": 50}]]
    guesses_mk = [[{"own": 35, "guess": 45}, {"own": 50, "guess": 70}], [{"own": 45, "guess": 40}, {"own": 40, "guess": 75}], [{"own": 30, "guess": 50}, {"own": 55, "guess": 60}], [{"own": 40, "guess": 35}, {"own": 45, "guess": 70}]]
    prediction = activity("collaboration", PREDICTION, ["Right level", "Trust"], columns(guesses_it, guesses_mk))
    multi_it = [[["funding", "skills"]], [["funding"]], [["funding", "complexity"]], [["skills"]], [["funding"]]]
    multi_mk = [[["complexity"]], [["complexity", "skills"]], [["funding", "complexity"]], [["complexity"]]]
    choice = activity("concerns", CHOICE_MANY, ["Top concern"], columns(multi_it, multi_mk))
    points_it = [[40, 30, 30], [50, 25, 25], [45, 35, 20], [40, 40, 20], [60, 20, 20]]
    points_mk = [[10, 60, 30], [20, 50, 30], [15, 45, 40], [0, 100, 0]]
    points = activity("budget", POINTS, ["Infrastructure", "Customer insight", "Lead generation"], columns(points_it, points_mk))
    return {"anonymous": False, "participants": people(5, 4), "activities": [likert, scale, ranking, ownership, prediction, choice, points]}


def one_voter_per_side():
    return {
        "anonymous": False,
        "participants": people(1, 1),
        "activities": [
            activity("standards", LIKERT, ["Pulls in technologies"], columns([[5]], [[1]])),
            activity("collaboration", PREDICTION, ["Right level"], columns([[{"own": 60, "guess": 30}]], [[{"own": 40, "guess": 50}]])),
        ],
    }


def equal_answers():
    """Everyone answers alike: no spread, no gap, nothing to be sure of."""
    return {
        "anonymous": False,
        "participants": people(4, 4),
        "activities": [
            activity("standards", LIKERT, ["All agree"], columns([[4]] * 4, [[4]] * 4)),
            activity("readiness", SCALE, ["Unanimous but apart"], columns([[9]] * 4, [[2]] * 4)),
        ],
    }


def suppressed_sides():
    """Anonymity on, two IT voters: IT is not broken out, so nothing about it is tested."""
    return {
        "anonymous": True,
        "participants": people(2, 5),
        "activities": [
            activity("standards", LIKERT, ["Pulls in technologies", "Middling"], columns([[5, 3], [4, 3]], [[1, 3], [2, 3], [1, 4], [2, 2], [1, 3]])),
            activity("owners", OWNERSHIP, ["Cloud"], columns([["it-led"], ["it-led"]], [["marketing-led"], ["co-led"], ["marketing-led"], ["it-led"], ["marketing-led"]])),
        ],
    }


def at_the_minimum():
    """Three IT and four marketers: enough for a verdict; the item one marketer skipped (3 + 3) is not."""
    it = [[5, 5], [5, 4], [4, 5]]
    mk = [[1, 1], [2, 2], [1, 1], [2, None]]
    return {
        "anonymous": False,
        "participants": people(3, 4),
        "activities": [activity("standards", LIKERT, ["Everyone answered", "One marketer skipped"], columns(it, mk))],
    }


def larger_room():
    """Ten IT, nine Marketing: too many relabellings to list one by one (92,378)."""
    rng = np.random.default_rng(7)
    it_likert = rng.choice([3, 4, 5], size=10, p=[0.2, 0.4, 0.4]).tolist()
    mk_likert = rng.choice([1, 2, 3, 4], size=9, p=[0.3, 0.3, 0.2, 0.2]).tolist()
    it_split = [1, 1, 1, 1, 5, 5, 5, 5, 5, 4]
    mk_split = [3, 3, 4, 3, 2, 3, 3, 4, 3]
    # Half points on a 0–10 scale: no whole-number shortcut, so the test draws at random.
    it_scale = (rng.integers(8, 21, size=10) / 2).tolist()
    mk_scale = (rng.integers(2, 17, size=9) / 2).tolist()
    owners = ["it-led", "marketing-led", "co-led", "outside-vendor"]
    it_owner = rng.choice(owners, size=10, p=[0.5, 0.1, 0.3, 0.1]).tolist()
    mk_owner = rng.choice(owners, size=9, p=[0.1, 0.5, 0.3, 0.1]).tolist()
    return {
        "anonymous": True,
        "participants": people(10, 9, 2),
        "activities": [
            activity("standards", LIKERT, ["Pulls in technologies", "IT is split"], columns(list(zip(it_likert, it_split)), list(zip(mk_likert, mk_split)))),
            activity("readiness", SCALE, ["Ready for digital"], columns([[x] for x in it_scale], [[x] for x in mk_scale])),
            activity("owners", OWNERSHIP, ["Data"], columns([[x] for x in it_owner], [[x] for x in mk_owner])),
        ],
    }


def main():
    cases = []
    for name, make in [
        ("a room of five IT and four Marketing, with ties", small_room),
        ("one voter per side", one_voter_per_side),
        ("equal answers", equal_answers),
        ("a suppressed side", suppressed_sides),
        ("three IT and four Marketing, and an item three and three answered", at_the_minimum),
        ("ten IT and nine Marketing", larger_room),
    ]:
        workshop = make()
        cases.append({"name": name, "input": workshop, "expected": expected_for(workshop)})
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"generatedBy": "scripts/analytics-reference.py", "cases": cases}, indent=1) + "\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
