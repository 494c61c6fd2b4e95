package marketplane_test

import (
	"encoding/json"
	"errors"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"marketplane.local/go/marketplane"
)

const day = 24 * time.Hour

// perSeatOffer is a private one-year contract for the buyer that the buyer configures: 100.00 a user.
func perSeatOffer(productID string) marketplane.OfferSpec {
	return marketplane.OfferSpec{
		ProductID: productID,
		Name:      ptr("Example Corp, seats"),
		Buyers:    []string{buyer},
		ConfigurableContract: &marketplane.ConfigurableContractSpec{
			Currency: "USD",
			Duration: "P12M",
			Prices:   marketplane.StringMap{"Users": "100"},
		},
		Eula:           ptr("standard"),
		RefundPolicy:   ptr("Refunds within 30 days."),
		AvailableUntil: ptr("2099-12-31"),
	}
}

func seats(n int64) marketplane.ContractConfiguration {
	return marketplane.ContractConfiguration{
		SelectorValue: "P12M",
		Dimensions:    []marketplane.DimensionQuantity{{DimensionKey: "Users", DimensionValue: n}},
	}
}

func ids(agreements []marketplane.Agreement) []string {
	out := []string{}
	for _, a := range agreements {
		out = append(out, a.AgreementID)
	}
	return out
}

// termMembers names the union member of each accepted term (`configurableUpfrontPricingTerm`, ...).
func termMembers(terms []marketplane.OfferTerm) []string {
	var members []string
	for _, term := range terms {
		members = append(members, strings.Join(slices.Sorted(maps.Keys(term)), "+"))
	}
	return members
}

// agreementTerms is every accepted term of an agreement, through the iterator over items.
func agreementTerms(t *testing.T, agreements *marketplane.Agreements, agreementID string) []marketplane.OfferTerm {
	t.Helper()
	return must(collect(agreements.GetAgreementTermsItems(ctx, marketplane.GetAgreementTermsInput{AgreementID: agreementID})))
}

func describe(t *testing.T, agreements *marketplane.Agreements, agreementID string) marketplane.Agreement {
	t.Helper()
	return must(agreements.DescribeAgreement(ctx, marketplane.DescribeAgreementInput{AgreementID: agreementID}))
}

// TestABuyerBuysAndLivesWithAContract is the buyer's whole flow: a seller's private per-seat offer, found in
// Discovery, requested (a quote with computed charges), approved by the organization, accepted with a purchase
// order, read back, upgraded, and finally cancelled at the seller's request.
func TestABuyerBuysAndLivesWithAContract(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		sellerClient, buyerClient := e.client(t, seller), e.client(t, buyer)
		productID := publishProduct(t, sellerClient.Catalog(), "Seat Licenses", "Named users, billed yearly")
		offerID := must(sellerClient.Catalog().PublishOffer(ctx, perSeatOffer(productID)))

		// The buyer finds the offer among its purchase options.
		byProduct := marketplane.ListPurchaseOptionsInput{
			Filters: []marketplane.DiscoveryFilter{{FilterType: "PRODUCT_ID", FilterValues: []string{productID}}},
		}
		found := false
		for o, err := range buyerClient.Discovery().ListPurchaseOptionsItems(ctx, byProduct) {
			ok(t, err)
			found = found || o.PurchaseOptionID == offerID
		}
		if !found {
			t.Fatalf("the buyer does not find offer %s", offerID)
		}
		proposal := must(buyerClient.Discovery().GetOffer(ctx, marketplane.GetOfferInput{OfferID: offerID})).AgreementProposalID

		// A quote for ten seats.
		agreements := buyerClient.Agreements()
		request := must(agreements.RequestOffer(ctx, offerID, ptr(seats(10)), marketplane.RequestIntentNew, nil))
		summary := request.ChargeSummary
		if !strings.HasPrefix(request.AgreementRequestID, "ar-") || request.Status != marketplane.AgreementRequestStatusDraft {
			t.Fatalf("request %+v", request)
		}
		if *summary.CurrencyCode != "USD" || *summary.NewAgreementValue != "1000.00" || len(summary.ExpectedCharges) != 1 {
			t.Fatalf("charge summary %+v", summary)
		}
		if charge := summary.ExpectedCharges[0]; *charge.Amount != "1000.00" || *charge.Timing != "ON_ACCEPTANCE" || charge.ID == nil {
			t.Fatalf("expected charge %+v", charge)
		}
		if proposal == "" {
			t.Fatal("the offer has no agreement proposal")
		}
		// What the request asks for, term by term.
		requested := must(collect(agreements.GetAgreementRequestTermsItems(ctx, marketplane.GetAgreementRequestTermsInput{
			AgreementRequestID: request.AgreementRequestID,
		})))
		if members := termMembers(requested); !slices.Contains(members, "configurableUpfrontPricingTerm") {
			t.Fatalf("requested terms %v", members)
		}

		// Approvals work on both backends (the AWS backend sends what the SDK lacks as signed RPC v2 CBOR).
		approval := must(agreements.StartApproval(ctx, request.AgreementRequestID, "Finance"))
		if approval.Status != marketplane.ApprovalStatusPendingApproval || approval.AgreementRequestID != request.AgreementRequestID {
			t.Fatalf("approval %+v", approval)
		}
		// Not before the organization approves.
		_, err := agreements.AcceptWithPurchaseOrder(ctx, request, "PO-2099-001")
		asError(t, err, marketplane.ErrorKindConflict)
		err = agreements.DecideApproval(ctx, approval.AgreementApprovalID, true, nil)
		asError(t, err, marketplane.ErrorKindAccessDenied)
		admin := e.client(t, management).Agreements()
		pending := must(admin.Approvals(ctx, true, &marketplane.ApprovalStatusPendingApproval))
		if len(pending) != 1 || pending[0].AgreementApprovalID != approval.AgreementApprovalID {
			t.Fatalf("pending approvals %+v", pending)
		}
		ok(t, admin.DecideApproval(ctx, approval.AgreementApprovalID, true, nil))
		if mine := must(agreements.Approvals(ctx, false, nil)); len(mine) != 1 || mine[0].Status != marketplane.ApprovalStatusApproved {
			t.Fatalf("the buyer's approvals %+v", mine)
		}
		detail := must(agreements.GetAgreementRequest(ctx, marketplane.GetAgreementRequestInput{AgreementRequestID: request.AgreementRequestID}))
		if detail.Request.Status != marketplane.AgreementRequestStatusApproved || detail.Request.ApprovalRequirement != "REQUIRED" {
			t.Fatalf("agreement request %+v", detail)
		}

		agreementID := must(agreements.AcceptWithPurchaseOrder(ctx, request, "PO-2099-001"))
		agreement := describe(t, agreements, agreementID)
		if agreement.Status != marketplane.AgreementStatusActive || *agreement.Acceptor.AccountID != buyer || *agreement.Proposer.AccountID != seller {
			t.Fatalf("agreement %+v", agreement)
		}
		if *agreement.ProposalSummary.OfferID != offerID || *agreement.ProposalSummary.Resources[0].ID != productID {
			t.Fatalf("proposal summary %+v", agreement.ProposalSummary)
		}
		renews := agreement.EndTimeBehavior != nil && agreement.EndTimeBehavior.BehaviorType == "RENEW"
		if *agreement.EstimatedCharges.AgreementValue != "1000.00" || renews {
			t.Fatalf("agreement %+v", agreement)
		}
		start, end := *agreement.StartTime, *agreement.EndTime
		if !end.Equal(start.AddDate(1, 0, 0)) || time.Since(start) > time.Hour {
			t.Fatalf("agreement runs %v to %v", start, end)
		}

		terms := agreementTerms(t, agreements, agreementID)
		if members := termMembers(terms); strings.Join(members, ",") != "configurableUpfrontPricingTerm,legalTerm,supportTerm" {
			t.Fatalf("accepted terms %v", terms)
		}
		var pricing struct {
			Configuration struct {
				Dimensions []struct{ DimensionValue int64 }
			}
		}
		ok(t, json.Unmarshal([]byte(terms[0]["configurableUpfrontPricingTerm"]), &pricing))
		if d := pricing.Configuration.Dimensions; len(d) != 1 || d[0].DimensionValue != 10 {
			t.Fatalf("the accepted configuration %s", terms[0]["configurableUpfrontPricingTerm"])
		}
		page := must(agreements.GetAgreementTerms(ctx, marketplane.GetAgreementTermsInput{AgreementID: agreementID}))
		if !reflect.DeepEqual(page.AcceptedTerms, terms) || page.NextToken != nil {
			t.Fatalf("terms page %+v", page)
		}
		entitlements := must(collect(agreements.GetAgreementEntitlementsItems(ctx, marketplane.GetAgreementEntitlementsInput{AgreementID: agreementID})))
		if len(entitlements) == 0 || entitlements[0].Status != "PROVISIONED" || *entitlements[0].Resource.ID != productID {
			t.Fatalf("entitlements %+v", entitlements)
		}

		// What procurement looks at: charges by purchase order, the total, what comes up for renewal.
		byPO := must(agreements.ChargesByPurchaseOrder(ctx))
		if len(byPO) != 1 || len(byPO["PO-2099-001"]) != 1 || byPO["PO-2099-001"][0].Amount != "1000.00" {
			t.Fatalf("charges by purchase order %+v", byPO)
		}
		charge := byPO["PO-2099-001"][0]
		ok(t, agreements.UpdatePurchaseOrders(ctx, marketplane.UpdatePurchaseOrdersInput{PurchaseOrders: []marketplane.PurchaseOrder{{
			ChargeID:               charge.ID,
			ChargeRevision:         ptr(charge.Revision),
			AgreementID:            &agreementID,
			PurchaseOrderReference: ptr("PO-2099-002"),
		}}}))
		charges := must(collect(agreements.ListAgreementChargesItems(ctx, marketplane.ListAgreementChargesInput{AgreementID: &agreementID})))
		if len(charges) != 1 || *charges[0].PurchaseOrderReference != "PO-2099-002" || charges[0].Revision != charge.Revision+1 {
			t.Fatalf("charges after the purchase order update %+v", charges)
		}
		if page := must(agreements.ListAgreementCharges(ctx, marketplane.ListAgreementChargesInput{})); len(page.Items) != 1 || page.Items[0].ID != charge.ID {
			t.Fatalf("charges page %+v", page)
		}
		if total := must(agreements.TotalContractValue(ctx)); len(total) != 1 || total["USD"] != "1000.00" {
			t.Fatalf("total contract value %v", total)
		}
		if due := ids(must(agreements.RenewalsDue(ctx, 400*day))); !slices.Equal(due, []string{agreementID}) {
			t.Fatalf("renewals due within 400 days %v", due)
		}
		if due := must(agreements.RenewalsDue(ctx, 30*day)); len(due) != 0 {
			t.Fatalf("renewals due within 30 days %v", ids(due))
		}

		// Five more seats: an amendment that supersedes the agreement and keeps its end. Fewer seats are refused.
		upgraded := must(agreements.Upgrade(ctx, agreementID, offerID, seats(15)))
		if old := describe(t, agreements, agreementID); old.Status != marketplane.AgreementStatusSuperseded {
			t.Fatalf("the upgraded agreement is %v", old.Status)
		}
		now := describe(t, agreements, upgraded)
		if now.Status != marketplane.AgreementStatusActive || *now.InitialAgreementID != agreementID || !now.EndTime.Equal(end) {
			t.Fatalf("the upgrade %+v", now)
		}
		_, err = agreements.RequestOffer(ctx, offerID, ptr(seats(5)), marketplane.RequestIntentAmend, &upgraded)
		var refused *marketplane.Error
		if !errors.As(err, &refused) {
			t.Fatalf("a downgrade: want a *marketplane.Error, got %T: %v", err, err)
		}
		if refused.Kind != marketplane.ErrorKindValidation || refused.Code != "ValidationException" || !strings.Contains(refused.Message, "CannotReduceEntitlements") {
			t.Fatalf("a downgrade: %+v", refused)
		}
		_, err = agreements.AcceptAgreementRequest(ctx, marketplane.AcceptAgreementRequestInput{AgreementRequestID: "ar-doesnotexist"})
		asError(t, err, marketplane.ErrorKindNotFound)

		// A charged contract: the buyer alone cannot cancel it. The seller asks, the buyer refuses, then agrees.
		err = agreements.CancelAgreement(ctx, marketplane.CancelAgreementInput{AgreementID: upgraded})
		asError(t, err, marketplane.ErrorKindConflict)
		sellerAgreements := sellerClient.Agreements()
		asked := must(sellerAgreements.SendCancellationRequest(ctx, upgraded, marketplane.CancellationReasonCodeIncorrectTermsAccepted, ptr("wrong seats")))
		if asked.Status != marketplane.ApprovalStatusPendingApproval || asked.AgreementID != upgraded || *asked.Description != "wrong seats" {
			t.Fatalf("cancellation request %+v", asked)
		}
		_, err = sellerAgreements.SendCancellationRequest(ctx, upgraded, marketplane.CancellationReasonCodeOther, nil)
		asError(t, err, marketplane.ErrorKindConflict)
		rejected := must(agreements.AnswerCancellationRequest(ctx, upgraded, asked.AgreementCancellationRequestID, false))
		if rejected.Status != marketplane.ApprovalStatusRejected {
			t.Fatalf("rejected %+v", rejected)
		}
		again := must(sellerAgreements.SendCancellationRequest(ctx, upgraded, marketplane.CancellationReasonCodeTestAgreement, nil))
		accepted := must(agreements.AnswerCancellationRequest(ctx, upgraded, again.AgreementCancellationRequestID, true))
		if accepted.Status != marketplane.ApprovalStatusApproved {
			t.Fatalf("accepted %+v", accepted)
		}
		if status := describe(t, agreements, upgraded).Status; status != marketplane.AgreementStatusCancelled {
			t.Fatalf("the agreement is %v after the cancellation", status)
		}
		statuses := map[string]marketplane.ApprovalStatus{}
		mine := marketplane.ListAgreementCancellationRequestsInput{PartyType: "PROPOSER", AgreementID: &upgraded}
		for item, err := range sellerAgreements.ListAgreementCancellationRequestsItems(ctx, mine) {
			ok(t, err)
			statuses[item.AgreementCancellationRequestID] = item.Status
		}
		if len(statuses) != 2 || statuses[asked.AgreementCancellationRequestID] != marketplane.ApprovalStatusRejected ||
			statuses[again.AgreementCancellationRequestID] != marketplane.ApprovalStatusApproved {
			t.Fatalf("cancellation requests %v", statuses)
		}
		one := must(sellerAgreements.GetAgreementCancellationRequest(ctx, marketplane.GetAgreementCancellationRequestInput{
			AgreementID: upgraded, AgreementCancellationRequestID: again.AgreementCancellationRequestID,
		}))
		if one.Status != marketplane.ApprovalStatusApproved || one.ReasonCode != marketplane.CancellationReasonCodeTestAgreement {
			t.Fatalf("cancellation request %+v", one)
		}

		// Both agreements, as the seller sees them; the cancelled one, as the buyer searches for it.
		sold := ids(must(sellerAgreements.All(ctx, []marketplane.AgreementFilter{{Name: "PartyType", Values: []string{"Proposer"}}})))
		slices.Sort(sold)
		wantSold := []string{agreementID, upgraded}
		slices.Sort(wantSold)
		if !slices.Equal(sold, wantSold) {
			t.Fatalf("the seller's agreements %v, want %v", sold, wantSold)
		}
		search := marketplane.SearchAgreementsInput{
			Filters: []marketplane.AgreementFilter{
				{Name: "PartyType", Values: []string{"Acceptor"}},
				{Name: "Status", Values: []string{"CANCELLED"}},
			},
			MaxResults: ptr(int32(10)),
		}
		page2 := must(agreements.SearchAgreements(ctx, search))
		if got := ids(page2.AgreementViewSummaries); !slices.Equal(got, []string{upgraded}) || page2.NextToken != nil {
			t.Fatalf("cancelled agreements %v", got)
		}
		if got := ids(must(collect(agreements.SearchAgreementsItems(ctx, search)))); !slices.Equal(got, []string{upgraded}) {
			t.Fatalf("cancelled agreements, iterated %v", got)
		}
		if active := must(agreements.All(ctx, []marketplane.AgreementFilter{{Name: "Status", Values: []string{"ACTIVE"}}})); len(active) != 0 {
			t.Fatalf("active agreements left %v", ids(active))
		}
		// (The engine checks filter names against the agreements it searches, so this needs the buyer to have some.)
		_, err = agreements.All(ctx, []marketplane.AgreementFilter{{Name: "Colour", Values: []string{"blue"}}})
		asError(t, err, marketplane.ErrorKindValidation)
	})
}

// TestAgreementInputIsChecked covers the errors a caller gets for bad input: the core's field errors, named as the
// service names the members, which never reach a backend.
func TestAgreementInputIsChecked(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		agreements := e.client(t, buyer).Agreements()

		_, err := agreements.GetAgreementCancellationRequest(ctx, marketplane.GetAgreementCancellationRequestInput{AgreementID: "agmt-1"})
		if bad := asError(t, err, marketplane.ErrorKindValidation); !slices.Equal(fieldNames(bad), []string{"agreementCancellationRequestId"}) {
			t.Fatalf("missing member %+v", bad)
		}
		_, err = agreements.GetAgreementRequest(ctx, marketplane.GetAgreementRequestInput{})
		if bad := asError(t, err, marketplane.ErrorKindValidation); !slices.Equal(fieldNames(bad), []string{"agreementRequestId"}) {
			t.Fatalf("missing member %+v", bad)
		}

		_, err = agreements.AcceptAgreementRequest(ctx, marketplane.AcceptAgreementRequestInput{
			AgreementRequestID: "request-1",
			PurchaseOrders:     []marketplane.PurchaseOrder{{ChargeID: "not a charge!"}},
		})
		bad := asError(t, err, marketplane.ErrorKindValidation)
		want := []string{"agreementRequestId", "purchaseOrders[0].chargeId", "purchaseOrders[0].purchaseOrderReference"}
		if !slices.Equal(fieldNames(bad), want) || bad.Code != "ValidationException" {
			t.Fatalf("bad accept %+v", bad)
		}
		_, err = agreements.DescribeAgreement(ctx, marketplane.DescribeAgreementInput{AgreementID: "agmt-doesnotexist"})
		asError(t, err, marketplane.ErrorKindNotFound)
	})
}

// TestVariablePaymentsAndInvoices: a contract with variable payments; the seller requests payments, the buyer
// approves one against a purchase order and rejects another, and the approved one is invoiced.
func TestVariablePaymentsAndInvoices(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		sellerClient, buyerClient := e.client(t, seller), e.client(t, buyer)
		productID := publishProduct(t, sellerClient.Catalog(), "Services", "Professional services on request")
		spec := privateOffer(productID)
		spec.PaymentSchedule = nil
		spec.Contract.Price = "1200"
		spec.VariablePayments = &marketplane.VariablePaymentsSpec{MaxTotal: "5000.00", ApproveOnExpiry: false, ExpirationDays: 7}
		offerID := must(sellerClient.Catalog().PublishOffer(ctx, spec))

		purchases, sales := buyerClient.Agreements(), sellerClient.Agreements()
		request := must(purchases.RequestOffer(ctx, offerID, nil, marketplane.RequestIntentNew, nil))
		agreementID := must(purchases.AcceptAgreementRequest(ctx, marketplane.AcceptAgreementRequestInput{AgreementRequestID: request.AgreementRequestID}))
		var termID string
		for _, term := range agreementTerms(t, purchases, agreementID) {
			document, isVariable := term["variablePaymentTerm"]
			if !isVariable {
				continue
			}
			var variable struct {
				ID                   string `json:"id"`
				MaxTotalChargeAmount string `json:"maxTotalChargeAmount"`
			}
			ok(t, json.Unmarshal([]byte(document), &variable))
			if variable.MaxTotalChargeAmount == "5000.00" {
				termID = variable.ID
			}
		}
		if termID == "" {
			t.Fatal("the agreement has no variable payment term")
		}

		sent := must(sales.SendPaymentRequest(ctx, agreementID, termID, "Extra seats", "3000", nil))
		if !strings.HasPrefix(sent.PaymentRequestID, "pr-") || sent.ChargeAmount != "3000.00" || sent.CurrencyCode != "USD" {
			t.Fatalf("payment request %+v", sent)
		}
		pending := must(purchases.PaymentRequest(ctx, agreementID, sent.PaymentRequestID))
		if pending.Status != marketplane.PaymentRequestStatusPendingApproval {
			t.Fatalf("payment request %+v", pending)
		}
		approved := must(purchases.AnswerPaymentRequest(ctx, agreementID, sent.PaymentRequestID, true, ptr("PO-VAR-1"), nil))
		if approved.Status != marketplane.PaymentRequestStatusApproved {
			t.Fatalf("approved %+v", approved)
		}
		// The answer of the approval may not name the charge (over AWS it does not); the request read back does.
		approved = must(sales.PaymentRequest(ctx, agreementID, sent.PaymentRequestID))
		if approved.Status != marketplane.PaymentRequestStatusApproved || approved.ChargeID == nil {
			t.Fatalf("approved, read back %+v", approved)
		}
		_, err := purchases.AnswerPaymentRequest(ctx, agreementID, sent.PaymentRequestID, true, nil, nil)
		asError(t, err, marketplane.ErrorKindConflict)
		other := must(sales.SendPaymentRequest(ctx, agreementID, termID, "Onboarding", "500", ptr("Two days on site")))
		rejected := must(purchases.AnswerPaymentRequest(ctx, agreementID, other.PaymentRequestID, false, nil, ptr("Not in the statement of work")))
		if rejected.Status != marketplane.PaymentRequestStatusRejected {
			t.Fatalf("rejected %+v", rejected)
		}
		// Only the seller withdraws its requests; bad input names the member.
		withdrawn := must(sales.SendPaymentRequest(ctx, agreementID, termID, "Travel costs", "100", nil))
		_, err = purchases.CancelPaymentRequest(ctx, agreementID, withdrawn.PaymentRequestID)
		asError(t, err, marketplane.ErrorKindAccessDenied)
		if cancelled := must(sales.CancelPaymentRequest(ctx, agreementID, withdrawn.PaymentRequestID)); cancelled.Status != marketplane.PaymentRequestStatusCancelled {
			t.Fatalf("cancelled %+v", cancelled)
		}
		_, err = sales.SendPaymentRequest(ctx, agreementID, termID, "Tiny", "1", nil)
		if bad := asError(t, err, marketplane.ErrorKindValidation); bad.FieldErrors[0].Name != "name" {
			t.Fatalf("field errors %+v", bad.FieldErrors)
		}
		if sentAll := must(sales.PaymentRequests(ctx, true, &agreementID)); len(sentAll) != 3 {
			t.Fatalf("the seller's payment requests %+v", sentAll)
		}
		if received := must(purchases.PaymentRequests(ctx, false, nil)); len(received) != 3 {
			t.Fatalf("the buyer's payment requests %+v", received)
		}

		// The approved request is charged against the purchase order and invoiced under the charge's id.
		var charged *marketplane.Charge
		for c, err := range purchases.ListAgreementChargesItems(ctx, marketplane.ListAgreementChargesInput{AgreementID: &agreementID}) {
			ok(t, err)
			if c.ID == *approved.ChargeID {
				charged = &c
			}
		}
		if charged == nil || charged.Amount != "3000.00" || *charged.PurchaseOrderReference != "PO-VAR-1" {
			t.Fatalf("the payment's charge %+v", charged)
		}
		invoices := must(purchases.Invoices(ctx, agreementID))
		invoiced := false
		for _, invoice := range invoices {
			invoiced = invoiced || (invoice.InvoiceID != nil && *invoice.InvoiceID == charged.ID &&
				invoice.InvoiceType != nil && *invoice.InvoiceType == "INVOICE" &&
				invoice.PricingCurrencyAmount != nil && *invoice.PricingCurrencyAmount.Amount == "3000.00")
		}
		if !invoiced {
			t.Fatalf("no invoice of charge %s in %+v", charged.ID, invoices)
		}

		contact, err := sales.AcceptorContact(ctx, agreementID)
		if ok(t, err); contact != nil {
			t.Fatalf("the buyer left no contact, yet %+v", contact)
		}
	})
}
