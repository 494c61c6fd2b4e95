package marketplane_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"marketplane.local/go/marketplane"
)

// estateWorld is the Rust estate suite's world: 25 accounts in nested units, a root-deny SCP on Workloads/Prod.
func estateWorld(t *testing.T) string {
	t.Helper()
	text, err := os.ReadFile(filepath.Join(root(t), "crates/emulator/tests/fixtures/estate.toml"))
	if err != nil {
		t.Fatal(err)
	}
	return string(text)
}

const estateManagement = "123456789012" // M of the estate world

func estateOf(t *testing.T, e env, account string) *marketplane.Estate {
	t.Helper()
	// The local engine of these suites does not enforce the request rates: no pacing needed.
	estate, err := e.client(t, account).Estate().WithOptions(marketplane.EstateRunOptions{Concurrency: 8, Paced: false})
	if err != nil {
		t.Fatal(err)
	}
	return estate
}

func TestEstateInventoryAndAudit(t *testing.T) {
	bothIn(t, estateWorld, func(t *testing.T, e env) {
		estate := estateOf(t, e, estateManagement)
		inventory, err := estate.Inventory(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if len(inventory.Accounts) != 25 || inventory.Organization == nil {
			t.Fatalf("inventory: %d accounts, organization %v", len(inventory.Accounts), inventory.Organization)
		}
		var prod marketplane.EstateAccount
		for _, a := range inventory.Accounts {
			if a.AccountID == "111111111111" {
				prod = a
			}
		}
		if strings.Join(prod.OuPath, "/") != "Workloads/Prod" || prod.Tags["customer"] != "A" {
			t.Fatalf("account A: %+v", prod)
		}

		policy := marketplane.AuditPolicy{
			DistributionLists: []string{"@lists.example.com"},
			Marketplace:       true,
			AsOf:              ptr("2026-03-16"),
		}
		report, err := estate.Audit(context.Background(), policy)
		if err != nil {
			t.Fatal(err)
		}
		if report.Checklists[0].Version != "7.1" {
			t.Fatalf("checklist %+v", report.Checklists[0])
		}
		statuses := map[string]marketplane.CheckStatus{}
		for _, f := range report.Findings {
			if f.Check == "CHK-SCP-DENY-ROOT" {
				statuses[f.AccountID] = f.Status
			}
			if f.Check == "CHK-CONTACT-ALT-PRESENT" && f.ContactType == nil {
				t.Fatalf("a per-type finding without its type: %+v", f)
			}
		}
		if statuses["111111111111"] != marketplane.CheckStatusPass || statuses["333333333333"] != marketplane.CheckStatusFail {
			t.Fatalf("SCP findings: %v", statuses)
		}

		// A member may not list the organization: not an error, a recorded refusal.
		member, err := estateOf(t, e, "111111111111").Inventory(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if len(member.Accounts) != 1 || len(member.ReadErrors) == 0 || !member.ReadErrors[0].AccessDenied {
			t.Fatalf("member inventory: %+v", member.ReadErrors)
		}
	})
}

func TestEstatePlanApplyWithProgressConverges(t *testing.T) {
	bothIn(t, estateWorld, func(t *testing.T, e env) {
		estate := estateOf(t, e, estateManagement)
		desired := marketplane.DesiredState{Contacts: []marketplane.AlternateContact{{
			AlternateContactType: marketplane.AlternateContactTypeSecurity,
			Name:                 "Security Team",
			Title:                "Security",
			EmailAddress:         "security@lists.example.com",
			PhoneNumber:          "+1 206 555 0100",
		}}}
		plan, err := estate.Plan(context.Background(), desired)
		if err != nil {
			t.Fatal(err)
		}
		if len(plan.Changes) != 25 {
			t.Fatalf("%d changes", len(plan.Changes))
		}
		var events []marketplane.ProgressEvent
		report, err := estate.ApplyWithProgress(context.Background(), plan, func(p marketplane.ProgressEvent) {
			events = append(events, p)
		})
		if err != nil {
			t.Fatal(err)
		}
		applied := 0
		for _, r := range report.Results {
			if r.Outcome == marketplane.ChangeOutcomeApplied {
				applied++
			}
		}
		if applied != 25 || len(events) != 25 || events[len(events)-1].Total != 25 {
			t.Fatalf("applied %d, %d events", applied, len(events))
		}
		again, err := estate.Plan(context.Background(), desired)
		if err != nil {
			t.Fatal(err)
		}
		if len(again.Changes) != 0 || len(again.Unchanged) != 25 {
			t.Fatalf("not converged: %d changes", len(again.Changes))
		}

		// A cancelled context stops the run before it sends anything; planning again finds all of it.
		desired.Contacts[0].AlternateContactType = marketplane.AlternateContactTypeBilling
		plan, err = estate.Plan(context.Background(), desired)
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		report, err = estate.ApplyWithProgress(ctx, plan, nil)
		if err != nil {
			t.Fatal(err)
		}
		sent := 0
		for _, r := range report.Results {
			if r.Outcome != marketplane.ChangeOutcomeCancelled {
				sent++
			}
		}
		rest, err := estate.Plan(context.Background(), desired)
		if err != nil {
			t.Fatal(err)
		}
		if len(rest.Changes) != 25-sent {
			t.Fatalf("%d sent, %d left", sent, len(rest.Changes))
		}
	})
}

func TestEstateRefusesBadInputWithFieldNames(t *testing.T) {
	e := localEnvIn(t, estateWorld(t))
	estate := estateOf(t, e, estateManagement)
	_, err := estate.Plan(context.Background(), marketplane.DesiredState{Contacts: []marketplane.AlternateContact{{
		AlternateContactType: marketplane.AlternateContactTypeSecurity,
		Name:                 "x", Title: "y", EmailAddress: "not an email", PhoneNumber: "1",
	}}})
	failure := asError(t, err, marketplane.ErrorKindValidation)
	if failure.FieldErrors[0].Name != "contacts[0].EmailAddress" {
		t.Fatalf("%+v", failure)
	}
	if _, err := e.client(t, estateManagement).Estate().WithOptions(marketplane.EstateRunOptions{Concurrency: 0}); err == nil {
		t.Fatal("concurrency 0 accepted")
	}
}
