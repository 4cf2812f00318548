package main

import (
	"fmt"
	"net/http" // ERROR "not supported in weft: package net/http"
	"no/such/pkg" // ERROR "package no/such/pkg is not in std"
)

func main() {
	fmt.Println("hi")
}
