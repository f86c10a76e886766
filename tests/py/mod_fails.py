# helper module that raises while being imported
ready = "partially initialised"
raise ValueError("mod_fails refuses to load")
