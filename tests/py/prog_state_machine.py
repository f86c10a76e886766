# a table-driven state machine parsing a simple key=value;... format
def parse(text):
    state = "key"
    key = val = ""
    out = {}
    for ch in text + ";":
        if state == "key":
            if ch == "=":
                state = "val"
            elif ch == ";":
                if key.strip():
                    out[key.strip()] = None
                key = ""
            else:
                key += ch
        elif state == "val":
            if ch == '"':
                state = "quoted"
            elif ch == ";":
                out[key.strip()] = val.strip()
                key = val = ""
                state = "key"
            else:
                val += ch
        elif state == "quoted":
            if ch == '"':
                state = "val"
            else:
                val += ch
    return out
print(parse('a=1; b = two ; flag; msg="x;y=z"; empty='))
print(parse(""), parse("only"), parse("k=v"))
