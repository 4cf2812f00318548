#!/usr/bin/env python3
"""Reduce a program on which weft and Go disagree, keeping the disagreement.

    shrink.py PROG.go [-o OUT.go] [--weft PATH] [--any] [--weft-contains S] [--go-contains S]

The program is split into brace-matched units (a line, or a line ending in `{` up to its
matching `}`), and units are deleted level by level, delta-debugging style (halves, quarters,
... single units), then again until nothing more can go.  A candidate is kept when `go build`
accepts it and weft still disagrees with Go in the same way: the same parts differ (stdout, exit
code, first stderr line) and, when weft's first differing line reports a panic or a recovered
value, weft still reports that message (--any: any disagreement).  --weft-contains/--go-contains
also require the text in weft's/Go's output (stdout + first stderr line).  At the end the result
is checked with `go vet` (reported, not enforced: a generated program may carry unused results).
"""
import argparse
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import run  # noqa: E402


def units_of(lines, lo, hi):
    """Sibling units in lines[lo:hi]: (start, end) half-open, brace-matched."""
    res = []
    i = lo
    while i < hi:
        s = lines[i].strip()
        if s.endswith('{') and not s.startswith('}'):
            depth = 0
            j = i
            while j < hi:
                t = lines[j].strip()
                t2 = re.sub(r'"(\\.|[^"\\])*"|\'(\\.|[^\'\\])*\'|`[^`]*`', '""', t)
                t2 = t2.split('//')[0]
                depth += t2.count('{') - t2.count('}')
                if depth <= 0 and j > i:
                    break
                j += 1
            res.append((i, min(j + 1, hi)))
            i = j + 1
        elif s == '' or s.startswith('}') or s.startswith('case ') or s == 'default:' or s.startswith('package ') \
                or s.startswith('import') or s == ')' or s.startswith('"'):
            i += 1
        else:
            res.append((i, i + 1))
            i += 1
    return res


class Shrinker:
    def __init__(self, args):
        self.args = args
        self.go = run.go_binary()
        self.weft = os.path.abspath(args.weft)
        self.tests = 0

    def outcome(self, src):
        st, probs, g, w = run.check_source(src, self.weft, self.go, self.args.cache, self.args.timeout)
        return st, probs, g, w

    def signature(self, probs, g, w):
        parts = tuple(sorted(p.split(' ')[0] for p in probs))
        msg = None
        if w is not None and g is not None and 'stdout' in g:
            gl, wl = g['stdout'].split('\n'), w['stdout'].split('\n')
            for i in range(max(len(gl), len(wl))):
                a = gl[i] if i < len(gl) else None
                b = wl[i] if i < len(wl) else None
                if a != b:
                    if b and ('recovered' in b or 'panic' in b):
                        msg = re.sub(r'^\S+ ', '', b)
                    # the statement (its unique L tag) whose output differs first
                    m = re.match(r'^(L\d+) ', a or '')
                    if m:
                        parts = parts + (m.group(1),)
                    break
            if w['err'].startswith('panic') and w['err'] != g['err']:
                msg = (msg or '') + '|' + w['err']
        if w is None:
            parts = ('timeout',)
        return parts, msg

    def interesting(self, src):
        self.tests += 1
        # weft first (fast): a candidate weft rejects as invalid is almost always invalid Go too,
        # and one where weft no longer shows its wrong message cannot keep the signature
        w = run.weft_result(src, self.weft, self.args.timeout)
        if w is not None and w['code'] == 1 and re.match(r'^main\.go:\d+:\d+: ', w['err']):
            return False
        if not self.args.any and self.sig[1] and w is not None:
            for part in self.sig[1].split('|'):
                if part and part not in w['stdout'] + '\n' + w['err']:
                    return False
        st, probs, g, w = self.outcome(src)
        if st != 'mismatch':
            return False
        if self.args.weft_contains and (w is None or self.args.weft_contains not in w['stdout'] + w['err']):
            return False
        if self.args.go_contains and self.args.go_contains not in g['stdout'] + g['err']:
            return False
        if self.args.any:
            return True
        return self.signature(probs, g, w) == self.sig

    def try_remove(self, lines, ranges):
        keep = [True] * len(lines)
        for a, b in ranges:
            for k in range(a, b):
                keep[k] = False
        cand = [l for l, k in zip(lines, keep) if k]
        if self.interesting('\n'.join(cand) + '\n'):
            return cand
        return None

    def reduce_level(self, lines, lo, hi):
        """ddmin over the sibling units of lines[lo:hi]; returns (lines, removed line count)."""
        removed = 0
        units = units_of(lines, lo, hi)
        n = 2
        while len(units) >= 1:
            chunk = max(1, (len(units) + n - 1) // n)
            progress = False
            for start in range(0, len(units), chunk):
                sel = units[start:start + chunk]
                cand = self.try_remove(lines, sel)
                if cand is not None:
                    gone = sum(b - a for a, b in sel)
                    removed += gone
                    hi -= gone
                    lines = cand
                    units = units_of(lines, lo, hi)
                    n = max(n - 1, 2)
                    progress = True
                    break
            if not progress:
                if chunk == 1:
                    break
                n = min(n * 2, len(units))
        return lines, removed, hi

    def reduce_all(self, lines):
        # top level first, then into every compound unit (recursively), innermost last
        lines, _, _ = self.reduce_level(lines, 0, len(lines))
        i = 0
        stack = [(0, len(lines))]
        # walk compound units in order; indices shift as lines go, so recompute as we go
        changed = True
        while changed:
            changed = False
            comps = [(a, b) for a, b in self.all_units(lines) if b - a > 2]
            for a, b in comps:
                # only if that unit is still where it was
                if b > len(lines):
                    continue
                new, removed, _ = self.reduce_level(lines, a + 1, b - 1)
                if removed:
                    lines = new
                    changed = True
                    break
        return lines

    def all_units(self, lines):
        out = []

        def rec(lo, hi):
            for a, b in units_of(lines, lo, hi):
                out.append((a, b))
                if b - a > 2:
                    rec(a + 1, b - 1)
        rec(0, len(lines))
        return out

    def run(self, src):
        st, probs, g, w = self.outcome(src)
        if st != 'mismatch':
            print('shrink: the program does not mismatch (%s)' % st, file=sys.stderr)
            sys.exit(2)
        self.sig = self.signature(probs, g, w)
        print('shrink: keeping %s %s' % self.sig, file=sys.stderr)
        lines = src.rstrip('\n').split('\n')
        prev = None
        while prev != len(lines):
            prev = len(lines)
            lines = self.reduce_all(lines)
            print('shrink: %d lines after %d tests' % (len(lines), self.tests), file=sys.stderr)
        return '\n'.join(lines) + '\n'


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('prog')
    ap.add_argument('-o', dest='out', default=None)
    ap.add_argument('--weft', default=os.path.join(HERE, '..', '..', 'build', 'weft'))
    ap.add_argument('--cache', default=os.path.expanduser('~/.cache/weft-difftest'))
    ap.add_argument('--timeout', type=float, default=10)
    ap.add_argument('--any', action='store_true')
    ap.add_argument('--weft-contains', default=None)
    ap.add_argument('--go-contains', default=None)
    args = ap.parse_args()
    src = open(args.prog).read()
    out = Shrinker(args).run(src)
    st, probs, g, w = run.check_source(out, os.path.abspath(args.weft), run.go_binary(), args.cache, args.timeout)
    header = ['// go:   ' + l for l in (g['stdout'].rstrip('\n').split('\n') + ['exit %d %s' % (g['code'], g['err'])])]
    header += ['// weft: ' + l for l in ((w['stdout'].rstrip('\n').split('\n') + ['exit %d %s' % (w['code'], w['err'])]) if w else ['timeout'])]
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, 'main.go'), 'w') as f:
            f.write(out)
        vet = subprocess.run([run.go_binary(), 'vet', 'main.go'], cwd=d, capture_output=True, env=run.ENV)
        if vet.returncode != 0:
            print('shrink: go vet: ' + vet.stderr.decode('utf-8', 'replace').strip(), file=sys.stderr)
    res = '\n'.join(header) + '\n' + out
    if args.out:
        with open(args.out, 'w') as f:
            f.write(res)
    else:
        sys.stdout.write(res)
    print('shrink: %d lines; %s' % (len(out.split('\n')), '; '.join(probs)), file=sys.stderr)


if __name__ == '__main__':
    main()
