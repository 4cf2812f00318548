import sys

sys.setrecursionlimit(10000)

def depth(d):
    # try/finally stands for Go's deferred closure, which changes the result after the return.
    r = 0
    try:
        r = 0 if d == 0 else depth(d - 1) + 1
    finally:
        r += d & 7
    return r

n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
total = 0
for _ in range(n):
    total += depth(1000)
print(f"deferrec({n})={total}")
