try:
    x = 1
except ValueError as e:
    print(e)
finally:
    print("done")
