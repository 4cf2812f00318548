import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 40000
s = ""
for i in range(n):
    s += chr(97 + i % 26)
h = 0
for c in s.encode():
    h = (h * 31 + c) % 1000000007
print(f"strappend({n})={len(s)} {h}")
