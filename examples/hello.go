#!/usr/bin/env weft
// A weft script: no package clause, no func main. Top-level statements run in order,
// and standard packages need no import.

type greeter struct{ name string }

func (g greeter) greet(who string) string {
	return fmt.Sprintf("%s says hello to %s", g.name, who)
}

done := make(chan string)
go func() {
	done <- greeter{"weft"}.greet("Go")
}()
fmt.Println(<-done)
