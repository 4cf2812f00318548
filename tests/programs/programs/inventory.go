// An inventory management system built around interfaces: items with
// different pricing rules, warehouses, orders, errors, reports.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Item interface {
	SKU() string
	Name() string
	Price(qty int) Cents
}

type Perishable interface {
	Item
	DaysLeft() int
}

type Taxable interface {
	TaxRate() float64
}

type base struct {
	sku, name string
	unit      Cents
}

func (b base) SKU() string  { return b.sku }
func (b base) Name() string { return b.name }

type Simple struct{ base }

func (s Simple) Price(qty int) Cents { return s.unit * Cents(qty) }

type Bulk struct {
	base
	threshold int
	discount  float64
}

func (b Bulk) Price(qty int) Cents {
	p := b.unit * Cents(qty)
	if qty >= b.threshold {
		p = Cents(float64(p) * (1 - b.discount))
	}
	return p
}

type Food struct {
	base
	days int
}

func (f Food) Price(qty int) Cents {
	p := f.unit * Cents(qty)
	if f.days <= 2 {
		p /= 2
	}
	return p
}
func (f Food) DaysLeft() int { return f.days }

type Gadget struct {
	Simple
	tax float64
}

func (g Gadget) TaxRate() float64 { return g.tax }
func (g Gadget) String() string   { return "Gadget<" + g.name + ">" }

var (
	ErrUnknownSKU   = errors.New("unknown SKU")
	ErrInsufficient = errors.New("insufficient stock")
	ErrInvalidQty   = errors.New("invalid quantity")
)

type StockError struct {
	SKU       string
	Want, Got int
}

func (e *StockError) Error() string {
	return fmt.Sprintf("sku %s: want %d, have %d", e.SKU, e.Want, e.Got)
}

func (e *StockError) Unwrap() error { return ErrInsufficient }

type Warehouse struct {
	name    string
	catalog map[string]Item
	stock   map[string]int
	log     []string
}

func NewWarehouse(name string) *Warehouse {
	return &Warehouse{name: name, catalog: map[string]Item{}, stock: map[string]int{}}
}

func (w *Warehouse) Add(it Item, qty int) {
	w.catalog[it.SKU()] = it
	w.stock[it.SKU()] += qty
	w.log = append(w.log, fmt.Sprintf("add %s x%d", it.SKU(), qty))
}

func (w *Warehouse) Remove(sku string, qty int) error {
	if qty <= 0 {
		return fmt.Errorf("remove %s: %w (%d)", sku, ErrInvalidQty, qty)
	}
	have, ok := w.stock[sku]
	if !ok {
		return fmt.Errorf("remove %s: %w", sku, ErrUnknownSKU)
	}
	if have < qty {
		return &StockError{sku, qty, have}
	}
	w.stock[sku] = have - qty
	w.log = append(w.log, fmt.Sprintf("remove %s x%d", sku, qty))
	return nil
}

func (w *Warehouse) SKUs() []string {
	skus := make([]string, 0, len(w.catalog))
	for s := range w.catalog {
		skus = append(skus, s)
	}
	sort.Strings(skus)
	return skus
}

func (w *Warehouse) Value() Cents {
	var total Cents
	for _, s := range w.SKUs() {
		total += w.catalog[s].Price(w.stock[s])
	}
	return total
}

type OrderLine struct {
	SKU string
	Qty int
}

type Receipt struct {
	Lines    []string
	Subtotal Cents
	Tax      Cents
	Failed   []error
}

func (r Receipt) Total() Cents { return r.Subtotal + r.Tax }

func (w *Warehouse) Fulfill(order []OrderLine) Receipt {
	var r Receipt
	for _, l := range order {
		if err := w.Remove(l.SKU, l.Qty); err != nil {
			r.Failed = append(r.Failed, err)
			continue
		}
		it := w.catalog[l.SKU]
		p := it.Price(l.Qty)
		r.Subtotal += p
		line := fmt.Sprintf("%-14s x%-3d %10v", it.Name(), l.Qty, p)
		if t, ok := it.(Taxable); ok {
			tax := Cents(float64(p)*t.TaxRate() + 0.5)
			r.Tax += tax
			line += fmt.Sprintf("  (+%v tax)", tax)
		}
		if per, ok := it.(Perishable); ok && per.DaysLeft() <= 2 {
			line += "  [clearance]"
		}
		r.Lines = append(r.Lines, line)
	}
	return r
}

func describe(it Item) string {
	kinds := []string{}
	switch v := it.(type) {
	case Gadget:
		kinds = append(kinds, fmt.Sprintf("gadget(tax %.0f%%)", v.tax*100))
	case Bulk:
		kinds = append(kinds, fmt.Sprintf("bulk(%d+ at -%.0f%%)", v.threshold, v.discount*100))
	case Food:
		kinds = append(kinds, fmt.Sprintf("food(%dd)", v.days))
	case Simple:
		kinds = append(kinds, "simple")
	}
	if _, ok := it.(fmt.Stringer); ok {
		kinds = append(kinds, "stringer")
	}
	return strings.Join(kinds, ",")
}

func main() {
	w := NewWarehouse("main")
	w.Add(Simple{base{"P-100", "Pencil", 45}}, 500)
	w.Add(Bulk{base{"B-200", "Paper ream", 899}, 10, 0.15}, 40)
	w.Add(Food{base{"F-300", "Banana", 25}, 2}, 120)
	w.Add(Food{base{"F-301", "Rice 1kg", 310}, 200}, 30)
	w.Add(Gadget{Simple{base{"G-400", "Calculator", 1999}}, 0.2}, 8)
	w.Add(Simple{base{"P-100", "Pencil", 45}}, 100)
	fmt.Println("Catalog:")
	for _, s := range w.SKUs() {
		it := w.catalog[s]
		fmt.Printf("  %-6s %-12s stock=%-4d unit=%-7v %s\n", s, it.Name(), w.stock[s], it.Price(1), describe(it))
	}
	fmt.Println("Inventory value:", w.Value())

	orders := [][]OrderLine{
		{{"P-100", 20}, {"B-200", 12}, {"F-300", 6}},
		{{"G-400", 3}, {"F-301", 2}, {"X-999", 1}},
		{{"G-400", 10}, {"P-100", 0}, {"B-200", 5}},
	}
	for i, o := range orders {
		r := w.Fulfill(o)
		fmt.Printf("Order #%d\n", i+1)
		for _, l := range r.Lines {
			fmt.Println("  " + l)
		}
		fmt.Printf("  subtotal %v, tax %v, total %v\n", r.Subtotal, r.Tax, r.Total())
		for _, err := range r.Failed {
			var se *StockError
			switch {
			case errors.As(err, &se):
				fmt.Printf("  FAILED: %v (short by %d, insufficient=%v)\n", err, se.Want-se.Got, errors.Is(err, ErrInsufficient))
			case errors.Is(err, ErrUnknownSKU):
				fmt.Printf("  FAILED: %v (unknown)\n", err)
			default:
				fmt.Printf("  FAILED: %v\n", err)
			}
		}
	}
	fmt.Println("Remaining stock:")
	for _, s := range w.SKUs() {
		fmt.Printf("  %s=%d", s, w.stock[s])
	}
	fmt.Println()
	fmt.Println("Inventory value:", w.Value())
	fmt.Println("Log entries:", len(w.log))
	fmt.Println(strings.Join(w.log, "; "))
	var low []string
	for _, s := range w.SKUs() {
		if w.stock[s] < 20 {
			low = append(low, fmt.Sprintf("%s(%d)", w.catalog[s].Name(), w.stock[s]))
		}
	}
	fmt.Println("Low stock:", low)
	var g Item = w.catalog["G-400"]
	fmt.Println(g, Cents(-1234), Cents(5))
	byValue := w.SKUs()
	sort.SliceStable(byValue, func(i, j int) bool {
		return w.catalog[byValue[i]].Price(w.stock[byValue[i]]) > w.catalog[byValue[j]].Price(w.stock[byValue[j]])
	})
	fmt.Println("By stock value:", byValue)
}
