# nested dicts and lists: building, updating, deep access
db = {}
for name, dept, sal in [("ann", "eng", 10), ("bob", "ops", 7), ("cy", "eng", 12), ("di", "ops", 9)]:
    db.setdefault(dept, {"people": [], "total": 0})
    db[dept]["people"].append(name)
    db[dept]["total"] += sal
print(db)
print(db["eng"]["people"][1], max(db, key=lambda d: db[d]["total"]))
cfg = {"a": {"b": {"c": [1, {"d": "deep"}]}}}
print(cfg["a"]["b"]["c"][1]["d"])
cfg["a"]["b"]["c"][1]["d"] = "changed"
print(cfg)
