"""Expression language benchmark: parse throughput and evaluation time of compiled expressions.

Prints, side by side with a baseline:
- parsing 2,000 distinct expressions (the load budget of a 1,000-question form is 0.5 s in all),
  against ``re.findall`` of ``${name}`` over the same text (a floor: reading each character once);
- one evaluation of a typical relevance, constraint and calculation, compiled to closures,
  against walking the tree on every call (``evaluate``, which compiles each time).

    .venv/bin/python bench/bench_expr.py [--count 2000]
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from collections.abc import Callable

from needsassess.engine.expr import compile_expr, evaluate, parse
from needsassess.engine.expr.mapping_resolver import MappingResolver
from needsassess.engine.expr.parser import _parse_cached

TEMPLATES = (
    "${{q{i}}} = 'yes' and ${{n{i}}} > 3",
    ". >= 0 and . <= {i}",
    "if(selected(${{m{i}}}, 'other'), concat(${{a{i}}}, ' - ', ${{b{i}}}), '')",
    "${{h{i}}} * ${{kg{i}}} div 1000 + coalesce(${{x{i}}}, 0)",
    "regex(., '^[0-9]{{{i}}}$') and string-length(.) < 20",
    "count-selected(${{m{i}}}) >= 2 or not(${{f{i}}} = '')",
)
TYPICAL = {
    "relevance": ("${q} = 'yes' and ${n} > 3", {"q": "yes", "n": 5}, None),
    "constraint": (". >= 1 and . <= 200000", {}, 120),
    "calculation": ("${households} * ${kg} div 1000", {"households": 120, "kg": 0.45}, None),
    "select": ("selected(${disposal}, 'other') and count-selected(${disposal}) > 1",
               {"disposal": "open_burning other"}, None),
}


def per_call(fn: Callable[[], object], repeat: int = 7, number: int = 20_000) -> float:
    """Median seconds per call over ``repeat`` rounds of ``number`` calls."""
    rounds = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        rounds.append((time.perf_counter() - start) / number)
    return statistics.median(rounds)


def bench_parse(count: int) -> None:
    sources = [TEMPLATES[i % len(TEMPLATES)].format(i=i) for i in range(count)]
    _parse_cached.cache_clear()
    start = time.perf_counter()
    for source in sources:
        parse(source)
    parse_seconds = time.perf_counter() - start
    start = time.perf_counter()
    for source in sources:
        re.findall(r"\$\{([^}]*)\}", source)
    scan_seconds = time.perf_counter() - start
    nodes = [parse(s) for s in sources]
    start = time.perf_counter()
    for node in nodes:
        compile_expr(node)
    compile_seconds = time.perf_counter() - start
    print(f"parse   {count} expressions: {parse_seconds * 1000:7.1f} ms  ({count / parse_seconds:,.0f}/s)"
          f"   baseline regex scan: {scan_seconds * 1000:6.1f} ms")
    print(f"compile {count} expressions: {compile_seconds * 1000:7.1f} ms  ({count / compile_seconds:,.0f}/s)")


def bench_eval() -> None:
    for label, (source, answers, current) in TYPICAL.items():
        node = parse(source)
        resolver = MappingResolver(answers, current_value=current)
        compiled = compile_expr(node)
        fast = per_call(lambda c=compiled, r=resolver: c(r))  # type: ignore[misc]
        slow = per_call(lambda n=node, r=resolver: evaluate(n, r), number=2_000)  # type: ignore[misc]
        print(f"eval {label:<12} compiled: {fast * 1e6:6.2f} us   baseline compile-every-call: "
              f"{slow * 1e6:6.2f} us   {source}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    args = parser.parse_args()
    bench_parse(args.count)
    bench_eval()


if __name__ == "__main__":
    main()
