/*
 * mrfs_write.c - MRFS write side: programming entries, writes, deletions,
 * compaction (also run by mount to finish an interrupted one), format.
 * Rules: docs/mrfs.md sections 1, 4 and 6.  Not built with MRFS_READONLY.
 *
 * Invariants kept by everything here:
 *  - a program unit is programmed at most once per erase, and never with
 *    all-0xFF content (prog() skips such units);
 *  - data goes only into slots that read as erased, header first, trailer
 *    (commit word) last;
 *  - a page is erased only when every live version with a copy in it has a
 *    good copy elsewhere (rescue_erase), so each live version always has at
 *    least one good copy, whatever instant the power fails.
 */
#ifndef MRFS_READONLY

#include "mrfs_int.h"

/* ---- programming ------------------------------------------------------------ */

static int all_ff(const uint8_t *p, uint32_t n) {
    for (uint32_t i = 0; i < n; i++)
        if (p[i] != 0xFF)
            return 0;
    return 1;
}

/* Programs src[0..n) at off (both unit aligned), skipping all-0xFF units,
 * and reads every programmed run back. */
static int prog(MrfsStore *st, uint32_t off, const uint8_t *src, uint32_t n) {
    uint32_t u = st->fl.prog_size, i = 0;
    st->frun_len = 0; /* the free run walks remember may end here now */
    while (i < n) {
        while (i < n && all_ff(src + i, u))
            i += u;
        uint32_t j = i;
        while (j < n && !all_ff(src + j, u))
            j += u;
        if (j > i) {
            if (st->fl.program(st->fl.ctx, off + i, src + i, j - i) < 0 ||
                memcmp(st->fl.base + off + i, src + i, j - i))
                return MRFS_EIO;
        }
        i = j;
    }
    return MRFS_OK;
}

static int erase(MrfsStore *st, uint32_t page, uint8_t *map) {
    uint32_t off = page * st->fl.page_size;
    st->frun_len = 0;
    if (st->fl.erase(st->fl.ctx, off) < 0 || !all_ff(st->fl.base + off, st->fl.page_size))
        return MRFS_EIO;
    if (map)
        map[page / 8] |= (uint8_t)(1u << (page % 8));
    return MRFS_OK;
}

/* ---- writing one entry: header, streamed data, trailer ---------------------- */

static void build_hdr(uint8_t *h, uint32_t where, uint32_t seq, uint32_t size, uint32_t mtime,
                      uint8_t flags, const uint8_t *name, uint32_t nl) {
    memset(h, 0, HDR);
    wr32(h + H_MAGIC, MAGIC);
    wr32(h + H_WHERE, where);
    wr32(h + H_SEQ, seq);
    wr32(h + H_SIZE, size);
    wr32(h + H_MTIME, mtime);
    h[H_FLAGS] = flags;
    h[H_NAMELEN] = (uint8_t)nl;
    memcpy(h + H_NAME, name, nl);
    wr32(h + H_HCRC, mrfs_crc32(0, h, H_HCRC));
}

static int wr_begin(MrfsStore *st, uint32_t off, const uint8_t *hdr, uint32_t size) {
    st->w_off = off;
    st->w_size = size;
    st->w_done = 0;
    st->wfill = 0;
    st->w_crc = mrfs_crc32(0, hdr, HDR);
    return prog(st, off, hdr, HDR);
}

/* whole units go out at once (from src, which may be flash); the last
 * partial unit waits in wbuf for more data or for the trailer */
static int wr_data(MrfsStore *st, const uint8_t *src, uint32_t n) {
    uint32_t u = st->fl.prog_size, pos = st->w_off + HDR + st->w_done;
    st->w_crc = mrfs_crc32(st->w_crc, src, n);
    st->w_done += n;
    if (st->wfill) {
        uint32_t k = u - st->wfill;
        if (k > n)
            k = n;
        memcpy(st->wbuf + st->wfill, src, k);
        st->wfill = (uint8_t)(st->wfill + k);
        src += k;
        n -= k;
        pos += k;
        if (st->wfill < u)
            return MRFS_OK;
        st->wfill = 0;
        int r = prog(st, pos - u, st->wbuf, u);
        if (r < 0)
            return r;
    }
    uint32_t whole = n - n % u;
    if (whole) {
        int r = prog(st, pos, src, whole);
        if (r < 0)
            return r;
    }
    memcpy(st->wbuf, src + whole, n - whole);
    st->wfill = (uint8_t)(n - whole);
    return MRFS_OK;
}

/* the waiting data, padding and the trailer (crc, commit word) together */
static int wr_end(MrfsStore *st) {
    uint8_t tail[96];
    uint32_t start = st->w_off + HDR + st->w_done - st->wfill;
    uint32_t t = st->w_off + trailer_at(st->w_size);
    uint32_t stop = round_up(t + 8, st->fl.prog_size);
    memset(tail, 0xFF, sizeof tail);
    memcpy(tail, st->wbuf, st->wfill);
    wr32(tail + (t - start), st->w_crc);
    wr32(tail + (t - start) + 4, st->w_off ^ COMMIT);
    return prog(st, start, tail, stop - start);
}

/* ---- admission --------------------------------------------------------------- */

static int writable(MrfsStore *st) {
    if (!st || !(st->flags & MS_MOUNTED) || !st->fl.erase || !st->fl.program)
        return MRFS_EINVAL;
    if (st->flags & MS_RDONLY)
        return MRFS_EROFS;
    if (st->flags & MS_WRITING)
        return MRFS_EBUSY;
    return MRFS_OK;
}

/* room for an entry of len bytes below the META, keeping the reserve plus
 * `extra`; compacts when that helps (docs/mrfs.md section 4) */
static int make_room(MrfsStore *st, const uint8_t *name, uint32_t nl, uint32_t len,
                     uint32_t extra) {
    if (st->next_seq >= SEQ_LIMIT)
        return MRFS_ENOSPC;
    uint64_t keep = (uint64_t)len + mrfs__reserve_with(st, name, nl, len) + extra;
    if (st->end + keep <= mrfs__limit(st))
        return MRFS_OK;
    /* a compaction will not help if it just ran, or if the live files and
     * this one cannot fit anyway */
    if ((st->flags & MS_COMPACTED) || mrfs__live_bytes(st, NULL) + keep > st->fl.size)
        return MRFS_ENOSPC;
    if (st->holds)
        return MRFS_EBUSY;
    int r = mrfs__compact(st);
    if (r < 0)
        return r;
    keep = (uint64_t)len + mrfs__reserve_with(st, name, nl, len) + extra;
    return st->end + keep <= mrfs__limit(st) ? MRFS_OK : MRFS_ENOSPC;
}

/* ---- public writes ------------------------------------------------------------- */

/* header at the append point; the whole extent is taken at once so that a
 * failure leaves nothing for a later write to collide with */
static int start_entry(MrfsStore *st, const uint8_t *name, uint32_t nl, uint32_t size,
                       uint32_t mtime, uint8_t flags) {
    uint8_t h[HDR];
    uint32_t off = st->end, len = entry_len(size);
    build_hdr(h, off, st->next_seq++, size, mtime, flags, name, nl);
    st->end = off + len;
    st->flags &= (uint8_t)~MS_COMPACTED;
    if (mtime)
        st->now = mtime;
    int r = wr_begin(st, off, h, size);
    if (!r)
        mrfs__note_entry(st, off);
    return r;
}

int mrfs_begin(MrfsStore *st, const char *name, uint32_t size, uint32_t mtime) {
    int r = writable(st);
    if (r < 0)
        return r;
    int nl = mrfs__name_len(name);
    if (nl < 0)
        return nl;
    if (size > st->fl.size)
        return MRFS_ENOSPC;
    r = make_room(st, (const uint8_t *)name, (uint32_t)nl, entry_len(size), MIN_ENTRY);
    if (r < 0)
        return r;
    r = start_entry(st, (const uint8_t *)name, (uint32_t)nl, size, mtime, 0);
    if (r < 0)
        return r;
    st->flags |= MS_WRITING;
    return MRFS_OK;
}

void mrfs_abort(MrfsStore *st) {
    if (st)
        st->flags &= (uint8_t)~MS_WRITING;
}

int mrfs_append(MrfsStore *st, const void *data, uint32_t n) {
    if (!st || !(st->flags & MS_WRITING))
        return MRFS_EINVAL;
    if (n > st->w_size - st->w_done || (n && !data)) {
        mrfs_abort(st);
        return MRFS_EINVAL;
    }
    int r = wr_data(st, data, n);
    if (r < 0)
        mrfs_abort(st);
    return r;
}

int mrfs_commit(MrfsStore *st) {
    if (!st || !(st->flags & MS_WRITING))
        return MRFS_EINVAL;
    mrfs_abort(st); /* the write is over whatever happens */
    if (st->w_done != st->w_size)
        return MRFS_EINVAL;
    return wr_end(st);
}

int mrfs_write(MrfsStore *st, const char *name, const void *data, uint32_t size, uint32_t mtime) {
    int r = mrfs_begin(st, name, size, mtime);
    if (r < 0)
        return r;
    r = mrfs_append(st, data, size);
    return r < 0 ? r : mrfs_commit(st);
}

int mrfs_delete(MrfsStore *st, const char *name, uint32_t mtime) {
    int r = writable(st);
    if (r < 0)
        return r;
    int nl = mrfs__name_len(name);
    if (nl < 0)
        return nl;
    uint32_t e = mrfs__lookup(st, (const uint8_t *)name, (uint32_t)nl, 0);
    if (e == NONE || (e_flags(st, e) & F_DELETED))
        return MRFS_ENOENT;
    r = make_room(st, (const uint8_t *)name, (uint32_t)nl, MIN_ENTRY, 0);
    if (r < 0)
        return r;
    r = start_entry(st, (const uint8_t *)name, (uint32_t)nl, 0, mtime, F_DELETED);
    return r < 0 ? r : wr_end(st);
}

/* ---- compaction ------------------------------------------------------------------ */

typedef struct Cpt {
    uint32_t dst;                             /* everything below is placed (final) */
    uint32_t zone_end;                        /* [dst, zone_end) is erased */
    uint32_t hint;                            /* no candidate starts in [dst, hint) */
    uint32_t gap_lo, gap_hi;                  /* known-erased range, walked over in one step */
    uint32_t mark_page;                       /* page of the MARK entry (never released), or NONE */
    uint32_t budget;                          /* loop guard against damaged stores */
    uint8_t erased[(MRFS_MAX_PAGES + 7) / 8]; /* pages erased by this compaction */
} Cpt;

typedef struct VInfo {
    uint8_t newer;   /* a good entry of the name with a higher seq exists */
    uint8_t older;   /* a valid header of the name with a lower seq exists */
    uint8_t placed;  /* a good copy of this version lies below dst */
    uint8_t outside; /* a good copy lies outside the given ranges */
    uint8_t cand;    /* a candidate: live, not placed, to be kept */
} VInfo;

static uint32_t psize(const MrfsStore *st) { return st->fl.page_size; }

/* the item at off, with the known-erased gap as one item */
static void citem(const MrfsStore *st, const Cpt *c, uint32_t off, Item *it) {
    if (off >= c->gap_lo && off < c->gap_hi) {
        it->off = off;
        it->len = c->gap_hi - off;
        it->kind = IT_FREE;
        it->hdr = 0;
        return;
    }
    mrfs__item(st, off, it);
}

static int ff_range(const MrfsStore *st, const Cpt *c, uint32_t a, uint32_t b) {
    if (a >= c->gap_lo && b <= c->gap_hi)
        return 1;
    return all_ff(st->fl.base + a, b - a);
}

/* about to program [a, b): the gap must stay erased */
static void gap_written(Cpt *c, uint32_t a, uint32_t b) {
    if (b <= c->gap_lo || a >= c->gap_hi)
        return;
    uint32_t below = a > c->gap_lo ? a - c->gap_lo : 0;
    uint32_t above = b < c->gap_hi ? c->gap_hi - b : 0;
    if (below >= above)
        c->gap_hi = c->gap_lo + below;
    else
        c->gap_lo = b;
}

static int overlaps(uint32_t off, uint32_t len, uint32_t lo, uint32_t hi) {
    return off < hi && off + len > lo;
}

/* what the store says about the version of good entry e (one walk) */
static void vinfo(const MrfsStore *st, const Cpt *c, uint32_t e, uint32_t lo1, uint32_t hi1,
                  uint32_t lo2, uint32_t hi2, VInfo *v) {
    uint32_t seq = e_seq(st, e), size = st->fl.size;
    Item it;
    memset(v, 0, sizeof *v);
    for (uint32_t off = 0; off < size; off += it.len) {
        citem(st, c, off, &it);
        if (!it.hdr || !same_name(st, off, e))
            continue;
        uint32_t s = e_seq(st, off);
        if (s < seq)
            v->older = 1;
        if (it.kind != IT_ENTRY)
            continue;
        if (s > seq)
            v->newer = 1;
        if (s == seq) {
            if (off < c->dst)
                v->placed = 1;
            if (!overlaps(off, it.len, lo1, hi1) && !overlaps(off, it.len, lo2, hi2))
                v->outside = 1;
        }
    }
    uint8_t f = e_flags(st, e);
    v->cand = !(f & F_MARK) && !v->newer && !v->placed && !((f & F_DELETED) && !v->older);
}

/* best = the highest start for len bytes in [a, b) minus the ranges x */
static void fit(uint32_t a, uint32_t b, uint32_t len, const uint32_t *x, int nx, uint32_t *best) {
    for (int i = 0; i < nx; i++) {
        uint32_t lo = x[2 * i], hi = x[2 * i + 1];
        if (lo < hi && a < hi && b > lo) {
            if (a < lo)
                fit(a, lo, len, x + 2 * (i + 1), nx - i - 1, best);
            if (hi < b)
                fit(hi, b, len, x + 2 * (i + 1), nx - i - 1, best);
            return;
        }
    }
    if (b > a && b - a >= len && (*best == NONE || b - len > *best))
        *best = b - len;
}

/* Highest erased run at or above floor holding len bytes, outside the nx
 * ranges x[2i]..x[2i+1]; NONE if none.  Copies go to the top of the store,
 * far from where the compaction writes. */
static uint32_t alloc_x(const MrfsStore *st, const Cpt *c, uint32_t len, uint32_t floor,
                        const uint32_t *x, int nx) {
    uint32_t size = st->fl.size, run = NONE, best = NONE;
    Item it;
    for (uint32_t off = 0; off <= size; off += it.len) {
        if (off < size)
            citem(st, c, off, &it);
        if (off < size && it.kind == IT_FREE) {
            if (run == NONE)
                run = off;
            continue;
        }
        if (run != NONE)
            fit(run > floor ? run : floor, off, len, x, nx, &best);
        run = NONE;
        if (off == size)
            break;
    }
    return best;
}

static uint32_t alloc(const MrfsStore *st, const Cpt *c, uint32_t len, uint32_t floor) {
    return alloc_x(st, c, len, floor, NULL, 0);
}

/* copies good entry e to `to` (erased), flags: COPY set or cleared.  The
 * source is CRC-checked first: returns 1 (nothing written) if it is bad. */
static int copy_entry(MrfsStore *st, Cpt *c, uint32_t e, uint32_t to, uint8_t copy_flag) {
    const uint8_t *p = at(st, e);
    uint32_t size = rd32(p + H_SIZE);
    if (!mrfs__crc_ok(st->fl.base, e)) {
        st->flags &= (uint8_t)~MS_TRUSTED; /* from now on every walk checks CRCs */
        return 1;
    }
    uint8_t h[HDR];
    build_hdr(h, to, rd32(p + H_SEQ), size, rd32(p + H_MTIME),
              (uint8_t)((p[H_FLAGS] & ~F_COPY) | copy_flag), p + H_NAME, p[H_NAMELEN]);
    gap_written(c, to, to + entry_len(size));
    int r = wr_begin(st, to, h, size);
    if (!r)
        r = wr_data(st, p + HDR, size);
    if (!r)
        r = wr_end(st);
    return r;
}

/* Erases pages above page p (not the MARK's) that hold nothing needed: no
 * candidate whose good copies all lie in p or that page.  A page is also
 * kept when a good entry from a lower page runs through it and has its
 * commit word above it: that entry would still look complete and its
 * length would hide whatever is written into the erased page later.  (One
 * whose commit word is in the page stops being committed.)  Returns the
 * number of pages erased. */
static int release(MrfsStore *st, Cpt *c, uint32_t p) {
    uint32_t ps = psize(st), lo = p * ps, commit_max = 0, off = lo, last = NONE;
    int count = 0;
    Item it;
    for (uint32_t q = p + 1; q < st->pages; q++) {
        uint32_t qlo = q * ps, qhi = qlo + ps;
        while (off < qlo) { /* items starting below q, in pages not erased */
            citem(st, c, off, &it);
            if (it.kind == IT_ENTRY) {
                uint32_t cw = off + trailer_at(e_size(st, off)) + 4;
                if (cw > commit_max)
                    commit_max = cw;
                last = off;
            }
            off += it.len;
        }
        if (commit_max >= qhi || q == c->mark_page || ff_range(st, c, qlo, qhi))
            continue;
        int needed = 0;
        if (off > qlo && last != NONE && last + entry_len(e_size(st, last)) > qlo) {
            VInfo v; /* the entry running into q would be destroyed too */
            vinfo(st, c, last, lo, lo + ps, qlo, qhi, &v);
            needed = v.cand && !v.outside;
        }
        for (uint32_t o = off; o < qhi && !needed; o += it.len) {
            citem(st, c, o, &it);
            if (it.kind == IT_ENTRY) {
                VInfo v;
                vinfo(st, c, o, lo, lo + ps, qlo, qhi, &v);
                needed = v.cand && !v.outside;
            }
        }
        if (needed)
            continue;
        int r = erase(st, q, c->erased);
        if (r < 0)
            return r;
        count++;
        off = qhi; /* what ran past qhi lost its header: junk now */
    }
    return count;
}

/* When no erased run is large enough although there is room in total, a
 * waiting copy sits in the middle: move the lowest one above page p up to
 * the highest run that holds it (its old place is then released and the
 * free space merges).  Returns 1 when it moved one, 0 if none could move. */
static int defrag(MrfsStore *st, Cpt *c, uint32_t p) {
    uint32_t size = st->fl.size, hi = (p + 1) * psize(st);
    Item it;
    for (uint32_t off = hi; off < size; off += it.len) {
        citem(st, c, off, &it);
        if (it.kind != IT_ENTRY || !(e_flags(st, off) & F_COPY) || off < hi)
            continue;
        VInfo v;
        vinfo(st, c, off, 0, 0, 0, 0, &v);
        if (!v.cand)
            continue;
        uint32_t to = alloc(st, c, it.len, off + it.len);
        if (to == NONE)
            continue;
        int r = copy_entry(st, c, off, to, F_COPY);
        return r < 0 ? r : 1;
    }
    return 0;
}

/* Makes page p erasable (copies up every candidate all of whose good copies
 * overlap it) and erases it.  p's start must be an item boundary. */
static int rescue_erase(MrfsStore *st, Cpt *c, uint32_t p) {
    uint32_t ps = psize(st), lo = p * ps, hi = lo + ps;
    if (p == c->mark_page || p >= st->pages)
        return MRFS_ENOSPC;
    for (;;) {
        if (!c->budget--)
            return MRFS_ECORRUPT;
        uint32_t e = NONE;
        Item it;
        for (uint32_t off = lo; off < hi; off += it.len) {
            citem(st, c, off, &it);
            if (it.kind != IT_ENTRY)
                continue;
            VInfo v;
            vinfo(st, c, off, lo, hi, 0, 0, &v);
            if (v.cand && !v.outside) {
                e = off;
                break;
            }
        }
        if (e == NONE)
            break;
        uint32_t to = alloc(st, c, entry_len(e_size(st, e)), hi);
        if (to == NONE) {
            int r = release(st, c, p);
            if (r == 0)
                r = defrag(st, c, p);
            if (r < 0)
                return r;
            if (r == 0)
                return MRFS_ENOSPC;
            continue;
        }
        int r = copy_entry(st, c, e, to, F_COPY);
        if (r < 0)
            return r;
        c->hint = c->dst; /* a new copy may lie below the hint */
    }
    return erase(st, p, c->erased);
}

/* largest page boundary <= dst that no good entry crosses */
static uint32_t clean_boundary(const MrfsStore *st, const Cpt *c, uint32_t dst) {
    uint32_t ps = psize(st), best = 0;
    Item it;
    if (dst % ps == 0)
        return dst;
    for (uint32_t off = 0; off < dst; off += it.len) {
        citem(st, c, off, &it);
        if (off % ps == 0)
            best = off;
        if (it.kind == IT_FREE && it.len > SLOT) {
            uint32_t last = off + it.len - 1 < dst ? off + it.len - 1 : dst;
            uint32_t b = last / ps * ps;
            if (b >= off && b > best)
                best = b;
        }
    }
    return best;
}

/* the page at dst must be erased: go back to a clean boundary, rescue and
 * erase that page (what was placed there is copied up and placed again) */
static int step_back(MrfsStore *st, Cpt *c) {
    uint32_t b = clean_boundary(st, c, c->dst);
    c->dst = b;
    c->zone_end = b;
    c->hint = b;
    return rescue_erase(st, c, b / psize(st));
}

/* Next version to place: the largest COPY candidate that fits the zone,
 * else the candidate at the lowest offset (it may not fit).  NONE when all placed.
 * The META is never placed: a new one is written when nothing else is
 * left (until then the old one is kept safe by rescue_erase like a file). */
static uint32_t choose(MrfsStore *st, Cpt *c, uint32_t room) {
    uint32_t size = st->fl.size, best = NONE, best_len = 0;
    Item it;
    /* the largest waiting copy that fits: big ones are the hard ones to
     * place, and waiting copies hold scratch space */
    for (uint32_t off = c->dst; off < size; off += it.len) {
        citem(st, c, off, &it);
        uint8_t f = e_flags(st, off);
        if (it.kind != IT_ENTRY || !(f & F_COPY) || (f & F_META) || it.len > room ||
            it.len <= best_len)
            continue;
        VInfo v;
        vinfo(st, c, off, 0, 0, 0, 0, &v);
        if (v.cand) {
            best = off;
            best_len = it.len;
        }
    }
    if (best != NONE)
        return best;
    for (int pass = 0; pass < 2; pass++) {
        uint32_t from = pass == 0 && c->hint > c->dst ? c->hint : c->dst;
        for (uint32_t off = from; off < size; off += it.len) {
            citem(st, c, off, &it);
            if (it.kind != IT_ENTRY || (e_flags(st, off) & F_META))
                continue;
            VInfo v;
            vinfo(st, c, off, 0, 0, 0, 0, &v);
            if (v.cand) {
                c->hint = off;
                return off;
            }
        }
        if (from == c->dst)
            break;
    }
    return NONE;
}

static int write_meta(MrfsStore *st, Cpt *c, uint32_t off, uint32_t old, uint32_t compactions) {
    uint32_t pages = st->pages, dsize = META_HDR + 2 * pages;
    uint8_t h[HDR], b[32];
    if (off + entry_len(dsize) > st->fl.size)
        return MRFS_ENOSPC;
    build_hdr(h, off, st->next_seq++, dsize, st->now, F_META, (const uint8_t *)"", 0);
    if (c)
        gap_written(c, off, off + entry_len(dsize));
    int r = wr_begin(st, off, h, dsize);
    wr32(b, 1);
    wr32(b + 4, st->fl.size);
    wr32(b + 8, st->fl.page_size);
    wr32(b + 12, st->fl.prog_size);
    wr32(b + 16, compactions);
    if (!r)
        r = wr_data(st, b, META_HDR);
    const uint8_t *oc = old != NONE ? at(st, old) + HDR + META_HDR : NULL;
    for (uint32_t p = 0, n = 0; !r && p < pages; p++) {
        uint32_t v = oc ? (uint32_t)(oc[2 * p] | oc[2 * p + 1] << 8) : 0;
        if (c && (c->erased[p / 8] >> (p % 8) & 1) && v < 0xFFFF)
            v++;
        b[n++] = (uint8_t)v;
        b[n++] = (uint8_t)(v >> 8);
        if (n == sizeof b || p + 1 == pages) {
            r = wr_data(st, b, n);
            n = 0;
        }
    }
    return r ? r : wr_end(st);
}

/* the compaction loop (docs/mrfs.md section 6, step 2) */
static int sweep(MrfsStore *st, Cpt *c) {
    uint32_t size = st->fl.size, ps = psize(st);
    for (;;) {
        if (!c->budget--)
            return MRFS_ECORRUPT;
        Item it;
        if (c->dst < size) {
            citem(st, c, c->dst, &it);
            if (it.kind != IT_FREE) {
                VInfo v;
                if (it.kind == IT_ENTRY && !(e_flags(st, c->dst) & (F_COPY | F_META))) {
                    vinfo(st, c, c->dst, 0, 0, 0, 0, &v);
                    if (v.cand) { /* already where it belongs */
                        c->dst += it.len;
                        continue;
                    }
                }
                int r = step_back(st, c);
                if (r < 0)
                    return r;
                continue;
            }
            uint32_t pend = (c->dst / ps + 1) * ps;
            if (!ff_range(st, c, c->dst, pend)) {
                int r = step_back(st, c);
                if (r < 0)
                    return r;
                continue;
            }
            if (c->zone_end < pend)
                c->zone_end = pend;
            while (c->zone_end < size && c->zone_end - c->dst < st->max_entry &&
                   ff_range(st, c, c->zone_end, c->zone_end + ps))
                c->zone_end += ps;
        } else {
            c->zone_end = c->dst = size;
        }
        uint32_t room = c->zone_end - c->dst;
        uint32_t e = choose(st, c, room);
        if (e == NONE)
            return MRFS_OK;
        uint32_t len = entry_len(e_size(st, e));
        if (len <= room) {
            int r = copy_entry(st, c, e, c->dst, 0);
            if (r < 0)
                return r;
            if (r == 0)
                c->dst += len;
            continue;
        }
        if (c->zone_end >= size)
            return MRFS_ENOSPC;
        int r = rescue_erase(st, c, c->zone_end / ps);
        if (r < 0)
            return r;
    }
}

/* Finish (docs/mrfs.md section 6, step 4): everything not placed is
 * garbage.  Erase it, except the pages of the current META and of the MARK;
 * write the new META at the top; then erase those two. */
static int finalize(MrfsStore *st, Cpt *c) {
    uint32_t ps = psize(st), size = st->fl.size, old = NONE, old_seq = 0;
    Item it;
    for (uint32_t off = 0; off < size; off += it.len) {
        citem(st, c, off, &it);
        if (it.kind == IT_ENTRY && (e_flags(st, off) & F_META) &&
            (old == NONE || e_seq(st, off) > old_seq)) {
            old = off;
            old_seq = e_seq(st, off);
        }
    }
    uint32_t x[4] = {0, 0, 0, 0};
    if (old != NONE) {
        x[0] = old / ps * ps;
        x[1] = round_up(old + entry_len(e_size(st, old)), ps);
    }
    if (c->mark_page != NONE) {
        x[2] = c->mark_page * ps;
        x[3] = x[2] + ps;
    }
    uint32_t first = round_up(c->dst, ps) / ps;
    for (uint32_t p = first; p < st->pages; p++) {
        uint32_t lo = p * ps;
        if ((lo >= x[0] && lo < x[1]) || (lo >= x[2] && lo < x[3]) || ff_range(st, c, lo, lo + ps))
            continue;
        int r = erase(st, p, c->erased);
        if (r < 0)
            return r;
    }
    uint32_t mlen = mrfs__meta_len(st->pages);
    uint32_t to = alloc_x(st, c, mlen, c->dst, x, 2);
    if (to == NONE)
        return MRFS_ENOSPC;
    /* the META counts the erases still to come */
    for (uint32_t p = first; p < st->pages; p++) {
        uint32_t lo = p * ps;
        if (((lo >= x[0] && lo < x[1]) || (lo >= x[2] && lo < x[3])) &&
            !ff_range(st, c, lo, lo + ps))
            c->erased[p / 8] |= (uint8_t)(1u << (p % 8));
    }
    uint32_t n = old != NONE ? rd32(at(st, old) + HDR + 16) + 1 : 1;
    int r = write_meta(st, c, to, old, n);
    for (uint32_t p = first; !r && p < st->pages; p++) {
        uint32_t lo = p * ps;
        if (((lo >= x[0] && lo < x[1]) || (lo >= x[2] && lo < x[3])) &&
            !ff_range(st, c, lo, lo + ps))
            r = erase(st, p, NULL);
    }
    return r;
}

int mrfs__compact(MrfsStore *st) {
    Cpt c;
    uint32_t size = st->fl.size, ps = psize(st);
    memset(&c, 0, sizeof c);
    c.mark_page = NONE;
    c.budget = 16 * (size / SLOT) + 1024;
    st->gen++;

    /* one walk: the largest erased run (walked over in one step from now
     * on), and whether a MARK newer than every META is already there */
    uint32_t run = NONE, mark = NONE, mark_seq = 0, meta = NONE, meta_seq = 0;
    Item it;
    for (uint32_t off = 0; off <= size; off += it.len) {
        if (off < size)
            mrfs__item(st, off, &it);
        if (off < size && it.kind == IT_FREE) {
            if (run == NONE)
                run = off;
            continue;
        }
        if (run != NONE && off - run > c.gap_hi - c.gap_lo) {
            c.gap_lo = run;
            c.gap_hi = off;
        }
        run = NONE;
        if (off == size)
            break;
        if (it.kind == IT_ENTRY && (e_flags(st, off) & F_MARK) &&
            (mark == NONE || e_seq(st, off) > mark_seq)) {
            mark = off;
            mark_seq = e_seq(st, off);
        }
        if (it.kind == IT_ENTRY && (e_flags(st, off) & F_META) &&
            (meta == NONE || e_seq(st, off) > meta_seq)) {
            meta = off;
            meta_seq = e_seq(st, off);
        }
    }
    int r = MRFS_OK;
    if (mark != NONE) {
        c.mark_page = mark / ps; /* finishing an interrupted compaction */
    } else {
        /* right below the META, in its pages if there is room: then the new
         * META takes the other of the two slots at the top */
        uint32_t x[2] = {meta != NONE ? meta : size, size};
        uint32_t to = alloc_x(st, &c, MIN_ENTRY, 0, x, 1);
        if (to != NONE) {
            uint8_t h[HDR];
            build_hdr(h, to, st->next_seq++, 0, st->now, F_MARK, (const uint8_t *)"", 0);
            gap_written(&c, to, to + MIN_ENTRY);
            r = wr_begin(st, to, h, 0);
            if (!r)
                r = wr_end(st);
            c.mark_page = to / ps;
        }
    }
    if (!r)
        r = sweep(st, &c);
    if (!r)
        r = finalize(st, &c);
    if (!r)
        st->flags |= MS_TRUSTED | MS_COMPACTED;
    mrfs__set_end(st);
    mrfs__track_max(st);
    st->gen++;
    return r;
}

int mrfs_compact(MrfsStore *st) {
    int r = writable(st);
    if (r < 0)
        return r;
    if (st->holds)
        return MRFS_EBUSY;
    return mrfs__compact(st);
}

int mrfs_format(MrfsStore *st, const MrfsFlash *fl, uint32_t now) {
    if (!st || mrfs__check_geometry(fl) < 0 || !fl->erase || !fl->program)
        return MRFS_EINVAL;
    memset(st, 0, sizeof *st);
    st->fl = *fl;
    st->pages = fl->size / fl->page_size;
    st->now = now;
    st->next_seq = 1;
    st->flags = MS_MOUNTED | MS_TRUSTED;
    for (uint32_t p = 0; p < st->pages; p++)
        if (!all_ff(fl->base + p * fl->page_size, fl->page_size)) {
            int r = erase(st, p, NULL);
            if (r < 0)
                return r;
        }
    int r = write_meta(st, NULL, fl->size - mrfs__meta_len(st->pages), NONE, 0);
    if (r < 0)
        return r;
    return mrfs_mount(st, fl, 0);
}

#endif /* MRFS_READONLY */
