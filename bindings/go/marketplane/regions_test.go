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

// regionStatus is a region's opt-in status, from GetRegionOptStatus.
func regionStatus(t *testing.T, accounts *marketplane.Accounts, region string) marketplane.RegionOptStatus {
	t.Helper()
	got := must(accounts.GetRegionOptStatus(ctx, marketplane.GetRegionOptStatusInput{RegionName: region}))
	if got.RegionName != region {
		t.Fatalf("asked for %s, got %+v", region, got)
	}
	return got.RegionOptStatus
}

func TestRegionsStateMachineAndWaiters(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		accounts := e.client(t, standalone).Accounts()
		if s := regionStatus(t, accounts, "af-south-1"); s != marketplane.RegionOptStatusDisabled {
			t.Fatalf("af-south-1 is %v", s)
		}
		if s := regionStatus(t, accounts, "us-east-1"); s != marketplane.RegionOptStatusEnabledByDefault {
			t.Fatalf("us-east-1 is %v", s)
		}
		ok(t, accounts.EnableRegion(ctx, marketplane.EnableRegionInput{RegionName: "af-south-1"}))
		if s := regionStatus(t, accounts, "af-south-1"); s != marketplane.RegionOptStatusEnabling {
			t.Fatalf("af-south-1 is %v", s)
		}
		asError(t, accounts.DisableRegion(ctx, marketplane.DisableRegionInput{RegionName: "af-south-1"}), marketplane.ErrorKindConflict)
		if s := must(accounts.EnsureEnabled(ctx, "af-south-1", nil)); s != marketplane.RegionOptStatusEnabling {
			t.Fatalf("ensure enabled gave %v", s)
		}
		if s := must(accounts.EnableAndWait(ctx, "af-south-1", fast(30*time.Second), nil)); s != marketplane.RegionOptStatusEnabled {
			t.Fatalf("enable and wait gave %v", s)
		}
		invalid := asError(t, accounts.EnableRegion(ctx, marketplane.EnableRegionInput{RegionName: "af-south-1"}), marketplane.ErrorKindValidation)
		if invalid.Reason == nil || *invalid.Reason != "invalidRegionOptTarget" {
			t.Fatalf("reason %v", invalid.Reason)
		}
		if s := must(accounts.EnsureDisabled(ctx, "af-south-1", nil)); s != marketplane.RegionOptStatusDisabling {
			t.Fatalf("ensure disabled gave %v", s)
		}
		if s := must(accounts.DisableAndWait(ctx, "af-south-1", fast(30*time.Second), nil)); s != marketplane.RegionOptStatusDisabled {
			t.Fatalf("disable and wait gave %v", s)
		}
		_, err := accounts.EnableAndWait(ctx, "me-south-1", fast(50*time.Millisecond), nil)
		asError(t, err, marketplane.ErrorKindTimeout)
	})
}

func TestListRegionsPagedAndWhole(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		accounts := e.client(t, standalone).Accounts()
		// Page after page with the iterator over pages, and every item with the iterator over items.
		pages := must(collect(accounts.ListRegionsPages(ctx, marketplane.ListRegionsInput{MaxResults: ptr(int32(10))})))
		all := must(collect(accounts.ListRegionsItems(ctx, marketplane.ListRegionsInput{})))
		var paged []string
		for i, p := range pages {
			if len(p.Regions) > 10 {
				t.Fatalf("a page of %d", len(p.Regions))
			}
			if (p.NextToken == nil) != (i == len(pages)-1) {
				t.Fatalf("page %d of %d has next token %v", i, len(pages), p.NextToken)
			}
			for _, r := range p.Regions {
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
		// One page by hand: the next token leads on.
		first := must(accounts.ListRegions(ctx, marketplane.ListRegionsInput{MaxResults: ptr(int32(10))}))
		second := must(accounts.ListRegions(ctx, marketplane.ListRegionsInput{MaxResults: ptr(int32(10)), NextToken: first.NextToken}))
		if len(first.Regions) != 10 || second.Regions[0].RegionName != whole[10] {
			t.Fatalf("pages by hand %+v then %+v", first, second)
		}
		// Breaking out of the loop stops asking for pages.
		seen := 0
		for _, err := range accounts.ListRegionsItems(ctx, marketplane.ListRegionsInput{MaxResults: ptr(int32(10))}) {
			ok(t, err)
			if seen++; seen == 3 {
				break
			}
		}
		disabledOnly := marketplane.ListRegionsInput{RegionOptStatusContains: []marketplane.RegionOptStatus{marketplane.RegionOptStatusDisabled}}
		for r, err := range accounts.ListRegionsItems(ctx, disabledOnly) {
			ok(t, err)
			if r.RegionOptStatus != marketplane.RegionOptStatusDisabled {
				t.Fatalf("%v in a DISABLED-only list", r)
			}
		}
		// The first error ends the iteration.
		_, err := collect(accounts.ListRegionsItems(ctx, marketplane.ListRegionsInput{MaxResults: ptr(int32(0))}))
		asError(t, err, marketplane.ErrorKindValidation)
	})
}

func TestUnknownEnumValuesCrossIntact(t *testing.T) {
	paused := marketplane.RegionOptStatusUnknown("PAUSED")
	if value, isUnknown := paused.UnknownValue(); !isUnknown || value != "PAUSED" || paused.String() != "PAUSED" {
		t.Fatalf("unknown value %v", paused)
	}
	if _, isUnknown := marketplane.RegionOptStatusEnabled.UnknownValue(); isUnknown || marketplane.RegionOptStatusEnabled.String() != "Enabled" {
		t.Fatal(marketplane.RegionOptStatusEnabled.String())
	}
	// The value reaches the core as it was given: the service rejects it by name.
	e := localEnv(t)
	input := marketplane.ListRegionsInput{RegionOptStatusContains: []marketplane.RegionOptStatus{paused}}
	_, err := e.client(t, standalone).Accounts().ListRegions(ctx, input)
	invalid := asError(t, err, marketplane.ErrorKindValidation)
	if !strings.Contains(invalid.Message, "PAUSED") {
		t.Fatalf("message %q", invalid.Message)
	}
}

func TestEnableAcrossAccountsOfTheOrganization(t *testing.T) {
	e := localEnv(t)
	outcomes := must(e.client(t, management).Accounts().EnableAndWaitForAccounts(ctx,
		"af-south-1", []marketplane.AccountId{management, memberA, standalone}, fast(30*time.Second)))
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
	// Organizations mode: the management account reads a member's region.
	member := marketplane.GetRegionOptStatusInput{RegionName: "af-south-1", AccountID: ptr(memberA)}
	if s := must(e.client(t, management).Accounts().GetRegionOptStatus(ctx, member)).RegionOptStatus; s != marketplane.RegionOptStatusEnabled {
		t.Fatalf("the member's af-south-1 is %v", s)
	}
}

func TestCallsFromManyGoroutines(t *testing.T) {
	accounts := localEnv(t).client(t, standalone).Accounts()
	errs := make(chan error, 16)
	for i := 0; i < cap(errs); i++ {
		go func() {
			region, err := accounts.GetRegionOptStatus(ctx, marketplane.GetRegionOptStatusInput{RegionName: "us-east-1"})
			if err == nil && region.RegionOptStatus != marketplane.RegionOptStatusEnabledByDefault {
				err = fmt.Errorf("us-east-1 is %v", region.RegionOptStatus)
			}
			errs <- err
		}()
	}
	for i := 0; i < cap(errs); i++ {
		ok(t, <-errs)
	}
}
