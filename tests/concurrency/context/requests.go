// A request handler with per-request deadlines and values: each request carries its id in
// the context and gets a timeout; handlers stop work when the deadline passes, and a
// canceled server context stops every request still running.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

type ctxKey int

const requestID ctxKey = 0

// work does steps of 1ms until it has done n of them or ctx is done.
func work(ctx context.Context, n int) (int, error) {
	for i := 0; i < n; i++ {
		select {
		case <-ctx.Done():
			return i, ctx.Err()
		case <-time.After(time.Millisecond):
		}
	}
	return n, nil
}

func handle(ctx context.Context, steps int, timeout time.Duration) string {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	id, _ := ctx.Value(requestID).(int)
	_, err := work(ctx, steps)
	switch {
	case err == nil:
		return fmt.Sprintf("request %d: ok", id)
	case errors.Is(err, context.DeadlineExceeded):
		return fmt.Sprintf("request %d: timed out", id)
	case errors.Is(err, context.Canceled):
		return fmt.Sprintf("request %d: canceled", id)
	}
	return fmt.Sprintf("request %d: %v", id, err)
}

func serve(server context.Context, reqs [][2]int) []string {
	var wg sync.WaitGroup
	out := make([]string, len(reqs))
	for i, r := range reqs {
		wg.Add(1)
		go func(i int, steps, timeoutMs int) {
			defer wg.Done()
			ctx := context.WithValue(server, requestID, i+1)
			out[i] = handle(ctx, steps, time.Duration(timeoutMs)*time.Millisecond)
		}(i, r[0], r[1])
	}
	wg.Wait()
	return out
}

func main() {
	// {steps of 1ms, timeout in ms}: the first three finish, the last two time out.
	reqs := [][2]int{{1, 2000}, {3, 2000}, {2, 2000}, {5000, 20}, {5000, 30}}
	for _, s := range serve(context.Background(), reqs) {
		fmt.Println(s)
	}

	// Shutting the server down cancels what is still running.
	server, shutdown := context.WithCancel(context.Background())
	go func() {
		time.Sleep(50 * time.Millisecond)
		shutdown()
	}()
	// (The third request has no steps, so it succeeds however late it starts.)
	res := serve(server, [][2]int{{5000, 5000}, {5000, 5000}, {0, 5000}})
	sort.Strings(res)
	for _, s := range res {
		fmt.Println(s)
	}
	fmt.Println("server:", server.Err())
}
