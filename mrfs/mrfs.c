/*
 * mrfs.c - MRFS read side: scanning, mount, lookup, listing, check, stat.
 * Format and rules: docs/mrfs.md.  Write side: mrfs_write.c.
 *
 * Nothing here keeps per-file state in RAM: every question is answered by
 * walking the store (docs/mrfs.md section 2, "Scanning").  The walk trusts
 * the length of good entries only, so junk never hides a later entry.
 */
#include "mrfs_int.h"

/* ---- CRC-32 (zlib), half a byte per step: 64 bytes of table ------------- */

static const uint32_t crc_tab[16] = {
    0x00000000, 0x1DB71064, 0x3B6E20C8, 0x26D930AC, 0x76DC4190, 0x6B6B51F4, 0x4DB26158, 0x5005713C,
    0xEDB88320, 0xF00F9344, 0xD6D6A3E8, 0xCB61B38C, 0x9B64C2B0, 0x86D3D2D4, 0xA00AE278, 0xBDBDF21C,
};

uint32_t mrfs_crc32(uint32_t crc, const void *data, size_t n) {
    const uint8_t *p = data;
    crc = ~crc;
    while (n--) {
        crc ^= *p++;
        crc = (crc >> 4) ^ crc_tab[crc & 15];
        crc = (crc >> 4) ^ crc_tab[crc & 15];
    }
    return ~crc;
}

/* ---- geometry, names ----------------------------------------------------- */

static int pow2(uint32_t v) { return v && !(v & (v - 1)); }

static int geometry_ok(uint32_t size, uint32_t page, uint32_t prog) {
    if (!pow2(page) || page < 128 || page > 65536)
        return 0;
    if (!pow2(prog) || prog > 32)
        return 0;
    if (size % page || size >= (1u << 30))
        return 0;
    uint32_t pages = size / page;
    return pages >= 8 && pages <= MRFS_MAX_PAGES;
}

int mrfs__check_geometry(const MrfsFlash *fl) {
    if (!fl || !fl->base || !geometry_ok(fl->size, fl->page_size, fl->prog_size))
        return MRFS_EINVAL;
    return MRFS_OK;
}

static int name_char(uint8_t c) { return c >= 0x21 && c <= 0x7E; }

/* length of a valid name, or MRFS_EINVAL / MRFS_ENAMETOOLONG */
int mrfs__name_len(const char *name) {
    if (!name || !name[0])
        return MRFS_EINVAL;
    int n = 0;
    while (name[n]) {
        if (!name_char((uint8_t)name[n]))
            return MRFS_EINVAL;
        if (++n > MRFS_NAME_MAX)
            return MRFS_ENAMETOOLONG;
    }
    return n;
}

/* ---- entries --------------------------------------------------------------- */

/* p is 32-byte aligned and n a multiple of 4 (slots): compare words.  On
 * a large, mostly empty store this loop is most of the mount's cost. */
static int is_ff(const uint8_t *p, uint32_t n) {
    const uint32_t *w = (const uint32_t *)(const void *)p;
    for (uint32_t i = 0; i < n / 4; i++)
        if (w[i] != 0xFFFFFFFFu)
            return 0;
    return 1;
}

/* docs/mrfs.md section 2, "valid header".  Reads only base[off .. off+64)
 * and needs no trust in anything else. */
int mrfs__valid_header(const uint8_t *base, uint32_t size, uint32_t off) {
    if (off % SLOT || size < HDR || off > size - HDR)
        return 0;
    const uint8_t *p = base + off;
    if (rd32(p + H_MAGIC) != MAGIC || rd32(p + H_WHERE) != off)
        return 0;
    uint32_t seq = rd32(p + H_SEQ), dsize = rd32(p + H_SIZE);
    uint8_t flags = p[H_FLAGS], nl = p[H_NAMELEN];
    if (seq >= SEQ_LIMIT || (flags & ~F_KNOWN) || nl > MRFS_NAME_MAX)
        return 0;
    if (p[H_RES1] || p[H_RES1 + 1] || rd32(p + H_RES2))
        return 0;
    if (flags & F_MARK) {
        if (flags != F_MARK || nl || dsize)
            return 0;
    } else if (flags & F_META) {
        if ((flags & ~(F_META | F_COPY)) || nl)
            return 0;
    } else if (!nl) {
        return 0;
    }
    if ((flags & F_DELETED) && dsize)
        return 0;
    for (uint32_t i = 0; i < 32; i++)
        if (i < nl ? !name_char(p[H_NAME + i]) : p[H_NAME + i] != 0)
            return 0;
    if (dsize > size || entry_len(dsize) > size - off)
        return 0;
    return mrfs_crc32(0, p, H_HCRC) == rd32(p + H_HCRC);
}

/* (valid header) the trailer's commit word is there: completely written */
int mrfs__committed(const uint8_t *base, uint32_t off) {
    uint32_t t = off + trailer_at(rd32(base + off + H_SIZE));
    return rd32(base + t + 4) == (off ^ COMMIT);
}

/* (valid header) CRC of header and data matches the trailer */
int mrfs__crc_ok(const uint8_t *base, uint32_t off) {
    uint32_t dsize = rd32(base + off + H_SIZE);
    return mrfs_crc32(0, base + off, HDR + dsize) == rd32(base + off + trailer_at(dsize));
}

/* The quick test used by walks of a trusted store: magic, own offset,
 * bounds, a 0-terminated name, known flags and the commit word.  Mount
 * trusts a store only if everything passing this test is a good entry,
 * and MRFS only ever writes good entries or uncommitted ones. */
static int looks_committed(const uint8_t *base, uint32_t size, uint32_t off) {
    const uint8_t *p = base + off;
    if (off > size - HDR || rd32(p + H_MAGIC) != MAGIC || rd32(p + H_WHERE) != off)
        return 0;
    uint32_t dsize = rd32(p + H_SIZE);
    return dsize <= size && entry_len(dsize) <= size - off && p[H_NAMELEN] <= MRFS_NAME_MAX &&
           p[H_NAME + 31] == 0 && !(p[H_FLAGS] & ~F_KNOWN) && mrfs__committed(base, off);
}

void mrfs__item(const MrfsStore *st, uint32_t off, Item *it) {
    const uint8_t *base = st->fl.base, *p = base + off;
    it->off = off;
    it->len = SLOT;
    it->hdr = 0;
    if (st->frun_len && off == st->frun_off) {
        /* measured before, and nothing written or erased since */
        it->kind = IT_FREE;
        it->len = st->frun_len;
        return;
    }
    if (is_ff(p, SLOT)) {
        /* a run of free slots is one item: walks over a large, mostly
         * empty store then cost a word compare per 4 bytes instead of an
         * item per slot (on qemu's 3.7 MB store this is most of a mount) */
        it->kind = IT_FREE;
        const uint32_t *w = (const uint32_t *)(const void *)(p + SLOT);
        const uint32_t *lim = (const uint32_t *)(const void *)(base + st->fl.size);
        while (w < lim && *w == 0xFFFFFFFFu)
            w++;
        /* whole slots only: a partly written slot starts the next item */
        it->len = (uint32_t)(((const uint8_t *)w - p) / SLOT * SLOT);
        if (it->len >= 64 * SLOT) {
            /* remember a long run (the store object is not const: only
             * this cache changes under a read-only walk) */
            MrfsStore *ms = (MrfsStore *)(uintptr_t)st;
            ms->frun_off = off;
            ms->frun_len = it->len;
        }
        return;
    }
    it->kind = IT_JUNK;
    /* Trusted store: a committed entry is recognised without the header
     * CRC (walks visit each entry many times; this keeps them cheap) */
    if ((st->flags & MS_TRUSTED) && looks_committed(base, st->fl.size, off)) {
        it->hdr = 1;
        it->kind = IT_ENTRY;
        it->len = entry_len(rd32(p + H_SIZE));
        return;
    }
    if (mrfs__valid_header(base, st->fl.size, off)) {
        it->hdr = 1;
        if (mrfs__committed(base, off) && ((st->flags & MS_TRUSTED) || mrfs__crc_ok(base, off))) {
            it->kind = IT_ENTRY;
            it->len = entry_len(e_size(st, off));
        }
    }
}

uint32_t mrfs__meta_len(uint32_t pages) { return entry_len(META_HDR + 2 * pages); }

/* A compaction holds at most two pending copies of big files at once (one
 * waiting for room, one more from the page erased to make that room) plus
 * a page of small ones: the two largest entries of different names, and
 * pages for the batches and for fragmentation (docs/mrfs.md section 4). */
uint32_t mrfs__reserve(const MrfsStore *st, uint32_t m1, uint32_t m2) {
    return m1 + m2 + 4 * st->fl.page_size + MIN_ENTRY;
}

static int name_is(const MrfsStore *st, uint32_t off, const uint8_t *name, uint32_t nl) {
    return off != NONE && e_namelen(st, off) == nl && !memcmp(at(st, off) + H_NAME, name, nl);
}

uint32_t mrfs__reserve_with(const MrfsStore *st, const uint8_t *name, uint32_t nl, uint32_t len) {
    uint32_t m1 = st->max_entry, m2 = st->max_entry2;
    if (name_is(st, st->max_off, name, nl)) {
        if (len > m1)
            m1 = len;
    } else if (len > m1) {
        m2 = m1;
        m1 = len;
    } else if (len > m2) {
        m2 = len;
    }
    return mrfs__reserve(st, m1, m2);
}

void mrfs__note_entry(MrfsStore *st, uint32_t off) {
    uint32_t len = entry_len(e_size(st, off));
    if (e_flags(st, off) & (F_META | F_MARK))
        return;
    if (st->max_off != NONE && same_name(st, off, st->max_off)) {
        if (len >= st->max_entry) {
            st->max_entry = len;
            st->max_off = off;
        } else if (len > st->max_entry2) {
            st->max_entry2 = len; /* conservative: an old version may stay */
        }
    } else if (len > st->max_entry) {
        st->max_entry2 = st->max_entry;
        st->max_entry = len;
        st->max_off = off;
    } else if (len > st->max_entry2) {
        st->max_entry2 = len;
    }
}

void mrfs__track_max(MrfsStore *st) {
    Item it;
    st->max_entry = st->max_entry2 = 0;
    st->max_off = NONE;
    for (uint32_t off = 0; off < st->end; off += it.len) {
        mrfs__item(st, off, &it);
        if (it.kind == IT_ENTRY)
            mrfs__note_entry(st, off);
    }
}

uint32_t mrfs__sys_room(const MrfsStore *st) {
    return 2 * round_up(mrfs__meta_len(st->pages) + MIN_ENTRY, st->fl.page_size);
}

uint32_t mrfs__limit(const MrfsStore *st) {
    uint32_t lim = st->fl.size - mrfs__sys_room(st);
    return st->top < lim ? st->top : lim;
}

static int system_entry(const MrfsStore *st, uint32_t off) {
    return e_flags(st, off) & (F_META | F_MARK);
}

/* end: above every item but the META/MARK entries (and above the nominal
 * extent of every entry that is not good: nothing may ever be written
 * inside one, see mount); top: the lowest META/MARK entry above end */
void mrfs__set_end(MrfsStore *st) {
    uint32_t end = 0, top = st->fl.size;
    Item it;
    for (uint32_t off = 0; off < st->fl.size; off += it.len) {
        mrfs__item(st, off, &it);
        if (it.kind == IT_FREE || (it.kind == IT_ENTRY && system_entry(st, off)))
            continue;
        uint32_t e = off + it.len;
        if (it.hdr && it.kind != IT_ENTRY)
            e = off + entry_len(e_size(st, off));
        if (e > end)
            end = e;
    }
    for (uint32_t off = end; off < st->fl.size; off += it.len) {
        mrfs__item(st, off, &it);
        if (it.kind == IT_ENTRY) {
            top = off;
            break;
        }
    }
    st->end = end;
    st->top = top;
}

/* The good entry deciding a name: highest seq, lowest offset among its
 * copies.  kind is F_META/F_MARK for those (namelen 0), else 0. */
uint32_t mrfs__lookup(const MrfsStore *st, const uint8_t *name, uint32_t namelen, uint8_t kind) {
    uint32_t best = NONE, best_seq = 0, lim = kind ? st->fl.size : st->end;
    Item it;
    for (uint32_t off = 0; off < lim; off = wnext(st, off + it.len)) {
        mrfs__item(st, off, &it);
        if (it.kind != IT_ENTRY)
            continue;
        const uint8_t *p = at(st, off);
        if (p[H_NAMELEN] != namelen || (p[H_FLAGS] & (F_META | F_MARK)) != kind ||
            memcmp(p + H_NAME, name, namelen))
            continue;
        uint32_t seq = rd32(p + H_SEQ);
        if (best == NONE || seq > best_seq) {
            best = off;
            best_seq = seq;
        }
    }
    return best;
}

uint32_t mrfs__find_meta(const MrfsStore *st) {
    return mrfs__lookup(st, (const uint8_t *)"", 0, F_META);
}

/* e (good) is the copy that represents a live version: no good entry of its
 * name has a higher seq, and no good copy of the same version lies lower.
 * *older is set when a valid header of its name with a lower seq exists
 * (then a deletion must be kept). */
static int is_winner(const MrfsStore *st, uint32_t e, int *older) {
    uint32_t seq = e_seq(st, e);
    Item it;
    if (older)
        *older = 0;
    for (uint32_t off = 0; off < st->end; off += it.len) {
        mrfs__item(st, off, &it);
        if (!it.hdr || off == e || !same_name(st, off, e))
            continue;
        uint32_t s = e_seq(st, off);
        if (it.kind == IT_ENTRY && (s > seq || (s == seq && off < e)))
            return 0;
        if (s < seq && older)
            *older = 1;
    }
    return 1;
}

/* files only (not the META) */
uint32_t mrfs__live_bytes(const MrfsStore *st, uint32_t *files) {
    uint32_t total = 0, n = 0;
    Item it;
    for (uint32_t off = 0; off < st->end; off += it.len) {
        mrfs__item(st, off, &it);
        if (it.kind != IT_ENTRY || system_entry(st, off))
            continue;
        int older;
        if (!is_winner(st, off, &older))
            continue;
        uint8_t fl = e_flags(st, off);
        if ((fl & F_DELETED) && !older)
            continue; /* a deletion with nothing left to hide is dropped */
        total += it.len;
        if (!(fl & F_DELETED))
            n++;
    }
    if (files)
        *files = n;
    return total;
}

/* ---- META ------------------------------------------------------------------ */

static int meta_geometry(const uint8_t *base, uint32_t off, uint32_t *size, uint32_t *page,
                         uint32_t *prog) {
    const uint8_t *d = base + off + HDR;
    uint32_t dsize = rd32(base + off + H_SIZE);
    if (dsize < META_HDR || rd32(d) != 1)
        return 0;
    *size = rd32(d + 4);
    *page = rd32(d + 8);
    *prog = rd32(d + 12);
    if (!geometry_ok(*size, *page, *prog))
        return 0;
    return dsize == META_HDR + 2 * (*size / *page);
}

int mrfs_probe(const uint8_t *img, uint32_t size, uint32_t *page_size, uint32_t *prog_size) {
    if (!img || size < 8 * 128 || size % SLOT)
        return MRFS_ENOFS;
    uint32_t best = NONE, best_seq = 0;
    for (uint32_t off = 0; off + SLOT <= size;) {
        if (mrfs__valid_header(img, size, off) && mrfs__committed(img, off) &&
            mrfs__crc_ok(img, off)) {
            uint32_t seq = rd32(img + off + H_SEQ);
            if ((img[off + H_FLAGS] & F_META) && (best == NONE || seq > best_seq)) {
                best = off;
                best_seq = seq;
            }
            off += entry_len(rd32(img + off + H_SIZE));
        } else {
            off += SLOT;
        }
    }
    uint32_t s, pg, pr;
    if (best == NONE || !meta_geometry(img, best, &s, &pg, &pr) || s != size)
        return MRFS_ENOFS;
    *page_size = pg;
    *prog_size = pr;
    return MRFS_OK;
}

/* ---- mount ------------------------------------------------------------------- */

int mrfs_mount(MrfsStore *st, const MrfsFlash *fl, unsigned flags) {
    if (!st)
        return MRFS_EINVAL;
    memset(st, 0, sizeof *st);
    if (mrfs__check_geometry(fl) < 0)
        return MRFS_EINVAL;
    st->fl = *fl;
    st->pages = fl->size / fl->page_size;
    const uint8_t *base = fl->base;
    uint32_t size = fl->size, max_seq = 0, good = 0, meta = NONE, meta_seq = 0;
    int have_mark = 0, have_copy = 0, corrupt = 0;

    /* one walk over everything: the only full CRC pass */
    for (uint32_t off = 0; off < size;) {
        if (is_ff(base + off, SLOT)) {
            off += SLOT;
            continue;
        }
        if (!mrfs__valid_header(base, size, off)) {
            if (looks_committed(base, size, off))
                corrupt = 1; /* the quick test would take it: do not trust */
            st->junk += SLOT;
            off += SLOT;
            continue;
        }
        uint32_t seq = e_seq(st, off), len = entry_len(e_size(st, off));
        uint8_t f = e_flags(st, off);
        if (seq > max_seq)
            max_seq = seq;
        if (!mrfs__committed(base, off) || !mrfs__crc_ok(base, off)) {
            /* interrupted write or damage: walked as junk; nothing is ever
             * written inside its nominal extent (mrfs__set_end), so no later
             * data can complete its trailer */
            if (mrfs__committed(base, off))
                corrupt = 1;
            st->bad++;
            off += SLOT;
            continue;
        }
        good++;
        if ((f & F_META) && (meta == NONE || seq > meta_seq)) {
            meta = off;
            meta_seq = seq;
        }
        have_mark |= (f & F_MARK) != 0;
        have_copy |= (f & F_COPY) != 0;
        off += len;
    }
    st->next_seq = max_seq + 1;
    st->gen = 1;
    st->flags =
        MS_MOUNTED | (corrupt ? 0 : MS_TRUSTED) | ((flags & MRFS_MOUNT_RDONLY) ? MS_RDONLY : 0);
    mrfs__set_end(st);
    mrfs__track_max(st);
    if (meta != NONE) {
        uint32_t s, pg, pr;
        if (!meta_geometry(base, meta, &s, &pg, &pr) || s != size || pg != fl->page_size ||
            pr != fl->prog_size) {
            st->flags = 0;
            return MRFS_ENOFS;
        }
    } else if (!good) {
        st->flags = 0;
        return MRFS_ENOFS;
    }
    /* a MARK: a compaction did not finish; a COPY: it had not placed
     * everything.  Finish it. */
    if (have_mark || have_copy) {
#ifndef MRFS_READONLY
        if (!(st->flags & MS_RDONLY))
            return mrfs__compact(st);
#endif
    }
    return MRFS_OK;
}

/* ---- lookups ------------------------------------------------------------------ */

static int ready(const MrfsStore *st) { return st && (st->flags & MS_MOUNTED); }

static void fill(const MrfsStore *st, uint32_t off, MrfsFile *f) {
    const uint8_t *p = at(st, off);
    f->name = (const char *)p + H_NAME;
    f->data = p + HDR;
    f->size = rd32(p + H_SIZE);
    f->mtime = rd32(p + H_MTIME);
    f->seq = rd32(p + H_SEQ);
    f->offset = off;
}

int mrfs_find(MrfsStore *st, const char *name, MrfsFile *f) {
    if (!ready(st))
        return MRFS_EINVAL;
    int n = mrfs__name_len(name);
    if (n < 0)
        return n;
    uint32_t e = mrfs__lookup(st, (const uint8_t *)name, (uint32_t)n, 0);
    if (e == NONE || (e_flags(st, e) & F_DELETED))
        return MRFS_ENOENT;
    if (f)
        fill(st, e, f);
    return MRFS_OK;
}

int mrfs_list(MrfsStore *st, MrfsListFn cb, void *arg) {
    if (!ready(st))
        return MRFS_EINVAL;
    int count = 0;
    Item it;
    for (uint32_t off = 0; off < st->end; off += it.len) {
        mrfs__item(st, off, &it);
        if (it.kind != IT_ENTRY || !e_namelen(st, off) || !is_winner(st, off, NULL) ||
            (e_flags(st, off) & F_DELETED))
            continue;
        count++;
        if (cb) {
            MrfsFile f;
            fill(st, off, &f);
            int r = cb(arg, &f);
            if (r)
                return r;
        }
    }
    return count;
}

uint32_t mrfs_gen(const MrfsStore *st) { return st ? st->gen : 0; }

void mrfs_hold(MrfsStore *st) {
    if (st)
        st->holds++;
}

void mrfs_release(MrfsStore *st) {
    if (st && st->holds)
        st->holds--;
}

/* ---- stat, erase counts ------------------------------------------------------- */

long mrfs_erase_count(MrfsStore *st, uint32_t page) {
    if (!ready(st) || page >= st->pages)
        return -1;
    uint32_t m = mrfs__find_meta(st);
    if (m == NONE)
        return -1;
    const uint8_t *c = at(st, m) + HDR + META_HDR + 2 * page;
    return (long)(c[0] | c[1] << 8);
}

int mrfs_stat(MrfsStore *st, MrfsStat *s) {
    if (!ready(st) || !s)
        return MRFS_EINVAL;
    memset(s, 0, sizeof *s);
    s->size = st->fl.size;
    s->page_size = st->fl.page_size;
    s->prog_size = st->fl.prog_size;
    s->pages = st->pages;
    s->live_bytes = mrfs__live_bytes(st, &s->files);
    s->used_bytes = st->end;
    s->free_now = mrfs__limit(st) > st->end ? mrfs__limit(st) - st->end : 0;
    s->reserve = mrfs__reserve(st, st->max_entry, st->max_entry2) + mrfs__sys_room(st);
    uint32_t keep = s->live_bytes + s->reserve + MIN_ENTRY;
    s->avail = keep < s->size ? s->size - keep : 0;
    s->bad = st->bad;
    s->junk = st->junk;
    s->gen = st->gen;
    uint32_t m = mrfs__find_meta(st);
    if (m != NONE) {
        const uint8_t *d = at(st, m) + HDR;
        s->compactions = rd32(d + 16);
        s->erase_min = 0xFFFFFFFF;
        for (uint32_t i = 0; i < st->pages; i++) {
            uint32_t c = d[META_HDR + 2 * i] | d[META_HDR + 2 * i + 1] << 8;
            s->erase_total += c;
            if (c < s->erase_min)
                s->erase_min = c;
            if (c > s->erase_max)
                s->erase_max = c;
        }
    }
    return MRFS_OK;
}

/* ---- check ----------------------------------------------------------------------- */

static int note(MrfsReportFn report, void *arg, uint32_t off, int problem, const char *what,
                const char *name) {
    if (report)
        report(arg, off, problem, what, name);
    return problem;
}

int mrfs_check(MrfsStore *st, MrfsReportFn report, void *arg) {
    if (!ready(st))
        return MRFS_EINVAL;
    const uint8_t *base = st->fl.base;
    uint32_t size = st->fl.size, junk_at = NONE, junk = 0;
    uint32_t mark_seq = 0, meta_seq = 0;
    int problems = 0, have_mark = 0, have_meta = 0;
    for (uint32_t off = 0; off < size;) {
        int ff = is_ff(base + off, SLOT);
        int hdr = !ff && mrfs__valid_header(base, size, off);
        if (!hdr && !ff) {
            if (junk_at == NONE)
                junk_at = off;
            junk += SLOT;
        }
        if ((hdr || ff) && junk_at != NONE) {
            note(report, arg, junk_at, 0, "junk (not an entry: interrupted write or damage)", NULL);
            junk_at = NONE;
        }
        if (ff && off >= st->end) {
            off += SLOT;
            continue;
        }
        if (!ff && off >= st->end && off < st->top)
            problems += note(report, arg, off, 1, "data in free space", NULL);
        if (!hdr) {
            off += SLOT;
            continue;
        }
        const char *name = (const char *)base + off + H_NAME;
        uint8_t f = base[off + H_FLAGS];
        if (!mrfs__committed(base, off)) {
            note(report, arg, off, 0, "incomplete entry (interrupted write)", name);
            off += SLOT;
            continue;
        }
        if (!mrfs__crc_ok(base, off)) {
            problems += note(report, arg, off, 1, "bad CRC", name);
            off += SLOT;
            continue;
        }
        uint32_t seq = rd32(base + off + H_SEQ);
        if ((f & F_MARK) && (!have_mark || seq > mark_seq)) {
            have_mark = 1;
            mark_seq = seq;
        }
        if (f & F_META) {
            uint32_t s, pg, pr;
            if (!meta_geometry(base, off, &s, &pg, &pr) || s != size || pg != st->fl.page_size ||
                pr != st->fl.prog_size)
                problems += note(report, arg, off, 1, "META entry disagrees with the store", NULL);
            else if (!have_meta || seq > meta_seq) {
                have_meta = 1;
                meta_seq = seq;
            }
        }
        if (f & F_COPY)
            problems += note(report, arg, off, 1, "compaction copy (interrupted compaction)", name);
        if (off >= st->top && !(f & (F_META | F_MARK)))
            problems += note(report, arg, off, 1, "file above the META", name);
        off += entry_len(rd32(base + off + H_SIZE));
    }
    if (junk_at != NONE)
        note(report, arg, junk_at, 0, "junk (not an entry: interrupted write or damage)", NULL);
    if (!have_meta)
        problems += note(report, arg, 0, 1, "no META entry", NULL);
    if (have_mark)
        problems += note(report, arg, 0, 1, "interrupted compaction not finished", NULL);
    (void)junk;
    return problems;
}
