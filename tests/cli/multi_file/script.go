fmt.Println("a script")
