package marketplane_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"marketplane.local/go/marketplane"
)

// ctx is the context of the calls that these tests do not cancel.
var ctx = context.Background()

// prompt is how soon a cancelled call must return: the future is cancelled as the context ends, not at its next
// wake-up.
const prompt = 2 * time.Second

// liveSleeps waits (briefly) until want DebugSleep futures are alive in Rust, and fails the test if they never are.
func liveSleeps(t *testing.T, want uint64) {
	t.Helper()
	deadline := time.Now().Add(prompt)
	for marketplane.DebugLiveSleeps() != want {
		if time.Now().After(deadline) {
			t.Fatalf("%d DebugSleep futures alive in Rust, want %d", marketplane.DebugLiveSleeps(), want)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestAsyncCallsComplete(t *testing.T) {
	liveSleeps(t, 0)
	start := time.Now()
	ok(t, marketplane.DebugSleep(ctx, 0.05))
	if elapsed := time.Since(start); elapsed < 50*time.Millisecond {
		t.Fatalf("a 50 ms sleep returned after %v", elapsed)
	}
	liveSleeps(t, 0)
}

func TestADeadlineCancelsTheRustFuture(t *testing.T) {
	liveSleeps(t, 0)
	deadline, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	err := marketplane.DebugSleep(deadline, 3600)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("want context.DeadlineExceeded, got %T: %v", err, err)
	}
	if elapsed := time.Since(start); elapsed > prompt {
		t.Fatalf("an hour's sleep cancelled after 100 ms returned after %v", elapsed)
	}
	// Cancelling freed the future: Rust dropped it, so nothing of the call is left running.
	if n := marketplane.DebugLiveSleeps(); n != 0 {
		t.Fatalf("%d sleeps still alive in Rust after the call returned", n)
	}
}

func TestCancelStopsACallInFlight(t *testing.T) {
	liveSleeps(t, 0)
	cancellable, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- marketplane.DebugSleep(cancellable, 3600) }()
	// The call is under way in Rust, then cancelled from another goroutine.
	liveSleeps(t, 1)
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("want context.Canceled, got %T: %v", err, err)
		}
	case <-time.After(prompt):
		t.Fatal("the cancelled call did not return")
	}
	liveSleeps(t, 0)
}

func TestAnEndedContextFailsBeforeTheCall(t *testing.T) {
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	e := localEnv(t)
	_, err := e.client(t, standalone).Accounts().GetRegionOptStatus(cancelled, marketplane.GetRegionOptStatusInput{RegionName: "us-east-1"})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("want context.Canceled, got %T: %v", err, err)
	}
	if err := marketplane.DebugSleep(cancelled, 3600); !errors.Is(err, context.Canceled) {
		t.Fatalf("want context.Canceled, got %T: %v", err, err)
	}
	liveSleeps(t, 0)
	// The iterators stop at the first error, which is the context's.
	_, err = collect(e.client(t, standalone).Accounts().ListRegionsItems(cancelled, marketplane.ListRegionsInput{}))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("want context.Canceled from the iterator, got %T: %v", err, err)
	}
}

// slowRegions is the fixture world as it is: opt-in regions take 300 seconds to settle.
func slowRegions(t *testing.T) string {
	t.Helper()
	text, err := os.ReadFile(filepath.Join(root(t), "crates/emulator/tests/fixtures/world.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(text), "region_transition_seconds = 300") {
		t.Fatal("the fixture world no longer sets region_transition_seconds = 300")
	}
	return string(text)
}

func TestADeadlineStopsEnableAndWait(t *testing.T) {
	bothIn(t, slowRegions, func(t *testing.T, e env) {
		accounts := e.client(t, standalone).Accounts()
		deadline, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
		defer cancel()
		start := time.Now()
		// The library's own timeout is an hour: only the context can end this wait.
		_, err := accounts.EnableAndWait(deadline, "af-south-1", fast(time.Hour), nil)
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("want context.DeadlineExceeded, got %T: %v", err, err)
		}
		if elapsed := time.Since(start); elapsed > prompt {
			t.Fatalf("the wait returned %v after its 300 ms deadline", elapsed)
		}
		// The enable was sent before the wait began; the region goes on ENABLING, as on AWS, and the client
		// serves the next call.
		if s := regionStatus(t, accounts, "af-south-1"); s != marketplane.RegionOptStatusEnabling {
			t.Fatalf("af-south-1 is %v", s)
		}
		// A wait that fits its deadline still answers.
		fits, cancelFits := context.WithTimeout(ctx, 30*time.Second)
		defer cancelFits()
		if s := must(accounts.EnsureEnabled(fits, "af-south-1", nil)); s != marketplane.RegionOptStatusEnabling {
			t.Fatalf("ensure enabled gave %v", s)
		}
	})
}

func TestAPanicInAnAsyncCallArrivesAsAnError(t *testing.T) {
	err := marketplane.DebugPanicAsync(ctx)
	var caught *marketplane.RustPanicError
	if !errors.As(err, &caught) || !strings.Contains(caught.Message, "deliberate panic") {
		t.Fatalf("want a *RustPanicError about the deliberate panic, got %T: %v", err, err)
	}
	// The library is still there.
	if got := marketplane.DefaultWaitOptions(); got.Timeout != time.Hour {
		t.Fatalf("default wait options %+v", got)
	}
}
