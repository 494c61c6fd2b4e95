import XCTest
@testable import marketplane

/// Marketplace Agreement from Swift: a buyer requests a seller's private offer, accepts it and reads it back.
final class AgreementsTests: XCTestCase {
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

    func listing(_ title: String) -> ChangeSetInput {
        let product = "$P.Entity.Identifier"
        let change = { (type: String, entity: String?, details: String, name: String?) in
            Change(
                changeType: type, entityType: "SaaSProduct@1.0", entityIdentifier: entity, detailsJson: details,
                changeName: name, entityTags: [])
        }
        return ChangeSetInput(
            changes: [
                change("CreateProduct", nil, "{\"ProductTitle\": \"\(title)\"}", "P"),
                change("ReleaseProduct", product, "{}", nil),
                change("UpdateVisibility", product, "{\"TargetVisibility\": \"Public\"}", nil),
            ],
            changeSetName: nil, clientRequestToken: nil, changeSetTags: [], intent: nil)
    }

    /// A private offer to the buyer of a one-year contract it configures: 100.00 a user.
    func perSeat(_ productId: String) -> OfferSpec {
        OfferSpec(
            productId: productId, name: "Example Corp, seats", description: nil, buyers: [buyer], contract: nil,
            usage: nil, paymentSchedule: [], eula: "standard", refundPolicy: nil, agreementDuration: nil,
            availableUntil: "2099-12-31", autoRenew: false, draft: false,
            configurableContract: ConfigurableContractSpec(
                currency: "USD", duration: "P12M", prices: ["Users": "100"], multipleDimensions: false))
    }

    func users(_ n: Int64) -> ContractConfiguration {
        ContractConfiguration(selectorValue: "P12M", dimensions: [DimensionQuantity(dimensionKey: "Users", dimensionValue: n)])
    }

    func testRequestAcceptDescribe() throws {
        let base = try Client.inMemoryWithWorld(worldToml: world)
        let catalog = try base.asAccount(accountId: seller).catalog()
        let productId = try XCTUnwrap(try catalog.apply(input: listing("Swift Seats")).changes[0].entityId)
        let offerId = try catalog.publishOffer(spec: perSeat(productId))

        let agreements = try base.asAccount(accountId: buyer).agreements()
        let request = try agreements.requestOffer(
            offerId: offerId, configuration: users(10), intent: .new, sourceAgreementId: nil)
        XCTAssertEqual(request.status, .draft)
        XCTAssertEqual(request.chargeSummary.newAgreementValue, "1000.00")

        let agreementId = try agreements.acceptWithPurchaseOrder(request: request, purchaseOrder: "PO-SW-1")
        let agreement = try agreements.describe(agreementId: agreementId)
        XCTAssertEqual(agreement.status, .active)
        XCTAssertEqual(agreement.acceptor.accountId, buyer)
        XCTAssertEqual(agreement.proposer.accountId, seller)
        XCTAssertEqual(agreement.proposalSummary.offerId, offerId)
        XCTAssertEqual(agreement.estimatedCharges?.agreementValue, "1000.00")
        XCTAssertFalse(agreement.renews)
        XCTAssertEqual(Array(try agreements.chargesByPurchaseOrder().keys), ["PO-SW-1"])

        // A downgrade is refused with the core's reason.
        XCTAssertThrowsError(
            try agreements.requestOffer(
                offerId: offerId, configuration: users(5), intent: .amend, sourceAgreementId: agreementId)
        ) { error in
            guard case let MarketplaneError.Failure(kind, _, message, _, _, _, _) = error else {
                return XCTFail("unexpected error \(error)")
            }
            XCTAssertEqual(kind, .validation)
            XCTAssertTrue(message.contains("CannotReduceEntitlements"), message)
        }
    }

    func testAsyncAgreementsAndWorkflowChecks() async throws {
        let client = try AsyncClient.inMemoryWithWorld(worldToml: world)
        let catalog = try client.asAccount(accountId: seller).catalog()
        let listed = try await catalog.apply(input: listing("Await Seats"))
        let productId = try XCTUnwrap(listed.changes[0].entityId)
        let offerId = try await catalog.publishOffer(spec: perSeat(productId))
        let agreements = try client.asAccount(accountId: buyer).agreements()
        let request = try await agreements.requestOffer(
            offerId: offerId, configuration: users(3), intent: .new, sourceAgreementId: nil)
        let agreementId = try await agreements.accept(agreementRequestId: request.agreementRequestId, purchaseOrders: [])
        let described = try await agreements.describe(agreementId: agreementId)
        XCTAssertEqual(described.status, .active)
        do {
            _ = try await agreements.workflow(operation: "DropAll", refsJson: "")
            XCTFail("an unknown workflow operation must be refused")
        } catch let MarketplaneError.Failure(kind, _, _, _, _, _, fieldErrors) {
            XCTAssertEqual(kind, .validation)
            XCTAssertEqual(fieldErrors.map { $0.name }, ["operation"])
        }
    }
}
