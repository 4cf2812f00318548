// A text adventure driven by a state machine, reading commands from stdin.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

type Direction string

const (
	North Direction = "north"
	South Direction = "south"
	East  Direction = "east"
	West  Direction = "west"
	Up    Direction = "up"
	Down  Direction = "down"
)

var dirAliases = map[string]Direction{
	"n": North, "s": South, "e": East, "w": West, "u": Up, "d": Down,
	"north": North, "south": South, "east": East, "west": West, "up": Up, "down": Down,
}

type Room struct {
	ID     string
	Name   string
	Desc   string
	Exits  map[Direction]string
	Items  []string
	Locked map[Direction]string // direction -> key item
	Dark   bool
}

type GameState int

const (
	Playing GameState = iota
	Won
	Dead
	Quit
)

func (s GameState) String() string {
	switch s {
	case Playing:
		return "playing"
	case Won:
		return "won"
	case Dead:
		return "dead"
	case Quit:
		return "quit"
	}
	return "unknown"
}

type Game struct {
	rooms     map[string]*Room
	current   *Room
	inventory map[string]bool
	state     GameState
	moves     int
	score     int
	visited   map[string]bool
	lampOn    bool
	out       *bufio.Writer
}

func (g *Game) say(format string, args ...interface{}) {
	fmt.Fprintf(g.out, format+"\n", args...)
}

func newGame(out *bufio.Writer) *Game {
	rooms := []*Room{
		{ID: "hall", Name: "Great Hall", Desc: "A vast hall with a dusty chandelier.",
			Exits: map[Direction]string{North: "library", East: "kitchen", Down: "cellar"},
			Items: []string{"lamp"}, Locked: map[Direction]string{Down: "key"}},
		{ID: "library", Name: "Library", Desc: "Shelves of crumbling books line the walls.",
			Exits: map[Direction]string{South: "hall", Up: "tower"}, Items: []string{"book", "key"}},
		{ID: "kitchen", Name: "Kitchen", Desc: "It smells of old bread.",
			Exits: map[Direction]string{West: "hall"}, Items: []string{"bread", "knife"}},
		{ID: "tower", Name: "Tower Top", Desc: "Wind howls around you. A raven watches.",
			Exits: map[Direction]string{Down: "library"}},
		{ID: "cellar", Name: "Cellar", Desc: "Cold stone walls. Something glitters in the corner.",
			Exits: map[Direction]string{Up: "hall", East: "vault"}, Dark: true},
		{ID: "vault", Name: "Vault", Desc: "A treasure chest sits here!",
			Exits: map[Direction]string{West: "cellar"}, Items: []string{"treasure"}, Dark: true},
	}
	g := &Game{rooms: map[string]*Room{}, inventory: map[string]bool{}, visited: map[string]bool{}, out: out}
	for _, r := range rooms {
		if r.Locked == nil {
			r.Locked = map[Direction]string{}
		}
		g.rooms[r.ID] = r
	}
	g.current = g.rooms["hall"]
	return g
}

func (g *Game) canSee() bool {
	return !g.current.Dark || (g.lampOn && g.inventory["lamp"])
}

func (g *Game) look() {
	r := g.current
	if !g.canSee() {
		g.say("It is pitch dark. You might be eaten by a grue.")
		return
	}
	g.say("== %s ==", r.Name)
	g.say("%s", r.Desc)
	if len(r.Items) > 0 {
		g.say("You see: %s", strings.Join(r.Items, ", "))
	}
	dirs := make([]string, 0, len(r.Exits))
	for d := range r.Exits {
		dirs = append(dirs, string(d))
	}
	sort.Strings(dirs)
	g.say("Exits: %s", strings.Join(dirs, " "))
}

func (g *Game) move(d Direction) {
	next, ok := g.current.Exits[d]
	if !ok {
		g.say("You can't go %s.", d)
		return
	}
	if key, locked := g.current.Locked[d]; locked {
		if !g.inventory[key] {
			g.say("The way %s is locked.", d)
			return
		}
		g.say("You unlock the way %s with the %s.", d, key)
		delete(g.current.Locked, d)
	}
	if g.current.Dark && !g.canSee() && d != Up {
		g.say("You stumble in the dark and fall into a pit!")
		g.state = Dead
		return
	}
	g.current = g.rooms[next]
	if !g.visited[next] {
		g.visited[next] = true
		g.score += 5
	}
	g.look()
}

func removeItem(items []string, name string) ([]string, bool) {
	for i, it := range items {
		if it == name {
			return append(items[:i], items[i+1:]...), true
		}
	}
	return items, false
}

func (g *Game) take(name string) {
	if !g.canSee() {
		g.say("You fumble around but find nothing.")
		return
	}
	if name == "all" {
		items := append([]string(nil), g.current.Items...)
		if len(items) == 0 {
			g.say("There is nothing here.")
		}
		for _, it := range items {
			g.take(it)
		}
		return
	}
	var ok bool
	g.current.Items, ok = removeItem(g.current.Items, name)
	if !ok {
		g.say("There is no %s here.", name)
		return
	}
	g.inventory[name] = true
	g.say("Taken: %s.", name)
	if name == "treasure" {
		g.score += 50
		g.say("You found the treasure!")
		g.state = Won
	}
}

func (g *Game) drop(name string) {
	if !g.inventory[name] {
		g.say("You don't have %s.", name)
		return
	}
	delete(g.inventory, name)
	g.current.Items = append(g.current.Items, name)
	if name == "lamp" {
		g.lampOn = false
	}
	g.say("Dropped: %s.", name)
}

func (g *Game) showInventory() {
	if len(g.inventory) == 0 {
		g.say("You are empty-handed.")
		return
	}
	var items []string
	for k := range g.inventory {
		items = append(items, k)
	}
	sort.Strings(items)
	g.say("You carry: %s", strings.Join(items, ", "))
}

func (g *Game) use(name string) {
	if !g.inventory[name] {
		g.say("You don't have %s.", name)
		return
	}
	switch name {
	case "lamp":
		g.lampOn = !g.lampOn
		state := "off"
		if g.lampOn {
			state = "on"
		}
		g.say("The lamp is now %s.", state)
	case "bread":
		delete(g.inventory, "bread")
		g.score += 2
		g.say("Delicious. You feel stronger.")
	case "book":
		g.say("The book reads: 'The key opens the way down.'")
	default:
		g.say("Nothing happens.")
	}
}

func (g *Game) handle(line string) {
	words := strings.Fields(strings.ToLower(line))
	if len(words) == 0 {
		return
	}
	g.moves++
	verb, obj := words[0], ""
	if len(words) > 1 {
		obj = strings.Join(words[1:], " ")
	}
	if d, ok := dirAliases[verb]; ok && obj == "" {
		g.move(d)
		return
	}
	switch verb {
	case "go", "walk":
		if d, ok := dirAliases[obj]; ok {
			g.move(d)
		} else {
			g.say("Go where?")
		}
	case "look", "l":
		g.look()
	case "take", "get":
		g.take(obj)
	case "drop":
		g.drop(obj)
	case "inventory", "i", "inv":
		g.showInventory()
	case "use", "light", "read", "eat":
		g.use(obj)
	case "score":
		g.say("Score: %d in %d moves.", g.score, g.moves)
	case "quit":
		g.state = Quit
	default:
		g.moves--
		g.say("I don't understand %q.", verb)
	}
}

func main() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	g := newGame(out)
	g.visited["hall"] = true
	g.look()
	sc := bufio.NewScanner(os.Stdin)
	for g.state == Playing && sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		g.say("> %s", line)
		g.handle(line)
	}
	g.say("Game over: %v. Score %d, moves %d, rooms visited %d.", g.state, g.score, g.moves, len(g.visited))
	g.showInventory()
}
