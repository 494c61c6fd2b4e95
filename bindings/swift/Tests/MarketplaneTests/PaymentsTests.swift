import Foundation
import XCTest
@testable import marketplane

/// Variable payments on an agreement: the seller asks, the buyer approves or rejects, the approved one is charged
/// against the purchase order and invoiced (the Go suite's TestVariablePaymentsAndInvoices), on both backends.
final class PaymentsTests: MarketTestCase {
    func testVariablePaymentsAndInvoices() async {
        await both { env in
            let seller = try env.client(Market.seller)
            let buyer = try env.client(Market.buyer)
            let productId = try await publishProduct(seller.catalog(), "Services", "Professional services on request")
            var spec = Market.offer(productId)
            spec.paymentSchedule = []
            spec.contract?.price = "1200"
            spec.variablePayments = VariablePaymentsSpec(maxTotal: "5000.00", approveOnExpiry: false, expirationDays: 7)
            let offerId = try await seller.catalog().publishOffer(spec: spec)

            let purchases = buyer.agreements()
            let sales = seller.agreements()
            let request = try await purchases.requestOffer(
                offerId: offerId, configuration: nil, intent: .new, sourceAgreementId: nil)
            let agreementId = try await purchases.acceptAgreementRequest(
                input: AcceptAgreementRequestInput(agreementRequestId: request.agreementRequestId, purchaseOrders: []))
            let terms = try await purchases.getAgreementTerms(
                input: GetAgreementTermsInput(agreementId: agreementId, maxResults: nil, nextToken: nil)).acceptedTerms
            let termId = try XCTUnwrap(
                terms.compactMap { term -> String? in
                    guard let document = term["variablePaymentTerm"],
                        let object = try? JSONSerialization.jsonObject(with: Data(document.utf8)) as? [String: Any],
                        object["maxTotalChargeAmount"] as? String == "5000.00"
                    else { return nil }
                    return object["id"] as? String
                }.first, "the agreement has no variable payment term: \(terms)")

            let sent = try await sales.sendPaymentRequest(
                agreementId: agreementId, termId: termId, name: "Extra seats", amount: "3000", description: nil)
            XCTAssertTrue(sent.paymentRequestId.hasPrefix("pr-"), sent.paymentRequestId)
            XCTAssertEqual(sent.chargeAmount, "3000.00")
            XCTAssertEqual(sent.currencyCode, "USD")
            let pending = try await purchases.paymentRequest(agreementId: agreementId, paymentRequestId: sent.paymentRequestId)
            XCTAssertEqual(pending.status, .pendingApproval)
            let answered = try await purchases.answerPaymentRequest(
                agreementId: agreementId, paymentRequestId: sent.paymentRequestId, approve: true, purchaseOrder: "PO-VAR-1",
                reason: nil)
            XCTAssertEqual(answered.status, .approved)
            let approved = try await sales.paymentRequest(agreementId: agreementId, paymentRequestId: sent.paymentRequestId)
            XCTAssertEqual(approved.status, .approved)
            let chargeId = try XCTUnwrap(approved.chargeId)
            await expectFailure(.conflict) {
                try await purchases.answerPaymentRequest(
                    agreementId: agreementId, paymentRequestId: sent.paymentRequestId, approve: true, purchaseOrder: nil,
                    reason: nil)
            }
            let other = try await sales.sendPaymentRequest(
                agreementId: agreementId, termId: termId, name: "Onboarding", amount: "500", description: "Two days on site")
            let rejected = try await purchases.answerPaymentRequest(
                agreementId: agreementId, paymentRequestId: other.paymentRequestId, approve: false, purchaseOrder: nil,
                reason: "Not in the statement of work")
            XCTAssertEqual(rejected.status, .rejected)
            // Only the seller withdraws its requests; bad input names the member.
            let withdrawn = try await sales.sendPaymentRequest(
                agreementId: agreementId, termId: termId, name: "Travel costs", amount: "100", description: nil)
            await expectFailure(.accessDenied) {
                try await purchases.cancelPaymentRequest(agreementId: agreementId, paymentRequestId: withdrawn.paymentRequestId)
            }
            let cancelled = try await sales.cancelPaymentRequest(
                agreementId: agreementId, paymentRequestId: withdrawn.paymentRequestId)
            XCTAssertEqual(cancelled.status, .cancelled)
            let tiny = await expectFailure(.validation) {
                try await sales.sendPaymentRequest(
                    agreementId: agreementId, termId: termId, name: "Tiny", amount: "1", description: nil)
            }
            XCTAssertEqual(tiny?.fields.first, "name")
            let sentAll = try await sales.paymentRequests(asSeller: true, agreementId: agreementId)
            XCTAssertEqual(sentAll.count, 3)
            let received = try await purchases.paymentRequests(asSeller: false, agreementId: nil)
            XCTAssertEqual(received.count, 3)

            // The approved request is charged against the purchase order and invoiced under the charge's id.
            let charges = try await purchases.listAgreementCharges(
                input: ListAgreementChargesInput(
                    catalog: nil, agreementId: agreementId, agreementType: nil, maxResults: nil, nextToken: nil)
            ).items
            let charged = try XCTUnwrap(charges.first { $0.id == chargeId }, "\(charges)")
            XCTAssertEqual(charged.amount, "3000.00")
            XCTAssertEqual(charged.purchaseOrderReference, "PO-VAR-1")
            let invoices = try await purchases.invoices(agreementId: agreementId)
            XCTAssertTrue(
                invoices.contains {
                    $0.invoiceId == chargeId && $0.invoiceType == "INVOICE" && $0.pricingCurrencyAmount?.amount == "3000.00"
                }, "no invoice of charge \(chargeId) in \(invoices)")
            let contact = try await sales.acceptorContact(agreementId: agreementId)
            XCTAssertNil(contact, "the buyer left no contact")
        }
    }
}
