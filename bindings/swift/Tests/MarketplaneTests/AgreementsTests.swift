import XCTest
@testable import marketplane

/// Marketplace Agreement from Swift: a buyer requests a seller's private offer, accepts it and reads it back.
final class AgreementsTests: XCTestCase {
    /// A private offer to the buyer of a one-year contract it configures: 100.00 a user.
    func perSeat(_ productId: String) -> OfferSpec {
        var spec = Market.offer(productId)
        spec.name = "Example Corp, seats"
        spec.contract = nil
        spec.paymentSchedule = []
        spec.configurableContract = ConfigurableContractSpec(
            currency: "USD", duration: "P12M", prices: ["Users": "100"], multipleDimensions: false)
        return spec
    }

    func users(_ n: Int64) -> ContractConfiguration {
        ContractConfiguration(selectorValue: "P12M", dimensions: [DimensionQuantity(dimensionKey: "Users", dimensionValue: n)])
    }

    func testRequestAcceptDescribe() throws {
        let base = try Client.inMemoryWithWorld(worldToml: Market.world)
        let catalog = try base.asAccount(accountId: Market.seller).catalog()
        let productId = try XCTUnwrap(Market.created(try catalog.apply(input: Market.listing("Swift Seats"))))
        let offerId = try catalog.publishOffer(spec: perSeat(productId))

        let agreements = try base.asAccount(accountId: Market.buyer).agreements()
        let request = try agreements.requestOffer(
            offerId: offerId, configuration: users(10), intent: .new, sourceAgreementId: nil)
        XCTAssertEqual(request.status, .draft)
        XCTAssertEqual(request.chargeSummary.newAgreementValue, "1000.00")

        let agreementId = try agreements.acceptWithPurchaseOrder(request: request, purchaseOrder: "PO-SW-1")
        let agreement = try agreements.describeAgreement(input: DescribeAgreementInput(agreementId: agreementId))
        XCTAssertEqual(agreement.status, .active)
        XCTAssertEqual(agreement.acceptor.accountId, Market.buyer)
        XCTAssertEqual(agreement.proposer.accountId, Market.seller)
        XCTAssertEqual(agreement.proposalSummary.offerId, offerId)
        XCTAssertEqual(agreement.estimatedCharges?.agreementValue, "1000.00")
        XCTAssertNotEqual(agreement.endTimeBehavior?.behaviorType, "RENEW")
        XCTAssertEqual(Array(try agreements.chargesByPurchaseOrder().keys), ["PO-SW-1"])
        XCTAssertEqual(try agreements.totalContractValue(), ["USD": "1000.00"])

        // A downgrade is refused with the core's reason.
        XCTAssertThrowsError(
            try agreements.requestOffer(
                offerId: offerId, configuration: users(5), intent: .amend, sourceAgreementId: agreementId)
        ) { error in
            XCTAssertEqual(Market.failure(error)?.kind, .validation, "\(error)")
            XCTAssertTrue(Market.failure(error)?.message.contains("CannotReduceEntitlements") ?? false, "\(error)")
        }
    }

    func testAsyncAgreementsAndTypedInputChecks() async throws {
        let client = try AsyncClient.inMemoryWithWorld(worldToml: Market.world)
        let catalog = try client.asAccount(accountId: Market.seller).catalog()
        let listed = try await catalog.apply(input: Market.listing("Await Seats"))
        let productId = try XCTUnwrap(Market.created(listed))
        let offerId = try await catalog.publishOffer(spec: perSeat(productId))
        let agreements = try client.asAccount(accountId: Market.buyer).agreements()
        let request = try await agreements.requestOffer(
            offerId: offerId, configuration: users(3), intent: .new, sourceAgreementId: nil)
        let agreementId = try await agreements.acceptAgreementRequest(
            input: AcceptAgreementRequestInput(agreementRequestId: request.agreementRequestId, purchaseOrders: []))
        let described = try await agreements.describeAgreement(input: DescribeAgreementInput(agreementId: agreementId))
        XCTAssertEqual(described.status, .active)
        let terms = try await agreements.getAgreementTerms(
            input: GetAgreementTermsInput(agreementId: agreementId, maxResults: nil, nextToken: nil)).acceptedTerms
        XCTAssertTrue(terms.contains { $0["configurableUpfrontPricingTerm"] != nil }, "\(terms)")

        // Input the service would refuse never leaves the process; the errors name the members.
        do {
            let partial = GetAgreementCancellationRequestInput(agreementId: agreementId, agreementCancellationRequestId: "")
            _ = try await agreements.getAgreementCancellationRequest(input: partial)
            XCTFail("a missing member must be refused")
        } catch let MarketplaneError.Failure(kind, _, _, _, _, _, fieldErrors) {
            XCTAssertEqual(kind, .validation)
            XCTAssertEqual(fieldErrors.map { $0.name }, ["agreementCancellationRequestId"])
        }
        do {
            let order = PurchaseOrder(chargeId: "not a charge!", chargeRevision: nil, agreementId: nil, purchaseOrderReference: nil)
            _ = try await agreements.acceptAgreementRequest(
                input: AcceptAgreementRequestInput(agreementRequestId: "request-1", purchaseOrders: [order]))
            XCTFail("a bad purchase order must be refused")
        } catch let MarketplaneError.Failure(_, _, _, _, _, _, fieldErrors) {
            XCTAssertEqual(
                fieldErrors.map { $0.name },
                ["agreementRequestId", "purchaseOrders[0].chargeId", "purchaseOrders[0].purchaseOrderReference"])
        }
    }
}
