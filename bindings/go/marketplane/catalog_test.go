package marketplane_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"marketplane.local/go/marketplane"
)

// The catalog's parties: a standalone seller, a buyer it makes a private offer to, and an account that sees none of
// it.
const (
	seller    = standalone
	buyer     = memberA
	bystander = memberB
)

// quick polls a change set often enough for the short change sets of the test world.
var quick = marketplane.WaitOptions{Timeout: 30 * time.Second, InitialDelay: 50 * time.Millisecond, MaxDelay: 200 * time.Millisecond}

// change is one change of a SaaS product, its details given as a JSON document.
func change(changeType string, entity *string, details string, name *string) marketplane.Change {
	return marketplane.Change{
		ChangeType:      changeType,
		Entity:          marketplane.EntityRef{EntityType: "SaaSProduct@1.0", Identifier: entity},
		DetailsDocument: ptr(details),
		ChangeName:      name,
	}
}

// changeSet is StartChangeSet's input for changes.
func changeSet(changes ...marketplane.Change) marketplane.StartChangeSetInput {
	return marketplane.StartChangeSetInput{Catalog: awsMarketplace, ChangeSet: changes}
}

// createdID is the id of the entity a change created or acted on: its identifier without the `@revision`.
func createdID(t *testing.T, c marketplane.ChangeSummary) string {
	t.Helper()
	if c.Entity.Identifier == nil {
		t.Fatalf("the change names no entity: %+v", c)
	}
	id, _, _ := strings.Cut(*c.Entity.Identifier, "@")
	return id
}

// publishProduct lists a public SaaS product the way a seller does: one change set that creates, describes,
// releases and publishes it, started and then waited for. It returns the product's id.
func publishProduct(t *testing.T, catalog *marketplane.Catalog, title, description string) string {
	t.Helper()
	product := ptr("$Product.Entity.Identifier")
	info, err := json.Marshal(map[string]any{"ShortDescription": description, "Categories": []string{"Data Analytics"}})
	ok(t, err)
	started := must(catalog.StartChangeSet(ctx, changeSet(
		change("CreateProduct", nil, `{"ProductTitle": "`+title+`"}`, ptr("Product")),
		change("UpdateInformation", product, string(info), nil),
		change("ReleaseProduct", product, "{}", nil),
		change("UpdateVisibility", product, `{"TargetVisibility": "Public"}`, nil),
	)))
	done := must(catalog.WaitForChangeSet(ctx, started.ChangeSetID, quick))
	if done.Status != marketplane.ChangeSetStatusSucceeded {
		t.Fatalf("the product's change set is %v: %+v", done.Status, done)
	}
	if done.ChangeSetID != started.ChangeSetID || len(done.Changes) != 4 || done.Changes[0].Entity.Identifier == nil {
		t.Fatalf("change set %+v", done)
	}
	// The times are times (the wire's whole seconds), and a finished change set ended after it started.
	var startTime, endTime *time.Time = done.StartTime, done.EndTime
	if startTime == nil || endTime == nil || endTime.Before(*startTime) || startTime.Nanosecond() != 0 ||
		startTime.Before(time.Now().Add(-time.Hour)) || startTime.After(time.Now().Add(time.Minute)) {
		t.Fatalf("change set times %v .. %v", startTime, endTime)
	}
	return createdID(t, done.Changes[0])
}

// privateOffer is a one-year contract for ten users, paid in two installments, for the buyer.
func privateOffer(productID string) marketplane.OfferSpec {
	return marketplane.OfferSpec{
		ProductID: productID,
		Name:      ptr("Example Corp, 1 year"),
		Buyers:    []string{buyer},
		Contract: &marketplane.ContractSpec{
			Currency: "USD",
			Duration: "P12M",
			Price:    "0",
			Grants:   marketplane.CountMap{"Users": 10},
		},
		PaymentSchedule: []marketplane.Installment{
			{Date: "2099-01-01", Amount: "500.00"},
			{Date: "2099-07-01", Amount: "500.00"},
		},
		Eula:           ptr("standard"),
		RefundPolicy:   ptr("Refunds within 30 days."),
		AvailableUntil: ptr("2099-12-31"),
	}
}

func sharedOffers() marketplane.ListEntitiesInput {
	return marketplane.ListEntitiesInput{Catalog: awsMarketplace, EntityType: "Offer", OwnershipType: &marketplane.OwnershipTypeShared}
}

// offerRules reads an offer's rules: the buyers it targets and when it stops being available.
func offerRules(t *testing.T, offer marketplane.OfferDetails) (buyers []string, availableUntil string) {
	t.Helper()
	for _, text := range offer.Rules {
		var rule struct {
			Type                string
			PositiveTargeting   struct{ BuyerAccounts []string }
			AvailabilityEndDate string
		}
		ok(t, json.Unmarshal([]byte(text), &rule))
		switch rule.Type {
		case "TargetingRule":
			buyers = rule.PositiveTargeting.BuyerAccounts
		case "AvailabilityRule":
			availableUntil = rule.AvailabilityEndDate
		}
	}
	return buyers, availableUntil
}

// termTypes names each term by its type, as the service does (`FixedUpfrontPricingTerm`, ...).
func termTypes(t *testing.T, terms []marketplane.Term) []string {
	t.Helper()
	var types []string
	for _, term := range terms {
		switch term.(type) {
		case marketplane.TermFixedUpfrontPricing:
			types = append(types, "FixedUpfrontPricingTerm")
		case marketplane.TermConfigurableUpfrontPricing:
			types = append(types, "ConfigurableUpfrontPricingTerm")
		case marketplane.TermPaymentSchedule:
			types = append(types, "PaymentScheduleTerm")
		case marketplane.TermLegal:
			types = append(types, "LegalTerm")
		case marketplane.TermSupport:
			types = append(types, "SupportTerm")
		case marketplane.TermVariablePayment:
			types = append(types, "VariablePaymentTerm")
		default:
			t.Fatalf("a term of an unexpected type %T: %+v", term, term)
		}
	}
	return types
}

func TestSellerPublishesAPrivateOfferTheBuyerFinds(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		catalog := e.client(t, seller).Catalog()
		productID := publishProduct(t, catalog, "Lakehouse Query", "Fast SQL over parquet files")
		if !strings.HasPrefix(productID, "prod-") {
			t.Fatalf("product id %q", productID)
		}
		described := must(catalog.DescribeEntity(ctx, marketplane.DescribeEntityInput{Catalog: awsMarketplace, EntityID: productID}))
		var details map[string]any
		if described.DetailsDocument == nil {
			t.Fatalf("the product has no details document: %+v", described)
		}
		ok(t, json.Unmarshal([]byte(*described.DetailsDocument), &details))
		if details["Visibility"] != "Public" {
			t.Fatalf("product details %s", *described.DetailsDocument)
		}

		offerID := must(catalog.PublishOffer(ctx, privateOffer(productID)))
		offer := must(catalog.Offer(ctx, offerID))
		buyers, availableUntil := offerRules(t, offer)
		if offer.State != "Released" || strings.Join(buyers, ",") != buyer || availableUntil != "2099-12-31" {
			t.Fatalf("offer %+v", offer)
		}
		if types := termTypes(t, offer.Terms); strings.Join(types, ",") != "FixedUpfrontPricingTerm,PaymentScheduleTerm,LegalTerm,SupportTerm" {
			t.Fatalf("terms %v", types)
		}
		if support, isSupport := offer.Terms[3].(marketplane.TermSupport); !isSupport || support.Value.RefundPolicy != "Refunds within 30 days." {
			t.Fatalf("support term %+v", offer.Terms[3])
		}

		// The buyer sees the offer shared with it, in the catalog and in Discovery; the bystander sees neither.
		buyerClient := e.client(t, buyer)
		shared := must(collect(buyerClient.Catalog().ListEntitiesItems(ctx, sharedOffers())))
		if len(shared) != 1 || shared[0].EntityID != offerID || shared[0].OfferSummary == nil || *shared[0].OfferSummary.ProductID != productID {
			t.Fatalf("shared offers %+v", shared)
		}
		page := must(buyerClient.Catalog().ListEntities(ctx, sharedOffers()))
		if len(page.EntitySummaryList) != 1 || page.NextToken != nil {
			t.Fatalf("shared page %+v", page)
		}
		if others := must(collect(e.client(t, bystander).Catalog().ListEntitiesItems(ctx, sharedOffers()))); len(others) != 0 {
			t.Fatalf("the bystander sees %+v", others)
		}

		byProduct := marketplane.ListPurchaseOptionsInput{
			Filters: []marketplane.DiscoveryFilter{{FilterType: "PRODUCT_ID", FilterValues: []string{productID}}},
		}
		options := must(collect(buyerClient.Discovery().ListPurchaseOptionsItems(ctx, byProduct)))
		var found *marketplane.PurchaseOptionSummary
		for i := range options {
			if options[i].PurchaseOptionID == offerID {
				found = &options[i]
			}
		}
		if found == nil {
			t.Fatalf("the buyer's purchase options %+v lack %s", options, offerID)
		}
		badges := []string{}
		for _, b := range found.Badges {
			badges = append(badges, b.BadgeType)
		}
		if !slices.Contains(badges, "PRIVATE_PRICING") || found.ExpirationTime == nil || found.ExpirationTime.Year() != 2099 {
			t.Fatalf("purchase option %+v (badges %v)", found, badges)
		}
		if *found.PurchaseOptionName != "Example Corp, 1 year" {
			t.Fatalf("name %q", *found.PurchaseOptionName)
		}
		discovered := must(buyerClient.Discovery().GetOffer(ctx, marketplane.GetOfferInput{OfferID: offerID}))
		if discovered.PricingModel.PricingModelType != marketplane.PricingModelTypeContract {
			t.Fatalf("discovered offer %+v", discovered)
		}
		terms := must(buyerClient.Discovery().AllOfferTerms(ctx, offerID))
		if len(terms) == 0 {
			t.Fatal("the offer has no terms in Discovery")
		}
		// Each term is its type's name and its JSON document.
		iterated := must(collect(buyerClient.Discovery().GetOfferTermsItems(ctx, marketplane.GetOfferTermsInput{OfferID: offerID})))
		if len(iterated) != len(terms) || len(terms[0]) != 1 {
			t.Fatalf("terms %v, iterated %v", terms, iterated)
		}
		for member, document := range terms[0] {
			if !strings.HasSuffix(member, "Term") || !json.Valid([]byte(document)) {
				t.Fatalf("term %s: %s", member, document)
			}
		}
		for o, err := range e.client(t, bystander).Discovery().ListPurchaseOptionsItems(ctx, byProduct) {
			ok(t, err)
			if o.PurchaseOptionID == offerID {
				t.Fatalf("the bystander can buy the private offer: %+v", o)
			}
		}
		_, err := e.client(t, bystander).Catalog().DescribeEntity(ctx, marketplane.DescribeEntityInput{Catalog: awsMarketplace, EntityID: offerID})
		asError(t, err, marketplane.ErrorKindNotFound)
	})
}

func TestABrokenOfferSpecListsEveryProblem(t *testing.T) {
	broken := privateOffer("prod-abc")
	broken.Buyers = []string{"123"}
	broken.Contract.Currency = "INR"
	broken.PaymentSchedule = nil
	broken.Eula = nil
	broken.AvailableUntil = nil
	broken.AutoRenew = true
	wantFields := []string{"CurrencyCode", "Offer.LegalTerm", "Offer.AutoRenew", "Offer.AvailabilityEndDate"}
	check := func(t *testing.T, err error) {
		t.Helper()
		var e *marketplane.Error
		if !errors.As(err, &e) {
			t.Fatalf("want a *marketplane.Error, got %T: %v", err, err)
		}
		if e.Kind != marketplane.ErrorKindValidation || e.Code != "ValidationException" {
			t.Fatalf("error %+v", e)
		}
		joined := strings.Join(fieldNames(e), " ")
		for _, want := range wantFields {
			if !strings.Contains(joined, want) {
				t.Fatalf("field errors %v lack %s", joined, want)
			}
		}
		if !strings.Contains(joined, "BuyerAccounts[0]") {
			t.Fatalf("field errors %v lack the bad buyer account", joined)
		}
	}

	// Built locally: nothing is sent.
	_, err := marketplane.BuildOffer(broken)
	check(t, err)
	changes := must(marketplane.BuildOffer(privateOffer("prod-abcdefgh12345")))
	if len(changes) == 0 || changes[0].ChangeType != "CreateOffer" || changes[len(changes)-1].ChangeType != "ReleaseOffer" {
		t.Fatalf("changes %+v", changes)
	}
	if changes[0].Entity.EntityType != "Offer@1.0" || changes[0].DetailsDocument == nil {
		t.Fatalf("the first change %+v", changes[0])
	}

	both(t, func(t *testing.T, e env) {
		catalog := e.client(t, seller).Catalog()
		_, err := catalog.PublishOffer(ctx, broken)
		check(t, err)
		// Details that are not a JSON object never leave the process either, as text or as a document.
		notJSON := change("CreateProduct", nil, "{}", nil)
		notJSON.DetailsDocument, notJSON.Details = nil, ptr("{nope")
		_, err = catalog.StartChangeSet(ctx, changeSet(notJSON))
		if bad := asError(t, err, marketplane.ErrorKindValidation); !slices.Equal(fieldNames(bad), []string{"ChangeSet[0].Details"}) {
			t.Fatalf("field errors %+v", bad.FieldErrors)
		}
		_, err = catalog.StartChangeSet(ctx, changeSet(change("CreateProduct", nil, "{nope", nil)))
		asError(t, err, marketplane.ErrorKindValidation)
	})
}

func TestAFailedChangeSet(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		catalog := e.client(t, seller).Catalog()
		productID := publishProduct(t, catalog, "Pricing Lab", "Experiments with prices")
		// A product takes no pricing terms: the change set fails as a whole.
		pricing := change("UpdatePricingTerms", &productID, "{}", nil)
		started := must(catalog.StartChangeSet(ctx, changeSet(pricing)))
		failed := must(catalog.WaitForChangeSet(ctx, started.ChangeSetID, quick))
		if failed.Status != marketplane.ChangeSetStatusFailed || failed.FailureCode == nil || *failed.FailureCode != marketplane.FailureCodeClientError {
			t.Fatalf("change set %+v", failed)
		}
		if details := failed.Changes[0].ErrorDetailList; len(details) == 0 || details[0].ErrorCode != "UNSUPPORTED_CHANGE_TYPE" {
			t.Fatalf("error details %+v", details)
		}
		// apply raises a failed change set as a validation error naming every change's errors.
		named := changeSet(pricing)
		named.ChangeSetName = ptr("bad-pricing")
		_, err := catalog.Apply(ctx, named)
		if applied := asError(t, err, marketplane.ErrorKindValidation); applied.Code != "ChangeSetFailed" || !strings.Contains(applied.Message, "UNSUPPORTED_CHANGE_TYPE") {
			t.Fatalf("apply error %+v", applied)
		}
		failedOnly := marketplane.ListChangeSetsInput{Catalog: awsMarketplace, FilterList: []marketplane.Filter{{Name: "Status", ValueList: []string{"FAILED"}}}}
		if listed := must(collect(catalog.ListChangeSetsItems(ctx, failedOnly))); len(listed) != 2 {
			t.Fatalf("failed change sets %+v", listed)
		}
		all := must(collect(catalog.ListChangeSetsItems(ctx, marketplane.ListChangeSetsInput{Catalog: awsMarketplace})))
		page := must(catalog.ListChangeSets(ctx, marketplane.ListChangeSetsInput{Catalog: awsMarketplace, MaxResults: ptr(int32(2))}))
		if len(all) != 3 || len(page.ChangeSetSummaryList) != 2 || page.NextToken == nil {
			t.Fatalf("change sets %d, first page %+v", len(all), page)
		}
	})
}

func TestTagsAndPolicies(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		catalog := e.client(t, seller).Catalog()
		productID := publishProduct(t, catalog, "Tagged", "A product with tags")
		arn := must(catalog.DescribeEntity(ctx, marketplane.DescribeEntityInput{Catalog: awsMarketplace, EntityID: productID})).EntityARN
		ok(t, catalog.TagResource(ctx, marketplane.TagResourceInput{ResourceARN: arn, Tags: []marketplane.Tag{{Key: "team", Value: "growth"}, {Key: "tier", Value: "1"}}}))
		ok(t, catalog.UntagResource(ctx, marketplane.UntagResourceInput{ResourceARN: arn, TagKeys: []string{"tier"}}))
		tags := must(catalog.ListTagsForResource(ctx, marketplane.ListTagsForResourceInput{ResourceARN: arn}))
		if tags.ResourceARN != arn || len(tags.Tags) != 1 || tags.Tags[0] != (marketplane.Tag{Key: "team", Value: "growth"}) {
			t.Fatalf("tags %+v", tags)
		}
		_, err := catalog.GetResourcePolicy(ctx, marketplane.GetResourcePolicyInput{ResourceARN: arn})
		asError(t, err, marketplane.ErrorKindNotFound)
		ok(t, catalog.PutResourcePolicy(ctx, marketplane.PutResourcePolicyInput{ResourceARN: arn, Policy: `{"Statement": []}`}))
		if policy := must(catalog.GetResourcePolicy(ctx, marketplane.GetResourcePolicyInput{ResourceARN: arn})); policy != `{"Statement": []}` {
			t.Fatalf("policy %q", policy)
		}
		ok(t, catalog.DeleteResourcePolicy(ctx, marketplane.DeleteResourcePolicyInput{ResourceARN: arn}))
		batch := must(catalog.BatchDescribeEntities(ctx, marketplane.BatchDescribeEntitiesInput{EntityRequestList: []marketplane.EntityRequest{
			{Catalog: awsMarketplace, EntityID: productID},
			{Catalog: awsMarketplace, EntityID: "prod-doesnotexist00"},
		}}))
		if _, found := batch.EntityDetails[productID]; !found || len(batch.Errors) != 1 {
			t.Fatalf("batch %+v", batch)
		}
	})
}

func TestDiscoverySearchFindsTheProduct(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		catalog := e.client(t, seller).Catalog()
		productID := publishProduct(t, catalog, "Lakehouse Query", "Fast SQL over parquet files")
		publishProduct(t, catalog, "Stream Router", "Routes events between queues")
		discovery := e.client(t, buyer).Discovery()

		found := must(collect(discovery.SearchListingsItems(ctx, marketplane.SearchListingsInput{SearchText: ptr("parquet")})))
		if len(found) != 1 || found[0].ListingName != "Lakehouse Query" {
			t.Fatalf("search %+v", found)
		}
		listing := found[0]
		if len(listing.AssociatedEntities) == 0 || listing.AssociatedEntities[0].Product == nil || listing.AssociatedEntities[0].Product.ProductID != productID {
			t.Fatalf("associated entities %+v", listing.AssociatedEntities)
		}
		page := must(discovery.SearchListings(ctx, marketplane.SearchListingsInput{MaxResults: ptr(int32(1))}))
		if len(page.ListingSummaries) != 1 || page.NextToken == nil || page.TotalResults != 2 {
			t.Fatalf("first page %+v", page)
		}
		if pages := must(collect(discovery.SearchListingsPages(ctx, marketplane.SearchListingsInput{MaxResults: ptr(int32(1))}))); len(pages) != 2 {
			t.Fatalf("pages %+v", pages)
		}
		full := must(discovery.GetListing(ctx, marketplane.GetListingInput{ListingID: listing.ListingID}))
		if full.ShortDescription != "Fast SQL over parquet files" {
			t.Fatalf("listing %+v", full)
		}
		product := must(discovery.GetProduct(ctx, marketplane.GetProductInput{ProductID: productID}))
		if product.ProductName != "Lakehouse Query" || product.ListingID != listing.ListingID {
			t.Fatalf("product %+v", product)
		}
		facets := must(discovery.SearchFacets(ctx, marketplane.SearchFacetsInput{FacetTypes: []string{"CATEGORY"}}))
		if facets.TotalResults != 2 {
			t.Fatalf("facets %+v", facets)
		}
		_, err := discovery.GetProduct(ctx, marketplane.GetProductInput{ProductID: "prod-doesnotexist00"})
		asError(t, err, marketplane.ErrorKindNotFound)
	})
}

// experience builds an Experience change; a change without a name refers to the experience the named one creates.
func experience(changeType string, details string, name *string) marketplane.Change {
	var entity *string
	if name == nil {
		entity = ptr("$E.Entity.Identifier")
	}
	return marketplane.Change{
		ChangeType:      changeType,
		Entity:          marketplane.EntityRef{EntityType: "Experience@1.0", Identifier: entity},
		DetailsDocument: ptr(details),
		ChangeName:      name,
	}
}

// TestPrivateMarketplaceRequests runs the buyer's private marketplace flow in process; over the AWS backend (the
// emulator run) these calls are unsupported.
func TestPrivateMarketplaceRequests(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		wanted := publishProduct(t, e.client(t, seller).Catalog(), "Wanted", "A product users ask for")
		user := e.client(t, memberA).Catalog()
		admin := e.client(t, management).Catalog()
		status := func() marketplane.ProcurementStatus {
			return must(user.GetProcurementStatus(ctx, marketplane.GetProcurementStatusInput{ProductID: wanted}))
		}

		if e.name == "emulator" {
			// AWS has no public API for the buyer's private marketplace actions, so the AWS backend refuses them
			// (the emulator serves them on its own routes, for the local backend's HTTP twin only).
			_, err := user.GetProcurementStatus(ctx, marketplane.GetProcurementStatusInput{ProductID: wanted})
			asError(t, err, marketplane.ErrorKindUnsupported)
			return
		}

		// No experience governs the user yet: anything public is procurable.
		if before := status(); !before.Procurable || before.ExperienceID != nil {
			t.Fatalf("status before any experience %+v", before)
		}

		// The management account makes a live experience for the user that approves nothing.
		done := must(admin.Apply(ctx, changeSet(
			experience("CreateExperience", `{"Name": "Engineering"}`, ptr("E")),
			experience("AssociateAudience", `{"Principals": ["`+memberA+`"]}`, nil),
			experience("UpdateExperience", `{"Status": "Enabled"}`, nil),
		)))
		experienceID := createdID(t, done.Changes[0])
		if live := status(); !live.Live || live.Procurable || live.ExperienceID == nil || *live.ExperienceID != experienceID {
			t.Fatalf("status under a live experience %+v", live)
		}

		request := must(user.CreateProductRequest(ctx, marketplane.CreateProductRequestInput{ProductID: wanted}))
		if request.Status != marketplane.ProductRequestStatusPending || request.ExperienceID != experienceID {
			t.Fatalf("request %+v", request)
		}
		pending := must(admin.ListProductRequests(ctx, marketplane.ListProductRequestsInput{Status: &marketplane.ProductRequestStatusPending}))
		if len(pending) != 1 || pending[0] != request {
			t.Fatalf("pending %+v", pending)
		}
		approved := must(admin.ApproveProductRequest(ctx, marketplane.ApproveProductRequestInput{RequestID: request.RequestID}))
		if approved.Status != marketplane.ProductRequestStatusApproved {
			t.Fatalf("approved %+v", approved)
		}
		if !status().Procurable {
			t.Fatal("the approved product is still not procurable")
		}
		_, err := admin.ApproveProductRequest(ctx, marketplane.ApproveProductRequestInput{RequestID: request.RequestID})
		asError(t, err, marketplane.ErrorKindConflict)
	})
}

// slowWorld is the test world with change sets that stay PREPARING for a minute, long enough to cancel one.
func slowWorld(t *testing.T) string {
	t.Helper()
	text := world(t)
	out := strings.Replace(text, "change_set_preparation_seconds = 0.1", "change_set_preparation_seconds = 60", 1)
	if out == text {
		t.Fatal("the test world no longer sets change_set_preparation_seconds = 0.1")
	}
	return out
}

func TestCancelAChangeSetWhilePreparing(t *testing.T) {
	bothIn(t, slowWorld, func(t *testing.T, e env) {
		catalog := e.client(t, seller).Catalog()
		started := must(catalog.StartChangeSet(ctx, changeSet(change("CreateProduct", nil, `{"ProductTitle": "Never"}`, nil))))
		describe := marketplane.DescribeChangeSetInput{Catalog: awsMarketplace, ChangeSetID: started.ChangeSetID}
		if status := must(catalog.DescribeChangeSet(ctx, describe)).Status; status != marketplane.ChangeSetStatusPreparing {
			t.Fatalf("a fresh change set is %v", status)
		}
		cancel := marketplane.CancelChangeSetInput{Catalog: awsMarketplace, ChangeSetID: started.ChangeSetID}
		cancelled := must(catalog.CancelChangeSet(ctx, cancel))
		if cancelled != started {
			t.Fatalf("cancelled %+v, started %+v", cancelled, started)
		}
		described := must(catalog.DescribeChangeSet(ctx, describe))
		if described.Status != marketplane.ChangeSetStatusCancelled || described.EndTime == nil {
			t.Fatalf("the cancelled change set %+v", described)
		}
		// Only a PREPARING change set can be cancelled.
		_, err := catalog.CancelChangeSet(ctx, cancel)
		asError(t, err, marketplane.ErrorKindResourceInUse)
		_, err = catalog.CancelChangeSet(ctx, marketplane.CancelChangeSetInput{Catalog: awsMarketplace, ChangeSetID: "doesnotexist0000000000000"})
		asError(t, err, marketplane.ErrorKindNotFound)
		cancelledOnly := marketplane.ListChangeSetsInput{Catalog: awsMarketplace, FilterList: []marketplane.Filter{{Name: "Status", ValueList: []string{"CANCELLED"}}}}
		if listed := must(collect(catalog.ListChangeSetsItems(ctx, cancelledOnly))); len(listed) != 1 || listed[0].ChangeSetID != started.ChangeSetID {
			t.Fatalf("cancelled change sets %+v", listed)
		}
	})
}

// TestListingDetailsInDiscovery reads what Discovery tells a buyer about a listed product beyond the listing itself.
func TestListingDetailsInDiscovery(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		productID := publishProduct(t, e.client(t, seller).Catalog(), "Lakehouse Query", "Fast SQL over parquet files")
		discovery := e.client(t, buyer).Discovery()
		listingID := must(discovery.GetProduct(ctx, marketplane.GetProductInput{ProductID: productID})).ListingID

		// A SaaS product is delivered one way: as SaaS.
		ofProduct := marketplane.ListFulfillmentOptionsInput{ProductID: productID}
		options := must(collect(discovery.ListFulfillmentOptionsItems(ctx, ofProduct)))
		if len(options) != 1 {
			t.Fatalf("fulfillment options %v", options)
		}
		var saas struct {
			Option struct {
				FulfillmentOptionID   string `json:"fulfillmentOptionId"`
				FulfillmentOptionType string `json:"fulfillmentOptionType"`
			} `json:"saasFulfillmentOption"`
		}
		ok(t, json.Unmarshal([]byte(options[0]), &saas))
		// Both backends give the service's union member with its id and type (over AWS without the kinds' own
		// delivery details).
		if saas.Option.FulfillmentOptionType != "SAAS" || saas.Option.FulfillmentOptionID == "" {
			t.Fatalf("fulfillment option %s", options[0])
		}
		if page := must(discovery.ListFulfillmentOptions(ctx, ofProduct)); !slices.Equal(page.FulfillmentOptions, options) || page.NextToken != nil {
			t.Fatalf("fulfillment options page %+v", page)
		}
		_, err := collect(discovery.ListFulfillmentOptionsItems(ctx, marketplane.ListFulfillmentOptionsInput{ProductID: "prod-doesnotexist00"}))
		asError(t, err, marketplane.ErrorKindNotFound)

		// The types to list are required, on every backend.
		_, err = discovery.ListListingAttributes(ctx, marketplane.ListListingAttributesInput{ListingID: listingID})
		if bad := asError(t, err, marketplane.ErrorKindValidation); bad.FieldErrors[0].Name != "attributeTypes" {
			t.Fatalf("field errors %+v", bad.FieldErrors)
		}
		attributes := marketplane.ListListingAttributesInput{ListingID: listingID, AttributeTypes: []string{"CASE_STUDY", "TRUST_CENTER_FAQ"}}
		if e.name == "emulator" {
			// ListListingAttributes is not in aws-sdk-marketplacediscovery: the AWS backend says so.
			_, err = discovery.ListListingAttributes(ctx, attributes)
			asError(t, err, marketplane.ErrorKindUnsupported)
		} else {
			// The product has no case studies or trust center; an unknown listing has nothing to list.
			if got := must(discovery.ListListingAttributes(ctx, attributes)); len(got.ListingAttributes) != 0 || got.NextToken != nil {
				t.Fatalf("listing attributes %+v", got)
			}
			attributes.ListingID = "prodview-doesnotexist00"
			_, err = collect(discovery.ListListingAttributesItems(ctx, attributes))
			asError(t, err, marketplane.ErrorKindNotFound)
		}

		// Offer sets are not modelled yet: any id is not found, on both backends.
		_, err = discovery.GetOfferSet(ctx, marketplane.GetOfferSetInput{OfferSetID: "offerset-doesnotexist00"})
		asError(t, err, marketplane.ErrorKindNotFound)
	})
}

// TestEntityTypeFiltersAndSort lists entities with the service's typed filters and sort.
func TestEntityTypeFiltersAndSort(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		catalog := e.client(t, seller).Catalog()
		alpha := publishProduct(t, catalog, "Alpha Lake", "The first lake")
		publishProduct(t, catalog, "Beta Stream", "A stream")
		gamma := publishProduct(t, catalog, "Gamma Lake", "The second lake")

		byTitle := func(order marketplane.SortOrder) *marketplane.EntityTypeSort {
			return &marketplane.EntityTypeSort{"SaaSProductSort": {SortBy: ptr("ProductTitle"), SortOrder: &order}}
		}
		lakes := marketplane.ListEntitiesInput{
			Catalog:    awsMarketplace,
			EntityType: "SaaSProduct",
			EntityTypeFilters: &marketplane.EntityTypeFilters{
				SaasProduct: &marketplane.ProductFilters{ProductTitle: &marketplane.ValueFilter{WildCardValue: ptr("lake")}},
			},
			EntityTypeSort: byTitle(marketplane.SortOrderDescending),
		}
		var names, entityIDs []string
		for entity, err := range catalog.ListEntitiesItems(ctx, lakes) {
			ok(t, err)
			names = append(names, *entity.Name)
			entityIDs = append(entityIDs, entity.EntityID)
		}
		if !slices.Equal(names, []string{"Gamma Lake", "Alpha Lake"}) || !slices.Equal(entityIDs, []string{gamma, alpha}) {
			t.Fatalf("lakes, last title first: %v %v", names, entityIDs)
		}
		lakes.EntityTypeSort = byTitle(marketplane.SortOrderAscending)
		lakes.MaxResults = ptr(int32(1))
		first := must(catalog.ListEntities(ctx, lakes))
		if len(first.EntitySummaryList) != 1 || first.EntitySummaryList[0].EntityID != alpha || first.NextToken == nil {
			t.Fatalf("first page %+v", first)
		}
		lakes.NextToken = first.NextToken
		second := must(catalog.ListEntities(ctx, lakes))
		if len(second.EntitySummaryList) != 1 || second.EntitySummaryList[0].EntityID != gamma {
			t.Fatalf("second page %+v", second)
		}

		// The seller's offers on one product, by the offer filters.
		offerID := must(catalog.PublishOffer(ctx, privateOffer(alpha)))
		must(catalog.PublishOffer(ctx, privateOffer(gamma)))
		onAlpha := marketplane.ListEntitiesInput{
			Catalog:    awsMarketplace,
			EntityType: "Offer",
			EntityTypeFilters: &marketplane.EntityTypeFilters{Offer: &marketplane.OfferFilters{
				ProductID: &marketplane.ValueFilter{ValueList: []string{alpha}},
				State:     &marketplane.ValueFilter{ValueList: []string{"Released"}},
			}},
		}
		if offers := must(collect(catalog.ListEntitiesItems(ctx, onAlpha))); len(offers) != 1 || offers[0].EntityID != offerID {
			t.Fatalf("offers on %s: %+v", alpha, offers)
		}

		// Filters and sorts the service would refuse never leave the process: one member each, of the listed type.
		broken := marketplane.ListEntitiesInput{Catalog: awsMarketplace, EntityType: "SaaSProduct", EntityTypeFilters: onAlpha.EntityTypeFilters}
		_, err := catalog.ListEntities(ctx, broken)
		if bad := asError(t, err, marketplane.ErrorKindValidation); !slices.Equal(fieldNames(bad), []string{"EntityTypeFilters"}) {
			t.Fatalf("field errors %+v", bad.FieldErrors)
		}
		twoSorts := marketplane.EntityTypeSort{"SaaSProductSort": {}, "OfferSort": {}}
		broken = marketplane.ListEntitiesInput{Catalog: awsMarketplace, EntityType: "SaaSProduct", EntityTypeSort: &twoSorts}
		_, err = catalog.ListEntities(ctx, broken)
		if bad := asError(t, err, marketplane.ErrorKindValidation); bad.FieldErrors[0].Name != "EntityTypeSort" {
			t.Fatalf("field errors %+v", bad.FieldErrors)
		}
	})
}

// TestAProductRequestDeclinedAndBlocked: the administrator declines a user's request and blocks the product, so the
// user cannot ask again. In process only; over the AWS backend the call is unsupported.
func TestAProductRequestDeclinedAndBlocked(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		wanted := publishProduct(t, e.client(t, seller).Catalog(), "Unwanted", "A product the administrator refuses")
		user := e.client(t, memberA).Catalog()
		admin := e.client(t, management).Catalog()
		decline := func(requestID string, reason *string, block bool) (marketplane.ProductRequest, error) {
			return admin.DeclineProductRequest(ctx, marketplane.DeclineProductRequestInput{RequestID: requestID, Reason: reason, Block: block})
		}
		if e.name == "emulator" {
			_, err := decline("pmpr-doesnotexist", ptr("no"), true)
			asError(t, err, marketplane.ErrorKindUnsupported)
			return
		}
		done := must(admin.Apply(ctx, changeSet(
			experience("CreateExperience", `{"Name": "Finance"}`, ptr("E")),
			experience("AssociateAudience", `{"Principals": ["`+memberA+`"]}`, nil),
			experience("UpdateExperience", `{"Status": "Enabled"}`, nil),
		)))
		if done.Status != marketplane.ChangeSetStatusSucceeded {
			t.Fatalf("experience %+v", done)
		}
		request := must(user.CreateProductRequest(ctx, marketplane.CreateProductRequestInput{ProductID: wanted}))
		declined := must(decline(request.RequestID, ptr("Use the approved lake instead"), true))
		if declined.Status != marketplane.ProductRequestStatusDeclined || declined.DeclineReason == nil ||
			*declined.DeclineReason != "Use the approved lake instead" || declined.DecidedAt == nil {
			t.Fatalf("declined %+v", declined)
		}
		if status := must(user.GetProcurementStatus(ctx, marketplane.GetProcurementStatusInput{ProductID: wanted})); !status.Blocked || status.Procurable {
			t.Fatalf("status after the block %+v", status)
		}
		_, err := user.CreateProductRequest(ctx, marketplane.CreateProductRequestInput{ProductID: wanted})
		asError(t, err, marketplane.ErrorKindAccessDenied)
		// A decided request cannot be decided again.
		_, err = decline(request.RequestID, nil, false)
		asError(t, err, marketplane.ErrorKindConflict)
		all := must(admin.ListProductRequests(ctx, marketplane.ListProductRequestsInput{Status: &marketplane.ProductRequestStatusDeclined}))
		if len(all) != 1 || all[0].RequestID != request.RequestID || *all[0].DeclineReason != *declined.DeclineReason {
			t.Fatalf("declined requests %+v", all)
		}
	})
}

// saasProduct names a SaaS product by its id or by a reference to the change that creates it; nil for the change
// that creates it.
func saasProduct(identifier *string) marketplane.EntityRef {
	return marketplane.EntityRef{EntityType: "SaaSProduct@1.0", Identifier: identifier}
}

func TestTypedChangesBuildAProductWithDimensionsAndItsOffer(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		catalog := e.client(t, seller).Catalog()
		product := ptr("$Product.Entity.Identifier")
		create := must(marketplane.TypedChange(saasProduct(nil),
			marketplane.TypedDetailsCreateProduct{Value: marketplane.CreateProduct{ProductTitle: ptr("Typed from Go")}}))
		create.ChangeName = ptr("Product")
		users := marketplane.Dimension{Key: "Users", Name: "Users", Description: ptr("Named users"), Types: []string{"Entitled"}, Unit: ptr("Users")}
		dimensions := must(marketplane.TypedChange(saasProduct(product),
			marketplane.TypedDetailsAddDimensions{Value: marketplane.AddDimensions{Dimensions: []marketplane.Dimension{users}}}))
		release := must(marketplane.TypedChange(saasProduct(product), marketplane.TypedDetailsReleaseProduct{Value: marketplane.ReleaseProduct{}}))
		offer := must(marketplane.TypedChange(marketplane.EntityRef{EntityType: "Offer@1.0"},
			marketplane.TypedDetailsCreateOffer{Value: marketplane.CreateOffer{ProductID: *product, Name: ptr("Typed offer")}}))
		offer.ChangeName = ptr("Offer")
		// The dimensions travel as the array the service takes.
		var sent []struct{ Key, Name string }
		ok(t, json.Unmarshal([]byte(*dimensions.DetailsDocument), &sent))
		if len(sent) != 1 || sent[0].Key != "Users" || dimensions.ChangeType != "AddDimensions" {
			t.Fatalf("AddDimensions change %+v: %s", dimensions, *dimensions.DetailsDocument)
		}

		started := must(catalog.StartChangeSet(ctx, changeSet(create, dimensions, release, offer)))
		done := must(catalog.WaitForChangeSet(ctx, started.ChangeSetID, quick))
		if done.Status != marketplane.ChangeSetStatusSucceeded {
			t.Fatalf("the typed change set is %v: %+v", done.Status, done)
		}
		productID := createdID(t, done.Changes[0])
		described := must(catalog.DescribeEntity(ctx, marketplane.DescribeEntityInput{Catalog: awsMarketplace, EntityID: productID}))
		var details struct {
			Visibility string
			Dimensions []struct {
				Key   string
				Types []string
			}
		}
		ok(t, json.Unmarshal([]byte(*described.DetailsDocument), &details))
		if details.Visibility != "Limited" || len(details.Dimensions) != 1 || details.Dimensions[0].Key != "Users" {
			t.Fatalf("product details %s", *described.DetailsDocument)
		}
		offerID := createdID(t, done.Changes[3])
		offered := must(catalog.DescribeEntity(ctx, marketplane.DescribeEntityInput{Catalog: awsMarketplace, EntityID: offerID}))
		var offerDetails struct{ ProductId string }
		ok(t, json.Unmarshal([]byte(*offered.DetailsDocument), &offerDetails))
		if offerDetails.ProductId != productID {
			t.Fatalf("offer details %s", *offered.DetailsDocument)
		}

		// Checked before anything is sent, by the rules the engine applies, naming each member at fault.
		_, err := marketplane.TypedChange(saasProduct(&productID),
			marketplane.TypedDetailsAddDimensions{Value: marketplane.AddDimensions{Dimensions: []marketplane.Dimension{{Key: "no spaces", Name: "Users"}}}})
		bad := asError(t, err, marketplane.ErrorKindValidation)
		want := []string{"DetailsDocument[0].Key", "DetailsDocument[0].Description", "DetailsDocument[0].Unit", "DetailsDocument[0].Types"}
		if !slices.Equal(fieldNames(bad), want) {
			t.Fatalf("field errors %+v", bad.FieldErrors)
		}
		// An offer's change on a product is refused too.
		_, err = marketplane.TypedChange(saasProduct(&productID), marketplane.TypedDetailsReleaseOffer{Value: marketplane.ReleaseOffer{}})
		if bad := asError(t, err, marketplane.ErrorKindValidation); !slices.Equal(fieldNames(bad), []string{"Entity.Type"}) {
			t.Fatalf("field errors %+v", bad.FieldErrors)
		}
	})
}
