"""What the packaging checks share: one line per check, and the verdict at the end."""

failures = []


def check(condition, what):
    print(("ok    " if condition else "FAIL  ") + what)
    if not condition:
        failures.append(what)
    return condition


def verdict():
    print("%d failed" % len(failures) if failures else "all checks passed")
    return 1 if failures else 0
