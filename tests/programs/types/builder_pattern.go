package main

import (
	"fmt"
	"strings"
)

type Query struct {
	table  string
	fields []string
	conds  []string
	limit  int
	order  string
}

func From(t string) *Query { return &Query{table: t, limit: -1} }

func (q *Query) Select(f ...string) *Query { q.fields = append(q.fields, f...); return q }
func (q *Query) Where(c string) *Query     { q.conds = append(q.conds, c); return q }
func (q *Query) Limit(n int) *Query        { q.limit = n; return q }
func (q *Query) OrderBy(o string) *Query   { q.order = o; return q }

func (q *Query) String() string {
	var sb strings.Builder
	sb.WriteString("SELECT ")
	if len(q.fields) == 0 {
		sb.WriteString("*")
	} else {
		sb.WriteString(strings.Join(q.fields, ", "))
	}
	sb.WriteString(" FROM " + q.table)
	if len(q.conds) > 0 {
		sb.WriteString(" WHERE " + strings.Join(q.conds, " AND "))
	}
	if q.order != "" {
		sb.WriteString(" ORDER BY " + q.order)
	}
	if q.limit >= 0 {
		fmt.Fprintf(&sb, " LIMIT %d", q.limit)
	}
	return sb.String()
}

type Config struct {
	Name    string
	Retries int
	Verbose bool
}

type Option func(*Config)

func WithRetries(n int) Option { return func(c *Config) { c.Retries = n } }
func Verbose() Option          { return func(c *Config) { c.Verbose = true } }

func NewConfig(name string, opts ...Option) Config {
	c := Config{Name: name, Retries: 3}
	for _, o := range opts {
		o(&c)
	}
	return c
}

func main() {
	fmt.Println(From("users"))
	fmt.Println(From("users").Select("id", "name").Where("age > 18").Where("active").OrderBy("name").Limit(10))
	q := From("t").Limit(0)
	fmt.Println(q.String())
	fmt.Printf("%+v\n", NewConfig("a"))
	fmt.Printf("%+v\n", NewConfig("b", WithRetries(7), Verbose()))
}
