package marketplane_test

import (
	"bufio"
	"encoding/json"
	"errors"
	"iter"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"marketplane.local/go/marketplane"
)

// root is the repository root, two directories above this package.
func root(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("../../..")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// world is the fixture world of the Rust conformance suite, with region transitions short enough to wait for and
// catalog change sets that settle in a fraction of a second.
func world(t *testing.T) string {
	t.Helper()
	text, err := os.ReadFile(filepath.Join(root(t), "crates/emulator/tests/fixtures/world.toml"))
	if err != nil {
		t.Fatal(err)
	}
	settings := "region_transition_seconds = 1.0\n" +
		"change_set_preparation_seconds = 0.1\n" +
		"change_set_application_seconds = 0.1"
	out := strings.Replace(string(text), "region_transition_seconds = 300", settings, 1)
	if out == string(text) {
		t.Fatal("the fixture world no longer sets region_transition_seconds = 300")
	}
	return out
}

// env is how a test reaches the engine: a client acting as an account, and the one-time codes sent to a recipient.
type env struct {
	name   string
	client func(t *testing.T, account string) *marketplane.Client
	codes  func(t *testing.T, recipient string) []string
}

// both runs test on the local backend in process and on the AWS backend against the emulator binary.
func both(t *testing.T, test func(t *testing.T, e env)) {
	bothIn(t, world, test)
}

// bothIn is both over another world: worldOf gives its TOML text.
func bothIn(t *testing.T, worldOf func(t *testing.T) string, test func(t *testing.T, e env)) {
	t.Run("local", func(t *testing.T) { test(t, localEnvIn(t, worldOf(t))) })
	t.Run("emulator", func(t *testing.T) { test(t, emulatorEnvIn(t, worldOf(t))) })
}

func localEnv(t *testing.T) env {
	return localEnvIn(t, world(t))
}

func localEnvIn(t *testing.T, worldText string) env {
	base, err := marketplane.NewClientInMemoryWithWorld(worldText)
	if err != nil {
		t.Fatal(err)
	}
	return env{
		name: "local",
		client: func(t *testing.T, account string) *marketplane.Client {
			c, err := base.AsAccount(account)
			if err != nil {
				t.Fatal(err)
			}
			return c
		},
		codes: func(t *testing.T, recipient string) []string {
			messages, err := base.MessagesTo(recipient)
			if err != nil {
				t.Fatal(err)
			}
			var codes []string
			for _, m := range messages {
				codes = append(codes, m.Code)
			}
			return codes
		},
	}
}

func emulatorBinary(t *testing.T) string {
	if path := os.Getenv("MARKETPLANE_EMULATOR"); path != "" {
		return path
	}
	target := os.Getenv("CARGO_TARGET_DIR")
	if target == "" {
		target = filepath.Join(root(t), "target")
	}
	path := filepath.Join(target, "debug", "marketplane-emulator")
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("emulator binary not found at %s: run `cargo build -p marketplane-emulator` first", path)
	}
	return path
}

// emulatorEnv starts the emulator on a free loopback port for this test and stops it when the test ends.
func emulatorEnv(t *testing.T) env {
	return emulatorEnvIn(t, world(t))
}

// emulatorEnvIn is emulatorEnv over the world worldText.
func emulatorEnvIn(t *testing.T, worldText string) env {
	worldFile := filepath.Join(t.TempDir(), "world.toml")
	if err := os.WriteFile(worldFile, []byte(worldText), 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(emulatorBinary(t), "--bind", "127.0.0.1:0", "--world", worldFile)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	// The first line is "marketplane-emulator listening on http://127.0.0.1:PORT".
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		t.Fatalf("the emulator did not start: %v", err)
	}
	fields := strings.Fields(line)
	endpoint := fields[len(fields)-1]
	if !strings.HasPrefix(endpoint, "http://127.0.0.1:") {
		t.Fatalf("unexpected first line from the emulator: %q", line)
	}
	return env{
		name: "emulator",
		client: func(t *testing.T, account string) *marketplane.Client {
			// A 12-digit access key id is the caller's account id (the emulator's identity rule).
			c, err := marketplane.NewClientAWSWithEndpoint(endpoint, "us-east-1", account, "test")
			if err != nil {
				t.Fatal(err)
			}
			c, err = c.AsAccount(account)
			if err != nil {
				t.Fatal(err)
			}
			return c
		},
		codes: func(t *testing.T, recipient string) []string {
			resp, err := http.Get(endpoint + "/_marketplane/outbox?" + url.Values{"recipient": {recipient}}.Encode())
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var messages []struct {
				Code string `json:"code"`
			}
			if err := json.NewDecoder(resp.Body).Decode(&messages); err != nil {
				t.Fatal(err)
			}
			var codes []string
			for _, m := range messages {
				codes = append(codes, m.Code)
			}
			return codes
		},
	}
}

// awsMarketplace is the one catalog Marketplace Catalog knows; every catalog input names it.
const awsMarketplace = "AWSMarketplace"

// asError checks that err is a *marketplane.Error of kind and returns it.
func asError(t *testing.T, err error, kind marketplane.ErrorKind) *marketplane.Error {
	t.Helper()
	var e *marketplane.Error
	if !errors.As(err, &e) {
		t.Fatalf("want a *marketplane.Error of kind %v, got %T: %v", kind, err, err)
	}
	if e.Kind != kind {
		t.Fatalf("want kind %v, got %v (%v)", kind, e.Kind, e)
	}
	return e
}

// must returns v, or panics with err (Go cannot pass a call's two results along with t, and a panic fails the test
// with its stack).
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func ok(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func ptr[T any](v T) *T { return &v }

// collect gathers what a list iterator yields (XxxItems, XxxPages), or the first error.
func collect[T any](seq iter.Seq2[T, error]) ([]T, error) {
	var out []T
	for item, err := range seq {
		if err != nil {
			return out, err
		}
		out = append(out, item)
	}
	return out, nil
}

// fieldNames lists the names of an error's field errors, in order.
func fieldNames(e *marketplane.Error) []string {
	var names []string
	for _, f := range e.FieldErrors {
		names = append(names, f.Name)
	}
	return names
}
