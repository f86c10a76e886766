# exceptions inside loops: retry, continue on error, collect failures
inputs = ["1", "x", "3", "", "5"]
total = 0
bad = []
for s in inputs:
    try:
        total += int(s)
    except ValueError:
        bad.append(s)
        continue
    finally:
        pass
print(total, bad)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 4:
            raise OSError("flaky")
        print("succeeded after", attempts)
        break
    except OSError as e:
        print("retry", attempts, e)
results = []
for d in (1, 0, 2, 0):
    try:
        results.append(10 // d)
    except ZeroDivisionError:
        results.append(None)
print(results)
