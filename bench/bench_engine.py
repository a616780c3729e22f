"""Form engine benchmark: a synthetic 1,000-question form with 2,000 expressions.

Prints load-and-validate time, one answer change (median, p99) side by side with the naive
baseline of recomputing the whole session, the cost of the 1st versus the 200th repeat instance,
and peak memory. Targets (docs/architecture.md): load < 0.5 s; one change < 1 ms median; the 200th
instance within 1.5x of the 1st.

    .venv/bin/python bench/bench_engine.py [--questions 1000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
import tracemalloc

from needsassess.engine import FormSession, load_form_text


def synthetic_form(questions: int, aggregate: bool = True) -> tuple[str, int]:
    """YAML text of a form with ``questions`` questions in pages of 50, and its expression count."""
    lines = ['form_id: synthetic', 'version: "1"', "default_language: en", "title: {en: Synthetic}", "survey:"]
    expressions = 0
    per_page = 50
    repeat_size = 10
    names: list[str] = []
    for page in range(round((questions - repeat_size) / per_page)):
        lines += ["  - type: group", f"    name: page_{page}", f"    label: {{en: Page {page}}}", "    children:"]
        for i in range(per_page):
            n = page * per_page + i
            name = f"q{n}"
            row = (f"      - {{type: integer, name: {name}, label: {{en: Question {n}}}, "
                   "constraint: '. >= 0 and . < 1000'")
            expressions += 1
            if names and i % 2 == 0:
                row += f", relevant: '${{{names[-1]}}} != 5'"
                expressions += 1
            lines.append(row + "}")
            names.append(name)
            if i % 2 == 1:
                calc = f"c{n}"
                a, b = random.sample(names[-20:], 2) if len(names) >= 2 else (name, name)
                lines.append(f"      - {{type: calculate, name: {calc}, calculation: 'coalesce(${{{a}}}, 0) + "
                             f"coalesce(${{{b}}}, 0) * 2', label: {{en: Calc {n}}}}}")
                expressions += 1
    lines += ["  - type: repeat", "    name: rep", "    label: {en: Repeat}", "    children:"]
    for i in range(repeat_size):
        lines.append(f"      - {{type: decimal, name: r{i}, label: {{en: R {i}}}, constraint: '. >= 0', "
                     f"relevant: 'position(..) > 0'}}")
        expressions += 2
    lines.append("      - {type: calculate, name: rsum, calculation: 'coalesce(${r0}, 0) + coalesce(${r1}, 0)'}")
    expressions += 1
    if aggregate:
        lines.append("  - {type: calculate, name: total, calculation: 'sum(${r0})'}")
        expressions += 1
    return "\n".join(lines) + "\n", expressions


def timed(fn, *args):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - start, result


def repeat_costs(title: str, session: FormSession) -> None:
    """Add 200 instances, answering their 10 questions; compare the 1st and the 200th."""
    costs = []
    for _ in range(200):
        start = time.perf_counter()
        index = session.add_instance("rep")
        for j in range(10):
            session.set_answer(f"r{j}", j, (index,))
        costs.append(time.perf_counter() - start)
    first = statistics.median(costs[:5])
    last = statistics.median(costs[-5:])
    print(f"{title}\n    1st {first * 1e3:.3f} ms   200th {last * 1e3:.3f} ms   ratio {last / first:.2f}x"
          "   (target within 1.5x)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--questions", type=int, default=1000)
    args = parser.parse_args()
    random.seed(1)
    text, expressions = synthetic_form(args.questions)
    load_times = []
    for _ in range(5):
        seconds, form = timed(load_form_text, text, "synthetic.yaml")
        load_times.append(seconds)
    inputs = [q.name for q in form.questions() if q.type.value == "integer"]
    print(f"form: {len(inputs) + 10} questions, {expressions} expressions, {len(text) // 1024} KiB of YAML")
    print(f"load and validate      median {statistics.median(load_times) * 1000:8.1f} ms   (target < 500 ms)")
    seconds, session = timed(FormSession, form)
    print(f"new session            {seconds * 1000:8.1f} ms (evaluates everything once)")

    changes = []
    for i in range(2000):
        name = random.choice(inputs)
        start = time.perf_counter()
        session.set_answer(name, i % 7)
        changes.append(time.perf_counter() - start)
    changes.sort()
    median = statistics.median(changes)
    p99 = changes[int(len(changes) * 0.99)]
    full = []
    document = session.document()
    for _ in range(5):
        start = time.perf_counter()
        FormSession(form, document, apply_defaults=False)
        full.append(time.perf_counter() - start)
    baseline = statistics.median(full)
    print(f"one answer change      median {median * 1e3:8.3f} ms  p99 {p99 * 1e3:.3f} ms   (target < 1 ms median)")
    print(f"baseline: full recompute of the session per change {baseline * 1e3:8.1f} ms  "
          f"-> incremental is {baseline / median:,.0f}x faster")

    repeat_costs("repeat instance (a sum() outside reads every instance)", session)
    plain_text, _ = synthetic_form(args.questions, aggregate=False)
    repeat_costs("repeat instance (no aggregate over the repeat)", FormSession(load_form_text(plain_text, "p")))
    # Memory in a pass of its own: tracemalloc slows every allocation, so no timing runs under it.
    tracemalloc.start()
    measured = FormSession(load_form_text(text, "synthetic.yaml"))
    for _ in range(200):
        index = measured.add_instance("rep")
        for j in range(10):
            measured.set_answer(f"r{j}", j, (index,))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak memory (tracemalloc, form + session + 200 instances) {peak / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
