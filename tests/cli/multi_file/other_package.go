package other

func Helper() {}
