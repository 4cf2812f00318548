package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("args:", len(os.Args))
	fmt.Println(len(os.Args[1:]), os.Args[0] != "")
}
