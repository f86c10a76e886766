# break and continue inside try run the finally clauses they leave
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("loop done")
i = 0
while True:
    i += 1
    try:
        try:
            if i < 3:
                continue
            break
        finally:
            print("inner finally", i)
    finally:
        print("outer finally", i)
print("while done", i)
for x in "ab":
    for y in "cd":
        try:
            if y == "d":
                break
            print(x, y)
        finally:
            print("finally", x, y)
