package main

func area(s shape) float64 { return 0 }
