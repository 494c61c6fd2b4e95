import Foundation
import XCTest
@testable import marketplane

/// Marketplace Catalog change sets through the async client: their times, a failed change set, cancelling one while
/// it prepares, entity type filters and the private marketplace (the Go suite's catalog_test.go cases of the same
/// names), on both backends.
final class ChangeSetTests: MarketTestCase {
    func start(_ changes: [Change], name: String? = nil) -> StartChangeSetInput {
        StartChangeSetInput(
            catalog: Market.catalog, changeSet: changes, changeSetName: name, clientRequestToken: nil, changeSetTags: [],
            intent: nil)
    }

    func listChangeSets(_ catalog: AsyncCatalog, status: String? = nil, maxResults: Int32? = nil) async throws
        -> ListChangeSetsOutput
    {
        let filters = status.map { [Filter(name: "Status", valueList: [$0])] } ?? []
        return try await catalog.listChangeSets(
            input: ListChangeSetsInput(
                catalog: Market.catalog, filterList: filters, sort: nil, maxResults: maxResults, nextToken: nil))
    }

    func testChangeSetTimesAreDates() async {
        await both { env in
            let catalog = try env.client(Market.seller).catalog()
            let before = Date().addingTimeInterval(-1)
            let done = try await catalog.apply(input: Market.listing("Timely"))
            XCTAssertEqual(done.status, .succeeded)
            let started = try XCTUnwrap(done.startTime)
            let ended = try XCTUnwrap(done.endTime)
            // The wire's form has whole seconds; a finished change set ended after it started, and both are now-ish.
            XCTAssertEqual(started.timeIntervalSince1970.rounded(), started.timeIntervalSince1970)
            XCTAssertLessThanOrEqual(started, ended)
            XCTAssertGreaterThanOrEqual(started, before.addingTimeInterval(-1))
            XCTAssertLessThan(ended, Date().addingTimeInterval(60))
            let listed = try await listChangeSets(catalog).changeSetSummaryList
            XCTAssertEqual(listed.map { $0.startTime }, [done.startTime])
        }
    }

    func testAFailedChangeSet() async {
        await both { env in
            let catalog = try env.client(Market.seller).catalog()
            let productId = try await publishProduct(catalog, "Pricing Lab", "Experiments with prices")
            // A product takes no pricing terms: the change set fails as a whole.
            let pricing = Market.change("UpdatePricingTerms", productId, "{}")
            let started = try await catalog.startChangeSet(input: start([pricing]))
            let failed = try await catalog.waitForChangeSet(changeSetId: started.changeSetId, options: Market.quick)
            XCTAssertEqual(failed.status, .failed)
            XCTAssertEqual(failed.failureCode, .clientError)
            XCTAssertEqual(failed.changes.first?.errorDetailList.first?.errorCode, "UNSUPPORTED_CHANGE_TYPE")
            // apply raises a failed change set as a validation error naming every change's errors.
            let applied = await expectFailure(.validation) {
                try await catalog.apply(input: start([pricing], name: "bad-pricing"))
            }
            XCTAssertEqual(applied?.code, "ChangeSetFailed")
            XCTAssertTrue(applied?.message.contains("UNSUPPORTED_CHANGE_TYPE") ?? false, "\(String(describing: applied))")
            let failedOnly = try await listChangeSets(catalog, status: "FAILED").changeSetSummaryList
            XCTAssertEqual(failedOnly.count, 2)
            let all = try await listChangeSets(catalog).changeSetSummaryList
            let page = try await listChangeSets(catalog, maxResults: 2)
            XCTAssertEqual(all.count, 3)
            XCTAssertEqual(page.changeSetSummaryList.count, 2)
            XCTAssertNotNil(page.nextToken)
        }
    }

    func testCancelAChangeSetWhilePreparing() async throws {
        await both(in: try Market.slowWorld()) { env in
            let catalog = try env.client(Market.seller).catalog()
            let never = Market.change("CreateProduct", nil, "{\"ProductTitle\": \"Never\"}")
            let started = try await catalog.startChangeSet(input: start([never]))
            let describe = DescribeChangeSetInput(catalog: Market.catalog, changeSetId: started.changeSetId)
            let fresh = try await catalog.describeChangeSet(input: describe)
            XCTAssertEqual(fresh.status, .preparing)
            XCTAssertNil(fresh.endTime)
            let cancel = CancelChangeSetInput(catalog: Market.catalog, changeSetId: started.changeSetId)
            let cancelled = try await catalog.cancelChangeSet(input: cancel)
            XCTAssertEqual(cancelled, started)
            let described = try await catalog.describeChangeSet(input: describe)
            XCTAssertEqual(described.status, .cancelled)
            XCTAssertNotNil(described.endTime)
            // Only a PREPARING change set can be cancelled.
            await expectFailure(.resourceInUse) { try await catalog.cancelChangeSet(input: cancel) }
            await expectFailure(.notFound) {
                try await catalog.cancelChangeSet(
                    input: CancelChangeSetInput(catalog: Market.catalog, changeSetId: "doesnotexist0000000000000"))
            }
            let cancelledOnly = try await listChangeSets(catalog, status: "CANCELLED").changeSetSummaryList
            XCTAssertEqual(cancelledOnly.map { $0.changeSetId }, [started.changeSetId])
        }
    }

    // The private marketplace. AWS has no public API for the buyer's side of it, so the AWS backend refuses those
    // calls (the emulator serves them on its own routes, for the local backend's HTTP twin only); the flow runs in
    // process.

    func experience(_ type: String, _ details: String, name: String? = nil) -> Change {
        Change(
            changeType: type,
            entity: EntityRef(entityType: "Experience@1.0", identifier: name == nil ? "$E.Entity.Identifier" : nil),
            entityTags: [], details: nil, detailsDocument: details, changeName: name)
    }

    /// A live experience for the buyer that approves nothing, made by the management account.
    func liveExperience(_ admin: AsyncCatalog, _ name: String) async throws -> ChangeSetDescription {
        try await admin.apply(
            input: start([
                experience("CreateExperience", "{\"Name\": \"\(name)\"}", name: "E"),
                experience("AssociateAudience", "{\"Principals\": [\"\(Market.buyer)\"]}"),
                experience("UpdateExperience", "{\"Status\": \"Enabled\"}"),
            ]))
    }

    func testPrivateMarketplaceRequests() async {
        await both { env in
            let wanted = try await publishProduct(env.client(Market.seller).catalog(), "Wanted", "A product users ask for")
            let user = try env.client(Market.buyer).catalog()
            let admin = try env.client(Market.management).catalog()
            func status() async throws -> ProcurementStatus {
                try await user.getProcurementStatus(input: GetProcurementStatusInput(productId: wanted))
            }
            if env.overAWS {
                await expectFailure(.unsupported) { try await status() }
                return
            }
            // No experience governs the user yet: anything public is procurable.
            let before = try await status()
            XCTAssertTrue(before.procurable)
            XCTAssertNil(before.experienceId)
            let done = try await liveExperience(admin, "Engineering")
            let experienceId = try XCTUnwrap(Market.created(done, name: "E"))
            let live = try await status()
            XCTAssertTrue(live.live)
            XCTAssertFalse(live.procurable)
            XCTAssertEqual(live.experienceId, experienceId)
            let request = try await user.createProductRequest(input: CreateProductRequestInput(productId: wanted))
            XCTAssertEqual(request.status, .pending)
            XCTAssertEqual(request.experienceId, experienceId)
            let pending = try await admin.listProductRequests(input: ListProductRequestsInput(status: .pending))
            XCTAssertEqual(pending, [request])
            let approved = try await admin.approveProductRequest(
                input: ApproveProductRequestInput(requestId: request.requestId))
            XCTAssertEqual(approved.status, .approved)
            let after = try await status()
            XCTAssertTrue(after.procurable)
            await expectFailure(.conflict) {
                try await admin.approveProductRequest(input: ApproveProductRequestInput(requestId: request.requestId))
            }
        }
    }

    /// The administrator declines a user's request and blocks the product, so the user cannot ask again.
    func testAProductRequestDeclinedAndBlocked() async {
        await both { env in
            let wanted = try await publishProduct(
                env.client(Market.seller).catalog(), "Unwanted", "A product the administrator refuses")
            let user = try env.client(Market.buyer).catalog()
            let admin = try env.client(Market.management).catalog()
            func decline(_ requestId: String, _ reason: String?, block: Bool) async throws -> ProductRequest {
                try await admin.declineProductRequest(
                    input: DeclineProductRequestInput(requestId: requestId, reason: reason, block: block))
            }
            if env.overAWS {
                await expectFailure(.unsupported) { try await decline("pmpr-doesnotexist", "no", block: true) }
                return
            }
            let done = try await liveExperience(admin, "Finance")
            XCTAssertEqual(done.status, .succeeded)
            let request = try await user.createProductRequest(input: CreateProductRequestInput(productId: wanted))
            let reason = "Use the approved lake instead"
            let declined = try await decline(request.requestId, reason, block: true)
            XCTAssertEqual(declined.status, .declined)
            XCTAssertEqual(declined.declineReason, reason)
            XCTAssertNotNil(declined.decidedAt)
            let status = try await user.getProcurementStatus(input: GetProcurementStatusInput(productId: wanted))
            XCTAssertTrue(status.blocked)
            XCTAssertFalse(status.procurable)
            await expectFailure(.accessDenied) {
                try await user.createProductRequest(input: CreateProductRequestInput(productId: wanted))
            }
            // A decided request cannot be decided again.
            await expectFailure(.conflict) { try await decline(request.requestId, nil, block: false) }
            let all = try await admin.listProductRequests(input: ListProductRequestsInput(status: .declined))
            XCTAssertEqual(all.map { $0.requestId }, [request.requestId])
            XCTAssertEqual(all.first?.declineReason, reason)
        }
    }

    // Entity type filters and sorts.

    func entities(
        _ entityType: String, filters: EntityTypeFilters? = nil, sort: EntityTypeSort? = nil, maxResults: Int32? = nil,
        nextToken: String? = nil
    ) -> ListEntitiesInput {
        ListEntitiesInput(
            catalog: Market.catalog, entityType: entityType, filterList: [], sort: nil, nextToken: nextToken,
            maxResults: maxResults, ownershipType: nil, entityTypeFilters: filters, entityTypeSort: sort)
    }

    func filters(offer: OfferFilters? = nil, saasProduct: ProductFilters? = nil) -> EntityTypeFilters {
        EntityTypeFilters(
            offer: offer, saasProduct: saasProduct, amiProduct: nil, containerProduct: nil, dataProduct: nil,
            machineLearningProduct: nil, other: [:])
    }

    func testEntityTypeFiltersAndSort() async {
        await both { env in
            let catalog = try env.client(Market.seller).catalog()
            let alpha = try await publishProduct(catalog, "Alpha Lake", "The first lake")
            _ = try await publishProduct(catalog, "Beta Stream", "A stream")
            let gamma = try await publishProduct(catalog, "Gamma Lake", "The second lake")
            let byTitle = { (order: marketplane.SortOrder) -> EntityTypeSort in
                ["SaaSProductSort": Sort(sortBy: "ProductTitle", sortOrder: order)]
            }
            let lake = filters(
                saasProduct: ProductFilters(
                    entityId: nil, productTitle: ValueFilter(valueList: [], wildCardValue: "lake"), visibility: nil,
                    lastModifiedDate: nil))
            let lakes = try await catalog.listEntities(
                input: entities("SaaSProduct", filters: lake, sort: byTitle(.descending)))
            XCTAssertEqual(lakes.entitySummaryList.map { $0.name }, ["Gamma Lake", "Alpha Lake"])
            XCTAssertEqual(lakes.entitySummaryList.map { $0.entityId }, [gamma, alpha])
            let first = try await catalog.listEntities(
                input: entities("SaaSProduct", filters: lake, sort: byTitle(.ascending), maxResults: 1))
            XCTAssertEqual(first.entitySummaryList.map { $0.entityId }, [alpha])
            XCTAssertNotNil(first.nextToken)
            let second = try await catalog.listEntities(
                input: entities(
                    "SaaSProduct", filters: lake, sort: byTitle(.ascending), maxResults: 1, nextToken: first.nextToken))
            XCTAssertEqual(second.entitySummaryList.map { $0.entityId }, [gamma])

            // The seller's offers on one product, by the offer filters.
            let offerId = try await catalog.publishOffer(spec: Market.offer(alpha))
            _ = try await catalog.publishOffer(spec: Market.offer(gamma))
            let onAlpha = filters(
                offer: OfferFilters(
                    entityId: nil, name: nil, productId: ValueFilter(valueList: [alpha], wildCardValue: nil),
                    resaleAuthorizationId: nil, releaseDate: nil, availabilityEndDate: nil, buyerAccounts: nil,
                    state: ValueFilter(valueList: ["Released"], wildCardValue: nil), targeting: nil,
                    lastModifiedDate: nil))
            let offers = try await catalog.listEntities(input: entities("Offer", filters: onAlpha))
            XCTAssertEqual(offers.entitySummaryList.map { $0.entityId }, [offerId])

            // Filters and sorts the service would refuse never leave the process: one member each, of the listed type.
            let wrongType = await expectFailure(.validation) {
                try await catalog.listEntities(input: entities("SaaSProduct", filters: onAlpha))
            }
            XCTAssertEqual(wrongType?.fields, ["EntityTypeFilters"])
            let twoSorts: EntityTypeSort = [
                "SaaSProductSort": Sort(sortBy: nil, sortOrder: nil), "OfferSort": Sort(sortBy: nil, sortOrder: nil),
            ]
            let sorts = await expectFailure(.validation) {
                try await catalog.listEntities(input: entities("SaaSProduct", sort: twoSorts))
            }
            XCTAssertEqual(sorts?.fields.first, "EntityTypeSort")
        }
    }
}
