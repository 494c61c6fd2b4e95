import XCTest
@testable import marketplane

final class MarketplaneTests: XCTestCase {
    let account = "111111111111"

    func contact(_ name: String) -> AlternateContact {
        AlternateContact(
            alternateContactType: .operations, name: name, title: "Ops",
            emailAddress: "mateo@example.com", phoneNumber: "+1(206)555-1234")
    }

    func testBlockingCallsAndTypedErrors() throws {
        let accounts = try Client.inMemory().asAccount(accountId: account).accounts()
        XCTAssertThrowsError(try accounts.getAlternateContact(contactType: .security, accountId: nil)) { error in
            guard case let MarketplaneError.Failure(kind, code, _, _, _, _, _) = error else {
                return XCTFail("unexpected error \(error)")
            }
            XCTAssertEqual(kind, .notFound)
            XCTAssertEqual(code, "ResourceNotFoundException")
        }
        try accounts.putAlternateContact(contact: contact("Mateo Jackson"), accountId: nil)
        XCTAssertEqual(
            try accounts.getAlternateContact(contactType: .operations, accountId: nil), contact("Mateo Jackson"))
        XCTAssertThrowsError(
            try accounts.putAlternateContact(contact: contact(String(repeating: "x", count: 65)), accountId: nil)
        ) { error in
            guard case let MarketplaneError.Failure(kind, _, _, _, _, _, fieldErrors) = error else {
                return XCTFail("unexpected error \(error)")
            }
            XCTAssertEqual(kind, .validation)
            XCTAssertEqual(fieldErrors.map { $0.name }, ["Name"])
        }
    }

    func testAsyncCallsAndUnknownEnumValues() async throws {
        let client = try AsyncClient.inMemory().asAccount(accountId: account)
        let status = try await client.regions().get(regionName: "af-south-1", accountId: nil)
        XCTAssertEqual(status, .disabled)
        do {
            _ = try await client.regions().list(statuses: [.unknown(value: "PAUSED")], pageSize: nil, accountId: nil)
            XCTFail("an unknown status filter must be refused")
        } catch let MarketplaneError.Failure(kind, _, message, _, _, _, _) {
            XCTAssertEqual(kind, .validation)
            XCTAssertTrue(message.contains("PAUSED"))
        }
    }

    func testPanicsNeverCrossTheBoundary() throws {
        XCTAssertThrowsError(try debugPanic()) { error in
            guard case let MarketplaneError.Failure(kind, _, _, _, _, _, _) = error else {
                return XCTFail("unexpected error \(error)")
            }
            XCTAssertEqual(kind, .`internal`)
        }
    }

    // Marketplace Catalog and Discovery: a seller lists a product and makes a private offer a buyer finds.

    let seller = "200000000001"
    let buyer = "100000000002"
    var world: String {
        """
        [settings]
        change_set_preparation_seconds = 0.05
        change_set_application_seconds = 0.05

        [[accounts]]
        id = "\(seller)"

        [[accounts]]
        id = "\(buyer)"
        """
    }

    func change(_ type: String, _ entity: String?, _ details: String, name: String? = nil) -> Change {
        Change(
            changeType: type, entityType: "SaaSProduct@1.0", entityIdentifier: entity, detailsJson: details,
            changeName: name, entityTags: [])
    }

    func productChanges(_ title: String) -> ChangeSetInput {
        let product = "$P.Entity.Identifier"
        return ChangeSetInput(
            changes: [
                change("CreateProduct", nil, "{\"ProductTitle\": \"\(title)\"}", name: "P"),
                change("ReleaseProduct", product, "{}"),
                change("UpdateVisibility", product, "{\"TargetVisibility\": \"Public\"}"),
            ],
            changeSetName: nil, clientRequestToken: nil, changeSetTags: [], intent: nil)
    }

    func offer(_ productId: String, buyers: [String], eula: String?) -> OfferSpec {
        OfferSpec(
            productId: productId, name: "Example Corp", description: nil, buyers: buyers,
            contract: ContractSpec(currency: "USD", duration: "P12M", price: "0", grants: ["Users": 10]),
            usage: nil, paymentSchedule: [Installment(date: "2099-01-01", amount: "500.00")], eula: eula,
            refundPolicy: nil, agreementDuration: nil, availableUntil: "2099-12-31", autoRenew: false, draft: false)
    }

    func testPrivateOfferFromSellerToBuyer() throws {
        let base = try Client.inMemoryWithWorld(worldToml: world)
        let catalog = try base.asAccount(accountId: seller).catalog()
        let listed = try catalog.apply(input: productChanges("Swift Lake"))
        XCTAssertEqual(listed.status, .succeeded)
        let productId = try XCTUnwrap(listed.changes[0].entityId)

        XCTAssertThrowsError(try catalog.publishOffer(spec: offer(productId, buyers: ["1"], eula: nil))) { error in
            guard case let MarketplaneError.Failure(kind, _, _, _, _, _, fieldErrors) = error else {
                return XCTFail("unexpected error \(error)")
            }
            XCTAssertEqual(kind, .validation)
            XCTAssertTrue(fieldErrors.contains { $0.name == "Offer.LegalTerm" }, "\(fieldErrors)")
        }
        let offerId = try catalog.publishOffer(spec: offer(productId, buyers: [buyer], eula: "standard"))
        XCTAssertEqual(try catalog.offer(offerId: offerId).buyerAccounts, [buyer])

        let shared = EntityQuery(
            entityType: "Offer", filters: [], sort: nil, ownershipType: .shared, entityTypeFiltersJson: nil,
            entityTypeSortJson: nil, maxResults: nil)
        let buyerClient = try base.asAccount(accountId: buyer)
        XCTAssertEqual(try buyerClient.catalog().listEntities(query: shared).map { $0.entityId }, [offerId])
        let options = try buyerClient.discovery().purchaseOptions(
            filters: [DiscoveryFilter(filterType: "PRODUCT_ID", filterValues: [productId])])
        XCTAssertTrue(options.contains { $0.purchaseOptionId == offerId }, "\(options)")
    }

    func testAsyncDiscoverySearch() async throws {
        let client = try AsyncClient.inMemoryWithWorld(worldToml: world)
        let done = try await client.asAccount(accountId: seller).catalog().apply(input: productChanges("Await Search"))
        XCTAssertEqual(done.status, .succeeded)
        let search = ListingSearch(
            searchText: "await", filters: [], facetTypes: [], sortBy: nil, sortOrder: nil, locale: nil,
            maxResults: nil, nextToken: nil)
        let found = try await client.asAccount(accountId: buyer).discovery().search(search: search)
        XCTAssertEqual(found.map { $0.listingName }, ["Await Search"])
    }
}
