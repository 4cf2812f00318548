// An inventory and order-processing system: products, stock levels,
// orders with validation errors (custom error types, wrapping, errors.As),
// discounts via interfaces, and sorted reports.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type SKU string

type Product struct {
	SKU      SKU
	Name     string
	Price    int // cents
	Category string
}

type StockError struct {
	SKU       SKU
	Requested int
	Available int
}

func (e *StockError) Error() string {
	return fmt.Sprintf("insufficient stock for %s: requested %d, available %d", e.SKU, e.Requested, e.Available)
}

type ValidationError struct {
	Field  string
	Reason string
}

func (e ValidationError) Error() string { return e.Field + ": " + e.Reason }

var ErrUnknownProduct = errors.New("unknown product")

type Discount interface {
	Apply(subtotal int, lines []Line) (int, string)
}

type PercentOff struct{ Percent int }
type BulkDeal struct {
	SKU      SKU
	MinQty   int
	FreeEach int
}
type NoDiscount struct{}

func (p PercentOff) Apply(subtotal int, _ []Line) (int, string) {
	return subtotal * p.Percent / 100, fmt.Sprintf("%d%% off", p.Percent)
}

func (b BulkDeal) Apply(_ int, lines []Line) (int, string) {
	for _, l := range lines {
		if l.Product.SKU == b.SKU && l.Qty >= b.MinQty {
			free := l.Qty / b.MinQty * b.FreeEach
			return free * l.Product.Price, fmt.Sprintf("bulk deal on %s (%d free)", b.SKU, free)
		}
	}
	return 0, "bulk deal (not applicable)"
}

func (NoDiscount) Apply(int, []Line) (int, string) { return 0, "none" }

type Line struct {
	Product Product
	Qty     int
}

type Order struct {
	ID       int
	Customer string
	Items    map[SKU]int
	Discount Discount
}

type Inventory struct {
	products map[SKU]Product
	stock    map[SKU]int
	sold     map[SKU]int
	revenue  int
}

func NewInventory() *Inventory {
	return &Inventory{products: map[SKU]Product{}, stock: map[SKU]int{}, sold: map[SKU]int{}}
}

func (inv *Inventory) Add(p Product, qty int) {
	inv.products[p.SKU] = p
	inv.stock[p.SKU] += qty
}

func (inv *Inventory) validate(o Order) ([]Line, error) {
	if strings.TrimSpace(o.Customer) == "" {
		return nil, ValidationError{"customer", "must not be empty"}
	}
	if len(o.Items) == 0 {
		return nil, ValidationError{"items", "order is empty"}
	}
	skus := make([]string, 0, len(o.Items))
	for s := range o.Items {
		skus = append(skus, string(s))
	}
	sort.Strings(skus)
	var lines []Line
	for _, s := range skus {
		sku := SKU(s)
		qty := o.Items[sku]
		p, ok := inv.products[sku]
		if !ok {
			return nil, fmt.Errorf("order %d line %s: %w", o.ID, sku, ErrUnknownProduct)
		}
		if qty <= 0 {
			return nil, ValidationError{"quantity", fmt.Sprintf("%s has non-positive quantity %d", sku, qty)}
		}
		if qty > inv.stock[sku] {
			return nil, fmt.Errorf("order %d: %w", o.ID, &StockError{sku, qty, inv.stock[sku]})
		}
		lines = append(lines, Line{p, qty})
	}
	return lines, nil
}

func (inv *Inventory) Process(o Order) (string, error) {
	lines, err := inv.validate(o)
	if err != nil {
		return "", err
	}
	var sb strings.Builder
	subtotal := 0
	fmt.Fprintf(&sb, "order #%d for %s\n", o.ID, o.Customer)
	for _, l := range lines {
		amount := l.Product.Price * l.Qty
		subtotal += amount
		fmt.Fprintf(&sb, "  %-12s %3d x %7s = %9s\n", l.Product.Name, l.Qty, money(l.Product.Price), money(amount))
		inv.stock[l.Product.SKU] -= l.Qty
		inv.sold[l.Product.SKU] += l.Qty
	}
	d := o.Discount
	if d == nil {
		d = NoDiscount{}
	}
	off, desc := d.Apply(subtotal, lines)
	total := subtotal - off
	inv.revenue += total
	fmt.Fprintf(&sb, "  subtotal %s, discount %s (%s), total %s", money(subtotal), money(off), desc, money(total))
	return sb.String(), nil
}

func money(cents int) string {
	sign := ""
	if cents < 0 {
		sign, cents = "-", -cents
	}
	return fmt.Sprintf("%s$%d.%02d", sign, cents/100, cents%100)
}

func (inv *Inventory) Report() {
	var skus []SKU
	for s := range inv.products {
		skus = append(skus, s)
	}
	sort.Slice(skus, func(i, j int) bool {
		a, b := inv.products[skus[i]], inv.products[skus[j]]
		if a.Category != b.Category {
			return a.Category < b.Category
		}
		return a.SKU < b.SKU
	})
	cat := ""
	for _, s := range skus {
		p := inv.products[s]
		if p.Category != cat {
			cat = p.Category
			fmt.Println("[" + cat + "]")
		}
		flag := ""
		if inv.stock[s] < 3 {
			flag = " LOW"
		}
		fmt.Printf("  %-6s %-12s stock %3d sold %3d%s\n", s, p.Name, inv.stock[s], inv.sold[s], flag)
	}
	fmt.Println("revenue:", money(inv.revenue))
}

func main() {
	inv := NewInventory()
	inv.Add(Product{"P100", "Widget", 250, "hardware"}, 40)
	inv.Add(Product{"P200", "Gadget", 1299, "hardware"}, 5)
	inv.Add(Product{"B300", "Go Book", 3999, "books"}, 10)
	inv.Add(Product{"B301", "C++ Book", 4599, "books"}, 2)
	inv.Add(Product{"S400", "Sticker", 99, "misc"}, 100)

	orders := []Order{
		{1, "ann", map[SKU]int{"P100": 10, "S400": 3}, PercentOff{10}},
		{2, "bob", map[SKU]int{"B300": 1, "B301": 1}, nil},
		{3, "cid", map[SKU]int{"P200": 9}, nil},
		{4, "", map[SKU]int{"P100": 1}, nil},
		{5, "dee", map[SKU]int{"Z999": 1}, nil},
		{6, "eve", map[SKU]int{"S400": 25}, BulkDeal{"S400", 10, 1}},
		{7, "fay", map[SKU]int{}, nil},
		{8, "gus", map[SKU]int{"P100": -2}, nil},
		{9, "hal", map[SKU]int{"P200": 5, "P100": 30}, BulkDeal{"B300", 2, 1}},
	}
	for _, o := range orders {
		receipt, err := inv.Process(o)
		var se *StockError
		var ve ValidationError
		switch {
		case err == nil:
			fmt.Println(receipt)
		case errors.As(err, &se):
			fmt.Printf("order %d rejected (stock): %v [short by %d]\n", o.ID, err, se.Requested-se.Available)
		case errors.As(err, &ve):
			fmt.Printf("order %d rejected (validation of %s): %v\n", o.ID, ve.Field, err)
		case errors.Is(err, ErrUnknownProduct):
			fmt.Printf("order %d rejected (catalog): %v\n", o.ID, err)
		default:
			fmt.Printf("order %d rejected: %v\n", o.ID, err)
		}
	}
	inv.Report()
	fmt.Println(money(-1234), money(5), money(0))
}
