# f-strings: expressions, conversions, nested quotes, escaped braces
name = "Monty"
n = 42
items = [1, 2, 3]
d = {"k": "v"}
print(f"hello {name}!", f"{n}", f"{n + 1} {n * 2}", f"{items[1]} {d['k']} {len(items)}")
print(f"{name!r} {name!s} {items!r}", f"{{literal}} {{{n}}}")
print(f"{'nested quotes'}", f'{"other quotes"}', f"""{'triple'}""")
print(f"{n if n > 40 else 0} {[x * 2 for x in items]} {(lambda: 'lam')()}")
print(F"capital F {n}", rf"raw \n {n}", fr"{name}\t")
print(f"{name}" f" and {n}" " plain")
class Obj:
    attr = "A"
obj = Obj()
print(f"{obj.attr} {name.upper()} {name[0]}{name[-1]} {n:5}|")
print(f"{''}", f"", f"{None} {True}")
print(f"{ n }", f"{n,}", f"{'a' 'b'}")
