# helper module whose import prints, to show that a module body runs only once
print("mod_side_effect: running module body")
loaded_count = 1
