# helper module with mutable module-level state changed through functions
counter = 0
log = []
def bump(n=1):
    global counter
    counter += n
    log.append(counter)
    return counter
def read():
    return counter
