// Return statements with the wrong number or type of values.

package main

import "errors"

func a() int {
	return 1, 2 // ERROR "too many return values"
}

func b() (int, error) {
	return 1 // ERROR "not enough return values"
}

func c() {
	return 1 // ERROR "too many return values"
}

func d() string {
	return // ERROR "not enough return values"
}

func e() (x int, err error) {
	{
		x := 2
		_ = x
		return // ERROR "result parameter x not in scope at return"
	}
}

func f() (int, error) {
	return errors.New("e"), 1 // ERROR "cannot use errors\.New\(.e.\) \(value of type error\) as (type )?int( value)? in return statement" "cannot use 1 \(constant of type int\) as (type )?error( value)? in return statement: int does not implement error \((missing Error method|missing method Error)\)"
}

func g() (n int) {
	return // naked return with named result is fine
}

func h() (int, string) {
	return b() // ERROR "cannot use b\(\) \(value of type error\) as (type )?string( value)? in return statement"
}

func main() {
	_ = a()
	_, _ = b()
	c()
	_ = d()
	_, _ = e()
	_, _ = f()
	_ = g()
	_, _ = h()
}
