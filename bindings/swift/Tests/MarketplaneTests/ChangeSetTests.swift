import Foundation
import XCTest
@testable import marketplane

/// Marketplace Catalog change sets through the async client: their times, a failed change set, and cancelling one
/// while it prepares (the Go suite's catalog_test.go cases of the same names).
final class ChangeSetTests: XCTestCase {
    let quick = WaitOptions(timeout: 30, initialDelay: 0.05, maxDelay: 0.2)

    func catalog(preparationSeconds: String? = nil) throws -> AsyncCatalog {
        var world = try Market.fixtureWorld()
        if let seconds = preparationSeconds {
            world = world.replacingOccurrences(
                of: "change_set_preparation_seconds = 0.1", with: "change_set_preparation_seconds = \(seconds)")
        }
        return try AsyncClient.inMemoryWithWorld(worldToml: world).asAccount(accountId: Market.seller).catalog()
    }

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

    func testChangeSetTimesAreDates() async throws {
        let catalog = try catalog()
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

    func testAFailedChangeSet() async throws {
        let catalog = try catalog()
        let listed = try await catalog.apply(input: Market.listing("Pricing Lab"))
        let productId = try XCTUnwrap(Market.created(listed))
        // A product takes no pricing terms: the change set fails as a whole.
        let pricing = Market.change("UpdatePricingTerms", productId, "{}")
        let started = try await catalog.startChangeSet(input: start([pricing]))
        let failed = try await catalog.waitForChangeSet(changeSetId: started.changeSetId, options: quick)
        XCTAssertEqual(failed.status, .failed)
        XCTAssertEqual(failed.failureCode, .clientError)
        XCTAssertEqual(failed.changes.first?.errorDetailList.first?.errorCode, "UNSUPPORTED_CHANGE_TYPE")
        // apply raises a failed change set as a validation error naming every change's errors.
        do {
            _ = try await catalog.apply(input: start([pricing], name: "bad-pricing"))
            XCTFail("apply must raise a failed change set")
        } catch let MarketplaneError.Failure(kind, code, message, _, _, _, _) {
            XCTAssertEqual(kind, .validation)
            XCTAssertEqual(code, "ChangeSetFailed")
            XCTAssertTrue(message.contains("UNSUPPORTED_CHANGE_TYPE"), message)
        }
        let failedOnly = try await listChangeSets(catalog, status: "FAILED").changeSetSummaryList
        XCTAssertEqual(failedOnly.count, 2)
        let all = try await listChangeSets(catalog).changeSetSummaryList
        let page = try await listChangeSets(catalog, maxResults: 2)
        XCTAssertEqual(all.count, 3)
        XCTAssertEqual(page.changeSetSummaryList.count, 2)
        XCTAssertNotNil(page.nextToken)
    }

    func testCancelAChangeSetWhilePreparing() async throws {
        let catalog = try catalog(preparationSeconds: "60")
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
        do {
            _ = try await catalog.cancelChangeSet(input: cancel)
            XCTFail("a cancelled change set cannot be cancelled again")
        } catch {
            XCTAssertEqual(Market.failure(error)?.kind, .resourceInUse, "\(error)")
        }
        do {
            _ = try await catalog.cancelChangeSet(
                input: CancelChangeSetInput(catalog: Market.catalog, changeSetId: "doesnotexist0000000000000"))
            XCTFail("an unknown change set cannot be cancelled")
        } catch {
            XCTAssertEqual(Market.failure(error)?.kind, .notFound, "\(error)")
        }
        let cancelledOnly = try await listChangeSets(catalog, status: "CANCELLED").changeSetSummaryList
        XCTAssertEqual(cancelledOnly.map { $0.changeSetId }, [started.changeSetId])
    }

    // The private marketplace (the Go suite's TestPrivateMarketplaceRequests, in process: AWS has no public API
    // for the buyer's side of it).

    func experience(_ type: String, _ details: String, name: String? = nil) -> Change {
        Change(
            changeType: type, entity: EntityRef(entityType: "Experience@1.0", identifier: name == nil ? "$E.Entity.Identifier" : nil),
            entityTags: [], details: nil, detailsDocument: details, changeName: name)
    }

    func testPrivateMarketplaceRequests() async throws {
        let base = try AsyncClient.inMemoryWithWorld(worldToml: Market.fixtureWorld())
        let listed = try await base.asAccount(accountId: Market.seller).catalog().apply(input: Market.listing("Wanted"))
        let wanted = try XCTUnwrap(Market.created(listed))
        let user = try base.asAccount(accountId: Market.buyer).catalog()
        let admin = try base.asAccount(accountId: Market.management).catalog()
        func status() async throws -> ProcurementStatus {
            try await user.getProcurementStatus(input: GetProcurementStatusInput(productId: wanted))
        }
        // No experience governs the user yet: anything public is procurable.
        let before = try await status()
        XCTAssertTrue(before.procurable)
        XCTAssertNil(before.experienceId)
        // The management account makes a live experience for the user that approves nothing.
        let done = try await admin.apply(
            input: start([
                experience("CreateExperience", "{\"Name\": \"Engineering\"}", name: "E"),
                experience("AssociateAudience", "{\"Principals\": [\"\(Market.buyer)\"]}"),
                experience("UpdateExperience", "{\"Status\": \"Enabled\"}"),
            ]))
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
        let approved = try await admin.approveProductRequest(input: ApproveProductRequestInput(requestId: request.requestId))
        XCTAssertEqual(approved.status, .approved)
        let after = try await status()
        XCTAssertTrue(after.procurable)
        do {
            _ = try await admin.approveProductRequest(input: ApproveProductRequestInput(requestId: request.requestId))
            XCTFail("an approved request cannot be approved again")
        } catch {
            XCTAssertEqual(Market.failure(error)?.kind, .conflict, "\(error)")
        }
    }

    // Entity type filters and sorts (the Go suite's TestEntityTypeFiltersAndSort).

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

    func testEntityTypeFiltersAndSort() async throws {
        let catalog = try catalog()
        var ids: [String] = []
        for title in ["Alpha Lake", "Beta Stream", "Gamma Lake"] {
            let done = try await catalog.apply(input: Market.listing(title))
            ids.append(try XCTUnwrap(Market.created(done)))
        }
        let (alpha, gamma) = (ids[0], ids[2])
        let byTitle = { (order: marketplane.SortOrder) -> EntityTypeSort in ["SaaSProductSort": Sort(sortBy: "ProductTitle", sortOrder: order)] }
        let lake = filters(
            saasProduct: ProductFilters(
                entityId: nil, productTitle: ValueFilter(valueList: [], wildCardValue: "lake"), visibility: nil,
                lastModifiedDate: nil))
        let lakes = try await catalog.listEntities(input: entities("SaaSProduct", filters: lake, sort: byTitle(.descending)))
        XCTAssertEqual(lakes.entitySummaryList.map { $0.name }, ["Gamma Lake", "Alpha Lake"])
        XCTAssertEqual(lakes.entitySummaryList.map { $0.entityId }, [gamma, alpha])
        let first = try await catalog.listEntities(
            input: entities("SaaSProduct", filters: lake, sort: byTitle(.ascending), maxResults: 1))
        XCTAssertEqual(first.entitySummaryList.map { $0.entityId }, [alpha])
        XCTAssertNotNil(first.nextToken)
        let second = try await catalog.listEntities(
            input: entities("SaaSProduct", filters: lake, sort: byTitle(.ascending), maxResults: 1, nextToken: first.nextToken))
        XCTAssertEqual(second.entitySummaryList.map { $0.entityId }, [gamma])

        // The seller's offers on one product, by the offer filters.
        let offerId = try await catalog.publishOffer(spec: Market.offer(alpha))
        _ = try await catalog.publishOffer(spec: Market.offer(gamma))
        let onAlpha = filters(
            offer: OfferFilters(
                entityId: nil, name: nil, productId: ValueFilter(valueList: [alpha], wildCardValue: nil),
                resaleAuthorizationId: nil, releaseDate: nil, availabilityEndDate: nil, buyerAccounts: nil,
                state: ValueFilter(valueList: ["Released"], wildCardValue: nil), targeting: nil, lastModifiedDate: nil))
        let offers = try await catalog.listEntities(input: entities("Offer", filters: onAlpha))
        XCTAssertEqual(offers.entitySummaryList.map { $0.entityId }, [offerId])

        // Filters and sorts the service would refuse never leave the process: one member each, of the listed type.
        do {
            _ = try await catalog.listEntities(input: entities("SaaSProduct", filters: onAlpha))
            XCTFail("offer filters on products must be refused")
        } catch {
            XCTAssertEqual(Market.failure(error)?.fields, ["EntityTypeFilters"], "\(error)")
        }
        do {
            let twoSorts: EntityTypeSort = [
                "SaaSProductSort": Sort(sortBy: nil, sortOrder: nil), "OfferSort": Sort(sortBy: nil, sortOrder: nil),
            ]
            _ = try await catalog.listEntities(input: entities("SaaSProduct", sort: twoSorts))
            XCTFail("two sorts must be refused")
        } catch {
            XCTAssertEqual(Market.failure(error)?.fields.first, "EntityTypeSort", "\(error)")
        }
    }

    // A declined and blocked product request (the Go suite's TestAProductRequestDeclinedAndBlocked, in process).

    func testAProductRequestDeclinedAndBlocked() async throws {
        let base = try AsyncClient.inMemoryWithWorld(worldToml: Market.fixtureWorld())
        let listed = try await base.asAccount(accountId: Market.seller).catalog().apply(input: Market.listing("Unwanted"))
        let wanted = try XCTUnwrap(Market.created(listed))
        let user = try base.asAccount(accountId: Market.buyer).catalog()
        let admin = try base.asAccount(accountId: Market.management).catalog()
        let done = try await admin.apply(
            input: start([
                experience("CreateExperience", "{\"Name\": \"Finance\"}", name: "E"),
                experience("AssociateAudience", "{\"Principals\": [\"\(Market.buyer)\"]}"),
                experience("UpdateExperience", "{\"Status\": \"Enabled\"}"),
            ]))
        XCTAssertEqual(done.status, .succeeded)
        let request = try await user.createProductRequest(input: CreateProductRequestInput(productId: wanted))
        let reason = "Use the approved lake instead"
        let declined = try await admin.declineProductRequest(
            input: DeclineProductRequestInput(requestId: request.requestId, reason: reason, block: true))
        XCTAssertEqual(declined.status, .declined)
        XCTAssertEqual(declined.declineReason, reason)
        XCTAssertNotNil(declined.decidedAt)
        let status = try await user.getProcurementStatus(input: GetProcurementStatusInput(productId: wanted))
        XCTAssertTrue(status.blocked)
        XCTAssertFalse(status.procurable)
        do {
            _ = try await user.createProductRequest(input: CreateProductRequestInput(productId: wanted))
            XCTFail("a blocked product cannot be requested")
        } catch {
            XCTAssertEqual(Market.failure(error)?.kind, .accessDenied, "\(error)")
        }
        // A decided request cannot be decided again.
        do {
            _ = try await admin.declineProductRequest(
                input: DeclineProductRequestInput(requestId: request.requestId, reason: nil, block: false))
            XCTFail("a decided request cannot be decided again")
        } catch {
            XCTAssertEqual(Market.failure(error)?.kind, .conflict, "\(error)")
        }
        let all = try await admin.listProductRequests(input: ListProductRequestsInput(status: .declined))
        XCTAssertEqual(all.map { $0.requestId }, [request.requestId])
        XCTAssertEqual(all.first?.declineReason, reason)
    }
}
