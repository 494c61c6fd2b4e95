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

// change is one change of a SaaS product, its details given as JSON text.
func change(changeType string, entity *string, details string, name *string) marketplane.Change {
	return marketplane.Change{
		ChangeType:       changeType,
		EntityType:       "SaaSProduct@1.0",
		EntityIdentifier: entity,
		DetailsJSON:      details,
		ChangeName:       name,
	}
}

// publishProduct lists a public SaaS product the way a seller does: one change set that creates, describes,
// releases and publishes it, started and then waited for. It returns the product's id.
func publishProduct(t *testing.T, catalog *marketplane.Catalog, title, description string) string {
	t.Helper()
	product := ptr("$Product.Entity.Identifier")
	info, err := json.Marshal(map[string]any{"ShortDescription": description, "Categories": []string{"Data Analytics"}})
	ok(t, err)
	started := must(catalog.Start([]marketplane.Change{
		change("CreateProduct", nil, `{"ProductTitle": "`+title+`"}`, ptr("Product")),
		change("UpdateInformation", product, string(info), nil),
		change("ReleaseProduct", product, "{}", nil),
		change("UpdateVisibility", product, `{"TargetVisibility": "Public"}`, nil),
	}))
	done := must(catalog.WaitForChangeSet(started.ChangeSetID, quick))
	if done.Status != marketplane.ChangeSetStatusSucceeded {
		t.Fatalf("the product's change set is %v: %+v", done.Status, done)
	}
	if done.ChangeSetID != started.ChangeSetID || len(done.Changes) != 4 || done.Changes[0].EntityID == nil {
		t.Fatalf("change set %+v", done)
	}
	return *done.Changes[0].EntityID
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
			Grants:   map[string]int64{"Users": 10},
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

func sharedOffers() marketplane.EntityQuery {
	return marketplane.EntityQuery{EntityType: "Offer", OwnershipType: &marketplane.OwnershipTypeShared}
}

func TestSellerPublishesAPrivateOfferTheBuyerFinds(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		catalog := e.client(t, seller).Catalog()
		productID := publishProduct(t, catalog, "Lakehouse Query", "Fast SQL over parquet files")
		if !strings.HasPrefix(productID, "prod-") {
			t.Fatalf("product id %q", productID)
		}
		described := must(catalog.DescribeEntity(productID))
		var details map[string]any
		ok(t, json.Unmarshal([]byte(described.DetailsJSON), &details))
		if details["Visibility"] != "Public" {
			t.Fatalf("product details %s", described.DetailsJSON)
		}

		offerID := must(catalog.PublishOffer(privateOffer(productID)))
		offer := must(catalog.Offer(offerID))
		if offer.State != "Released" || strings.Join(offer.BuyerAccounts, ",") != buyer || *offer.AvailabilityEndDate != "2099-12-31" {
			t.Fatalf("offer %+v", offer)
		}
		var types []string
		for _, term := range offer.TermsJSON {
			var parsed struct{ Type string }
			ok(t, json.Unmarshal([]byte(term), &parsed))
			types = append(types, parsed.Type)
		}
		if strings.Join(types, ",") != "FixedUpfrontPricingTerm,PaymentScheduleTerm,LegalTerm,SupportTerm" {
			t.Fatalf("terms %v", types)
		}

		// The buyer sees the offer shared with it, in the catalog and in Discovery; the bystander sees neither.
		buyerClient := e.client(t, buyer)
		shared := must(buyerClient.Catalog().ListEntities(sharedOffers()))
		if len(shared) != 1 || shared[0].EntityID != offerID || shared[0].OfferSummary == nil || *shared[0].OfferSummary.ProductID != productID {
			t.Fatalf("shared offers %+v", shared)
		}
		page := must(buyerClient.Catalog().ListEntitiesPage(sharedOffers(), nil))
		if len(page.Entities) != 1 || page.NextToken != nil {
			t.Fatalf("shared page %+v", page)
		}
		if others := must(e.client(t, bystander).Catalog().ListEntities(sharedOffers())); len(others) != 0 {
			t.Fatalf("the bystander sees %+v", others)
		}

		byProduct := []marketplane.DiscoveryFilter{{FilterType: "PRODUCT_ID", FilterValues: []string{productID}}}
		options := must(buyerClient.Discovery().PurchaseOptions(byProduct))
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
		if !strings.Contains(strings.Join(badges, ","), "PRIVATE_PRICING") || found.ExpirationTime == nil || found.ExpirationTime.Year() != 2099 {
			t.Fatalf("purchase option %+v (badges %v)", found, badges)
		}
		if *found.PurchaseOptionName != "Example Corp, 1 year" {
			t.Fatalf("name %q", *found.PurchaseOptionName)
		}
		discovered := must(buyerClient.Discovery().Offer(offerID))
		if discovered.PricingModel.PricingModelType != marketplane.PricingModelTypeContract {
			t.Fatalf("discovered offer %+v", discovered)
		}
		if terms := must(buyerClient.Discovery().OfferTerms(offerID)); len(terms) == 0 {
			t.Fatal("the offer has no terms in Discovery")
		}
		for _, o := range must(e.client(t, bystander).Discovery().PurchaseOptions(byProduct)) {
			if o.PurchaseOptionID == offerID {
				t.Fatalf("the bystander can buy the private offer: %+v", o)
			}
		}
		_, err := e.client(t, bystander).Catalog().DescribeEntity(offerID)
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
		var names []string
		for _, f := range e.FieldErrors {
			names = append(names, f.Name)
		}
		joined := strings.Join(names, " ")
		for _, want := range wantFields {
			if !strings.Contains(joined, want) {
				t.Fatalf("field errors %v lack %s", names, want)
			}
		}
		if !strings.Contains(joined, "BuyerAccounts[0]") {
			t.Fatalf("field errors %v lack the bad buyer account", names)
		}
	}

	// Built locally: nothing is sent.
	_, err := marketplane.BuildOffer(broken)
	check(t, err)
	changes := must(marketplane.BuildOffer(privateOffer("prod-abcdefgh12345")))
	var parsed []struct{ ChangeType string }
	ok(t, json.Unmarshal([]byte(changes), &parsed))
	if len(parsed) == 0 || parsed[0].ChangeType != "CreateOffer" || parsed[len(parsed)-1].ChangeType != "ReleaseOffer" {
		t.Fatalf("changes %s", changes)
	}

	both(t, func(t *testing.T, e env) {
		catalog := e.client(t, seller).Catalog()
		_, err := catalog.PublishOffer(broken)
		check(t, err)
		// Details that are not JSON never leave the process either.
		_, err = catalog.Start([]marketplane.Change{change("CreateProduct", nil, "{nope", nil)})
		if bad := asError(t, err, marketplane.ErrorKindValidation); bad.FieldErrors[0].Name != "ChangeSet[0].DetailsDocument" {
			t.Fatalf("field errors %+v", bad.FieldErrors)
		}
	})
}

func TestAFailedChangeSet(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		catalog := e.client(t, seller).Catalog()
		productID := publishProduct(t, catalog, "Pricing Lab", "Experiments with prices")
		// A product takes no pricing terms: the change set fails as a whole.
		pricing := []marketplane.Change{change("UpdatePricingTerms", &productID, "{}", nil)}
		started := must(catalog.Start(pricing))
		failed := must(catalog.WaitForChangeSet(started.ChangeSetID, quick))
		if failed.Status != marketplane.ChangeSetStatusFailed || failed.FailureCode == nil || *failed.FailureCode != marketplane.FailureCodeClientError {
			t.Fatalf("change set %+v", failed)
		}
		if details := failed.Changes[0].ErrorDetails; len(details) == 0 || details[0].ErrorCode != "UNSUPPORTED_CHANGE_TYPE" {
			t.Fatalf("error details %+v", details)
		}
		// apply raises a failed change set as a validation error naming every change's errors.
		_, err := catalog.Apply(marketplane.ChangeSetInput{Changes: pricing, ChangeSetName: ptr("bad-pricing")})
		if applied := asError(t, err, marketplane.ErrorKindValidation); applied.Code != "ChangeSetFailed" || !strings.Contains(applied.Message, "UNSUPPORTED_CHANGE_TYPE") {
			t.Fatalf("apply error %+v", applied)
		}
		failedOnly := []marketplane.Filter{{Name: "Status", ValueList: []string{"FAILED"}}}
		if listed := must(catalog.ListChangeSets(failedOnly)); len(listed) != 2 {
			t.Fatalf("failed change sets %+v", listed)
		}
		all := must(catalog.ListChangeSets(nil))
		page := must(catalog.ListChangeSetsPage(nil, nil, ptr(int32(2)), nil))
		if len(all) != 3 || len(page.ChangeSets) != 2 || page.NextToken == nil {
			t.Fatalf("change sets %d, first page %+v", len(all), page)
		}
	})
}

func TestTagsAndPolicies(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		catalog := e.client(t, seller).Catalog()
		productID := publishProduct(t, catalog, "Tagged", "A product with tags")
		arn := must(catalog.DescribeEntity(productID)).EntityARN
		ok(t, catalog.Tag(arn, []marketplane.Tag{{Key: "team", Value: "growth"}, {Key: "tier", Value: "1"}}))
		ok(t, catalog.Untag(arn, []string{"tier"}))
		if tags := must(catalog.Tags(arn)); len(tags) != 1 || tags[0] != (marketplane.Tag{Key: "team", Value: "growth"}) {
			t.Fatalf("tags %+v", tags)
		}
		_, err := catalog.Policy(arn)
		asError(t, err, marketplane.ErrorKindNotFound)
		ok(t, catalog.PutPolicy(arn, `{"Statement": []}`))
		if policy := must(catalog.Policy(arn)); policy != `{"Statement": []}` {
			t.Fatalf("policy %q", policy)
		}
		ok(t, catalog.DeletePolicy(arn))
		batch := must(catalog.DescribeEntities([]string{productID, "prod-doesnotexist00"}))
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

		found := must(discovery.Search(marketplane.ListingSearch{SearchText: ptr("parquet")}))
		if len(found) != 1 || found[0].ListingName != "Lakehouse Query" {
			t.Fatalf("search %+v", found)
		}
		listing := found[0]
		if len(listing.AssociatedEntities) == 0 || listing.AssociatedEntities[0].Product == nil || listing.AssociatedEntities[0].Product.ProductID != productID {
			t.Fatalf("associated entities %+v", listing.AssociatedEntities)
		}
		page := must(discovery.SearchPage(marketplane.ListingSearch{MaxResults: ptr(int32(1))}))
		if len(page.Listings) != 1 || page.NextToken == nil || page.TotalResults == nil || *page.TotalResults != 2 {
			t.Fatalf("first page %+v", page)
		}
		full := must(discovery.Listing(listing.ListingID))
		if full.ShortDescription != "Fast SQL over parquet files" {
			t.Fatalf("listing %+v", full)
		}
		product := must(discovery.Product(productID))
		if product.ProductName != "Lakehouse Query" || product.ListingID != listing.ListingID {
			t.Fatalf("product %+v", product)
		}
		facets := must(discovery.Facets(marketplane.ListingSearch{FacetTypes: []string{"CATEGORY"}}))
		if facets.TotalResults != 2 {
			t.Fatalf("facets %+v", facets)
		}
		_, err := discovery.Product("prod-doesnotexist00")
		asError(t, err, marketplane.ErrorKindNotFound)
	})
}

// TestPrivateMarketplaceRequests runs the buyer's private marketplace flow in process; over the AWS backend (the
// emulator run) these calls are unsupported.
func TestPrivateMarketplaceRequests(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		wanted := publishProduct(t, e.client(t, seller).Catalog(), "Wanted", "A product users ask for")
		user := e.client(t, memberA).Catalog()
		admin := e.client(t, management).Catalog()

		if e.name == "emulator" {
			// AWS has no public API for the buyer's private marketplace actions, so the AWS backend refuses them
			// (the emulator serves them on its own routes, for the local backend's HTTP twin only).
			_, err := user.ProcurementStatus(wanted)
			asError(t, err, marketplane.ErrorKindUnsupported)
			return
		}

		// No experience governs the user yet: anything public is procurable.
		status := must(user.ProcurementStatus(wanted))
		if !status.Procurable || status.ExperienceID != nil {
			t.Fatalf("status before any experience %+v", status)
		}

		// The management account makes a live experience for the user that approves nothing.
		experience := func(changeType string, details string, name *string) marketplane.Change {
			var entity *string
			if name == nil {
				entity = ptr("$E.Entity.Identifier")
			}
			return marketplane.Change{ChangeType: changeType, EntityType: "Experience@1.0", EntityIdentifier: entity, DetailsJSON: details, ChangeName: name}
		}
		done := must(admin.Apply(marketplane.ChangeSetInput{Changes: []marketplane.Change{
			experience("CreateExperience", `{"Name": "Engineering"}`, ptr("E")),
			experience("AssociateAudience", `{"Principals": ["`+memberA+`"]}`, nil),
			experience("UpdateExperience", `{"Status": "Enabled"}`, nil),
		}}))
		experienceID := *done.Changes[0].EntityID
		status = must(user.ProcurementStatus(wanted))
		if !status.Live || status.Procurable || status.ExperienceID == nil || *status.ExperienceID != experienceID {
			t.Fatalf("status under a live experience %+v", status)
		}

		request := must(user.RequestProduct(wanted))
		if request.Status != marketplane.ProductRequestStatusPending || request.ExperienceID != experienceID {
			t.Fatalf("request %+v", request)
		}
		pending := must(admin.ProductRequests(&marketplane.ProductRequestStatusPending))
		if len(pending) != 1 || pending[0] != request {
			t.Fatalf("pending %+v", pending)
		}
		approved := must(admin.ApproveProductRequest(request.RequestID))
		if approved.Status != marketplane.ProductRequestStatusApproved {
			t.Fatalf("approved %+v", approved)
		}
		if !must(user.ProcurementStatus(wanted)).Procurable {
			t.Fatal("the approved product is still not procurable")
		}
		_, err := admin.ApproveProductRequest(request.RequestID)
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
		started := must(catalog.Start([]marketplane.Change{change("CreateProduct", nil, `{"ProductTitle": "Never"}`, nil)}))
		if status := must(catalog.DescribeChangeSet(started.ChangeSetID)).Status; status != marketplane.ChangeSetStatusPreparing {
			t.Fatalf("a fresh change set is %v", status)
		}
		cancelled := must(catalog.CancelChangeSet(started.ChangeSetID))
		if cancelled != started {
			t.Fatalf("cancelled %+v, started %+v", cancelled, started)
		}
		described := must(catalog.DescribeChangeSet(started.ChangeSetID))
		if described.Status != marketplane.ChangeSetStatusCancelled || described.EndTime == nil {
			t.Fatalf("the cancelled change set %+v", described)
		}
		// Only a PREPARING change set can be cancelled.
		_, err := catalog.CancelChangeSet(started.ChangeSetID)
		asError(t, err, marketplane.ErrorKindResourceInUse)
		_, err = catalog.CancelChangeSet("doesnotexist0000000000000")
		asError(t, err, marketplane.ErrorKindNotFound)
		cancelledOnly := []marketplane.Filter{{Name: "Status", ValueList: []string{"CANCELLED"}}}
		if listed := must(catalog.ListChangeSets(cancelledOnly)); len(listed) != 1 || listed[0].ChangeSetID != started.ChangeSetID {
			t.Fatalf("cancelled change sets %+v", listed)
		}
	})
}

// TestListingDetailsInDiscovery reads what Discovery tells a buyer about a listed product beyond the listing itself.
func TestListingDetailsInDiscovery(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		productID := publishProduct(t, e.client(t, seller).Catalog(), "Lakehouse Query", "Fast SQL over parquet files")
		discovery := e.client(t, buyer).Discovery()
		listingID := must(discovery.Product(productID)).ListingID

		// A SaaS product is delivered one way: as SaaS.
		options := must(discovery.FulfillmentOptions(productID))
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
		if page := must(discovery.FulfillmentOptionsPage(productID, nil)); !slices.Equal(page.ItemsJSON, options) || page.NextToken != nil {
			t.Fatalf("fulfillment options page %+v", page)
		}
		_, err := discovery.FulfillmentOptions("prod-doesnotexist00")
		asError(t, err, marketplane.ErrorKindNotFound)

		// The types to list are required, on every backend.
		_, err = discovery.ListingAttributes(listingID, nil)
		if bad := asError(t, err, marketplane.ErrorKindValidation); bad.FieldErrors[0].Name != "attributeTypes" {
			t.Fatalf("field errors %+v", bad.FieldErrors)
		}
		types := []string{"CASE_STUDY", "TRUST_CENTER_FAQ"}
		if e.name == "emulator" {
			// ListListingAttributes is not in aws-sdk-marketplacediscovery: the AWS backend says so.
			_, err = discovery.ListingAttributes(listingID, types)
			asError(t, err, marketplane.ErrorKindUnsupported)
		} else {
			// The product has no case studies or trust center; an unknown listing has nothing to list.
			if attributes := must(discovery.ListingAttributes(listingID, types)); len(attributes.ItemsJSON) != 0 || attributes.NextToken != nil {
				t.Fatalf("listing attributes %+v", attributes)
			}
			_, err = discovery.ListingAttributes("prodview-doesnotexist00", types)
			asError(t, err, marketplane.ErrorKindNotFound)
		}

		// Offer sets are not modelled yet: any id is not found, on both backends.
		_, err = discovery.OfferSet("offerset-doesnotexist00")
		asError(t, err, marketplane.ErrorKindNotFound)
	})
}

// TestEntityTypeFiltersAndSort lists entities with the service's typed filters and sort, given as JSON text.
func TestEntityTypeFiltersAndSort(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		catalog := e.client(t, seller).Catalog()
		alpha := publishProduct(t, catalog, "Alpha Lake", "The first lake")
		publishProduct(t, catalog, "Beta Stream", "A stream")
		gamma := publishProduct(t, catalog, "Gamma Lake", "The second lake")

		lakes := marketplane.EntityQuery{
			EntityType:            "SaaSProduct",
			EntityTypeFiltersJSON: ptr(`{"SaaSProductFilters": {"ProductTitle": {"WildCardValue": "lake"}}}`),
			EntityTypeSortJSON:    ptr(`{"SaaSProductSort": {"SortBy": "ProductTitle", "SortOrder": "DESCENDING"}}`),
		}
		var names, entityIDs []string
		for _, entity := range must(catalog.ListEntities(lakes)) {
			names = append(names, *entity.Name)
			entityIDs = append(entityIDs, entity.EntityID)
		}
		if !slices.Equal(names, []string{"Gamma Lake", "Alpha Lake"}) || !slices.Equal(entityIDs, []string{gamma, alpha}) {
			t.Fatalf("lakes, last title first: %v %v", names, entityIDs)
		}
		lakes.EntityTypeSortJSON = ptr(`{"SaaSProductSort": {"SortBy": "ProductTitle", "SortOrder": "ASCENDING"}}`)
		lakes.MaxResults = ptr(int32(1))
		first := must(catalog.ListEntitiesPage(lakes, nil))
		if len(first.Entities) != 1 || first.Entities[0].EntityID != alpha || first.NextToken == nil {
			t.Fatalf("first page %+v", first)
		}
		second := must(catalog.ListEntitiesPage(lakes, first.NextToken))
		if len(second.Entities) != 1 || second.Entities[0].EntityID != gamma {
			t.Fatalf("second page %+v", second)
		}

		// The seller's offers on one product, by the offer filters.
		offerID := must(catalog.PublishOffer(privateOffer(alpha)))
		must(catalog.PublishOffer(privateOffer(gamma)))
		onAlpha := marketplane.EntityQuery{
			EntityType:            "Offer",
			EntityTypeFiltersJSON: ptr(`{"OfferFilters": {"ProductId": {"ValueList": ["` + alpha + `"]}, "State": {"ValueList": ["Released"]}}}`),
		}
		if offers := must(catalog.ListEntities(onAlpha)); len(offers) != 1 || offers[0].EntityID != offerID {
			t.Fatalf("offers on %s: %+v", alpha, offers)
		}

		// Text that is not JSON never leaves the process.
		broken := marketplane.EntityQuery{EntityType: "SaaSProduct", EntityTypeFiltersJSON: ptr(`{"SaaSProductFilters": `)}
		_, err := catalog.ListEntities(broken)
		if bad := asError(t, err, marketplane.ErrorKindValidation); len(bad.FieldErrors) != 1 || bad.FieldErrors[0].Name != "EntityTypeFilters" {
			t.Fatalf("field errors %+v", bad.FieldErrors)
		}
		broken = marketplane.EntityQuery{EntityType: "SaaSProduct", EntityTypeSortJSON: ptr(`["ProductTitle"]`)}
		_, err = catalog.ListEntities(broken)
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
		if e.name == "emulator" {
			_, err := admin.DeclineProductRequest("pmpr-doesnotexist", ptr("no"), true)
			asError(t, err, marketplane.ErrorKindUnsupported)
			return
		}
		done := must(admin.Apply(marketplane.ChangeSetInput{Changes: []marketplane.Change{
			{ChangeType: "CreateExperience", EntityType: "Experience@1.0", DetailsJSON: `{"Name": "Finance"}`, ChangeName: ptr("E")},
			{ChangeType: "AssociateAudience", EntityType: "Experience@1.0", EntityIdentifier: ptr("$E.Entity.Identifier"), DetailsJSON: `{"Principals": ["` + memberA + `"]}`},
			{ChangeType: "UpdateExperience", EntityType: "Experience@1.0", EntityIdentifier: ptr("$E.Entity.Identifier"), DetailsJSON: `{"Status": "Enabled"}`},
		}}))
		if done.Status != marketplane.ChangeSetStatusSucceeded {
			t.Fatalf("experience %+v", done)
		}
		request := must(user.RequestProduct(wanted))
		declined := must(admin.DeclineProductRequest(request.RequestID, ptr("Use the approved lake instead"), true))
		if declined.Status != marketplane.ProductRequestStatusDeclined || declined.DeclineReason == nil ||
			*declined.DeclineReason != "Use the approved lake instead" || declined.DecidedAt == nil {
			t.Fatalf("declined %+v", declined)
		}
		if status := must(user.ProcurementStatus(wanted)); !status.Blocked || status.Procurable {
			t.Fatalf("status after the block %+v", status)
		}
		_, err := user.RequestProduct(wanted)
		asError(t, err, marketplane.ErrorKindAccessDenied)
		// A decided request cannot be decided again.
		_, err = admin.DeclineProductRequest(request.RequestID, nil, false)
		asError(t, err, marketplane.ErrorKindConflict)
		all := must(admin.ProductRequests(&marketplane.ProductRequestStatusDeclined))
		if len(all) != 1 || all[0].RequestID != request.RequestID || *all[0].DeclineReason != *declined.DeclineReason {
			t.Fatalf("declined requests %+v", all)
		}
	})
}
