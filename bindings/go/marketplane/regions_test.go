package marketplane_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"marketplane.local/go/marketplane"
)

func fast(timeout time.Duration) marketplane.WaitOptions {
	options := marketplane.DefaultWaitOptions()
	options.Timeout = timeout
	options.InitialDelay = 50 * time.Millisecond
	options.MaxDelay = 200 * time.Millisecond
	return options
}

func TestRegionsStateMachineAndWaiters(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		regions := e.client(t, standalone).Regions()
		if s := must(regions.Get("af-south-1", nil)); s != marketplane.RegionOptStatusDisabled {
			t.Fatalf("af-south-1 is %v", s)
		}
		if s := must(regions.Get("us-east-1", nil)); s != marketplane.RegionOptStatusEnabledByDefault {
			t.Fatalf("us-east-1 is %v", s)
		}
		ok(t, regions.Enable("af-south-1", nil))
		if s := must(regions.Get("af-south-1", nil)); s != marketplane.RegionOptStatusEnabling {
			t.Fatalf("af-south-1 is %v", s)
		}
		asError(t, regions.Disable("af-south-1", nil), marketplane.ErrorKindConflict)
		if s := must(regions.EnsureEnabled("af-south-1", nil)); s != marketplane.RegionOptStatusEnabling {
			t.Fatalf("ensure enabled gave %v", s)
		}
		if s := must(regions.EnableAndWait("af-south-1", fast(30*time.Second), nil)); s != marketplane.RegionOptStatusEnabled {
			t.Fatalf("enable and wait gave %v", s)
		}
		invalid := asError(t, regions.Enable("af-south-1", nil), marketplane.ErrorKindValidation)
		if invalid.Reason == nil || *invalid.Reason != "invalidRegionOptTarget" {
			t.Fatalf("reason %v", invalid.Reason)
		}
		if s := must(regions.DisableAndWait("af-south-1", fast(30*time.Second), nil)); s != marketplane.RegionOptStatusDisabled {
			t.Fatalf("disable and wait gave %v", s)
		}
		_, err := regions.EnableAndWait("me-south-1", fast(50*time.Millisecond), nil)
		asError(t, err, marketplane.ErrorKindTimeout)
	})
}

func TestListRegionsPagedAndWhole(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		regions := e.client(t, standalone).Regions()
		var pages [][]marketplane.Region
		var token *string
		for {
			page := must(regions.ListPage(nil, ptr(int32(10)), token, nil))
			pages = append(pages, page.Regions)
			if page.NextToken == nil {
				break
			}
			token = page.NextToken
		}
		all := must(regions.List(nil, nil, nil))
		var paged []string
		for _, p := range pages {
			if len(p) > 10 {
				t.Fatalf("a page of %d", len(p))
			}
			for _, r := range p {
				paged = append(paged, r.RegionName)
			}
		}
		var whole []string
		for _, r := range all {
			whole = append(whole, r.RegionName)
		}
		if len(pages) < 3 || strings.Join(paged, ",") != strings.Join(whole, ",") || !sort.StringsAreSorted(whole) {
			t.Fatalf("%d pages: %v vs %v", len(pages), paged, whole)
		}
		disabled := must(regions.List([]marketplane.RegionOptStatus{marketplane.RegionOptStatusDisabled}, nil, nil))
		for _, r := range disabled {
			if r.RegionOptStatus != marketplane.RegionOptStatusDisabled {
				t.Fatalf("%v in a DISABLED-only list", r)
			}
		}
		_, err := regions.List(nil, ptr(int32(0)), nil)
		asError(t, err, marketplane.ErrorKindValidation)
	})
}

func TestUnknownEnumValuesCrossIntact(t *testing.T) {
	paused := marketplane.RegionOptStatusUnknown("PAUSED")
	if value, isUnknown := paused.UnknownValue(); !isUnknown || value != "PAUSED" || paused.String() != "PAUSED" {
		t.Fatalf("unknown value %v", paused)
	}
	if marketplane.RegionOptStatusEnabled.String() != "Enabled" {
		t.Fatal(marketplane.RegionOptStatusEnabled.String())
	}
	// The value reaches the core as it was given: the service rejects it by name.
	e := localEnv(t)
	_, err := e.client(t, standalone).Regions().List([]marketplane.RegionOptStatus{paused}, nil, nil)
	invalid := asError(t, err, marketplane.ErrorKindValidation)
	if !strings.Contains(invalid.Message, "PAUSED") {
		t.Fatalf("message %q", invalid.Message)
	}
}

func TestEnableAcrossAccountsOfTheOrganization(t *testing.T) {
	e := localEnv(t)
	outcomes := must(e.client(t, management).Regions().EnableAndWaitForAccounts(
		"af-south-1", []string{management, memberA, standalone}, fast(30*time.Second)))
	if len(outcomes) != 3 {
		t.Fatalf("outcomes %+v", outcomes)
	}
	for _, o := range outcomes[:2] {
		if o.Error != nil || o.Status == nil || *o.Status != marketplane.RegionOptStatusEnabled {
			t.Fatalf("%s: %+v", o.AccountID, o)
		}
	}
	// The standalone account is outside the organization: its own error, the others unaffected.
	if outcomes[2].Error == nil || outcomes[2].Error.Kind != marketplane.ErrorKindAccessDenied {
		t.Fatalf("standalone: %+v", outcomes[2])
	}
}

func TestCallsFromManyGoroutines(t *testing.T) {
	regions := localEnv(t).client(t, standalone).Regions()
	errs := make(chan error, 16)
	for i := 0; i < cap(errs); i++ {
		go func() {
			status, err := regions.Get("us-east-1", nil)
			if err == nil && status != marketplane.RegionOptStatusEnabledByDefault {
				err = fmt.Errorf("us-east-1 is %v", status)
			}
			errs <- err
		}()
	}
	for i := 0; i < cap(errs); i++ {
		ok(t, <-errs)
	}
}
