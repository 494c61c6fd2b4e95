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
		_, err := accounts.GetAlternateContact(ctx, marketplane.GetAlternateContactInput{AlternateContactType: marketplane.AlternateContactTypeSecurity})
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
		ok(t, accounts.PutAlternateContact(ctx, marketplane.PutAlternateContactInput{Contact: contact}))
		operations := marketplane.GetAlternateContactInput{AlternateContactType: marketplane.AlternateContactTypeOperations}
		got := must(accounts.GetAlternateContact(ctx, operations))
		if got != contact {
			t.Fatalf("got %+v, want %+v", got, contact)
		}
		all := must(accounts.AlternateContacts(ctx, nil))
		if all.Billing != nil || all.Operations == nil || *all.Operations != contact || all.Security != nil {
			t.Fatalf("alternate contacts %+v", all)
		}
		deleteOperations := marketplane.DeleteAlternateContactInput{AlternateContactType: marketplane.AlternateContactTypeOperations}
		ok(t, accounts.DeleteAlternateContact(ctx, deleteOperations))
		asError(t, accounts.DeleteAlternateContact(ctx, deleteOperations), marketplane.ErrorKindNotFound)
	})
}

func TestValidationErrorsNameEveryField(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		accounts := e.client(t, standalone).Accounts()
		err := accounts.PutAlternateContact(ctx, marketplane.PutAlternateContactInput{Contact: marketplane.AlternateContact{
			AlternateContactType: marketplane.AlternateContactTypeBilling,
			Name:                 strings.Repeat("x", 65),
			Title:                "t",
			EmailAddress:         "bad",
			PhoneNumber:          "206.555",
		}})
		invalid := asError(t, err, marketplane.ErrorKindValidation)
		if invalid.Code != "ValidationException" {
			t.Fatalf("code %q", invalid.Code)
		}
		if strings.Join(fieldNames(invalid), ",") != "Name,EmailAddress,PhoneNumber" {
			t.Fatalf("field errors %+v", invalid.FieldErrors)
		}
		if !strings.HasPrefix(invalid.Error(), "ValidationException: ") {
			t.Fatalf("Error() = %q", invalid.Error())
		}

		noState := contactInformation()
		noState.StateOrRegion = nil
		invalid = asError(t, accounts.PutContactInformation(ctx, marketplane.PutContactInformationInput{ContactInformation: noState}),
			marketplane.ErrorKindValidation)
		if invalid.FieldErrors[0].Name != "ContactInformation.StateOrRegion" {
			t.Fatalf("field errors %+v", invalid.FieldErrors)
		}
		_, err = accounts.GetRegionOptStatus(ctx, marketplane.GetRegionOptStatusInput{RegionName: "xx-fake-1"})
		asError(t, err, marketplane.ErrorKindValidation)
		// Identifiers are checked as they come in, and the error names the field.
		_, err = accounts.GetRegionOptStatus(ctx, marketplane.GetRegionOptStatusInput{RegionName: strings.Repeat("x", 51)})
		invalid = asError(t, err, marketplane.ErrorKindValidation)
		if names := fieldNames(invalid); len(names) != 1 || names[0] != "RegionName" {
			t.Fatalf("field errors %+v", invalid.FieldErrors)
		}
		_, err = e.client(t, standalone).AsAccount("12345")
		invalid = asError(t, err, marketplane.ErrorKindValidation)
		if names := fieldNames(invalid); len(names) != 1 || names[0] != "AccountId" {
			t.Fatalf("field errors %+v", invalid.FieldErrors)
		}
	})
}

func TestContactInformationAndPhoneVerification(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		accounts := e.client(t, standalone).Accounts()
		ok(t, accounts.PutContactInformation(ctx, marketplane.PutContactInformationInput{ContactInformation: contactInformation()}))
		primary := must(accounts.GetContactInformation(ctx, marketplane.GetContactInformationInput{}))
		if primary.ContactInformation.City != "Seattle" || *primary.ContactInformation.StateOrRegion != "WA" {
			t.Fatalf("contact information %+v", primary.ContactInformation)
		}
		if primary.VerificationStatus == nil || *primary.VerificationStatus != marketplane.PhoneNumberVerificationStatusUnverified {
			t.Fatalf("verification status %v", primary.VerificationStatus)
		}
		status := must(accounts.SendPhoneNumberVerification(ctx, marketplane.SendPhoneNumberVerificationInput{}))
		if status != marketplane.PhoneNumberVerificationStatusPending {
			t.Fatalf("status %v", status)
		}
		codes := e.codes(t, "+15555550100")
		status = must(accounts.VerifyPhoneNumber(ctx, marketplane.VerifyPhoneNumberInput{OTP: codes[len(codes)-1]}))
		if status != marketplane.PhoneNumberVerificationStatusVerified {
			t.Fatalf("status %v", status)
		}
		_, err := accounts.SendPhoneNumberVerification(ctx, marketplane.SendPhoneNumberVerificationInput{})
		asError(t, err, marketplane.ErrorKindConflict)
	})
}

func TestAccountInformationNameAndGovCloud(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		m := e.client(t, management).Accounts()
		info := must(m.GetAccountInformation(ctx, marketplane.GetAccountInformationInput{}))
		if info.AccountID != management || info.AccountName != "Management" || info.AccountState != marketplane.AccountStateActive {
			t.Fatalf("account information %+v", info)
		}
		if info.AccountCreatedDate.IsZero() || info.AccountCreatedDate.After(time.Now().Add(time.Minute)) {
			t.Fatalf("created %v", info.AccountCreatedDate)
		}
		ok(t, m.PutAccountName(ctx, marketplane.PutAccountNameInput{AccountName: "Workload A (prod)", AccountID: ptr(memberA)}))
		if got := must(m.GetAccountInformation(ctx, marketplane.GetAccountInformationInput{AccountID: ptr(memberA)})).AccountName; got != "Workload A (prod)" {
			t.Fatalf("name %q", got)
		}
		gov := must(e.client(t, memberA).Accounts().GetGovCloudAccountInformation(ctx, marketplane.GetGovCloudAccountInformationInput{}))
		if gov.GovCloudAccountID != "999999999999" {
			t.Fatalf("govcloud %+v", gov)
		}
		_, err := e.client(t, memberA).Accounts().GetContactInformation(ctx, marketplane.GetContactInformationInput{AccountID: ptr(management)})
		denied := asError(t, err, marketplane.ErrorKindAccessDenied)
		if !strings.Contains(denied.Message, "account:GetContactInformation") {
			t.Fatalf("message %q", denied.Message)
		}
	})
}

func TestPrimaryEmailUpdate(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		m := e.client(t, management).Accounts()
		status := must(m.StartPrimaryEmailUpdate(ctx, marketplane.StartPrimaryEmailUpdateInput{AccountID: memberA, PrimaryEmail: "new-a@example.com"}))
		if status != marketplane.PrimaryEmailUpdateStatusPending {
			t.Fatalf("status %v", status)
		}
		codes := e.codes(t, "new-a@example.com")
		status = must(m.AcceptPrimaryEmailUpdate(ctx, marketplane.AcceptPrimaryEmailUpdateInput{
			AccountID: memberA, PrimaryEmail: "new-a@example.com", OTP: codes[len(codes)-1],
		}))
		if status != marketplane.PrimaryEmailUpdateStatusAccepted {
			t.Fatalf("status %v", status)
		}
		update := must(m.GetPrimaryEmailUpdateStatus(ctx, marketplane.GetPrimaryEmailUpdateStatusInput{AccountID: ptr(memberA)}))
		if update.Status != marketplane.PrimaryEmailUpdateStatusAccepted || update.UpdatedAt == nil {
			t.Fatalf("update %+v", update)
		}
		if got := must(m.GetPrimaryEmail(ctx, marketplane.GetPrimaryEmailInput{AccountID: memberA})); got != "new-a@example.com" {
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
