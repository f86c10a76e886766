# Pystone: the classic Python translation of Reinhold Weicker's Dhrystone
# 1.1 integer benchmark, re-written for Monty from a description of the
# algorithm (not copied from any pystone.py). It performs exactly the
# operations of the classic program in each loop, so that "instructions per
# pystone loop" can be compared with other interpreters (issue 5 quotes
# MicroPython at about 32,500 Cortex-M3 instructions per loop).
#
# Differences from the classic program, none of which is inside the measured
# loop: no clock() calls and no empty "null loop" (the classic subtracts its
# time anyway); the amount of work is the LOOPS constant below, and the
# program prints the final state instead of a timing, so that its output is
# deterministic and must equal CPython's.
#
# Names that belong to the algorithm (Proc0..Proc8, Func1..Func3, Record and
# its fields, the globals, Ident1..Ident5, TRUE/FALSE) are kept, so that a
# reader can check this against Dhrystone; the constants stay globals (as in
# the classic), because their lookups are part of the per-loop work.
#
# Work per loop (one iteration of the loop in Proc0), checked by reasoning
# and by counting calls under CPython's sys.setprofile, LOOPS 2 minus LOOPS
# 1 (it reports the 17 Python calls and ord/chr; range() is a class call
# that it does not report):
#   Python-level calls: 17 --
#     Proc5, Proc4,
#     Func2 -> Func1                                     (Func2's loop runs once)
#     Proc7                                              (Proc0's first while runs once: 2 < 3)
#     Proc8                                              (for over range(8, 10): two stores)
#     Proc1 -> Record.copy -> Record.__init__ (5 args),
#              Proc3 -> Proc7,
#              Proc6 -> Func3,                           (Discr == Ident1 branch is always taken)
#              Proc7
#     Func1 x2                                           (CharIndex 'A', 'B'; Char2Glob is 'B';
#                                                         never equals EnumLoc, so no Proc6 here)
#     Proc2                                              (its while loop runs once)
#   built-in calls: 5 -- ord x2, chr x2, range x1 (in Proc8); plus one
#   step of Proc0's own range loop.
#   one new Record per loop (Record.copy), which becomes garbage a loop later.

LOOPS = 50000

Ident1, Ident2, Ident3, Ident4, Ident5 = range(1, 6)

TRUE = 1
FALSE = 0


class Record:
    """Dhrystone's record type; PtrComp links to another Record."""

    def __init__(self, PtrComp=None, Discr=0, EnumComp=0, IntComp=0, StringComp=0):
        self.PtrComp = PtrComp
        self.Discr = Discr
        self.EnumComp = EnumComp
        self.IntComp = IntComp
        self.StringComp = StringComp

    def copy(self):
        # a shallow copy: the new record shares PtrComp with this one
        return Record(self.PtrComp, self.Discr, self.EnumComp, self.IntComp,
                      self.StringComp)


IntGlob = 0
BoolGlob = FALSE
Char1Glob = '\0'
Char2Glob = '\0'
Array1Glob = [0] * 51
Array2Glob = [[0] * 51 for _ in range(51)]  # 51 separate rows
PtrGlb = None
PtrGlbNext = None


def Proc0(loops):
    """Set up the two global records, then run `loops` Dhrystone loops.
    Returns the loop's locals at the end, for the printed result."""
    global IntGlob, BoolGlob, Char1Glob, Char2Glob, Array1Glob, Array2Glob
    global PtrGlb, PtrGlbNext

    PtrGlbNext = Record()
    PtrGlb = Record()
    PtrGlb.PtrComp = PtrGlbNext
    PtrGlb.Discr = Ident1
    PtrGlb.EnumComp = Ident3
    PtrGlb.IntComp = 40
    PtrGlb.StringComp = "DHRYSTONE PROGRAM, SOME STRING"
    s1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    Array2Glob[8][7] = 10

    n1 = n2 = n3 = 0
    enum = Ident1
    s2 = ""
    for _ in range(loops):
        Proc5()
        Proc4()
        n1 = 2
        n2 = 3
        s2 = "DHRYSTONE PROGRAM, 2'ND STRING"
        enum = Ident2
        BoolGlob = not Func2(s1, s2)
        while n1 < n2:
            n3 = 5 * n1 - n2          # dead store, as in Dhrystone
            n3 = Proc7(n1, n2)
            n1 = n1 + 1
        Proc8(Array1Glob, Array2Glob, n1, n3)
        PtrGlb = Proc1(PtrGlb)
        ch = 'A'
        while ch <= Char2Glob:
            if enum == Func1(ch, 'C'):
                enum = Proc6(Ident1)
            ch = chr(ord(ch) + 1)
        n3 = n2 * n1
        n2 = n3 // n1
        n2 = 7 * (n3 - n2) - n1
        n1 = Proc2(n1)
    return n1, n2, n3, enum, s1, s2


def Proc1(PtrParIn):
    PtrParIn.PtrComp = NextRecord = PtrGlb.copy()
    PtrParIn.IntComp = 5
    NextRecord.IntComp = PtrParIn.IntComp
    NextRecord.PtrComp = PtrParIn.PtrComp
    NextRecord.PtrComp = Proc3(NextRecord.PtrComp)
    if NextRecord.Discr == Ident1:
        NextRecord.IntComp = 6
        NextRecord.EnumComp = Proc6(PtrParIn.EnumComp)
        NextRecord.PtrComp = PtrGlb.PtrComp
        NextRecord.IntComp = Proc7(NextRecord.IntComp, 10)
    else:
        PtrParIn = NextRecord.copy()
    NextRecord.PtrComp = None
    return PtrParIn


def Proc2(IntParIO):
    loc = IntParIO + 10
    while 1:
        if Char1Glob == 'A':
            loc = loc - 1
            IntParIO = loc - IntGlob
            enum = Ident1
        if enum == Ident1:
            break
    return IntParIO


def Proc3(PtrParOut):
    global IntGlob
    if PtrGlb is not None:
        PtrParOut = PtrGlb.PtrComp
    else:
        IntGlob = 100
    PtrGlb.IntComp = Proc7(10, IntGlob)
    return PtrParOut


def Proc4():
    global Char2Glob
    flag = Char1Glob == 'A'
    flag = flag or BoolGlob
    Char2Glob = 'B'


def Proc5():
    global Char1Glob, BoolGlob
    Char1Glob = 'A'
    BoolGlob = FALSE


def Proc6(EnumParIn):
    out = EnumParIn
    if not Func3(EnumParIn):
        out = Ident4
    if EnumParIn == Ident1:
        out = Ident1
    elif EnumParIn == Ident2:
        if IntGlob > 100:
            out = Ident1
        else:
            out = Ident4
    elif EnumParIn == Ident3:
        out = Ident2
    elif EnumParIn == Ident4:
        pass
    elif EnumParIn == Ident5:
        out = Ident3
    return out


def Proc7(IntParI1, IntParI2):
    loc = IntParI1 + 2
    out = IntParI2 + loc
    return out


def Proc8(Array1Par, Array2Par, IntParI1, IntParI2):
    global IntGlob
    loc = IntParI1 + 5
    Array1Par[loc] = IntParI2
    Array1Par[loc + 1] = Array1Par[loc]
    Array1Par[loc + 30] = loc
    for k in range(loc, loc + 2):
        Array2Par[loc][k] = loc
    Array2Par[loc][loc - 1] = Array2Par[loc][loc - 1] + 1
    Array2Par[loc + 20][loc] = Array1Par[loc]
    IntGlob = 5


def Func1(CharPar1, CharPar2):
    c1 = CharPar1
    c2 = c1
    if c2 != CharPar2:
        return Ident1
    else:
        return Ident2


def Func2(StrParI1, StrParI2):
    i = 1
    while i <= 1:
        if Func1(StrParI1[i], StrParI2[i + 1]) == Ident1:
            ch = 'A'
            i = i + 1
    if ch >= 'W' and ch <= 'Z':
        i = 7
    if ch == 'X':
        return TRUE
    else:
        if StrParI1 > StrParI2:
            i = i + 7
            return TRUE
        else:
            return FALSE


def Func3(EnumParIn):
    loc = EnumParIn
    if loc == Ident3:
        return TRUE
    return FALSE


def main():
    n1, n2, n3, enum, s1, s2 = Proc0(LOOPS)
    nxt = PtrGlb.PtrComp
    print("IntGlob", IntGlob, "BoolGlob", BoolGlob, "Char1Glob", Char1Glob,
          "Char2Glob", Char2Glob)
    print("Array1Glob[8]", Array1Glob[8], "Array2Glob[8][7]", Array2Glob[8][7])
    print("PtrGlb", PtrGlb.Discr, PtrGlb.EnumComp, PtrGlb.IntComp, PtrGlb.StringComp)
    print("PtrGlb.PtrComp", nxt.PtrComp, nxt.Discr, nxt.EnumComp, nxt.IntComp,
          nxt.StringComp)
    print("locals", n1, n2, n3, enum, s1, s2)
    print("loops", LOOPS)
    print("checksum", (sum(Array1Glob) + sum(map(sum, Array2Glob)) + IntGlob * 7 +
                       PtrGlb.IntComp * 11 + nxt.IntComp * 13 + n1 + n2 + n3) % 1000003)


main()
