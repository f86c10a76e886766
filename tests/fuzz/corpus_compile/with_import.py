with a as (b, c), d:
    import x.y.z as w
    from . import q
    from m import *
