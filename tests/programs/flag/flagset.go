package main

// Package flag (Go 1.19's own flag.go): a FlagSet parsing each kind of flag, the remaining
// arguments, Visit and VisitAll, PrintDefaults (with back-quoted names and defaults), errors
// for an unknown flag and a bad value, -h, and the command line's flag.Parse.

import (
	"flag"
	"fmt"
	"os"
	"time"
)

func main() {
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	n := fs.Int("n", 3, "how `many`")
	v := fs.Bool("v", false, "verbose")
	s := fs.String("name", "x", "a name")
	d := fs.Duration("d", time.Second, "a duration")
	var u uint
	fs.UintVar(&u, "u", 0, "unsigned")
	err := fs.Parse([]string{"-n", "5", "-v", "--name=bob", "-d", "1m30s", "rest", "-x"})
	fmt.Println(err, *n, *v, *s, *d, u, fs.Args(), fs.NArg(), fs.Arg(0), fs.NFlag())
	fs.Visit(func(f *flag.Flag) { fmt.Println("set:", f.Name, f.Value) })
	fs.VisitAll(func(f *flag.Flag) { fmt.Println("all:", f.Name, f.DefValue, f.Usage) })
	fs.PrintDefaults()
	err = fs.Parse([]string{"-bogus"})
	fmt.Println(err)
	err = fs.Parse([]string{"-n", "abc"})
	fmt.Println(err)
	err = fs.Parse([]string{"-h"})
	fmt.Println(err, err == flag.ErrHelp)
	flag.Parse()
	fmt.Println(flag.NArg(), flag.Parsed())
}
