package marketplane_test

import (
	"strings"
	"testing"
	"time"

	"marketplane.local/go/marketplane"
)

const (
	management = "123456789012"
	memberA    = "111111111111"
	delegated  = "222222222222"
	memberB    = "333333333333"
	standalone = "444444444444"
)

func contactInformation() marketplane.ContactInformation {
	return marketplane.ContactInformation{
		FullName:      "Saanvi Sarkar",
		AddressLine1:  "123 Any Street",
		City:          "Seattle",
		StateOrRegion: ptr("WA"),
		PostalCode:    "98101",
		CountryCode:   "US",
		PhoneNumber:   "+15555550100",
		CompanyName:   ptr("Example Corp, Inc."),
	}
}

func TestAlternateContactLifecycle(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		accounts := e.client(t, standalone).Accounts()
		_, err := accounts.GetAlternateContact(marketplane.AlternateContactTypeSecurity, nil)
		notFound := asError(t, err, marketplane.ErrorKindNotFound)
		if notFound.Code != "ResourceNotFoundException" {
			t.Fatalf("code %q", notFound.Code)
		}
		contact := marketplane.AlternateContact{
			AlternateContactType: marketplane.AlternateContactTypeOperations,
			Name:                 "Mateo Jackson",
			Title:                "Ops",
			EmailAddress:         "mateo@example.com",
			PhoneNumber:          "+1(206)555-1234",
		}
		ok(t, accounts.PutAlternateContact(contact, nil))
		got := must(accounts.GetAlternateContact(marketplane.AlternateContactTypeOperations, nil))
		if got != contact {
			t.Fatalf("got %+v, want %+v", got, contact)
		}
		all := must(accounts.AlternateContacts(nil))
		if all.Billing != nil || all.Operations == nil || *all.Operations != contact || all.Security != nil {
			t.Fatalf("alternate contacts %+v", all)
		}
		ok(t, accounts.DeleteAlternateContact(marketplane.AlternateContactTypeOperations, nil))
		asError(t, accounts.DeleteAlternateContact(marketplane.AlternateContactTypeOperations, nil), marketplane.ErrorKindNotFound)
	})
}

func TestValidationErrorsNameEveryField(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		accounts := e.client(t, standalone).Accounts()
		err := accounts.PutAlternateContact(marketplane.AlternateContact{
			AlternateContactType: marketplane.AlternateContactTypeBilling,
			Name:                 strings.Repeat("x", 65),
			Title:                "t",
			EmailAddress:         "bad",
			PhoneNumber:          "206.555",
		}, nil)
		invalid := asError(t, err, marketplane.ErrorKindValidation)
		if invalid.Code != "ValidationException" {
			t.Fatalf("code %q", invalid.Code)
		}
		var names []string
		for _, f := range invalid.FieldErrors {
			names = append(names, f.Name)
		}
		if strings.Join(names, ",") != "Name,EmailAddress,PhoneNumber" {
			t.Fatalf("field errors %+v", invalid.FieldErrors)
		}
		if !strings.HasPrefix(invalid.Error(), "ValidationException: ") {
			t.Fatalf("Error() = %q", invalid.Error())
		}

		noState := contactInformation()
		noState.StateOrRegion = nil
		invalid = asError(t, accounts.PutContactInformation(noState, nil), marketplane.ErrorKindValidation)
		if invalid.FieldErrors[0].Name != "ContactInformation.StateOrRegion" {
			t.Fatalf("field errors %+v", invalid.FieldErrors)
		}
		_, err = e.client(t, standalone).Regions().Get("xx-fake-1", nil)
		asError(t, err, marketplane.ErrorKindValidation)
		_, err = e.client(t, standalone).AsAccount("12345")
		asError(t, err, marketplane.ErrorKindValidation)
	})
}

func TestContactInformationAndPhoneVerification(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		accounts := e.client(t, standalone).Accounts()
		ok(t, accounts.PutContactInformation(contactInformation(), nil))
		primary := must(accounts.GetContactInformation(nil))
		if primary.ContactInformation.City != "Seattle" || *primary.ContactInformation.StateOrRegion != "WA" {
			t.Fatalf("contact information %+v", primary.ContactInformation)
		}
		if primary.VerificationStatus == nil || *primary.VerificationStatus != marketplane.PhoneNumberVerificationStatusUnverified {
			t.Fatalf("verification status %v", primary.VerificationStatus)
		}
		status := must(accounts.SendPhoneNumberVerification(nil))
		if status != marketplane.PhoneNumberVerificationStatusPending {
			t.Fatalf("status %v", status)
		}
		codes := e.codes(t, "+15555550100")
		status = must(accounts.VerifyPhoneNumber(codes[len(codes)-1], nil))
		if status != marketplane.PhoneNumberVerificationStatusVerified {
			t.Fatalf("status %v", status)
		}
		_, err := accounts.SendPhoneNumberVerification(nil)
		asError(t, err, marketplane.ErrorKindConflict)
	})
}

func TestAccountInformationNameAndGovCloud(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		m := e.client(t, management).Accounts()
		info := must(m.GetAccountInformation(nil))
		if info.AccountID != management || info.AccountName != "Management" || info.AccountState != marketplane.AccountStateActive {
			t.Fatalf("account information %+v", info)
		}
		if info.AccountCreatedDate.IsZero() || info.AccountCreatedDate.After(time.Now().Add(time.Minute)) {
			t.Fatalf("created %v", info.AccountCreatedDate)
		}
		ok(t, m.PutAccountName("Workload A (prod)", ptr(memberA)))
		if got := must(m.GetAccountInformation(ptr(memberA))).AccountName; got != "Workload A (prod)" {
			t.Fatalf("name %q", got)
		}
		gov := must(e.client(t, memberA).Accounts().GetGovCloudAccountInformation(nil))
		if gov.GovCloudAccountID != "999999999999" {
			t.Fatalf("govcloud %+v", gov)
		}
		_, err := e.client(t, memberA).Accounts().GetContactInformation(ptr(management))
		denied := asError(t, err, marketplane.ErrorKindAccessDenied)
		if !strings.Contains(denied.Message, "account:GetContactInformation") {
			t.Fatalf("message %q", denied.Message)
		}
	})
}

func TestPrimaryEmailUpdate(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		m := e.client(t, management).Accounts()
		status := must(m.StartPrimaryEmailUpdate(memberA, "new-a@example.com"))
		if status != marketplane.PrimaryEmailUpdateStatusPending {
			t.Fatalf("status %v", status)
		}
		codes := e.codes(t, "new-a@example.com")
		status = must(m.AcceptPrimaryEmailUpdate(memberA, "new-a@example.com", codes[len(codes)-1]))
		if status != marketplane.PrimaryEmailUpdateStatusAccepted {
			t.Fatalf("status %v", status)
		}
		update := must(m.GetPrimaryEmailUpdateStatus(ptr(memberA)))
		if update.Status != marketplane.PrimaryEmailUpdateStatusAccepted || update.UpdatedAt == nil {
			t.Fatalf("update %+v", update)
		}
		if got := must(m.GetPrimaryEmail(memberA)); got != "new-a@example.com" {
			t.Fatalf("primary email %q", got)
		}
	})
}

func TestAPanicArrivesAsAnInternalError(t *testing.T) {
	err := marketplane.DebugPanic()
	internal := asError(t, err, marketplane.ErrorKindInternal)
	if !strings.Contains(internal.Message, "deliberate panic") {
		t.Fatalf("message %q", internal.Message)
	}
}

func TestLocalOnlyCallsAreUnsupportedOverAWS(t *testing.T) {
	e := emulatorEnv(t)
	_, err := e.client(t, standalone).MessagesTo("x@example.com")
	asError(t, err, marketplane.ErrorKindUnsupported)
}

func TestAPanicOutsideTheGuardIsCaughtByUniFFI(t *testing.T) {
	defer func() {
		caught, isPanic := recover().(*marketplane.RustPanicError)
		if !isPanic || !strings.Contains(caught.Message, "deliberate panic") {
			t.Fatalf("want a *RustPanicError panic, got %v", caught)
		}
	}()
	// It declares no error, so the caught Rust panic comes back as a Go panic.
	marketplane.DebugPanicUnguarded()
}
