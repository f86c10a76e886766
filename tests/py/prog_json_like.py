# a recursive serialiser for nested builtin data, in the style of JSON
def dump(v, indent=0):
    pad = "  " * indent
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        return "[\n" + ",\n".join(pad + "  " + dump(x, indent + 1) for x in v) + "\n" + pad + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = [pad + "  " + dump(str(k)) + ": " + dump(x, indent + 1) for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    raise TypeError("cannot serialise " + type(v).__name__)
data = {"name": "monty", "tags": ["vm", "mcu"], "size": {"core": 48, "compiler": 24},
        "ok": True, "none": None, "empty": [], "quote": 'say "hi"', "nested": [[1, [2]], {}]}
print(dump(data))
try:
    dump({"s": {1, 2}})
except TypeError as e:
    print("TypeError", e)
