#!/usr/bin/env python3
"""Writes a Go program whose main nests one construct N deep (or chains it N long), as generated
code does: gen.py KIND N. The kinds are listed in KINDS."""
import sys

HEADER = 'package main\n\nimport "fmt"\n\n'

def body(kind, n):
    if kind == 'sum':        # a left-deep chain of + over a variable
        return 'x := 1\n\ty := ' + ' + '.join(['x'] * n) + '\n\tfmt.Println(y)'
    if kind == 'mixed':      # products inside a sum: temporaries at two levels
        return 'x := 3\n\ty := ' + ' + '.join(['x*2'] * n) + '\n\tfmt.Println(y)'
    if kind == 'floats':
        return 'f := 1.5\n\ty := ' + ' + '.join(['f'] * n) + '\n\tfmt.Println(y)'
    if kind == 'strcat':
        return 's := "a"\n\ty := ' + ' + '.join(['s'] * n) + '\n\tfmt.Println(len(y))'
    if kind == 'andand':
        return 'b := true\n\ty := ' + ' && '.join(['b'] * n) + '\n\tfmt.Println(y)'
    if kind == 'rightsum':   # a right-deep chain: the parser and every pass recurse
        return 'x := 1\n\ty := ' + 'x + (' * n + 'x' + ')' * n + '\n\tfmt.Println(y)'
    if kind == 'paren':
        return 'x := 1\n\ty := ' + '(' * n + 'x' + ')' * n + '\n\tfmt.Println(y)'
    if kind == 'unary':
        return 'x := 1\n\ty := ' + ' '.join(['-'] * n) + ' x\n\tfmt.Println(y)'
    if kind == 'calls':
        return 'y := ' + 'f(' * n + '0' + ')' * n + '\n\tfmt.Println(y)'
    if kind == 'index':
        return 'a := []int{0}\n\ty := ' + 'a[' * n + '0' + ']' * n + '\n\tfmt.Println(y)'
    if kind == 'complit':
        return 'y := ' + '[]interface{}{' * n + '1' + '}' * n + '\n\tfmt.Println(len(y))'
    if kind == 'funclit':
        return 'x := 1\n\ty := ' + 'func() int { return ' * n + 'x' + ' }()' * n + '\n\tfmt.Println(y)'
    if kind == 'blocks':
        return 'x := 0\n\t' + '{ x++\n' * n + '}' * n + '\n\tfmt.Println(x)'
    if kind == 'ifs':
        return 'x := 0\n\t' + 'if x >= 0 { x++\n' * n + '}' * n + '\n\tfmt.Println(x)'
    if kind == 'types':
        return 'var y ' + '[]' * n + 'int\n\tfmt.Println(len(y))'
    raise SystemExit('unknown kind ' + kind)

KINDS = ['sum', 'mixed', 'floats', 'strcat', 'andand', 'rightsum', 'paren', 'unary', 'calls', 'index',
         'complit', 'funclit', 'blocks', 'ifs', 'types']

if __name__ == '__main__':
    kind, n = sys.argv[1], int(sys.argv[2])
    extra = 'func f(i int) int { return i + 1 }\n\n' if kind == 'calls' else ''
    print(HEADER + extra + 'func main() {\n\t' + body(kind, n) + '\n}')
