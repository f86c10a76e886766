for i in range(3):
    try:
        continue
    finally:
        break
else:
    print(1)
