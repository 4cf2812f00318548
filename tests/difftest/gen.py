#!/usr/bin/env python3
"""Random, deterministic, valid Go programs for differential testing (Go is the oracle).

    gen.py SEED            print the program for SEED on stdout
    gen.py SEED -o FILE    write it to FILE
    gen.py SEED --avoid 001,004   without the triggers of these (open) findings

The generator is type-directed: each program first draws a small universe of types (basic and
named basic types, structs with embedded values and pointers, arrays, slices, maps, channels,
interfaces built from the method sets of the structs and embedding each other, a linked node
type), then methods for the structs, quiet helper functions, and "blocks": functions that run
statements over local variables and print every intermediate value.  Expressions are produced
for a requested type from whatever the scope holds (variables, fields, promoted fields, array
and slice elements, map lookups, calls, method values, conversions, operators, literals).

Validity rules kept by construction (see README.md): no constant overflow (an operation over
constants gets a non-constant operand first), no constant division by zero, no constant
conversion out of range, shifts by constants below the width (vet), constants printed through a
conversion to their type, every variable used, no loop variable captured by a closure or whose
address is taken (Go 1.19 vs 1.22), nothing printed that holds a pointer, map iteration only
into order-independent aggregates, goroutine output gathered then sorted, or strictly ordered.
"""
import random
import re
import sys

# ---------------------------------------------------------------- types


class T:
    """A Go type.  kind: int float string bool struct array slice map ptr iface chan func."""

    def __init__(self, kind, go, **kw):
        self.kind = kind
        self.go = go
        self.name = None  # named type
        self.bits = 0
        self.signed = False
        self.fields = []  # struct: list of (fname, type, embedded)
        self.elem = None
        self.key = None
        self.n = 0
        self.methods = {}  # name -> (sig, recv 'v' | 'p')  (named types only)
        self.imethods = {}  # iface: name -> sig (flattened)
        self.embeds = []  # iface: embedded interfaces
        self.under = None  # named basic: underlying basic
        self.impls = []  # iface: list of types (struct or ptr) that implement it
        self.stringer = False
        self.errorer = False
        self.__dict__.update(kw)

    def __repr__(self):
        return self.go

    @property
    def canon(self):
        return self.go.replace('byte', 'uint8').replace('rune', 'int32')

    def same(self, other):
        return self.canon == other.canon


def is_num(t):
    return t.kind in ('int', 'float')


def comparable(t):
    if t.kind in ('int', 'float', 'string', 'bool', 'ptr', 'iface', 'chan'):
        return True
    if t.kind == 'struct':
        return all(comparable(ft) for _, ft, _ in t.fields)
    if t.kind == 'array':
        return comparable(t.elem)
    return False


def value_only(t):
    """A type whose values share nothing (copies are independent)."""
    if t.kind in ('int', 'float', 'string', 'bool'):
        return True
    if t.kind == 'struct':
        return all(value_only(ft) for _, ft, _ in t.fields)
    if t.kind == 'array':
        return value_only(t.elem)
    return False


def printable(t):
    """May be printed with %v without showing a pointer or depending on map iteration order."""
    if t.kind in ('int', 'float', 'string', 'bool'):
        return True
    if t.kind in ('ptr', 'chan', 'func'):
        return False
    if t.kind == 'struct':
        return all(printable(ft) for _, ft, _ in t.fields)
    if t.kind in ('array', 'slice'):
        return printable(t.elem)
    if t.kind == 'map':
        return printable(t.key) and printable(t.elem)
    if t.kind == 'iface':
        return all(i.kind != 'ptr' and printable(i) for i in t.impls)
    return False


INT_BASICS = [('int', 64, True), ('int8', 8, True), ('int16', 16, True), ('int32', 32, True),
              ('int64', 64, True), ('uint', 64, False), ('uint8', 8, False), ('uint16', 16, False),
              ('uint32', 32, False), ('uint64', 64, False), ('byte', 8, False), ('rune', 32, True)]

STRINGS = ['""', '"a"', '"go"', '"hello"', '"Hello, World"', '"x y z"', '"abc"', '"日本語"',
           '"h\\xc3llo"', '"a\\xffb"', '"\\xe2\\x82"', '"é!"', '"tab\\there"', '"quote\\"d"',
           '"  pad  "', '"A-B-C"', '"12345"', '"-42"', '"3.25"', '"true"', '"zß∂"', '"\\u00e9e\\u0301"',
           '"\\x00nul"', '"dé\\xe9j\\xe0"', '"a,b,,c"', '"MiXeD"', '"ü"', '"\\U0001F600"']

FLOATS = ['0', '1', '-1', '0.5', '-2.25', '3.14159', '1e10', '-1e-7', '123.456', '0.1', '1e300',
          '2.5', '-0.75', '100', '65504', '16777217', '1e-300', '7.0000001']

PANIC_STRINGS = ['"boom"', '"bad state"', '"oops: " + "x"', '"E"']


class Gen:
    def __init__(self, seed, avoid=()):
        self.seed = seed
        # findings whose trigger is not generated (to find other bugs while they are open)
        self.avoid = set(avoid)
        self.r = random.Random(seed)
        self.n = 0
        self.out = []
        self.types = []
        self.structs = []
        self.ifaces = []
        self.funcs = []  # (name, params [types], result type)
        self.loud_funcs = []
        self.named_basics = []
        self.zeros = {}  # canon -> name of a zero global (non-constant operand)
        self.extra_zeros = []

    # ------------------------------------------------------------ utilities
    def fresh(self, p='v'):
        self.n += 1
        return '%s%d' % (p, self.n)

    def chance(self, p):
        return self.r.random() < p

    def pick(self, xs):
        return self.r.choice(xs)

    def wpick(self, pairs):
        tot = sum(w for w, _ in pairs)
        x = self.r.random() * tot
        for w, v in pairs:
            x -= w
            if x < 0:
                return v
        return pairs[-1][1]

    # ------------------------------------------------------------ universe
    def basic(self, name):
        for nm, bits, signed in INT_BASICS:
            if nm == name:
                return T('int', nm, bits=bits, signed=signed)
        if name in ('float32', 'float64'):
            return T('float', name, bits=int(name[5:]))
        if name == 'string':
            return T('string', 'string')
        if name == 'bool':
            return T('bool', 'bool')
        raise ValueError(name)

    def make_universe(self):
        r = self.r
        self.INT = self.basic('int')
        self.STR = self.basic('string')
        self.BOOL = self.basic('bool')
        self.F64 = self.basic('float64')
        names = ['int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64',
                 'byte', 'rune', 'float32', 'float64']
        chosen = r.sample(names, r.randint(3, 6))
        self.basics = [self.INT, self.STR, self.BOOL] + [self.basic(n) for n in chosen]
        if not any(b.go == 'float64' for b in self.basics):
            self.basics.append(self.F64)
        # named basic types, some with a String method
        for i in range(r.randint(1, 2)):
            u = self.pick([b for b in self.basics if b.kind in ('int', 'float', 'string')])
            t = T(u.kind, 'N%d' % i, bits=u.bits, signed=u.signed, under=u)
            t.name = t.go
            if self.chance(0.5):
                t.stringer = True
                t.methods['String'] = (([], self.STR), 'v')
            self.named_basics.append(t)
        self.scalars = self.basics + self.named_basics
        # method signature pool
        self.msigs = {}
        for i in range(r.randint(3, 6)):
            params = [self.pick(self.scalars) for _ in range(r.randint(0, 2))]
            res = self.pick(self.scalars)
            self.msigs['M%d' % i] = (params, res)
        # structs
        nstruct = r.randint(2, 5)
        for i in range(nstruct):
            st = T('struct', 'S%d' % i)
            st.name = st.go
            nf = r.randint(1, 4)
            used_embeds = set()
            for j in range(nf):
                fname = self.fresh('F' if self.chance(0.4) else 'f')
                roll = r.random()
                if self.structs and roll < 0.25:
                    e = self.pick(self.structs)
                    if e.go in used_embeds:
                        continue
                    used_embeds.add(e.go)
                    if self.chance(0.3):
                        st.fields.append((e.go, T('ptr', '*' + e.go, elem=e), True))
                    else:
                        st.fields.append((e.go, e, True))
                    continue
                st.fields.append((fname, self.field_type(), False))
            if not st.fields:
                st.fields.append((self.fresh('f'), self.INT, False))
            for m in r.sample(sorted(self.msigs), r.randint(0, min(3, len(self.msigs)))):
                st.methods[m] = (self.msigs[m], 'v' if self.chance(0.6) else 'p')
            if self.chance(0.35):
                st.stringer = True
                st.methods['String'] = (([], self.STR), 'v' if self.chance(0.8) else 'p')
            elif self.chance(0.2):
                st.errorer = True
                st.methods['Error'] = (([], self.STR), 'v' if self.chance(0.7) else 'p')
            if '001' in self.avoid:
                self.unpromote(st)
            self.structs.append(st)
        # a linked node type for pointer-chasing assignments
        self.node = T('struct', 'Node')
        self.node.name = 'Node'
        self.node.fields = [('val', self.INT, False)]
        self.nodep = T('ptr', '*Node', elem=self.node)
        self.node.fields.append(('next', self.nodep, False))
        # interfaces from method sets
        for st in self.structs:
            for ptr in (False, True):
                ms = self.method_set(st, ptr)
                if ms and self.chance(0.6):
                    k = r.randint(1, min(3, len(ms)))
                    sel = r.sample(sorted(ms), k)
                    it = T('iface', 'I%d' % len(self.ifaces))
                    it.name = it.go
                    it.imethods = {m: ms[m] for m in sel}
                    self.ifaces.append(it)
        # embedding interfaces: union of two
        if len(self.ifaces) >= 2 and self.chance(0.8):
            for _ in range(r.randint(1, 2)):
                a, b = r.sample(self.ifaces, 2)
                if a.embeds or b.embeds:
                    continue
                it = T('iface', 'I%d' % len(self.ifaces))
                it.name = it.go
                it.embeds = [a, b]
                merged = dict(a.imethods)
                ok = True
                for m, s in b.imethods.items():
                    if m in merged and merged[m] != s:
                        ok = False
                    merged[m] = s
                if ok:
                    it.imethods = merged
                    self.ifaces.append(it)
        self.EMPTY = T('iface', 'interface{}')
        self.ANY = T('iface', 'any')
        self.ERR = T('iface', 'error', imethods={'Error': ([], self.STR)})
        # compute implementers
        cands = []
        for st in self.structs:
            cands.append(st)
            cands.append(T('ptr', '*' + st.go, elem=st))
        for nb in self.named_basics:
            cands.append(nb)
        for it in self.ifaces + [self.ERR]:
            it.impls = [c for c in cands if self.implements(c, it)]
        self.ifaces = [i for i in self.ifaces if i.impls]
        self.EMPTY.impls = [c for c in cands]
        self.ANY.impls = self.EMPTY.impls
        # composite types
        self.composites = []
        for _ in range(r.randint(3, 7)):
            self.composites.append(self.comp_type(2))
        self.alltypes = self.scalars + self.structs + self.ifaces + self.composites
        for t in self.scalars:
            self.zeros[t.canon] = 'z_' + t.go
        for nm in [b[0] for b in INT_BASICS] + ['float32', 'float64', 'string', 'bool']:
            b = self.basic(nm)
            if b.canon not in self.zeros:
                self.zeros[b.canon] = 'z_' + b.go
                self.extra_zeros.append(b)

    def field_type(self):
        roll = self.r.random()
        if roll < 0.6 or not self.structs:
            return self.pick(self.scalars)
        if roll < 0.75:
            return T('array', '[%d]%s' % (self.r.randint(1, 3), self.pick(self.basics).go),
                     n=0, elem=None) if False else self.arr(self.pick(self.basics))
        if roll < 0.85:
            return self.pick(self.structs)
        if roll < 0.93:
            return T('slice', '[]' + self.pick(self.basics).go, elem=None) if False else self.sl(self.pick(self.basics))
        k = self.pick([self.INT, self.STR])
        v = self.pick(self.scalars)
        return T('map', 'map[%s]%s' % (k.go, v.go), key=k, elem=v)

    def arr(self, e, n=None):
        n = n if n is not None else self.r.randint(1, 4)
        return T('array', '[%d]%s' % (n, e.go), n=n, elem=e)

    def sl(self, e):
        return T('slice', '[]' + e.go, elem=e)

    def comp_type(self, d):
        r = self.r
        k = self.pick(['array', 'slice', 'map', 'slice', 'array', 'map'])
        if d > 0 and self.chance(0.3):
            e = self.comp_type(d - 1)
        else:
            e = self.pick(self.scalars + self.structs + self.ifaces)
        if k == 'array':
            return self.arr(e)
        if k == 'slice':
            return self.sl(e)
        keys = [t for t in self.scalars if t.kind in ('int', 'string', 'bool')]
        keys += [s for s in self.structs if comparable(s) and printable(s)]
        key = self.pick(keys)
        if key.kind == 'struct' and self.chance(0.5):
            key = self.pick(keys)
        return T('map', 'map[%s]%s' % (key.go, e.go), key=key, elem=e)

    def unpromote(self, st):
        """Finding 001: no promoted method name that an own method or another embedded field
        also has (embedded fields that would give one become ordinary fields)."""
        own = set(st.methods)
        seen = set()
        for i, (fn, ft, emb) in enumerate(st.fields):
            if not emb:
                continue
            e = ft.elem if ft.kind == 'ptr' else ft
            names = set(self.method_set(e, True))
            if names & (own | seen):
                st.fields[i] = (self.fresh('f'), ft, False)
            else:
                seen |= names

    def method_table(self, t, ptr, depth=0):
        """name -> (sig, depth, ok) for every method name a selector on t (or *t) finds, at its
        shallowest depth (Go's rule: a shallower name hides deeper ones); ok when it is in the
        method set there: its receiver fits and no other embedded field has it at that depth.
        Own methods hide promoted ones whatever their receivers."""
        table = {}
        for m, (sig, recv) in t.methods.items():
            table[m] = (sig, 0, ptr or recv == 'v')
        if t.kind != 'struct' or depth > 8:
            return table
        found = {}
        for fname, ft, emb in t.fields:
            if not emb:
                continue
            e = ft.elem if ft.kind == 'ptr' else ft
            for m, (sig, d, ok) in self.method_table(e, ptr or ft.kind == 'ptr', depth + 1).items():
                found.setdefault(m, []).append((sig, d + 1, ok))
        for m, cands in found.items():
            if m in table:
                continue
            best = min(d for _, d, _ in cands)
            at = [c for c in cands if c[1] == best]
            # two at the shallowest depth: the selector is ambiguous (and hides deeper ones)
            table[m] = (at[0][0], best, at[0][2] and len(at) == 1)
        return table

    def method_set(self, t, ptr, depth=0):
        """name -> sig for the method set of t (struct) or *t; promoted through embedding."""
        return {m: sig for m, (sig, d, ok) in self.method_table(t, ptr, depth).items() if ok}

    def all_methods_depth_ok(self, t):
        return True

    def implements(self, c, it):
        if c.kind == 'ptr':
            ms = self.method_set(c.elem, True)
        elif c.kind == 'struct':
            ms = self.method_set(c, False)
        else:
            ms = {m: s for m, (s, recv) in c.methods.items()}
        for m, s in it.imethods.items():
            if m not in ms:
                return False
            p1, r1 = ms[m]
            p2, r2 = s
            if [x.canon for x in p1] != [x.canon for x in p2] or r1.canon != r2.canon:
                return False
        return True

    # ------------------------------------------------------------ literals
    def int_lit(self, t):
        if t.signed:
            lo, hi = -(1 << (t.bits - 1)), (1 << (t.bits - 1)) - 1
        else:
            lo, hi = 0, (1 << t.bits) - 1
        roll = self.r.random()
        if roll < 0.5:
            v = self.r.randint(max(lo, -10), min(hi, 20))
        elif roll < 0.7:
            v = self.pick([lo, hi, lo + 1, hi - 1, 0, 1])
        elif roll < 0.85:
            v = self.r.randint(max(lo, -1000), min(hi, 1000))
        else:
            v = self.r.randint(lo, hi)
        if self.chance(0.15) and v >= 0:
            return '0x%x' % v
        if v < 0:
            return '(%d)' % v
        return str(v)

    def lit(self, t):
        if t.kind == 'int':
            if t.canon == 'int32' and self.chance(0.2):
                return self.pick(["'a'", "'Z'", "'é'", "'日'", "'\\n'", "'0'", "'\\x7f'"])
            return self.int_lit(t)
        if t.kind == 'float':
            f = self.pick(FLOATS)
            if t.bits == 32 and f in ('1e300', '1e-300'):
                f = '1e30'
            return '(%s)' % f if f.startswith('-') else f
        if t.kind == 'string':
            return self.pick(STRINGS)
        if t.kind == 'bool':
            return self.pick(['true', 'false'])
        raise ValueError(t)

    def nc(self, e, t):
        """A non-constant expression of type t with the value of constant expression e."""
        z = self.zeros[t.canon] if t.canon in self.zeros else None
        if z is None:
            return '%s(%s)' % (t.go, e)
        if t.kind == 'bool':
            return '(%s || %s)' % (e, z)
        return '(%s + %s)' % (e, z)

    def typed(self, ec, t):
        """An expression usable where the type is not given by context (print, :=, interface)."""
        e, c = ec
        if c:
            return '%s(%s)' % (t.go, e)
        return e

    # ------------------------------------------------------------ scope paths
    def paths(self, ctx, t, want_addr=False, maxd=2):
        """Expressions of type t reachable from the scope: (expr, addressable)."""
        res = []

        def walk(e, ty, addr, d, root):
            if ty.same(t) and (addr or not want_addr):
                res.append((e, addr))
            if d <= 0:
                return
            if ty.kind == 'struct':
                for fname, ft, emb in ty.fields:
                    walk('%s.%s' % (e, fname), ft, addr, d - 1, root)
                    if emb:
                        sub = ft.elem if ft.kind == 'ptr' else ft
                        for f2, ft2, emb2 in sub.fields:
                            if not emb2:  # promoted field
                                walk('%s.%s' % (e, f2), ft2, addr or ft.kind == 'ptr', d - 1, root)
            elif ty.kind == 'ptr' and ty.elem.kind == 'struct' and ty.elem is not self.node:
                for fname, ft, emb in ty.elem.fields:
                    walk('%s.%s' % (e, fname), ft, True, d - 1, root)
            elif ty.kind == 'array':
                if addr or not want_addr:
                    walk('%s[%d]' % (e, self.r.randrange(ty.n)), ty.elem, addr, d - 1, root)
            elif ty.kind == 'slice':
                walk('%s[idx(%s, len(%s))]' % (e, self.small_int(ctx), e), ty.elem, True, d - 1, root)
            elif ty.kind == 'map' and not want_addr:
                k = self.composite_or_lit(ty.key, 0, None)[0]
                walk('%s[%s]' % (e, k), ty.elem, False, d - 1, root)

        for v in ctx.vars():
            walk(v.name, v.t, not v.ro, maxd, v)
        return res

    def small_int(self, ctx):
        vs = [v.name for v in ctx.vars() if v.t.canon == 'int']
        if vs and self.chance(0.7):
            return self.pick(vs)
        return str(self.r.randint(0, 5))

    # ------------------------------------------------------------ expressions
    def expr(self, t, d, ctx):
        """(go expression of type t, is_constant)."""
        opts = []
        ps = self.paths(ctx, t) if ctx else []
        if ps:
            opts.append((6, 'path'))
        if t.kind in ('int', 'float', 'string', 'bool'):
            opts.append((3, 'lit'))
        else:
            opts.append((2, 'lit'))
        if d > 0:
            if t.kind == 'int':
                opts += [(6, 'binop'), (1, 'unop'), (2, 'conv'), (1, 'shift'), (1, 'len'), (1, 'strint')]
            elif t.kind == 'float':
                opts += [(5, 'binop'), (1, 'unop'), (2, 'conv')]
            elif t.kind == 'string':
                opts += [(3, 'concat'), (3, 'strfn'), (1, 'conv')]
            elif t.kind == 'bool':
                opts += [(5, 'cmp'), (2, 'logic'), (1, 'strpred')]
            elif t.kind == 'slice':
                opts += [(2, 'append'), (1, 'reslice')]
            fs = [f for f in self.funcs if f[2].same(t)]
            if fs and ctx is not None and ctx.allow_calls:
                opts.append((3, 'call'))
            if ctx is not None and not ctx.no_mcall and self.method_calls(ctx, t):
                opts.append((3, 'mcall'))
            if t.kind == 'iface':
                opts.append((2, 'ifconv'))
                opts.append((1, 'assert'))
        kind = self.wpick(opts)
        if kind == 'path':
            e, _ = self.pick(ps)
            return (e, False)
        if kind == 'lit':
            return self.composite_or_lit(t, d, ctx)
        if kind == 'binop':
            return self.binop(t, d, ctx)
        if kind == 'unop':
            e, c = self.expr(t, d - 1, ctx)
            if c:
                e, c = self.nc(e, t), False
            if t.kind == 'int':
                op = self.pick(['-', '^', '+'])
            else:
                op = self.pick(['-', '+'])
            return ('%s(%s)' % (op, e), False)
        if kind == 'conv':
            return self.conv(t, d, ctx)
        if kind == 'shift':
            e, c = self.expr(t, d - 1, ctx)
            if c:
                e = self.nc(e, t)
            if self.chance(0.6):
                s = str(self.r.randrange(t.bits))
            else:
                s = 'uint(%s)%%%d' % (self.nc_expr(self.INT, d - 1, ctx), self.pick([8, 16, 33, 65, 70]))
            return ('(%s %s %s)' % (e, self.pick(['<<', '>>']), s), False)
        if kind == 'len':
            if t.canon != 'int':
                return self.lit_or_path(t, ps)
            opts2 = [self.STR] + [x for x in self.composites if x.kind in ('slice', 'map', 'array')]
            ty = self.pick(opts2)
            e, c = self.expr(ty, d - 1, ctx)
            return ('len(%s)' % e, (c and ty.kind == 'string') or ty.kind == 'array')
        if kind == 'strint':
            if t.canon != 'int':
                return self.lit_or_path(t, ps)
            s, sc = self.expr(self.STR, d - 1, ctx)
            if sc:
                s = self.nc(s, self.STR)  # len(constant string) is a constant: keep it out
            k = self.pick(['strings.Index(%s, %s)', 'strings.Count(%s, %s)', 'strings.LastIndex(%s, %s)',
                           'strings.Compare(%s, %s)', 'len(%s + %s)', 'strings.IndexByte(%s, %s[0])'])
            s2 = self.pick(['"a"', '"l"', '"é"', '"\\xff"', '"-"', '"o"'])
            return (k % (s, s2), False)
        if kind == 'concat':
            a = self.expr(t, d - 1, ctx)
            b = self.expr(t, d - 1, ctx)
            return ('%s + %s' % (a[0], b[0]), a[1] and b[1])
        if kind == 'strfn':
            return self.strfn(t, d, ctx)
        if kind == 'cmp':
            cands = ([x for x in self.scalars if x.kind != 'bool'] + [s for s in self.structs if comparable(s)]
                     + [x for x in self.composites if x.kind == 'array' and comparable(x)])
            if '007' in self.avoid:  # finding 007: arrays/structs of interfaces compared
                cands = [x for x in cands if not has_iface(x)]
            ty = self.pick(cands)
            a = self.expr(ty, d - 1, ctx)
            b = self.expr(ty, d - 1, ctx)
            if a[1] and b[1]:
                a = (self.nc(a[0], ty), False)
            if ty.kind in ('int', 'float', 'string'):
                op = self.pick(['==', '!=', '<', '<=', '>', '>='])
            else:
                op = self.pick(['==', '!='])
            return ('(%s %s %s)' % (a[0], op, b[0]), False)
        if kind == 'logic':
            a = self.expr(t, d - 1, ctx)
            b = self.expr(t, d - 1, ctx)
            if self.chance(0.2):
                return ('!%s' % self.paren(a[0]), a[1])
            # vet flags a repeated operand in an && / || chain: constants become comparisons
            if a[1]:
                a = ('(%s == %s)' % (a[0], self.zeros['bool']), False)
            if b[1]:
                b = ('(%s != %s)' % (b[0], self.zeros['bool']), False)
            if a[0] == b[0]:
                b = ('!' + self.paren(b[0]), False)
            return ('(%s %s %s)' % (a[0], self.pick(['&&', '||']), b[0]), a[1] and b[1])
        if kind == 'strpred':
            s = self.expr(self.STR, d - 1, ctx)[0]
            f = self.pick(['strings.Contains', 'strings.HasPrefix', 'strings.HasSuffix', 'strings.EqualFold'])
            return ('%s(%s, %s)' % (f, s, self.pick(STRINGS[:8])), False)
        if kind == 'append':
            s = self.expr(t, d - 1, ctx)[0]
            items = [self.expr(t.elem, d - 1, ctx)[0] for _ in range(self.r.randint(1, 3))]
            if self.chance(0.2):
                return ('append(%s, %s...)' % (s, self.expr(t, d - 1, ctx)[0]), False)
            return ('append(%s, %s)' % (s, ', '.join(items)), False)
        if kind == 'reslice':
            vs = [p for p, _ in ps]
            if not vs:
                return self.composite_or_lit(t, d, ctx)
            s = self.pick(vs)
            if self.chance(0.5):
                return ('%s[idx(%s, len(%s)+1):]' % (s, self.small_int(ctx), s), False)
            return ('%s[:idx(%s, len(%s)+1)]' % (s, self.small_int(ctx), s), False)
        if kind == 'call':
            fs = [f for f in self.funcs if f[2].same(t)]
            name, params, res = self.pick(fs)
            args = [self.expr(p, d - 1, ctx)[0] for p in params]
            return ('%s(%s)' % (name, ', '.join(args)), False)
        if kind == 'mcall':
            return (self.pick(self.method_calls(ctx, t))(d), False)
        if kind == 'ifconv':
            # a value of an implementing type, or another interface whose method set includes ours
            if t.impls and self.chance(0.7):
                c = self.pick(t.impls)
                e, cst = self.expr(c, d - 1, ctx)
                return (self.typed((e, cst), c), False)
            others = [i for i in self.ifaces if set(t.imethods) <= set(i.imethods) and i is not t and
                      all(t.imethods[m] == i.imethods[m] for m in t.imethods)]
            if others:
                o = self.pick(others)
                return (self.expr(o, d - 1, ctx)[0], False)
            return self.composite_or_lit(t, d, ctx)
        if kind == 'assert':
            # x.(T) from an interface{} holding a value of type t, built here (never fails)
            e = self.typed(self.expr(t, d - 1, ctx), t)
            return ('(interface{}(%s)).(%s)' % (e, t.go), False)
        raise ValueError(kind)

    def paren(self, e):
        return e if e.startswith('(') and e.endswith(')') else '(%s)' % e

    def lit_or_path(self, t, ps):
        if ps and self.chance(0.5):
            return (self.pick(ps)[0], False)
        return (self.lit(t.under or t) if t.kind in ('int', 'float', 'string', 'bool') else self.lit(t), True)

    def nc_expr(self, t, d, ctx):
        e, c = self.expr(t, d, ctx)
        return self.nc(e, t) if c else e

    def binop(self, t, d, ctx):
        a = self.expr(t, d - 1, ctx)
        b = self.expr(t, d - 1, ctx)
        if t.kind == 'int':
            op = self.wpick([(3, '+'), (3, '-'), (3, '*'), (2, '/'), (2, '%'), (1, '&'), (1, '|'), (1, '^'), (1, '&^')])
        else:
            op = self.wpick([(3, '+'), (3, '-'), (3, '*'), (2, '/')])
        if a[1] and b[1]:
            a = (self.nc(a[0], t), False)
        if op in ('/', '%'):
            if b[1]:
                # constant divisor: never zero
                b = (self.nonzero_lit(t), True)
                if a[1]:
                    a = (self.nc(a[0], t), False)
            elif t.kind == 'int' and self.chance(0.7):
                b = ('(%s | 1)' % b[0], False)
        return ('(%s %s %s)' % (a[0], op, b[0]), False)

    def nonzero_lit(self, t):
        while True:
            lit = self.lit(t.under or t)
            if lit.startswith("'"):
                return lit
            if t.kind == 'float':
                if float(lit.strip('()')) != 0:
                    return lit
            elif int(lit.strip('()'), 0) != 0:
                return lit

    def conv(self, t, d, ctx):
        # conversions between numeric types; float -> int through a guard (out of range is
        # implementation-defined)
        if t.kind == 'string' and t.name:
            return ('%s(%s)' % (t.go, self.nc_expr(self.STR, d - 1, ctx)), False)
        if t.kind == 'string':
            roll = self.r.random()
            if roll < 0.3:
                return ('string(%s)' % self.expr(self.sl(self.basic('byte')), d - 1, ctx)[0], False)
            if roll < 0.6:
                return ('string(%s)' % self.expr(self.sl(self.basic('rune')), d - 1, ctx)[0], False)
            if roll < 0.8:
                return ('string(rune(%s))' % self.nc_expr(self.basic('int32'), d - 1, ctx), False)
            nb = [x for x in self.named_basics if x.kind == 'string']
            if t.name is None and nb:
                return ('string(%s)' % self.nc_expr(self.pick(nb), d - 1, ctx), False)
            return ('%s(%s)' % (t.go, self.nc_expr(self.STR, d - 1, ctx)), False)
        srcs = [x for x in self.scalars if x.kind in ('int', 'float')]
        s = self.pick(srcs)
        e = self.nc_expr(s, d - 1, ctx)
        if s.kind == 'float' and t.kind == 'int':
            return ('%s(f2i(float64(%s)))' % (t.go, e), False)
        return ('%s(%s)' % (t.go, e), False)

    def strfn(self, t, d, ctx):
        r = self.r.random()
        s = self.expr(self.STR, d - 1, ctx)[0]
        if t.name is not None:
            return ('%s(%s)' % (t.go, s), False)
        if r < 0.12:
            return ('strconv.Itoa(%s)' % self.expr(self.INT, d - 1, ctx)[0], False)
        if r < 0.22:
            ty = self.pick(self.alltypes)
            if printable(ty):
                return ('fmt.Sprint(%s)' % self.typed(self.expr(ty, d - 1, ctx), ty), False)
            return ('fmt.Sprintf("%%T", %s)' % self.typed(self.expr(ty, d - 1, ctx), ty), False)
        if r < 0.32:
            ty = self.pick(self.scalars)
            verb = self.pick(self.verbs(ty))
            return ('fmt.Sprintf("<%s>", %s)' % (verb, self.typed(self.expr(ty, d - 1, ctx), ty)), False)
        if r < 0.4:
            return ('strings.Repeat(%s, %d)' % (s, self.r.randint(0, 3)), False)
        if r < 0.5:
            return ('strings.%s(%s)' % (self.pick(['ToUpper', 'ToLower', 'TrimSpace', 'Title']), s), False)
        if r < 0.58:
            return ('strings.Replace(%s, %s, %s, %d)' % (s, self.pick(['"a"', '"l"', '""', '"\\xff"']),
                                                     self.pick(['"_"', '"AA"', '""']), self.r.randint(-1, 2)), False)
        if r < 0.66:
            return ('strings.Join(strings.Split(%s, %s), %s)' % (s, self.pick(['","', '""', '" "', '"l"']),
                                                               self.pick(['"|"', '""', '", "'])), False)
        if r < 0.74:
            return ('%s[idx(%s, len(%s)+1):]' % (self.str_var(ctx, s), self.small_int(ctx), self.str_var(ctx, s)), False)
        if r < 0.8:
            return ('strconv.Quote(%s)' % s, False)
        if r < 0.86:
            ity = self.pick([x for x in self.basics if x.kind == 'int'])
            base = self.pick([2, 8, 10, 16, 36])
            if ity.signed:
                return ('strconv.FormatInt(int64(%s), %d)' % (self.nc_expr(ity, d - 1, ctx), base), False)
            return ('strconv.FormatUint(uint64(%s), %d)' % (self.nc_expr(ity, d - 1, ctx), base), False)
        if r < 0.92:
            fl = self.pick([x for x in self.basics if x.kind == 'float'])
            return ('strconv.FormatFloat(float64(%s), %s, %d, %d)' % (
                self.nc_expr(fl, d - 1, ctx), self.pick(["'f'", "'e'", "'g'"]), self.r.randint(-1, 4), fl.bits), False)
        return ('strings.TrimLeft(%s, %s)' % (s, self.pick(['" "', '"ab"', '"-"'])), False)

    def str_var(self, ctx, default):
        vs = [p for p, _ in self.paths(ctx, self.STR)] if ctx else []
        if vs:
            return self.pick(vs)
        return 'z_string'

    def method_calls(self, ctx, t):
        """Closures (taking depth) producing method calls whose result has type t."""
        res = []
        for v in ctx.vars():
            vt = v.t
            if vt.kind == 'ptr' and vt.elem.kind == 'struct' and vt.elem is not self.node:
                ms = self.method_set(vt.elem, True)
            elif vt.kind == 'struct' and vt is not self.node:
                ms = self.method_set(vt, not v.ro)  # addressable: pointer methods allowed
            elif vt.kind == 'iface':
                ms = vt.imethods
            elif vt.name and vt.methods:
                ms = {m: s for m, (s, _) in vt.methods.items()}
            else:
                continue
            for m, (params, res_t) in ms.items():
                if not res_t.same(t):
                    continue

                def mk(v=v, m=m, params=params, vt=vt):
                    def f(d):
                        args = ', '.join(self.expr(p, max(d - 1, 0), ctx)[0] for p in params)
                        roll = self.r.random()
                        if roll < 0.15 and vt.kind == 'struct' and m in vt.methods and not v.ro:
                            recv = vt.methods[m][1]
                            if recv == 'v':
                                return '%s.%s(%s)' % (vt.go, m, ', '.join([v.name] + ([args] if args else [])))
                            return '(*%s).%s(%s)' % (vt.go, m, ', '.join(['&' + v.name] + ([args] if args else [])))
                        if roll < 0.25 and vt.kind == 'iface' and vt.name:
                            return '%s.%s(%s)' % (vt.go, m, ', '.join([v.name] + ([args] if args else [])))
                        return '%s.%s(%s)' % (v.name, m, args)
                    return f
                res.append(mk())
        return res

    def composite_or_lit(self, t, d, ctx):
        if t.kind in ('int', 'float', 'string', 'bool'):
            if t.name:
                return ('%s(%s)' % (t.go, self.lit(t.under)), True)
            return (self.lit(t), True)
        dd = max(d - 1, 0)
        if t.kind == 'struct':
            if t is self.node:
                return ('Node{val: %s}' % self.expr(self.INT, dd, ctx)[0], False)
            nilsafe = '005' in self.avoid or '009' in self.avoid
            has_ptr = any(ft.kind == 'ptr' for _, ft, _ in t.fields)
            if self.chance(0.15) and not (nilsafe and has_ptr):
                return ('%s{}' % t.go, False)
            if self.chance(0.5):
                return ('%s{%s}' % (t.go, ', '.join(self.field_val(ft, dd, ctx) for _, ft, _ in t.fields)), False)
            # findings 005/009 (nil receivers): pointer fields are always set
            fs = [f for f in t.fields if self.chance(0.6) or (nilsafe and f[1].kind == 'ptr')]
            return ('%s{%s}' % (t.go, ', '.join('%s: %s' % (fn, self.field_val(ft, dd, ctx)) for fn, ft, _ in fs)), False)
        if t.kind == 'array':
            if self.chance(0.2):
                return ('%s{}' % t.go, False)
            if self.chance(0.2):
                k = self.r.randrange(t.n)
                return ('%s{%d: %s}' % (t.go, k, self.expr(t.elem, dd, ctx)[0]), False)
            return ('%s{%s}' % (t.go, ', '.join(self.expr(t.elem, dd, ctx)[0] for _ in range(t.n))), False)
        if t.kind == 'slice':
            roll = self.r.random()
            if roll < 0.1:
                return ('%s(nil)' % t.go, False)
            if roll < 0.2:
                return ('make(%s, %d)' % (t.go, self.r.randint(0, 3)), False)
            return ('%s{%s}' % (t.go, ', '.join(self.expr(t.elem, dd, ctx)[0] for _ in range(self.r.randint(0, 4)))), False)
        if t.kind == 'map':
            if self.chance(0.1):
                return ('%s{}' % t.go, False)
            keys = []
            seen = set()
            for _ in range(self.r.randint(0, 4)):
                k = self.composite_or_lit(t.key, 0, None)[0]  # constant keys must be distinct
                kk = const_key(k, t.key)
                if kk in seen:
                    continue
                seen.add(kk)
                keys.append(k)
            if t.key.kind == 'struct':
                keys = keys[:1]  # composite keys are not checked for duplicates by us
            return ('%s{%s}' % (t.go, ', '.join('%s: %s' % (k, self.expr(t.elem, dd, ctx)[0]) for k in keys)), False)
        if t.kind == 'ptr':
            if t.elem is self.node:
                return ('&Node{val: %s}' % self.expr(self.INT, dd, ctx)[0], False)
            if self.chance(0.2):
                return ('new(%s)' % t.elem.go, False)
            return ('&' + self.composite_or_lit(t.elem, d, ctx)[0], False)
        if t.kind == 'iface':
            if self.chance(0.15) or not t.impls:
                return ('%s(nil)' % t.go, False)
            c = self.pick(t.impls)
            return (self.typed(self.expr(c, dd, ctx), c), False)
        if t.kind == 'chan':
            return ('make(%s, %d)' % (t.go, self.r.randint(1, 4)), False)
        raise ValueError(t)

    def field_val(self, ft, d, ctx):
        if ft.kind == 'ptr':
            if self.chance(0.1) and not ('005' in self.avoid or '009' in self.avoid):
                return 'nil'
            return '&' + self.composite_or_lit(ft.elem, d, ctx)[0]
        return self.expr(ft, d, ctx)[0]

    # ------------------------------------------------------------ fmt
    def verbs(self, t):
        if (t.stringer or t.errorer) and t.methods['String' if t.stringer else 'Error'][1] == 'v':
            return ['%v', '%s', '%+v', '%q', '%T']
        if t.stringer or t.errorer:
            return ['%v', '%+v', '%T']
        if t.kind == 'int':
            vs = ['%d', '%v', '%x', '%X', '%o', '%b', '%5d', '%-4d|', '%05d', '%+d', '%T', '%#x', '%08b',
                  '% d', '%#o', '%O', '%+x', '%6.3d|', '%-#8x|', '%#b', '%.0d', '%+05d', '%x']
            if t.canon in ('int32', 'uint8'):
                vs += ['%c', '%q', '%U']
            return vs
        if t.kind == 'float':
            return ['%v', '%f', '%.2f', '%6.2f', '%e', '%g', '%.3g', '%T', '%8.3f|', '%+.1e', '%G', '%.0f', '%-9.4f|',
                    '% .3f', '%#g', '%#.3e', '%x', '%10.4g|', '%-+8.2f|', '%E', '%.10g', '%+v', '%08.2f|', '%#v']
        if t.kind == 'string':
            return ['%s', '%v', '%q', '%x', '% x', '%X', '%10s|', '%-8s|', '%.3s', '%T', '%+q', '%#q',
                    '%-10q|', '%.2q', '%5.1s|', '% X', '%#x', '%#v', '%08s|', '%.0s|']
        if t.kind == 'bool':
            return ['%t', '%v', '%T', '%6t|']
        if t.kind == 'iface' and not printable(t):
            return ['%T']
        vs = ['%v', '%+v', '%#v', '%T', '%12v|', '%-15v|']
        if t.kind in ('slice', 'array') and t.elem.kind == 'int' and not t.elem.stringer:
            vs += ['%d', '%x', '%03d', '%+d', '% x', '%5d|']
        if t.kind in ('slice', 'array') and t.elem.kind == 'string' and not t.elem.stringer:
            vs += ['%q', '%s', '%x', '%.2s', '%-6s|']
        if t.kind == 'slice' and t.elem.canon == 'uint8' and not t.elem.stringer:
            vs += ['%s', '%x', '%q']
        return vs

    # ------------------------------------------------------------ statements
    def emit(self, ctx, line):
        m = re.match(r'^(\S+) = (\S+)$', line)
        if m and m.group(1) == m.group(2):
            return  # vet: self-assignment
        ctx.lines.append('\t' * ctx.indent + line)

    def tag(self):
        self.n += 1
        return 'L%d' % self.n

    def print_val(self, ctx, e, t):
        if not ctx.loud:
            return
        if printable(t):
            if self.chance(0.5):
                self.emit(ctx, 'fmt.Println("%s", %s)' % (self.tag(), e))
            else:
                verb = self.pick(self.verbs(t))
                self.emit(ctx, 'fmt.Printf("%s %s\\n", %s)' % (self.tag(), verb, e))
        else:
            self.emit(ctx, 'fmt.Printf("%s %%T\\n", %s)' % (self.tag(), e))

    def use(self, ctx, v):
        """Print or at least use variable v."""
        if ctx.loud and printable(v.t):
            self.print_val(ctx, v.name, v.t)
        elif ctx.loud and v.t.kind == 'iface':
            self.emit(ctx, 'fmt.Printf("%s %%T %%v\\n", %s, %s == nil)' % (self.tag(), v.name, v.name))
        elif ctx.loud and v.t.kind == 'ptr' and v.t.elem.kind == 'struct':
            self.emit(ctx, 'fmt.Println("%s", %s == nil)' % (self.tag(), v.name))
        else:
            self.emit(ctx, '_ = %s' % v.name)

    def declare(self, ctx, t, e=None, ro=False):
        name = self.fresh()
        if e is None:
            e = self.expr(t, self.r.randint(1, 3), ctx)
        if isinstance(e, tuple):
            e = e[0]
        if self.chance(0.3) and t.kind in ('struct', 'array', 'slice', 'map') and not e.startswith('nil'):
            self.emit(ctx, '%s := %s' % (name, e))
            if not e.startswith(t.go + '{') and not e.startswith('make(' + t.go):
                # := takes the expression's type; make sure it is t
                ctx.lines[-1] = '\t' * ctx.indent + 'var %s %s = %s' % (name, t.go, e)
        else:
            self.emit(ctx, 'var %s %s = %s' % (name, t.go, e))
        v = Var(name, t, ro=ro)
        ctx.add(v)
        self.use(ctx, v)
        return v

    def stmt(self, ctx, d):
        kinds = [(6, 'decl'), (5, 'assign'), (2, 'opassign'), (2, 'multi'), (3, 'print'),
                 (1, 'if'), (1, 'for'), (1, 'range'), (1, 'switch'), (2, 'typeswitch'), (2, 'assert'),
                 (1, 'closure'), (1, 'mvalue'), (1, 'mapops'), (1, 'chanops'), (1, 'strings'),
                 (1, 'copymut'), (1, 'node'), (1, 'setter'), (1, 'incdec'), (1, 'sortit'), (1, 'errors'),
                 (1, 'slices'), (1, 'labeled'), (1, 'gens'), (1, 'tagless'), (1, 'selectone'), (1, 'consts'),
                 (1, 'recursion'), (1, 'ifacecmp'), (1, 'printfx'), (1, 'shadow'), (1, 'ifinit'),
                 (1, 'variadic'), (1, 'multiret'), (1, 'deferrecv'), (1, 'structconv'), (1, 'anon'), (1, 'valparam'),
                 (1, 'rangemut'), (1, 'bytesmut'), (1, 'deferloop'), (1, 'repanic')]
        if ctx.loud:
            kinds += [(1, 'deferpanic'), (1, 'goroutines')]
        if d <= 0:
            kinds = [k for k in kinds if k[1] not in ('if', 'for', 'range', 'switch', 'closure', 'deferpanic', 'goroutines')]
        k = self.wpick(kinds)
        getattr(self, 's_' + k)(ctx, d)

    def any_type(self):
        return self.pick(self.alltypes)

    def s_decl(self, ctx, d):
        self.declare(ctx, self.any_type())

    def assignable(self, ctx, t=None):
        out = []
        for v in ctx.vars():
            if v.ro:
                continue
            out.append(v)
        return out

    def s_assign(self, ctx, d):
        vs = self.assignable(ctx)
        if not vs:
            return self.s_decl(ctx, d)
        v = self.pick(vs)
        # a target reachable from v (field, element) or v itself
        targets = []

        def walk(e, ty, dd, viamap):
            targets.append((e, ty))
            if dd <= 0:
                return
            if ty.kind == 'struct' and not viamap:
                for fn, ft, emb in ty.fields:
                    walk(e + '.' + fn, ft, dd - 1, False)
            elif ty.kind == 'ptr' and ty.elem.kind == 'struct' and ty.elem is not self.node:
                for fn, ft, emb in ty.elem.fields:
                    walk(e + '.' + fn, ft, dd - 1, False)
            elif ty.kind == 'array' and not viamap:
                walk('%s[%d]' % (e, self.r.randrange(ty.n)), ty.elem, dd - 1, False)
            elif ty.kind == 'slice':
                walk('%s[idx(%s, len(%s))]' % (e, self.small_int(ctx), e), ty.elem, dd - 1, False)
            elif ty.kind == 'map':
                k = self.expr(ty.key, 1, ctx)[0]
                targets.append(('%s[%s]' % (e, k), ty.elem))
        walk(v.name, v.t, 2, False)
        tgt, tt = self.pick(targets)
        e = self.expr(tt, self.r.randint(0, 3), ctx)[0]
        if e == tgt:
            return
        if '004' in self.avoid and re.search(r'\b%s\b' % re.escape(v.name), e) and tt.kind in ('slice', 'map'):
            return  # finding 004: a slice/map literal assigned to a variable it reads
        if '006' in self.avoid and re.search(r'\b%s\b' % re.escape(v.name), e) and ('&&' in e or '||' in e):
            return  # finding 006: x && v assigned to v
        if tt.kind == 'map' and tgt.endswith(']') and '[' in tgt and v.t.kind == 'map' and tgt != v.name:
            pass
        self.emit(ctx, '%s = %s' % (tgt, e))
        if printable(v.t):
            self.print_val(ctx, v.name, v.t)
        elif printable(tt) and '[idx(' not in tgt:
            self.print_val(ctx, tgt, tt)
        else:
            self.use(ctx, v)

    def s_opassign(self, ctx, d):
        vs = [v for v in self.assignable(ctx) if v.t.kind in ('int', 'float', 'string')]
        if not vs:
            return self.s_decl(ctx, d)
        v = self.pick(vs)
        t = v.t
        if t.kind == 'string':
            ops = ['+=']
        elif t.kind == 'float':
            ops = ['+=', '-=', '*=', '/=']
        else:
            ops = ['+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>=', '&^=']
        op = self.pick(ops)
        if op in ('<<=', '>>='):
            e = str(self.r.randrange(t.bits))
        elif t.kind == 'string':
            e = self.composite_or_lit(t, 0, None)[0]  # s += s in a loop grows exponentially
        else:
            e, c = self.expr(t, self.r.randint(0, 2), ctx)
            if op in ('/=', '%='):
                if c:
                    e = self.nonzero_lit(t)
                elif t.kind == 'int':
                    e = '(%s | 1)' % e
        self.emit(ctx, '%s %s %s' % (v.name, op, e))
        self.print_val(ctx, v.name, t)

    def s_incdec(self, ctx, d):
        vs = [v for v in self.assignable(ctx) if v.t.kind in ('int', 'float')]
        if not vs:
            return self.s_decl(ctx, d)
        v = self.pick(vs)
        self.emit(ctx, '%s%s' % (v.name, self.pick(['++', '--'])))
        self.print_val(ctx, v.name, v.t)

    def s_multi(self, ctx, d):
        r = self.r.random()
        # i, a[i] = x, y  (index operands evaluated before any assignment)
        arrs = [v for v in self.assignable(ctx) if v.t.kind in ('array', 'slice')]
        ints = [v for v in self.assignable(ctx) if v.t.canon == 'int']
        if r < 0.3 and arrs and ints:
            a = self.pick(arrs)
            i = self.pick(ints)
            n = 'len(%s)' % a.name
            self.emit(ctx, '%s = idx(%s, %s)' % (i.name, i.name, n) if a.t.kind == 'slice' else '%s = idx(%s, %d)' % (i.name, i.name, a.t.n))
            self.emit(ctx, 'if len(%s) > 0 {' % a.name)
            ctx.indent += 1
            self.emit(ctx, '%s, %s[%s] = %s, %s' % (i.name, a.name, i.name, self.pick(['0', '1', 'len(%s)-1' % a.name]),
                                                   self.expr(a.t.elem, 1, ctx)[0]))
            ctx.indent -= 1
            self.emit(ctx, '}')
            self.print_val(ctx, i.name, i.t)
            self.use(ctx, a)
            return
        # swaps
        if r < 0.55:
            for _ in range(5):
                t = self.any_type()
                ps = [p for p, addr in self.paths(ctx, t, want_addr=True)]
                ps = list(dict.fromkeys(ps))
                if len(ps) >= 2:
                    a, b = self.r.sample(ps, 2)
                    self.emit(ctx, '%s, %s = %s, %s' % (a, b, b, a))
                    if printable(t) and ctx.loud:  # quiet functions may run in goroutines
                        self.emit(ctx, 'fmt.Println("%s", %s, %s)' % (self.tag(), a, b))
                    return
            return self.s_assign(ctx, d)
        # three targets of different types
        targets = []
        for _ in range(3):
            t = self.any_type()
            ps = [p for p, addr in self.paths(ctx, t, want_addr=True) if '[idx(' not in p]
            if ps:
                p = self.pick(ps)
                if p not in [x for x, _ in targets]:
                    targets.append((p, t))
        if len(targets) < 2:
            return self.s_assign(ctx, d)
        vals = [self.expr(t, 2, ctx)[0] for _, t in targets]
        vals = [v if v != p else self.composite_or_lit(t, 1, ctx)[0] for v, (p, t) in zip(vals, targets)]
        self.emit(ctx, '%s = %s' % (', '.join(p for p, _ in targets), ', '.join(vals)))
        for p, t in targets:
            if printable(t):
                self.print_val(ctx, p, t)

    def s_print(self, ctx, d):
        t = self.any_type()
        e = self.typed(self.expr(t, self.r.randint(1, 3), ctx), t)
        if ctx.loud:
            if printable(t) and self.chance(0.3):
                t2 = self.pick(self.scalars)
                e2 = self.typed(self.expr(t2, 1, ctx), t2)
                self.emit(ctx, 'fmt.Printf("%s %s %s\\n", %s, %s)' % (self.tag(), self.pick(self.verbs(t)),
                                                                     self.pick(self.verbs(t2)), e, e2))
            else:
                self.print_val(ctx, e, t)
        else:
            self.emit(ctx, '_ = %s' % e)

    def s_if(self, ctx, d):
        c = self.expr(self.BOOL, 2, ctx)[0]
        self.emit(ctx, 'if %s {' % c)
        self.block(ctx, d - 1, self.r.randint(1, 3))
        if self.chance(0.5):
            self.emit(ctx, '} else {')
            self.block(ctx, d - 1, self.r.randint(1, 3))
        self.emit(ctx, '}')

    def block(self, ctx, d, n, pre=None):
        ctx.push()
        ctx.indent += 1
        if pre:
            pre()
        for _ in range(n):
            self.stmt(ctx, d)
        ctx.indent -= 1
        ctx.pop()

    def s_for(self, ctx, d):
        i = self.fresh('i')
        n = self.r.randint(0, 4)
        self.emit(ctx, 'for %s := 0; %s < %d; %s++ {' % (i, i, n, i))

        def pre():
            ctx.add(Var(i, self.INT, ro=True, loop=True))
            if ctx.loud:
                self.emit(ctx, 'fmt.Println("%s", %s)' % (self.tag(), i))
            else:
                self.emit(ctx, '_ = %s' % i)
        self.block(ctx, d - 1, self.r.randint(1, 3), pre)
        self.emit(ctx, '}')

    def s_range(self, ctx, d):
        cands = [v for v in ctx.vars() if v.t.kind in ('slice', 'array', 'string', 'map')]
        if not cands:
            return self.s_strings(ctx, d)
        v = self.pick(cands)
        k, x = self.fresh('k'), self.fresh('x')
        if v.t.kind == 'map':
            # iteration order is random: fold into an order-independent aggregate
            acc = self.fresh('n')
            self.emit(ctx, '%s := 0' % acc)
            self.emit(ctx, 'for %s, %s := range %s {' % (k, x, v.name))
            ctx.indent += 1
            self.emit(ctx, '_, _ = %s, %s' % (k, x))
            self.emit(ctx, '%s += len(fmt.Sprint(%s))' % (acc, self.pick([k, x]) if printable(v.t.elem) else k))
            ctx.indent -= 1
            self.emit(ctx, '}')
            self.emit(ctx, 'fmt.Println("%s", %s)' % (self.tag(), acc) if ctx.loud else '_ = %s' % acc)
            return
        kt = self.INT
        et = self.basic('rune') if v.t.kind == 'string' else v.t.elem
        self.emit(ctx, 'for %s, %s := range %s {' % (k, x, v.name))

        def pre():
            ctx.add(Var(k, kt, ro=True, loop=True))
            ctx.add(Var(x, et, ro=True, loop=True))
            if ctx.loud and printable(et):
                self.emit(ctx, 'fmt.Println("%s", %s, %s)' % (self.tag(), k, x))
            else:
                self.emit(ctx, '_, _ = %s, %s' % (k, x))
        self.block(ctx, d - 1, self.r.randint(0, 2), pre)
        self.emit(ctx, '}')

    def s_switch(self, ctx, d):
        t = self.pick([x for x in self.scalars if x.kind in ('int', 'string')])
        e = self.typed(self.expr(t, 2, ctx), t)
        self.emit(ctx, 'switch %s {' % e)
        seen = set()
        for _ in range(self.r.randint(1, 3)):
            l = self.composite_or_lit(t, 0, None)[0]
            key = const_key(l, t)
            if key in seen:
                continue
            seen.add(key)
            self.emit(ctx, 'case %s:' % l)
            self.block(ctx, d - 1, self.r.randint(1, 2))
            if self.chance(0.2):
                ctx.lines.append('\t' * (ctx.indent + 1) + 'fallthrough')
        if ctx.lines[-1].strip() == 'fallthrough' or self.chance(0.5):
            self.emit(ctx, 'default:')
            self.block(ctx, d - 1, 1)
        self.emit(ctx, '}')

    def iface_vars(self, ctx):
        return [v for v in ctx.vars() if v.t.kind == 'iface']

    def s_typeswitch(self, ctx, d):
        ivs = self.iface_vars(ctx)
        if not ivs or self.chance(0.3):
            it = self.pick(self.ifaces + [self.EMPTY, self.ANY, self.ERR])
            v = self.declare(ctx, it)
        else:
            v = self.pick(ivs)
        cands = v.t.impls + [i for i in self.ifaces if i is not v.t] + [self.INT, self.STR]
        if v.t.go not in ('interface{}', 'any'):
            # impossible cases (a concrete type that does not implement v's interface) do not compile
            cands = [c for c in cands if c.kind == 'iface' or c in v.t.impls]
        self.r.shuffle(cands)
        x = self.fresh('x')
        self.emit(ctx, 'switch %s := %s.(type) {' % (x, v.name))
        seen = set()
        used_x = False
        for c in cands[:self.r.randint(1, 4)]:
            if c.canon in seen:
                continue
            seen.add(c.canon)
            if self.chance(0.2) and 'nil' not in seen:
                seen.add('nil')
                self.emit(ctx, 'case nil:')
                ctx.indent += 1
                self.emit(ctx, 'fmt.Println("%s nil", %s == nil)' % (self.tag(), x) if ctx.loud else '_ = %s' % x)
                ctx.indent -= 1
            # sometimes a case lists two types: x then has the switched interface's type
            others = [o for o in cands if o.canon not in seen]
            if others and self.chance(0.2):
                o = others[0]
                seen.add(o.canon)
                self.emit(ctx, 'case %s, %s:' % (c.go, o.go))
                c = v.t
            else:
                self.emit(ctx, 'case %s:' % c.go)

            def pre(c=c):
                ctx.add(Var(x, c, ro=True))
                self.use(ctx, ctx.vars()[-1])
            self.block(ctx, max(d - 1, 0), self.r.randint(0, 2), pre)
        self.emit(ctx, 'default:')
        ctx.indent += 1
        self.emit(ctx, 'fmt.Printf("%s default %%T\\n", %s)' % (self.tag(), x) if ctx.loud else '_ = %s' % x)
        ctx.indent -= 1
        self.emit(ctx, '}')

    def s_assert(self, ctx, d):
        ivs = self.iface_vars(ctx)
        if not ivs:
            it = self.pick(self.ifaces + [self.EMPTY, self.ERR])
            v = self.declare(ctx, it)
        else:
            v = self.pick(ivs)
        if v.t.go in ('interface{}', 'any'):
            cands = v.t.impls + self.ifaces + [self.INT, self.STR, self.arr(self.INT, 2)]
        else:
            cands = v.t.impls + [i for i in self.ifaces if i is not v.t] + [self.EMPTY]
        c = self.pick(cands)
        if self.chance(0.6):
            x, ok = self.fresh('x'), self.fresh('ok')
            self.emit(ctx, '%s, %s := %s.(%s)' % (x, ok, v.name, c.go))
            if ctx.loud:
                self.emit(ctx, 'fmt.Println("%s", %s)' % (self.tag(), ok))
            else:
                self.emit(ctx, '_ = %s' % ok)
            xv = Var(x, c)
            ctx.add(xv)
            self.use(ctx, xv)
        else:
            # may panic: interface conversion error (recovered by the block)
            x = self.fresh('x')
            self.emit(ctx, '%s := %s.(%s)' % (x, v.name, c.go))
            xv = Var(x, c)
            ctx.add(xv)
            self.use(ctx, xv)

    def s_closure(self, ctx, d):
        # a closure capturing (and updating) a non-loop variable, called a few times
        caps = [v for v in self.assignable(ctx) if not v.loop and v.t.kind in ('int', 'string', 'float')]
        if not caps:
            self.declare(ctx, self.pick([self.INT, self.STR]))
            caps = [v for v in self.assignable(ctx) if not v.loop and v.t.kind in ('int', 'string', 'float')]
        cv = self.pick(caps)
        pt = self.pick(self.scalars)
        rt = cv.t
        f, p = self.fresh('fn'), self.fresh('p')
        self.emit(ctx, '%s := func(%s %s) %s {' % (f, p, pt.go, rt.go))
        inner = ctx.closure_ctx()
        inner.indent = ctx.indent + 1
        inner.add(Var(p, pt, ro=True))
        inner.lines = ctx.lines
        self.emit(inner, '_ = %s' % p)
        for _ in range(self.r.randint(0, 2)):
            self.stmt(inner, 0)
        if rt.kind == 'string':
            # a literal: an expression of the variable itself would double it at every call
            self.emit(inner, '%s += %s' % (cv.name, self.composite_or_lit(rt, 0, None)[0]))
        else:
            self.emit(inner, '%s += %s' % (cv.name, self.expr(rt, 1, inner)[0]))
        self.emit(inner, 'return %s' % cv.name)
        self.emit(ctx, '}')
        for _ in range(self.r.randint(1, 3)):
            a = self.expr(pt, 1, ctx)[0]
            if ctx.loud:
                self.emit(ctx, 'fmt.Println("%s", %s(%s))' % (self.tag(), f, a))
                self.emit(ctx, 'fmt.Println("%s", %s)' % (self.tag(), cv.name))
            else:
                self.emit(ctx, '_ = %s(%s)' % (f, a))

    def s_mvalue(self, ctx, d):
        # method values bound now (receiver copied for value methods), called after a mutation
        cands = []
        for v in ctx.vars():
            if v.t.kind == 'struct' and v.t is not self.node and not v.ro:
                ms = self.method_set(v.t, True)
            elif v.t.kind == 'iface':
                ms = v.t.imethods
            else:
                continue
            for m, sig in ms.items():
                cands.append((v, m, sig))
        if not cands:
            return self.s_decl(ctx, d)
        v, m, (params, rt) = self.pick(cands)
        mv = self.fresh('mv')
        self.emit(ctx, '%s := %s.%s' % (mv, v.name, m))
        args = ', '.join(self.expr(p, 1, ctx)[0] for p in params)
        if v.t.kind == 'struct':
            # mutate the receiver after binding: value methods keep the old copy
            flds = [(fn, ft) for fn, ft, emb in v.t.fields if not emb and ft.kind in ('int', 'string', 'float')]
            if flds:
                fn, ft = self.pick(flds)
                self.emit(ctx, '%s.%s = %s' % (v.name, fn, self.expr(ft, 1, ctx)[0]))
        if ctx.loud and printable(rt):
            self.emit(ctx, 'fmt.Println("%s", %s(%s))' % (self.tag(), mv, args))
        else:
            self.emit(ctx, '_ = %s(%s)' % (mv, args))
        # method expression through the type
        if v.t.kind == 'struct' and m in v.t.methods:
            recv = v.t.methods[m][1]
            if recv == 'v':
                me = '%s.%s' % (v.t.go, m)
                a0 = v.name
            else:
                me = '(*%s).%s' % (v.t.go, m)
                a0 = '&' + v.name
            f = self.fresh('me')
            self.emit(ctx, '%s := %s' % (f, me))
            call = '%s(%s)' % (f, ', '.join([a0] + ([args] if args else [])))
            self.emit(ctx, 'fmt.Println("%s", %s)' % (self.tag(), call) if ctx.loud and printable(rt) else '_ = ' + call)
        elif v.t.kind == 'iface' and v.t.name:
            f = self.fresh('me')
            self.emit(ctx, '%s := %s.%s' % (f, v.t.go, m))
            call = '%s(%s)' % (f, ', '.join([v.name] + ([args] if args else [])))
            self.emit(ctx, 'fmt.Println("%s", %s)' % (self.tag(), call) if ctx.loud and printable(rt) else '_ = ' + call)

    def s_mapops(self, ctx, d):
        maps = [v for v in ctx.vars() if v.t.kind == 'map']
        if not maps or self.chance(0.3):
            mt = self.pick([c for c in self.composites if c.kind == 'map'] or [self.comp_type(0)])
            if mt.kind != 'map':
                return self.s_decl(ctx, d)
            m = self.declare(ctx, mt)
        else:
            m = self.pick(maps)
        t = m.t
        k = self.expr(t.key, 1, ctx)[0]
        x, ok = self.fresh('x'), self.fresh('ok')
        self.emit(ctx, '%s, %s := %s[%s]' % (x, ok, m.name, k))
        xv = Var(x, t.elem)
        ctx.add(xv)
        self.emit(ctx, 'fmt.Println("%s", %s, len(%s))' % (self.tag(), ok, m.name) if ctx.loud else '_ = %s' % ok)
        self.use(ctx, xv)
        if not m.ro:
            roll = self.r.random()
            if roll < 0.4:
                self.emit(ctx, '%s[%s] = %s' % (m.name, self.expr(t.key, 1, ctx)[0], self.expr(t.elem, 1, ctx)[0]))
            elif roll < 0.6:
                self.emit(ctx, 'delete(%s, %s)' % (m.name, k))
            elif roll < 0.8 and t.elem.kind == 'int':
                self.emit(ctx, '%s[%s] += %s' % (m.name, k, self.expr(t.elem, 1, ctx)[0]))
            self.use(ctx, m)

    def s_chanops(self, ctx, d):
        et = self.any_type()
        ch = self.fresh('ch')
        n = self.r.randint(1, 4)
        self.emit(ctx, '%s := make(chan %s, %d)' % (ch, et.go, n))
        self.emit(ctx, '_ = %s' % ch)
        sent = self.r.randint(0, n)
        for _ in range(sent):
            self.emit(ctx, '%s <- %s' % (ch, self.expr(et, 1, ctx)[0]))
        if ctx.loud:
            self.emit(ctx, 'fmt.Println("%s", len(%s), cap(%s))' % (self.tag(), ch, ch))
        if self.chance(0.6):
            self.emit(ctx, 'close(%s)' % ch)
            for _ in range(sent + 1):
                x, ok = self.fresh('x'), self.fresh('ok')
                self.emit(ctx, '%s, %s := <-%s' % (x, ok, ch))
                self.emit(ctx, 'fmt.Println("%s", %s)' % (self.tag(), ok) if ctx.loud else '_ = %s' % ok)
                xv = Var(x, et)
                ctx.add(xv)
                self.use(ctx, xv)
        else:
            for _ in range(sent):
                x = self.fresh('x')
                self.emit(ctx, '%s := <-%s' % (x, ch))
                xv = Var(x, et)
                ctx.add(xv)
                self.use(ctx, xv)
            if ctx.loud and sent > 0 and self.chance(0.3):
                # for-range over a closed channel
                self.emit(ctx, '%s <- %s' % (ch, self.expr(et, 1, ctx)[0]))
                self.emit(ctx, 'close(%s)' % ch)
                y = self.fresh('y')
                self.emit(ctx, 'for %s := range %s {' % (y, ch))
                ctx.indent += 1
                self.emit(ctx, 'fmt.Printf("%s %%T\\n", %s)' % (self.tag(), y))
                ctx.indent -= 1
                self.emit(ctx, '}')

    def s_strings(self, ctx, d):
        s = self.declare(ctx, self.STR)
        roll = self.r.random()
        if not ctx.loud:
            return
        if roll < 0.3:
            i, r = self.fresh('i'), self.fresh('r')
            self.emit(ctx, 'for %s, %s := range %s {' % (i, r, s.name))
            ctx.indent += 1
            self.emit(ctx, 'fmt.Print(%s, ":", %s, "%s ")' % (i, r, self.pick(['', '/'])))
            ctx.indent -= 1
            self.emit(ctx, '}')
            self.emit(ctx, 'fmt.Println()')
        elif roll < 0.5:
            self.emit(ctx, 'fmt.Println("%s", []byte(%s), []rune(%s), len(%s), len([]rune(%s)))' % (self.tag(), s.name, s.name, s.name, s.name))
            self.emit(ctx, 'fmt.Println("%s", string([]rune(%s)) == %s, string([]byte(%s)))' % (self.tag(), s.name, s.name, s.name))
        elif roll < 0.6:
            self.emit(ctx, 'if len(%s) > 0 { fmt.Println("%s", %s[0], %s[len(%s)-1], %s[len(%s)/2:]) }' % (
                s.name, self.tag(), s.name, s.name, s.name, s.name, s.name))
        elif roll < 0.8:
            a, e = self.fresh('a'), self.fresh('e')
            fn = self.pick(['strconv.Atoi(%s)', 'strconv.ParseInt(%s, 10, 8)', 'strconv.ParseFloat(%s, 64)',
                            'strconv.ParseBool(%s)', 'strconv.ParseUint(%s, 16, 32)', 'strconv.Unquote(%s)'])
            self.emit(ctx, '%s, %s := %s' % (a, e, fn % s.name))
            self.emit(ctx, 'fmt.Println("%s", %s, %s)' % (self.tag(), a, e))
        else:
            self.emit(ctx, 'fmt.Printf("%s %%q %%v %%x %%U\\n", %s, strings.Fields(%s), %s, []rune(%s))' % (
                self.tag(), s.name, s.name, s.name, s.name))

    def s_copymut(self, ctx, d):
        cands = [v for v in ctx.vars() if v.t.kind in ('struct', 'array') and printable(v.t) and v.t is not self.node]
        if not cands:
            return self.s_decl(ctx, d)
        v = self.pick(cands)
        c = self.fresh('c')
        self.emit(ctx, '%s := %s' % (c, v.name))
        cv = Var(c, v.t)
        ctx.add(cv)
        ps = []
        if v.t.kind == 'struct':
            ps = [(c + '.' + fn, ft) for fn, ft, emb in v.t.fields if ft.kind != 'ptr']
        else:
            ps = [('%s[%d]' % (c, self.r.randrange(v.t.n)), v.t.elem)]
        if ps:
            p, pt = self.pick(ps)
            e = self.expr(pt, 1, ctx)[0]
            if e != p:
                self.emit(ctx, '%s = %s' % (p, e))
        if ctx.loud:
            self.emit(ctx, 'fmt.Printf("%s %%v %%v %%v\\n", %s, %s, %s == %s)' % (self.tag(), v.name, c, v.name, c) if comparable(v.t)
                      else 'fmt.Printf("%s %%v %%v\\n", %s, %s)' % (self.tag(), v.name, c))
        else:
            self.emit(ctx, '_ = %s' % c)

    def s_node(self, ctx, d):
        # p, p.next = q, r; *p, p = ...; list walks
        a, b, c = self.fresh('p'), self.fresh('p'), self.fresh('p')
        self.emit(ctx, '%s := &Node{val: %s}' % (a, self.expr(self.INT, 1, ctx)[0]))
        self.emit(ctx, '%s := &Node{val: %s, next: %s}' % (b, self.expr(self.INT, 1, ctx)[0], a))
        self.emit(ctx, '%s := &Node{val: %s}' % (c, self.expr(self.INT, 1, ctx)[0]))
        forms = ['%(a)s, %(a)s.next = %(c)s, %(b)s', '%(a)s.next, %(a)s = %(c)s, %(b)s', '*%(a)s, %(a)s = *%(b)s, %(c)s',
                 '%(b)s.next.val, %(b)s = %(c)s.val, %(c)s', '%(a)s.val, %(b)s.val, %(c)s.val = %(b)s.val, %(c)s.val, %(a)s.val',
                 '%(c)s.next, %(a)s.next = %(a)s, nil']
        for _ in range(self.r.randint(1, 2)):
            self.emit(ctx, self.pick(forms) % {'a': a, 'b': b, 'c': c})
        if ctx.loud:
            for p in (a, b, c):
                w, k = self.fresh('w'), self.fresh('k')
                self.emit(ctx, 'for %s, %s := %s, 0; %s != nil && %s < 6; %s, %s = %s.next, %s+1 {' % (w, k, p, w, k, w, k, w, k))
                self.emit(ctx, '\tfmt.Print(%s.val, " ")' % w)
                self.emit(ctx, '}')
            self.emit(ctx, 'fmt.Println("%s")' % self.tag())
        else:
            self.emit(ctx, '_, _, _ = %s, %s, %s' % (a, b, c))

    def s_slices(self, ctx, d):
        # copy with overlap, three-index slices, append aliasing (capacity shows)
        t = self.pick([x for x in self.scalars if printable(x)])
        s = self.declare(ctx, self.sl(t), 'make([]%s, %d, %d)' % (t.go, self.r.randint(2, 5), self.r.randint(5, 8)))
        for k in range(2):
            self.emit(ctx, '%s[%d] = %s' % (s.name, k, self.expr(t, 1, ctx)[0]))
        a, b = self.fresh('s'), self.fresh('n')
        lo = self.r.randint(0, 1)
        self.emit(ctx, '%s := %s[%d:%d:%d]' % (a, s.name, lo, lo + 1, lo + self.r.randint(1, 3)))
        self.emit(ctx, '%s = append(%s, %s)' % (a, a, self.expr(t, 1, ctx)[0]))
        self.emit(ctx, '%s := copy(%s[1:], %s)' % (b, s.name, s.name))
        if ctx.loud:
            self.emit(ctx, 'fmt.Println("%s", %s, %s, len(%s), cap(%s), %s)' % (self.tag(), s.name, a, a, a, b))
        else:
            self.emit(ctx, '_, _ = %s, %s' % (a, b))
        if t.kind == 'string' and t.name is None:
            bs = self.fresh('bs')
            self.emit(ctx, '%s := make([]byte, 3)' % bs)
            self.emit(ctx, '%s = copy(%s, %s)' % (b, bs, self.expr(t, 1, ctx)[0]))
            self.emit(ctx, 'fmt.Println("%s", %s, %s)' % (self.tag(), bs, b) if ctx.loud else '_ = %s' % bs)

    def s_labeled(self, ctx, d):
        lab, i, j = self.fresh('Outer'), self.fresh('i'), self.fresh('j')
        n1, n2 = self.r.randint(1, 4), self.r.randint(1, 4)
        acc = self.fresh('acc')
        self.emit(ctx, '%s := 0' % acc)
        self.emit(ctx, '%s:' % lab)
        self.emit(ctx, 'for %s := 0; %s < %d; %s++ {' % (i, i, n1, i))
        self.emit(ctx, '\tfor %s := 0; %s < %d; %s++ {' % (j, j, n2, j))
        c1, c2 = self.r.randint(0, 3), self.r.randint(0, 3)
        self.emit(ctx, '\t\tif %s == %d {' % (j, c1))
        self.emit(ctx, '\t\t\tcontinue %s' % lab)
        self.emit(ctx, '\t\t}')
        self.emit(ctx, '\t\tif %s+%s == %d {' % (i, j, c2 + 2))
        self.emit(ctx, '\t\t\tbreak %s' % lab)
        self.emit(ctx, '\t\t}')
        self.emit(ctx, '\t\t%s = %s*7 + %s*%d + %s' % (acc, acc, i, self.r.randint(2, 9), j))
        self.emit(ctx, '\t}')
        self.emit(ctx, '}')
        self.emit(ctx, 'fmt.Println("%s", %s)' % (self.tag(), acc) if ctx.loud else '_ = %s' % acc)

    def s_gens(self, ctx, d):
        # closures returned from a function literal, each with its own captured state
        t = self.pick([self.INT, self.STR] + [x for x in self.scalars if x.kind == 'int'])
        g, a, b, c = self.fresh('gen'), self.fresh('g'), self.fresh('g'), self.fresh('c')
        step = self.expr(t, 1, ctx)[0]
        self.emit(ctx, '%s := func(start %s) func() %s {' % (g, t.go, t.go))
        self.emit(ctx, '\t%s := start' % c)
        self.emit(ctx, '\treturn func() %s {' % t.go)
        self.emit(ctx, '\t\t%s += %s' % (c, step if t.kind != 'string' else '"+"'))
        self.emit(ctx, '\t\treturn %s' % c)
        self.emit(ctx, '\t}')
        self.emit(ctx, '}')
        self.emit(ctx, '%s, %s := %s(%s), %s(%s)' % (a, b, g, self.expr(t, 1, ctx)[0], g, self.expr(t, 1, ctx)[0]))
        self.emit(ctx, '_, _ = %s, %s' % (a, b))
        for _ in range(self.r.randint(2, 4)):
            x = self.pick([a, b])
            self.emit(ctx, 'fmt.Println("%s", %s())' % (self.tag(), x) if ctx.loud else '_ = %s()' % x)

    def s_tagless(self, ctx, d):
        self.emit(ctx, 'switch {')
        for _ in range(self.r.randint(1, 3)):
            self.emit(ctx, 'case %s:' % self.expr(self.BOOL, 2, ctx)[0])
            self.block(ctx, d - 1, 1)
        self.emit(ctx, 'default:')
        self.block(ctx, d - 1, 1)
        self.emit(ctx, '}')

    def s_selectone(self, ctx, d):
        # select with exactly one ready case (or none: default), so the choice is determined
        t = self.pick(self.scalars)
        c1, c2 = self.fresh('ch'), self.fresh('ch')
        self.emit(ctx, '%s := make(chan %s, 1)' % (c1, t.go))
        self.emit(ctx, '%s := make(chan %s)' % (c2, t.go))
        ready = self.chance(0.7)
        if ready:
            self.emit(ctx, '%s <- %s' % (c1, self.expr(t, 1, ctx)[0]))
        x = self.fresh('x')
        self.emit(ctx, 'select {')
        self.emit(ctx, 'case %s := <-%s:' % (x, c1))
        self.emit(ctx, '\tfmt.Println("%s got", %s)' % (self.tag(), x) if ctx.loud else '\t_ = %s' % x)
        self.emit(ctx, 'case %s <- %s:' % (c2, self.expr(t, 1, ctx)[0]))
        self.emit(ctx, '\tfmt.Println("%s sent")' % self.tag() if ctx.loud else '\t_ = 0')
        if self.chance(0.8) or not ready:
            self.emit(ctx, 'default:')
            self.emit(ctx, '\tfmt.Println("%s default")' % self.tag() if ctx.loud else '\t_ = 0')
        self.emit(ctx, '}')

    def s_consts(self, ctx, d):
        t = self.pick([x for x in self.scalars if x.kind == 'int'])
        names = [self.fresh('C') for _ in range(self.r.randint(2, 4))]
        mul = self.r.randint(1, 5)
        off = self.r.randint(0, 3)
        self.emit(ctx, 'const (')
        self.emit(ctx, '\t%s %s = iota*%d + %d' % (names[0], t.go, mul, off))
        for n in names[1:]:
            self.emit(ctx, '\t%s' % n)
        self.emit(ctx, ')')
        # untyped constant arithmetic, then a typed use
        u = self.fresh('U')
        self.emit(ctx, 'const %s = 1 << 40 / (1 << 38) * %d' % (u, self.r.randint(1, 9)))
        if ctx.loud:
            self.emit(ctx, 'fmt.Println("%s", %s)' % (self.tag(), ', '.join(names)))
            self.emit(ctx, 'fmt.Printf("%s %%T %%v\\n", %s, %s)' % (self.tag(), names[-1], u))
        else:
            self.emit(ctx, '_, _ = %s, %s' % (names[0], u))

    def s_recursion(self, ctx, d):
        f = self.fresh('rf')
        k = self.r.randint(0, 12)
        self.emit(ctx, 'var %s func(n int, acc string) (int, string)' % f)
        self.emit(ctx, '%s = func(n int, acc string) (int, string) {' % f)
        self.emit(ctx, '\tif n <= 1 {')
        self.emit(ctx, '\t\treturn n, acc')
        self.emit(ctx, '\t}')
        self.emit(ctx, '\ta, s1 := %s(n-1, acc+"l")' % f)
        self.emit(ctx, '\tb, _ := %s(n-2, acc)' % f)
        self.emit(ctx, '\treturn a + b, s1[:len(s1)%3]')
        self.emit(ctx, '}')
        self.emit(ctx, 'fmt.Println("%s", fmt.Sprint(%s(%d, "")))' % (self.tag(), f, k) if ctx.loud else '_, _ = %s(%d, "")' % (f, k))

    def s_ifacecmp(self, ctx, d):
        # interface comparisons: dynamic types and values; uncomparable dynamic types panic
        ivs = [v for v in ctx.vars() if v.t.kind == 'iface']
        if len(ivs) < 1:
            return self.s_typeswitch(ctx, d)
        a = self.pick(ivs)
        same = [v for v in ivs if v.t.same(a.t)]
        b = self.pick(same)
        e = self.fresh('e')
        self.emit(ctx, 'var %s interface{} = %s' % (e, a.name))
        other = self.pick(self.scalars + [x for x in self.structs if comparable(x)])
        self.emit(ctx, 'fmt.Println("%s", %s == %s, %s == nil, %s == %s)' % (
            self.tag(), a.name, b.name, e, e, self.typed(self.expr(other, 1, ctx), other)) if ctx.loud else '_ = %s' % e)

    def s_printfx(self, ctx, d):
        if not ctx.loud:
            return
        t = self.pick([x for x in self.scalars if x.kind == 'int' and not x.stringer])
        u = self.pick([x for x in self.scalars if x.kind == 'float' and not x.stringer] or [self.F64])
        a = self.typed(self.expr(t, 1, ctx), t)
        b = self.typed(self.expr(u, 1, ctx), u)
        fmt_ = self.pick(['%[2]v %[1]d %[1]x', '%*d|%-*d|', '%.*f %[1]T', '%6.2f|%-8.3e|%+g', '%[1]v %[1]T %#[1]v',
                          '%08.3f %x %X'])
        if fmt_ == '%*d|%-*d|':
            args = '%d, %s, %d, %s' % (self.r.randint(0, 8), a, self.r.randint(0, 8), a)
        elif fmt_ == '%.*f %[1]T':
            args = '%d, %s' % (self.r.randint(0, 4), b)
        elif fmt_ in ('%6.2f|%-8.3e|%+g', '%08.3f %x %X'):
            args = '%s, %s, %s' % (b, b, b)
        elif fmt_ == '%[2]v %[1]d %[1]x':
            args = '%s, %s' % (a, b)
        elif fmt_ == '%[1]v %[1]T %#[1]v':
            ty = self.pick([x for x in self.alltypes if printable(x)])
            args = self.typed(self.expr(ty, 1, ctx), ty)
        elif fmt_ == '%d %d %d':
            args = '%s, %s' % (a, a)  # a missing argument: %!d(MISSING)
        elif fmt_ == '%s %v':
            args = '%s, %s' % (a, b)  # wrong verb for an int: %!s(int=...)
        else:
            args = '%s' % a
        self.emit(ctx, 'fmt.Printf("%s %s\\n", %s)' % (self.tag(), fmt_, args))

    def s_shadow(self, ctx, d):
        # a variable redeclared in an inner block (maybe with another type); the outer one after
        vs = [v for v in ctx.vars() if printable(v.t) and not v.loop]
        if not vs or not ctx.loud:
            return self.s_decl(ctx, d)
        v = self.pick(vs)
        t = self.pick(self.scalars)
        self.emit(ctx, '{')
        ctx.indent += 1
        self.emit(ctx, '%s := %s' % (v.name, self.typed(self.expr(t, 1, ctx), t)))
        self.emit(ctx, 'fmt.Println("%s inner", %s)' % (self.tag(), v.name))
        if t.kind in ('int', 'float'):
            self.emit(ctx, '%s++' % v.name)
        self.emit(ctx, 'func() {')
        self.emit(ctx, '\t%s := %s' % (v.name, self.typed(self.expr(t, 0, None), t)))
        self.emit(ctx, '\tfmt.Println("%s closure", %s)' % (self.tag(), v.name))
        self.emit(ctx, '}()')
        self.emit(ctx, 'fmt.Println("%s inner", %s)' % (self.tag(), v.name))
        ctx.indent -= 1
        self.emit(ctx, '}')
        self.emit(ctx, 'fmt.Println("%s outer", %s)' % (self.tag(), v.name))

    def s_ifinit(self, ctx, d):
        maps = [v for v in ctx.vars() if v.t.kind == 'map']
        x, ok = self.fresh('x'), self.fresh('ok')
        if maps and self.chance(0.5):
            m = self.pick(maps)
            self.emit(ctx, 'if %s, %s := %s[%s]; %s {' % (x, ok, m.name, self.expr(m.t.key, 1, ctx)[0], ok))
            et = m.t.elem
        else:
            t = self.pick([x_ for x_ in self.scalars if x_.kind == 'int'])
            self.emit(ctx, 'if %s, %s := %s, %s; %s {' % (x, ok, self.typed(self.expr(t, 1, ctx), t), self.expr(self.BOOL, 1, ctx)[0], ok))
            et = t
        ctx.indent += 1
        self.print_val(ctx, x, et) if printable(et) else self.emit(ctx, '_ = %s' % x)
        ctx.indent -= 1
        self.emit(ctx, '} else if %s == %s {' % (ok, self.pick(['true', 'false'])))
        ctx.indent += 1
        self.emit(ctx, 'fmt.Println("%s else-if", %s)' % (self.tag(), ok) if ctx.loud else '_ = %s' % x)
        ctx.indent -= 1
        self.emit(ctx, '} else {')
        ctx.indent += 1
        self.emit(ctx, 'fmt.Printf("%s else %%T\\n", %s)' % (self.tag(), x) if ctx.loud else '_ = %s' % x)
        ctx.indent -= 1
        self.emit(ctx, '}')
        # switch with an init statement
        t = self.pick([x_ for x_ in self.scalars if x_.kind == 'int'])
        y = self.fresh('y')
        self.emit(ctx, 'switch %s := %s; {' % (y, self.typed(self.expr(t, 1, ctx), t)))
        self.emit(ctx, 'case %s > %s:' % (y, self.lit(t.under or t)))
        self.emit(ctx, '\tfmt.Println("%s gt", %s)' % (self.tag(), y) if ctx.loud else '\t_ = %s' % y)
        self.emit(ctx, 'default:')
        self.emit(ctx, '\tfmt.Println("%s le", %s)' % (self.tag(), y) if ctx.loud else '\t_ = %s' % y)
        self.emit(ctx, '}')

    def s_variadic(self, ctx, d):
        t = self.pick([x for x in self.scalars if x.kind in ('int', 'string')])
        f = self.fresh('vf')
        self.emit(ctx, '%s := func(sep string, xs ...%s) string {' % (f, t.go))
        self.emit(ctx, '\tparts := make([]string, 0, len(xs))')
        self.emit(ctx, '\tfor _, x := range xs {')
        self.emit(ctx, '\t\tparts = append(parts, fmt.Sprint(x))')
        self.emit(ctx, '\t}')
        self.emit(ctx, '\tif len(xs) > 0 {')
        self.emit(ctx, '\t\txs[0] = %s // visible to the caller when a slice is passed with ...' % self.composite_or_lit(t, 0, None)[0])
        self.emit(ctx, '\t}')
        self.emit(ctx, '\treturn fmt.Sprint(len(xs), cap(xs) >= len(xs), strings.Join(parts, sep))')
        self.emit(ctx, '}')
        args = ', '.join(self.expr(t, 1, ctx)[0] for _ in range(self.r.randint(0, 3)))
        s = self.fresh('xs')
        self.emit(ctx, '%s := []%s{%s}' % (s, t.go, ', '.join(self.expr(t, 1, ctx)[0] for _ in range(self.r.randint(0, 3)))))
        if ctx.loud:
            self.emit(ctx, 'fmt.Println("%s", %s("/"%s))' % (self.tag(), f, ', ' + args if args else ''))
            self.emit(ctx, 'fmt.Println("%s", %s(",", %s...))' % (self.tag(), f, s))
            self.emit(ctx, 'fmt.Println("%s", %s, len(%s))' % (self.tag(), s, s))
        else:
            self.emit(ctx, '_, _ = %s("/"), %s' % (f, s))

    def s_multiret(self, ctx, d):
        t1 = self.pick([x for x in self.alltypes if printable(x)])
        t2 = self.pick(self.scalars)
        f = self.fresh('mr')
        self.emit(ctx, '%s := func(k int) (%s, %s, error) {' % (f, t1.go, t2.go))
        self.emit(ctx, '\tif k%3 == 0 {')
        self.emit(ctx, '\t\treturn %s, %s, nil' % (self.typed(self.expr(t1, 1, None), t1) if False else self.composite_or_lit(t1, 1, None)[0],
                                                   self.composite_or_lit(t2, 0, None)[0]))
        self.emit(ctx, '\t}')
        self.emit(ctx, '\tvar zero %s' % t1.go)
        self.emit(ctx, '\treturn zero, %s, fmt.Errorf("k=%%d", k)' % self.composite_or_lit(t2, 0, None)[0])
        self.emit(ctx, '}')
        a, b, e = self.fresh('a'), self.fresh('b'), self.fresh('e')
        k = self.r.randint(0, 5)
        self.emit(ctx, '%s, %s, %s := %s(%d)' % (a, b, e, f, k))
        if ctx.loud:
            self.emit(ctx, 'fmt.Println("%s", %s, %s, %s)' % (self.tag(), a, b, e))
            # a multi-valued call as the arguments of another call
            self.emit(ctx, 'fmt.Println(%s(%d))' % (f, k + 1))
        else:
            self.emit(ctx, '_, _, _ = %s, %s, %s' % (a, b, e))

    def s_deferrecv(self, ctx, d):
        # defer evaluates the receiver (a copy for value methods) and the arguments at once
        cands = [v for v in ctx.vars() if v.t.kind == 'struct' and not v.ro and getattr(v.t, 'setter', None) and printable(v.t)
                 and v.t.stringer and v.t.methods['String'][1] == 'v']
        if not cands or not ctx.loud:
            return self.s_setter(ctx, d)
        v = self.pick(cands)
        fn, ft = v.t.setter
        self.emit(ctx, 'func() {')
        self.emit(ctx, '\tdefer fmt.Println("%s deferred", %s.String(), %s)' % (self.tag(), v.name, v.name))
        self.emit(ctx, '\tdefer func() { fmt.Println("%s closure sees", %s.String()) }()' % (self.tag(), v.name))
        self.emit(ctx, '\t%s.Set(%s)' % (v.name, self.expr(ft, 1, ctx)[0]))
        self.emit(ctx, '}()')

    def s_structconv(self, ctx, d):
        # conversion between struct types with identical underlying types, and to an anonymous one
        sts = [s for s in self.structs if not any(emb for _, _, emb in s.fields) and printable(s)]
        if not sts or not ctx.loud:
            return self.s_decl(ctx, d)
        st = self.pick(sts)
        tn = self.fresh('T')
        self.emit(ctx, 'type %s %s' % (tn, st.go))
        anon = 'struct {%s}' % '; '.join('%s %s' % (fn, ft.go) for fn, ft, _ in st.fields)
        a, b = self.fresh('a'), self.fresh('b')
        self.emit(ctx, '%s := %s(%s)' % (a, tn, self.expr(st, 1, ctx)[0]))
        self.emit(ctx, '%s := %s(%s)' % (b, anon, a))
        self.emit(ctx, 'fmt.Printf("%s %%v %%+v %%T %%v\\n", %s, %s, %s, %s(%s))' % (self.tag(), a, b, b, st.go, b))

    def s_anon(self, ctx, d):
        t = self.pick(self.scalars)
        u = self.pick(self.scalars)
        a = self.fresh('an')
        self.emit(ctx, '%s := struct {' % a)
        self.emit(ctx, '\tA %s' % t.go)
        self.emit(ctx, '\tb []%s' % u.go)
        self.emit(ctx, '}{%s, []%s{%s}}' % (self.expr(t, 1, ctx)[0], u.go, self.expr(u, 1, ctx)[0]))
        self.emit(ctx, '%s.b = append(%s.b, %s)' % (a, a, self.expr(u, 1, ctx)[0]))
        if ctx.loud:
            self.emit(ctx, 'fmt.Printf("%s %%v %%+v %%T\\n", %s, %s, %s)' % (self.tag(), a, a, a))
            ps = self.fresh('ps')
            self.emit(ctx, '%s := []struct{ X, Y int }{{1, 2}, {X: 3}, {}}' % ps)
            self.emit(ctx, 'fmt.Printf("%s %%v %%#v\\n", %s, %s[1])' % (self.tag(), ps, ps))
        else:
            self.emit(ctx, '_ = %s' % a)

    def s_valparam(self, ctx, d):
        # arrays and structs are passed, assigned and ranged over by value
        cands = [v for v in ctx.vars() if v.t.kind in ('array', 'struct') and value_only(v.t) and printable(v.t)]
        if not cands or not ctx.loud:
            return self.s_copymut(ctx, d)
        v = self.pick(cands)
        f = self.fresh('mut')
        self.emit(ctx, '%s := func(x %s) %s {' % (f, v.t.go, v.t.go))
        if v.t.kind == 'array':
            self.emit(ctx, '\tx[%d] = %s' % (self.r.randrange(v.t.n), self.expr(v.t.elem, 0, None)[0]))
        else:
            fl = [(fn, ft) for fn, ft, emb in v.t.fields if not emb]
            if fl:
                fn, ft = self.pick(fl)
                self.emit(ctx, '\tx.%s = %s' % (fn, self.expr(ft, 0, None)[0]))
        self.emit(ctx, '\treturn x')
        self.emit(ctx, '}')
        r = self.fresh('r')
        self.emit(ctx, '%s := %s(%s)' % (r, f, v.name))
        self.emit(ctx, 'fmt.Println("%s", %s, %s)' % (self.tag(), v.name, r))
        if v.t.kind == 'array':
            k, x = self.fresh('k'), self.fresh('x')
            self.emit(ctx, 'for %s, %s := range %s {' % (k, x, v.name))
            self.emit(ctx, '\t%s[len(%s)-1-%s] = %s' % (v.name, v.name, k, x))
            self.emit(ctx, '}')
            self.emit(ctx, 'fmt.Println("%s", %s)' % (self.tag(), v.name))
            pa = self.fresh('pa')
            self.emit(ctx, '%s := &%s' % (pa, r))
            self.emit(ctx, 'for %s := range %s {' % (k, pa))
            self.emit(ctx, '\t%s[%s] = %s[len(%s)-1-%s]' % (pa, k, v.name, pa, k))
            self.emit(ctx, '}')
            self.emit(ctx, 'fmt.Println("%s", %s, len(%s))' % (self.tag(), r, pa))

    def s_rangemut(self, ctx, d):
        # range evaluates its operand once: appending to or reassigning the slice in the loop
        t = self.pick([x for x in self.scalars if x.kind == 'int'])
        s, k, x = self.fresh('s'), self.fresh('k'), self.fresh('x')
        self.emit(ctx, '%s := []%s{%s}' % (s, t.go, ', '.join(self.expr(t, 1, ctx)[0] for _ in range(self.r.randint(1, 4)))))
        self.emit(ctx, 'for %s, %s := range %s {' % (k, x, s))
        self.emit(ctx, '\t%s = append(%s, %s+%s(%s))' % (s, s, x, t.go, k))
        self.emit(ctx, '\tif %s == 0 {' % k)
        self.emit(ctx, '\t\t%s[len(%s)-1] = %s' % (s, s, self.composite_or_lit(t, 0, None)[0]))
        self.emit(ctx, '\t}')
        self.emit(ctx, '}')
        m, mk = self.fresh('m'), self.fresh('k')
        self.emit(ctx, '%s := map[int]bool{0: true, 1: true, 2: true}' % m)
        self.emit(ctx, 'for %s := range %s {' % (mk, m))
        self.emit(ctx, '\tdelete(%s, %s)' % (m, mk))  # deleting during range: all entries go
        self.emit(ctx, '}')
        self.emit(ctx, 'fmt.Println("%s", %s, len(%s), len(%s))' % (self.tag(), s, s, m) if ctx.loud else '_, _ = %s, %s' % (s, m))

    def s_bytesmut(self, ctx, d):
        s = self.declare(ctx, self.STR)
        b, r = self.fresh('b'), self.fresh('r')
        self.emit(ctx, '%s := []byte(%s)' % (b, s.name))
        self.emit(ctx, '%s := []rune(%s)' % (r, s.name))
        self.emit(ctx, 'if len(%s) > 0 {' % b)
        self.emit(ctx, "\t%s[0] ^= 0x20" % b)
        self.emit(ctx, "\t%s[len(%s)-1] = 'Ω'" % (r, r))
        self.emit(ctx, '}')
        if ctx.loud:
            self.emit(ctx, 'fmt.Printf("%s %%q %%q %%q %%v\\n", %s, %s, string(%s), %s)' % (self.tag(), s.name, b, r, string_eq(b, s.name)))
        else:
            self.emit(ctx, '_, _ = %s, %s' % (b, r))

    def s_deferloop(self, ctx, d):
        if not ctx.loud:
            return
        n = self.r.randint(1, 4)
        self.emit(ctx, 'func() {')
        self.emit(ctx, '\tfor i := 0; i < %d; i++ {' % n)
        self.emit(ctx, '\t\tdefer fmt.Println("%s deferred", i, i*i)' % self.tag())
        self.emit(ctx, '\t}')
        self.emit(ctx, '\tfmt.Println("%s body done", recover())' % self.tag())
        self.emit(ctx, '}()')

    def s_repanic(self, ctx, d):
        # a deferred function that recovers and panics again; the outer recover sees the second
        if not ctx.loud or '008' in self.avoid:
            return  # finding 008: the recovered panic is printed again by a later fatal panic
        self.emit(ctx, 'func() {')
        self.emit(ctx, '\tdefer func() {')
        self.emit(ctx, '\t\tfmt.Println("%s outer", recover())' % self.tag())
        self.emit(ctx, '\t}()')
        self.emit(ctx, '\tdefer func() {')
        self.emit(ctx, '\t\tr := recover()')
        self.emit(ctx, '\t\tpanic(fmt.Sprint("again: ", r))')
        self.emit(ctx, '\t}()')
        self.emit(ctx, '\tpanic(%s)' % self.panic_value(ctx))
        self.emit(ctx, '}()')

    def s_sortit(self, ctx, d):
        t = self.pick([self.INT, self.STR])
        s = self.declare(ctx, self.sl(t), '[]%s{%s}' % (t.go, ', '.join(self.expr(t, 1, ctx)[0] for _ in range(self.r.randint(0, 5)))))
        if t is self.INT:
            self.emit(ctx, 'sort.Ints(%s)' % s.name)
            if self.chance(0.5):
                self.emit(ctx, 'sort.Sort(sort.Reverse(sort.IntSlice(%s)))' % s.name)
        else:
            if self.chance(0.5):
                self.emit(ctx, 'sort.Strings(%s)' % s.name)
            else:
                self.emit(ctx, 'sort.SliceStable(%s, func(a, b int) bool { return len(%s[a]) < len(%s[b]) })' % (s.name, s.name, s.name))
        if ctx.loud:
            self.emit(ctx, 'fmt.Println("%s", %s, len(%s))' % (self.tag(), s.name, s.name))
            if t is self.INT:
                self.emit(ctx, 'fmt.Println("%s", sort.SearchInts(%s, %s))' % (self.tag(), s.name, self.expr(t, 1, ctx)[0]))

    def s_errors(self, ctx, d):
        e1, e2 = self.fresh('err'), self.fresh('err')
        self.emit(ctx, '%s := errors.New(%s)' % (e1, self.expr(self.STR, 1, ctx)[0]))
        self.emit(ctx, '%s := fmt.Errorf("wrap %%d: %%w", %s, %s)' % (e2, self.expr(self.INT, 1, ctx)[0], e1))
        if ctx.loud:
            self.emit(ctx, 'fmt.Println("%s", %s, errors.Is(%s, %s), errors.Unwrap(%s) == %s, %s)' % (self.tag(), e2, e2, e1, e2, e1, e1))
        else:
            self.emit(ctx, '_, _ = %s, %s' % (e1, e2))
        errs = [t for t in self.ERR.impls if printable(t)]
        if errs and ctx.loud:
            et = self.pick(errs)
            x = self.fresh('ce')
            self.emit(ctx, 'var %s error = %s' % (x, self.typed(self.expr(et, 1, ctx), et)))
            self.emit(ctx, 'fmt.Println("%s", %s, fmt.Errorf("ctx: %%w", %s))' % (self.tag(), x, x))
            y = self.fresh('as')
            self.emit(ctx, 'var %s %s' % (y, et.go))
            self.emit(ctx, 'fmt.Println("%s", errors.As(fmt.Errorf("w: %%w", %s), &%s), %s)' % (self.tag(), x, y, y))

    def panic_value(self, ctx, final=False):
        roll = self.r.random()
        if roll < 0.2:
            return self.pick(PANIC_STRINGS)
        if roll < 0.35:
            return 'errors.New(%s)' % self.expr(self.STR, 1, ctx)[0]
        if roll < 0.5:
            return 'fmt.Errorf("e%%d", %s)' % self.expr(self.INT, 1, ctx)[0]
        if roll < 0.7:
            t = self.pick(self.scalars)
            return self.typed(self.expr(t, 1, ctx), t)
        cands = [t for t in self.structs if printable(t)] + [c for c in self.composites if printable(c)]
        if final:
            # the runtime prints other values as (TYPE) ADDRESS
            cands = [t for t in self.structs if printable(t) and (t.stringer or t.errorer) and t.methods[
                'String' if t.stringer else 'Error'][1] == 'v']
        if cands:
            t = self.pick(cands)
            return self.typed(self.expr(t, 1, ctx), t)
        return '"plain"'

    def s_deferpanic(self, ctx, d):
        # a nested function with defers (run in LIFO order, seeing updated captured values),
        # recover of a panic of some type, and a named result changed by a deferred closure
        f = self.fresh('dp')
        rt = self.pick([self.INT, self.STR])
        self.emit(ctx, '%s := func() (res %s) {' % (f, rt.go))
        ctx.indent += 1
        cnt = self.fresh('cnt')
        self.emit(ctx, '%s := 0' % cnt)
        self.emit(ctx, 'defer func() {')
        self.emit(ctx, '\tr := recover()')
        self.emit(ctx, '\tif _, isErr := r.(error); isErr {')
        self.emit(ctx, '\t\tfmt.Println("%s recovered error", r, %s)' % (self.tag(), cnt))
        self.emit(ctx, '\t} else {')
        self.emit(ctx, '\t\tfmt.Printf("%s recovered %%v %%T %%d\\n", r, r, %s)' % (self.tag(), cnt))
        self.emit(ctx, '\t}')
        if rt is self.INT:
            self.emit(ctx, '\tres += 100')
        else:
            self.emit(ctx, '\tres += "!"')
        self.emit(ctx, '}()')
        for _ in range(self.r.randint(0, 2)):
            self.emit(ctx, 'defer fmt.Println("%s deferred arg", %s)' % (self.tag(), cnt))
            self.emit(ctx, 'defer func() { %s++; fmt.Println("%s deferred closure", %s) }()' % (cnt, self.tag(), cnt))
        self.emit(ctx, '%s += %d' % (cnt, self.r.randint(1, 9)))
        roll = self.r.random()
        if roll < 0.5:
            self.emit(ctx, 'panic(%s)' % self.panic_value(ctx))
        elif roll < 0.7:
            # a run-time error
            self.emit(ctx, 'var zz []int')
            self.emit(ctx, 'fmt.Println(zz[%s])' % self.small_int(ctx) if any(v.t.canon == 'int' for v in ctx.vars()) else 'fmt.Println(zz[%d:])' % self.r.randint(1, 3))
            self.emit(ctx, 'return')
        elif roll < 0.85:
            self.emit(ctx, 'var mm map[string]int')
            self.emit(ctx, 'mm["x"] = %s' % cnt)
            self.emit(ctx, 'return')
        else:
            self.emit(ctx, 'return %s' % self.typed(self.expr(rt, 1, ctx), rt))
        ctx.indent -= 1
        self.emit(ctx, '}')
        self.emit(ctx, 'fmt.Println("%s", %s())' % (self.tag(), f))

    def s_goroutines(self, ctx, d):
        qs = [f for f in self.funcs if len(f[1]) >= 1 and f[1][0].kind == 'int' and printable(f[2])]
        n = self.r.randint(2, 6)
        res, wg = self.fresh('res'), self.fresh('wg')
        if qs and self.chance(0.7):
            name, params, rt = self.pick(qs)
            # the other arguments are evaluated before the goroutines start (no shared writes)
            args = ['%s(k)' % params[0].go]
            for p in params[1:]:
                ga = self.fresh('ga')
                self.emit(ctx, 'var %s %s = %s' % (ga, p.go, self.expr(p, 1, ctx)[0]))
                self.emit(ctx, '_ = %s' % ga)
                args.append(ga)
            call = '%s(%s)' % (name, ', '.join(args))
        else:
            call = 'k * k'
        roll = self.r.random()
        if roll < 0.6:
            # fan-out, gathered and sorted
            self.emit(ctx, '%s := make(chan string, %d)' % (res, n))
            self.emit(ctx, 'var %s sync.WaitGroup' % wg)
            self.emit(ctx, 'for k := 0; k < %d; k++ {' % n)
            self.emit(ctx, '\t%s.Add(1)' % wg)
            self.emit(ctx, '\tgo func(k int) {')
            self.emit(ctx, '\t\tdefer %s.Done()' % wg)
            self.emit(ctx, '\t\tdefer func() {')
            self.emit(ctx, '\t\t\tif r := recover(); r != nil {')
            self.emit(ctx, '\t\t\t\t%s <- fmt.Sprint(k, " panic ", r)' % res)
            self.emit(ctx, '\t\t\t}')
            self.emit(ctx, '\t\t}()')
            self.emit(ctx, '\t\t%s <- fmt.Sprint(k, " ", %s)' % (res, call))
            self.emit(ctx, '\t}(k)')
            self.emit(ctx, '}')
            self.emit(ctx, '%s.Wait()' % wg)
            self.emit(ctx, 'close(%s)' % res)
            out = self.fresh('out')
            self.emit(ctx, 'var %s []string' % out)
            self.emit(ctx, 'for s := range %s {' % res)
            self.emit(ctx, '\t%s = append(%s, s)' % (out, out))
            self.emit(ctx, '}')
            self.emit(ctx, 'sort.Strings(%s)' % out)
            self.emit(ctx, 'fmt.Println("%s", len(%s), strings.Join(%s, "; "))' % (self.tag(), out, out))
        elif roll < 0.8:
            # a pipeline of unbuffered stages: strictly ordered
            src, mid = self.fresh('src'), self.fresh('mid')
            self.emit(ctx, '%s := make(chan int)' % src)
            self.emit(ctx, '%s := make(chan string)' % mid)
            self.emit(ctx, 'go func() {')
            self.emit(ctx, '\tfor k := 0; k < %d; k++ {' % n)
            self.emit(ctx, '\t\t%s <- k' % src)
            self.emit(ctx, '\t}')
            self.emit(ctx, '\tclose(%s)' % src)
            self.emit(ctx, '}()')
            self.emit(ctx, 'go func() {')
            self.emit(ctx, '\tdefer close(%s)' % mid)
            self.emit(ctx, '\tfor k := range %s {' % src)
            self.emit(ctx, '\t\t%s <- func() (s string) {' % mid)
            self.emit(ctx, '\t\t\tdefer func() {')
            self.emit(ctx, '\t\t\t\tif r := recover(); r != nil {')
            self.emit(ctx, '\t\t\t\t\ts = fmt.Sprint("panic ", r)')
            self.emit(ctx, '\t\t\t\t}')
            self.emit(ctx, '\t\t\t}()')
            self.emit(ctx, '\t\t\treturn fmt.Sprint(%s)' % call)
            self.emit(ctx, '\t\t}()')
            self.emit(ctx, '\t}')
            self.emit(ctx, '}()')
            self.emit(ctx, 'for s := range %s {' % mid)
            self.emit(ctx, '\tfmt.Println("%s", s)' % self.tag())
            self.emit(ctx, '}')
        else:
            # a mutex-protected counter: the total does not depend on the interleaving
            mu, tot = self.fresh('mu'), self.fresh('tot')
            self.emit(ctx, 'var %s sync.Mutex' % mu)
            self.emit(ctx, 'var %s sync.WaitGroup' % wg)
            self.emit(ctx, '%s := 0' % tot)
            self.emit(ctx, 'for k := 0; k < %d; k++ {' % n)
            self.emit(ctx, '\t%s.Add(1)' % wg)
            self.emit(ctx, '\tgo func(k int) {')
            self.emit(ctx, '\t\tdefer %s.Done()' % wg)
            self.emit(ctx, '\t\tfor j := 0; j < 50; j++ {')
            self.emit(ctx, '\t\t\t%s.Lock()' % mu)
            self.emit(ctx, '\t\t\t%s += k*j + 1' % tot)
            self.emit(ctx, '\t\t\t%s.Unlock()' % mu)
            self.emit(ctx, '\t\t}')
            self.emit(ctx, '\t}(k)')
            self.emit(ctx, '}')
            self.emit(ctx, '%s.Wait()' % wg)
            self.emit(ctx, 'fmt.Println("%s", %s)' % (self.tag(), tot))

    # ------------------------------------------------------------ declarations
    def gen_types(self):
        o = self.out
        for nb in self.named_basics:
            o.append('type %s %s' % (nb.go, nb.under.go))
        for st in self.structs:
            o.append('type %s struct {' % st.go)
            for fn, ft, emb in st.fields:
                o.append('\t%s' % ft.go if emb else '\t%s %s' % (fn, ft.go))
            o.append('}')
        o.append('type Node struct {\n\tval  int\n\tnext *Node\n}')
        for it in self.ifaces:
            o.append('type %s interface {' % it.go)
            if it.embeds:
                for e in it.embeds:
                    o.append('\t' + e.go)
            else:
                for m, (params, rt) in sorted(it.imethods.items()):
                    o.append('\t%s(%s) %s' % (m, ', '.join(p.go for p in params), rt.go))
            o.append('}')
        o.append('')

    def gen_methods(self):
        o = self.out
        for t in self.named_basics + self.structs:
            for m, ((params, rt), recv) in sorted(t.methods.items()):
                rn = 'r'
                rtype = t.go if recv == 'v' else '*' + t.go
                pnames = [self.fresh('a') for _ in params]
                ctx = Ctx(loud=False)
                ctx.allow_calls = True
                ctx.no_mcall = True
                ctx.add(Var(rn, t if recv == 'v' else T('ptr', '*' + t.go, elem=t), ro=(recv == 'v')))
                for pn, pt in zip(pnames, params):
                    ctx.add(Var(pn, pt, ro=True))
                ctx.indent = 1
                o.append('func (%s %s) %s(%s) %s {' % (rn, rtype, m, ', '.join('%s %s' % (pn, pt.go) for pn, pt in zip(pnames, params)), rt.go))
                if m in ('String', 'Error'):
                    # never print the receiver with %v here (it would recurse)
                    if t.kind == 'struct':
                        fs = [fn for fn, ft, emb in t.fields if printable(ft) and not (ft.stringer or ft.errorer) and not emb]
                        body = 'return fmt.Sprintf("%s<%s>"%s)' % (t.go, ' '.join(['%v'] * len(fs)), ''.join(', r.' + f for f in fs))
                    else:
                        body = 'return fmt.Sprintf("%s(%%v)", %s(r))' % (t.go, t.under.go)
                    o.append('\t' + body)
                    o.append('}')
                    continue
                for pn in pnames:
                    o.append('\t_ = %s' % pn)
                ctx.lines = o
                if recv == 'v' and t.kind == 'struct' and self.chance(0.5):
                    flds = [(fn, ft) for fn, ft, emb in t.fields if not emb and ft.kind in ('int', 'string', 'float', 'array')]
                    if flds:
                        fn, ft = self.pick(flds)
                        e = self.expr(ft, 1, ctx)[0]
                        if e != 'r.' + fn:
                            o.append('\tr.%s = %s // the receiver is a copy' % (fn, e))
                o.append('\treturn %s' % self.expr(rt, 2, ctx)[0])
                o.append('}')
        o.append('')

    def gen_setters(self):
        # func (r *S) Set(x T) { r.f = x }: mutation through a pointer receiver, called only as a
        # statement (a mutating call inside an expression would make operand order visible)
        o = self.out
        for t in self.structs:
            flds = [(fn, ft) for fn, ft, emb in t.fields if not emb and ft.kind in ('int', 'string', 'float')]
            if flds:
                fn, ft = self.pick(flds)
                t.setter = (fn, ft)
                o.append('func (r *%s) Set(x %s) {\n\tr.%s = x\n}\n' % (t.go, ft.go, fn))

    def s_setter(self, ctx, d):
        cands = [v for v in ctx.vars() if not v.ro and v.t.kind == 'struct' and getattr(v.t, 'setter', None)]
        cands += [v for v in ctx.vars() if v.t.kind == 'ptr' and getattr(v.t.elem, 'setter', None)]
        if not cands:
            return self.s_mvalue(ctx, d)
        v = self.pick(cands)
        st = v.t if v.t.kind == 'struct' else v.t.elem
        fn, ft = st.setter
        roll = self.r.random()
        arg = self.expr(ft, 1, ctx)[0]
        if roll < 0.5:
            self.emit(ctx, '%s.Set(%s)' % (v.name, arg))
        elif roll < 0.75:
            s = self.fresh('set')
            self.emit(ctx, '%s := %s.Set' % (s, v.name))
            self.emit(ctx, '%s(%s)' % (s, arg))
        else:
            recv = v.name if v.t.kind == 'ptr' else '&' + v.name
            self.emit(ctx, '(*%s).Set(%s, %s)' % (st.go, recv, arg))
        if printable(v.t):
            self.print_val(ctx, v.name, v.t)
        else:
            self.print_val(ctx, '%s.%s' % (v.name, fn), ft)

    def gen_funcs(self):
        o = self.out
        for i in range(self.r.randint(2, 5)):
            name = 'f%d' % i
            params = [self.pick(self.alltypes) for _ in range(self.r.randint(1, 3))]
            if self.chance(0.6):
                params[0] = self.pick([x for x in self.scalars if x.kind == 'int'])
            rt = self.pick(self.alltypes)
            pn = [self.fresh('a') for _ in params]
            ctx = Ctx(loud=False)
            ctx.allow_calls = True
            ctx.indent = 1
            ctx.lines = o
            for n, t in zip(pn, params):
                ctx.add(Var(n, t, ro=not value_only(t)))
            o.append('func %s(%s) %s {' % (name, ', '.join('%s %s' % (n, t.go) for n, t in zip(pn, params)), rt.go))
            for n in pn:
                o.append('\t_ = %s' % n)
            for _ in range(self.r.randint(0, 4)):
                self.stmt(ctx, 1)
            o.append('\treturn %s' % self.expr(rt, 2, ctx)[0])
            o.append('}')
            o.append('')
            self.funcs.append((name, params, rt))

    def gen_blocks(self):
        o = self.out
        nb = self.r.randint(3, 7)
        names = []
        for b in range(nb):
            name = 'b%d' % b
            names.append(name)
            o.append('func %s() {' % name)
            if self.chance(0.5):
                o.append('\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tfmt.Println("%s recovered:", r)\n\t\t}\n\t}()' % name)
            else:
                o.append('\tdefer rec("%s")' % name)
            ctx = Ctx(loud=True)
            ctx.allow_calls = True
            ctx.indent = 1
            ctx.lines = o
            for _ in range(self.r.randint(2, 4)):
                self.s_decl(ctx, 2)
            for _ in range(self.r.randint(8, 20)):
                self.stmt(ctx, 2)
            o.append('}')
            o.append('')
        return names

    def program(self):
        self.make_universe()
        body_start = len(self.out)
        self.gen_types()
        self.gen_methods()
        self.gen_setters()
        self.gen_funcs()
        blocks = self.gen_blocks()
        o = self.out
        o.append('func main() {')
        for b in blocks:
            o.append('\t%s()' % b)
        roll = self.r.random()
        if roll < 0.1:
            o.append('\tos.Exit(%d)' % self.r.randint(0, 5))
        elif roll < 0.2:
            ctx = Ctx(loud=True)
            o.append('\tpanic(%s)' % self.panic_value(ctx, final=True))
        o.append('}')
        body = o[body_start:]
        head = ['// difftest program, seed %d (generated by tests/difftest/gen.py)' % self.seed,
                'package main', '', 'import (', '\t"errors"', '\t"fmt"', '\t"os"', '\t"sort"', '\t"strconv"',
                '\t"strings"', '\t"sync"', ')', '',
                'var _ = errors.New', 'var _ = os.Exit', 'var _ = sort.Ints', 'var _ = strconv.Itoa',
                'var _ = strings.ToUpper', 'var _ sync.Mutex', '']
        for t in self.scalars + self.extra_zeros:
            head.append('var z_%s %s' % (t.go, t.go))
        head += ['',
                 '// idx maps any int into [0, n) (0 when n is 0)',
                 'func idx(i, n int) int {', '\tif n <= 0 {', '\t\treturn 0', '\t}', '\treturn int(uint(i) % uint(n))', '}', '',
                 '// f2i converts a float to an int only when it is in range (otherwise implementation-defined)',
                 'func f2i(x float64) int64 {', '\tif x != x || x > 1e15 || x < -1e15 {', '\t\treturn -1', '\t}', '\treturn int64(x)', '}', '',
                 'func rec(name string) {', '\tif r := recover(); r != nil {', '\t\tfmt.Println(name, "recovered:", r)', '\t}', '}', '']
        return '\n'.join(head + body) + '\n'


def has_iface(t):
    if t.kind == 'iface':
        return True
    if t.kind == 'struct':
        return any(has_iface(ft) for _, ft, _ in t.fields)
    if t.kind == 'array':
        return has_iface(t.elem)
    return False


def string_eq(b, s):
    return 'string(%s) == %s' % (b, s)


def const_key(lit, t):
    """The value of a scalar literal (maybe N(...)-converted), to keep map keys and cases distinct."""
    if t.kind != 'int':
        return lit
    m = re.match(r"^(?:N\d+\()?\(?(-?(?:0x)?[0-9a-f]+)\)?\)?$", lit)
    if m:
        return int(m.group(1), 0)
    if "'" in lit:
        return ord(eval(lit[lit.index("'"):lit.rindex("'") + 1]))
    return lit


class Var:
    def __init__(self, name, t, ro=False, loop=False):
        self.name = name
        self.t = t
        self.ro = ro
        self.loop = loop


class Ctx:
    def __init__(self, loud):
        self.loud = loud
        self.scopes = [[]]
        self.indent = 0
        self.lines = []
        self.allow_calls = True
        self.no_mcall = False

    def vars(self):
        return [v for s in self.scopes for v in s]

    def add(self, v):
        self.scopes[-1].append(v)

    def push(self):
        self.scopes.append([])

    def pop(self):
        self.scopes.pop()

    def closure_ctx(self):
        c = Ctx(self.loud)
        c.allow_calls = self.allow_calls
        outer = [v for v in self.vars() if not v.loop]
        c.scopes = [outer, []]
        return c


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        sys.exit(2)
    seed = int(args[0])
    avoid = args[args.index('--avoid') + 1].split(',') if '--avoid' in args else ()
    src = Gen(seed, avoid).program()
    if '-o' in args:
        with open(args[args.index('-o') + 1], 'w') as f:
            f.write(src)
    else:
        sys.stdout.write(src)


if __name__ == '__main__':
    main()
