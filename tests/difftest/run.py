#!/usr/bin/env python3
"""Differential test of weft against Go over programs from gen.py.

    run.py [--seed S] [-n N] [-j J] [--minutes M] [--weft PATH] [--keep DIR] [--timeout SEC]

For each seed S, S+1, ... (N programs, or until the time budget is spent): generate the program,
build and run it with Go (its result is cached by content hash under --cache, default
~/.cache/weft-difftest, so reruns only cost weft's time), run it with `weft run`, and compare
stdout, the exit code and the first line of stderr.  A weft timeout is a mismatch.  A program
that Go does not build is a generator bug (counted and reported as invalid).  Mismatching
programs are written to --keep (default /tmp/difftest-fail) with both outputs.

Prints one line per mismatch and `difftest: N programs, M mismatches`; exits 1 on any mismatch
or invalid program, 77 when Go is not installed.
"""
import argparse
import concurrent.futures
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

ENV = {'PATH': '/usr/bin:/bin:/usr/local/bin:/usr/lib/go-1.19/bin', 'LANG': 'C', 'HOME': os.environ.get('HOME', '/tmp'),
       'GO111MODULE': 'off', 'GOFLAGS': '', 'GOCACHE': os.environ.get('GOCACHE', os.path.expanduser('~/.cache/go-build'))}


def go_binary():
    return shutil.which('go')


def run_capture(cmd, cwd, timeout, env=None):
    """(stdout bytes, exit code, first stderr line) or None on timeout."""
    try:
        p = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return None
    err = p.stderr.decode('utf-8', 'replace').split('\n', 1)[0]
    return p.stdout, p.returncode, err


def go_result(src, cache, timeout, go):
    """Go's result for src: dict(stdout, code, err) or dict(invalid=message)."""
    h = hashlib.sha256(src.encode()).hexdigest()
    path = os.path.join(cache, h[:2], h + '.json')
    if os.path.exists(path):
        with open(path) as f:
            return json.load(f)
    with tempfile.TemporaryDirectory(prefix='difftest-go-') as d:
        with open(os.path.join(d, 'main.go'), 'w') as f:
            f.write(src)
        env = dict(ENV)
        env['PATH'] = os.path.dirname(go) + ':' + env['PATH']
        b = subprocess.run([go, 'build', '-o', 'prog', 'main.go'], cwd=d, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, env=env)
        if b.returncode != 0:
            res = {'invalid': 'go build: ' + b.stdout.decode('utf-8', 'replace')[:2000]}
        else:
            r = run_capture(['./prog'], d, timeout, env={'PATH': '/usr/bin:/bin', 'LANG': 'C'})
            if r is None:
                res = {'invalid': 'go run timed out'}
            elif len(r[0]) > 2 << 20:
                res = {'invalid': 'go output over 2 MB'}
            else:
                res = {'stdout': r[0].decode('latin-1'), 'code': r[1], 'err': r[2]}
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + '.%d.tmp' % os.getpid()
    with open(tmp, 'w') as f:
        json.dump(res, f)
    os.replace(tmp, path)
    return res


WEFT_ENV = {}


def weft_result(src, weft, timeout):
    with tempfile.TemporaryDirectory(prefix='difftest-weft-') as d:
        with open(os.path.join(d, 'main.go'), 'w') as f:
            f.write(src)
        env = {'PATH': '/usr/bin:/bin', 'LANG': 'C'}
        env.update(WEFT_ENV)
        # the binary may be briefly missing while it is rebuilt: wait for it (up to 10 minutes)
        for attempt in range(120):
            try:
                r = run_capture([weft, 'run', 'main.go'], d, timeout, env=env)
                if r is not None and r[1] in (126, 127) and not r[0]:
                    raise OSError('weft not runnable')
                break
            except OSError:
                time.sleep(5)
        else:
            raise SystemExit('difftest: %s cannot be run' % weft)
        if r is None:
            return None
        return {'stdout': r[0].decode('latin-1'), 'code': r[1], 'err': r[2]}


def compare(g, w):
    """A list of differences (empty when equal)."""
    if w is None:
        return ['weft timed out']
    probs = []
    if g['stdout'] != w['stdout']:
        gl, wl = g['stdout'].split('\n'), w['stdout'].split('\n')
        k = next((i for i in range(max(len(gl), len(wl))) if i >= len(gl) or i >= len(wl) or gl[i] != wl[i]), 0)
        probs.append('stdout differs at line %d: go %r, weft %r' % (
            k + 1, gl[k] if k < len(gl) else '<eof>', wl[k] if k < len(wl) else '<eof>'))
    if g['code'] != w['code']:
        probs.append('exit code go %d, weft %d' % (g['code'], w['code']))
    if g['err'] != w['err']:
        probs.append('stderr go %r, weft %r' % (g['err'], w['err']))
    return probs


def check_source(src, weft, go, cache, timeout, go_timeout=20):
    """('ok'|'mismatch'|'invalid', details, go result, weft result) for one program."""
    g = go_result(src, cache, go_timeout, go)
    if 'invalid' in g:
        return 'invalid', [g['invalid']], g, None
    w = weft_result(src, weft, timeout)
    probs = compare(g, w)
    return ('mismatch' if probs else 'ok'), probs, g, w


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--seed', type=int, default=1, help='first seed')
    ap.add_argument('-n', type=int, default=None, help='number of programs (default: 100, or unbounded with --minutes)')
    ap.add_argument('-j', type=int, default=1, help='programs run at once')
    ap.add_argument('--minutes', type=float, default=None, help='stop starting programs after this long')
    ap.add_argument('--weft', default=os.path.join(HERE, '..', '..', 'build', 'weft'))
    ap.add_argument('--cache', default=os.path.expanduser('~/.cache/weft-difftest'))
    ap.add_argument('--keep', default='/tmp/difftest-fail', help='where mismatching programs are written')
    ap.add_argument('--timeout', type=float, default=20, help='seconds allowed to weft per program')
    ap.add_argument('-q', action='store_true', help='print only mismatches and the summary')
    ap.add_argument('--weft-env', action='append', default=[], metavar='K=V',
                    help='environment for weft, e.g. WEFT_GCSTRESS=1 (repeatable)')
    ap.add_argument('--avoid', default='', help='findings (e.g. 001,004) whose triggers gen.py leaves out')
    args = ap.parse_args()
    go = go_binary()
    if not go:
        print('difftest: go is not installed; skipped')
        sys.exit(77)
    weft = os.path.abspath(args.weft)
    avoid = [a for a in args.avoid.split(',') if a]
    for kv in args.weft_env:
        k, _, v = kv.partition('=')
        WEFT_ENV[k] = v
    n = args.n if args.n is not None else (None if args.minutes else 100)
    deadline = time.time() + args.minutes * 60 if args.minutes else None
    os.makedirs(args.keep, exist_ok=True)
    lock = threading.Lock()
    stats = {'programs': 0, 'mismatch': 0, 'invalid': 0}
    failed = []

    def one(seed):
        src = gen.Gen(seed, avoid).program()
        status, probs, g, w = check_source(src, weft, go, args.cache, args.timeout)
        with lock:
            stats['programs'] += 1
            if status == 'ok':
                if not args.q and stats['programs'] % 50 == 0:
                    print('difftest: %d programs, %d mismatches so far' % (stats['programs'], stats['mismatch']), flush=True)
                return
            stats[status] += 1
            failed.append(seed)
            print('%s seed %d: %s' % (status.upper(), seed, '; '.join(probs)), flush=True)
            base = os.path.join(args.keep, 'seed%d' % seed)
            with open(base + '.go', 'w') as f:
                f.write(src)
            if g and 'stdout' in g:
                with open(base + '.go.out', 'w', encoding='latin-1') as f:
                    f.write(g['stdout'])
            if w:
                with open(base + '.weft.out', 'w', encoding='latin-1') as f:
                    f.write(w['stdout'])

    seeds = iter(range(args.seed, args.seed + n) if n is not None else _count(args.seed))
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.j) as ex:
        running = set()
        for s in seeds:
            if deadline and time.time() > deadline:
                break
            running.add(ex.submit(one, s))
            if len(running) >= args.j * 2:
                done, running = concurrent.futures.wait(running, return_when=concurrent.futures.FIRST_COMPLETED)
                for f in done:
                    f.result()
        for f in running:
            f.result()
    extra = ', %d invalid' % stats['invalid'] if stats['invalid'] else ''
    print('difftest: %d programs, %d mismatches%s (seeds %d..%d)' % (
        stats['programs'], stats['mismatch'], extra, args.seed, args.seed + stats['programs'] - 1))
    if failed:
        print('difftest: failing seeds: %s (programs in %s)' % (' '.join(map(str, sorted(failed))), args.keep))
    sys.exit(1 if stats['mismatch'] or stats['invalid'] else 0)


def _count(start):
    while True:
        yield start
        start += 1


if __name__ == '__main__':
    main()
