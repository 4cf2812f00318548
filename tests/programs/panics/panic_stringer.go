package main

type State int

func (s State) String() string {
	return [...]string{"Idle", "Running", "Crashed"}[s]
}

func main() {
	panic(State(2))
}
