package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// A publish/subscribe broker run by one goroutine. Subscribers register for topics,
// publishers send messages, and the broker fans each message out to the subscribers of
// its topic. Commands go through channels only; the broker owns all its state.

type Message struct {
	Topic string
	Body  string
}

type subscribeReq struct {
	topic string
	ch    chan Message
	ack   chan struct{}
}

type Broker struct {
	publish     chan Message
	subscribe   chan subscribeReq
	unsubscribe chan subscribeReq
	stats       chan chan map[string]int
	quit        chan struct{}
	stopped     chan struct{}
}

func NewBroker() *Broker {
	b := &Broker{
		publish:     make(chan Message),
		subscribe:   make(chan subscribeReq),
		unsubscribe: make(chan subscribeReq),
		stats:       make(chan chan map[string]int),
		quit:        make(chan struct{}),
		stopped:     make(chan struct{}),
	}
	go b.run()
	return b
}

func (b *Broker) run() {
	subs := map[string][]chan Message{}
	delivered := map[string]int{}
	defer close(b.stopped)
	for {
		select {
		case r := <-b.subscribe:
			subs[r.topic] = append(subs[r.topic], r.ch)
			close(r.ack)
		case r := <-b.unsubscribe:
			list := subs[r.topic]
			for i, c := range list {
				if c == r.ch {
					subs[r.topic] = append(list[:i:i], list[i+1:]...)
					close(c)
					break
				}
			}
			close(r.ack)
		case m := <-b.publish:
			for _, c := range subs[m.Topic] {
				c <- m
				delivered[m.Topic]++
			}
		case reply := <-b.stats:
			cp := map[string]int{}
			for k, v := range delivered {
				cp[k] = v
			}
			reply <- cp
		case <-b.quit:
			for _, list := range subs {
				for _, c := range list {
					close(c)
				}
			}
			return
		}
	}
}

func (b *Broker) Subscribe(topic string, buffer int) chan Message {
	ch := make(chan Message, buffer)
	ack := make(chan struct{})
	b.subscribe <- subscribeReq{topic, ch, ack}
	<-ack
	return ch
}

func (b *Broker) Unsubscribe(topic string, ch chan Message) {
	ack := make(chan struct{})
	b.unsubscribe <- subscribeReq{topic, ch, ack}
	<-ack
}

func (b *Broker) Publish(topic, body string) { b.publish <- Message{topic, body} }

func (b *Broker) Stats() map[string]int {
	reply := make(chan map[string]int)
	b.stats <- reply
	return <-reply
}

func (b *Broker) Close() {
	close(b.quit)
	<-b.stopped
}

type subscriber struct {
	name   string
	topics []string
}

func main() {
	b := NewBroker()
	subs := []subscriber{
		{"ann", []string{"news", "sport"}},
		{"ben", []string{"news"}},
		{"cat", []string{"weather", "sport"}},
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	inbox := map[string][]string{}
	for _, s := range subs {
		for _, topic := range s.topics {
			ch := b.Subscribe(topic, 100)
			wg.Add(1)
			go func(name string, ch chan Message) {
				defer wg.Done()
				for m := range ch {
					mu.Lock()
					inbox[name] = append(inbox[name], m.Topic+":"+m.Body)
					mu.Unlock()
				}
			}(s.name, ch)
		}
	}

	// Two publishers on different topics at once.
	var pubs sync.WaitGroup
	pubs.Add(2)
	go func() {
		defer pubs.Done()
		for i := 1; i <= 3; i++ {
			b.Publish("news", fmt.Sprintf("headline%d", i))
		}
	}()
	go func() {
		defer pubs.Done()
		for _, s := range []string{"goal", "match"} {
			b.Publish("sport", s)
		}
		b.Publish("weather", "rain")
		b.Publish("nobody", "lost")
	}()
	pubs.Wait()

	// A late subscriber sees only later messages, and an unsubscribed one stops.
	late := b.Subscribe("news", 10)
	b.Publish("news", "late-edition")
	fmt.Println("late subscriber got:", (<-late).Body)
	b.Unsubscribe("news", late)
	_, open := <-late
	fmt.Println("late channel open after unsubscribe:", open)
	b.Publish("news", "after-unsubscribe")

	fmt.Println("deliveries per topic:", b.Stats())
	b.Close()
	wg.Wait()

	// Per-topic order is preserved: ann's news arrived in publication order.
	var annNews []string
	for _, m := range inbox["ann"] {
		if strings.HasPrefix(m, "news:") {
			annNews = append(annNews, m)
		}
	}
	fmt.Println("ann's news in order:", annNews)

	names := make([]string, 0, len(inbox))
	for n := range inbox {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		msgs := inbox[n]
		// Per-topic order is preserved; across topics it depends on scheduling, so sort.
		sort.Strings(msgs)
		fmt.Printf("%s (%d): %s\n", n, len(msgs), strings.Join(msgs, " "))
	}
}
