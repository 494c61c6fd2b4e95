import Foundation
@testable import marketplane

/// The accounts and records the suites share: an organization (management account and a member who buys), a
/// standalone seller, change sets that settle fast, and shorthands for the records the tests build often (UniFFI's
/// Swift records take every member).
enum Market {
    static let management = "123456789012"
    static let buyer = "111111111111"
    static let seller = "444444444444"
    static let catalog = "AWSMarketplace"

    static let world = """
        [settings]
        region_transition_seconds = 0.2
        change_set_preparation_seconds = 0.05
        change_set_application_seconds = 0.05

        [[organizations]]
        id = "o-aa111bb222"
        management_account = "\(management)"

        [[accounts]]
        id = "\(management)"
        organization = "o-aa111bb222"

        [[accounts]]
        id = "\(buyer)"
        organization = "o-aa111bb222"

        [[accounts]]
        id = "\(seller)"
        """

    /// The organization of the other suites' fixture world (`crates/emulator/tests/fixtures/world.toml`, which the Go
    /// suite uses too): a second member, a delegated administrator, a GovCloud pairing.
    static let memberB = "333333333333"
    static let delegated = "222222222222"

    /// The fixture world with opt-in regions that settle in `regionSeconds` and change sets in a tenth of a second
    /// (the Go suite's world), read from the repository beside this file.
    static func fixtureWorld(regionSeconds: String = "1.0") throws -> String {
        let file = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().appendingPathComponent("../../../../crates/emulator/tests/fixtures/world.toml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let settings = "region_transition_seconds = \(regionSeconds)\nchange_set_preparation_seconds = 0.1\n"
            + "change_set_application_seconds = 0.1"
        let out = text.replacingOccurrences(of: "region_transition_seconds = 300", with: settings)
        precondition(out != text, "the fixture world no longer sets region_transition_seconds = 300")
        return out
    }

    /// A change on a SaaS product, its details a JSON document.
    static func change(_ type: String, _ entity: String?, _ details: String, name: String? = nil) -> Change {
        Change(
            changeType: type, entity: EntityRef(entityType: "SaaSProduct@1.0", identifier: entity), entityTags: [],
            details: nil, detailsDocument: details, changeName: name)
    }

    /// Creates, releases and publishes a product called `title` in one change set.
    static func listing(_ title: String) -> StartChangeSetInput {
        let product = "$P.Entity.Identifier"
        return StartChangeSetInput(
            catalog: catalog,
            changeSet: [
                change("CreateProduct", nil, "{\"ProductTitle\": \"\(title)\"}", name: "P"),
                change("ReleaseProduct", product, "{}"),
                change("UpdateVisibility", product, "{\"TargetVisibility\": \"Public\"}"),
            ],
            changeSetName: nil, clientRequestToken: nil, changeSetTags: [], intent: nil)
    }

    /// The id of the entity the change named `name` created: its identifier without the `@revision`.
    static func created(_ done: ChangeSetDescription, name: String = "P") -> String? {
        let identifier = done.changes.first { $0.changeName == name }?.entity.identifier
        return identifier?.split(separator: "@").first.map(String.init)
    }

    /// A one-year private offer to the buyer: ten users, paid in one installment.
    static func offer(_ productId: String, buyers: [String] = [buyer], eula: String? = "standard") -> OfferSpec {
        OfferSpec(
            productId: productId, name: "Example Corp", description: nil, buyers: buyers,
            contract: ContractSpec(currency: "USD", duration: "P12M", price: "0", grants: ["Users": 10]),
            configurableContract: nil, usage: nil, paymentSchedule: [Installment(date: "2099-01-01", amount: "500.00")],
            variablePayments: nil, eula: eula, refundPolicy: nil, agreementDuration: nil, availableUntil: "2099-12-31",
            autoRenew: false, draft: false)
    }

    /// The fields of a `MarketplaneError`, or a failure naming what was thrown instead.
    static func failure(_ error: Error) -> (kind: ErrorKind, code: String, message: String, fields: [String])? {
        guard case let MarketplaneError.Failure(kind, code, message, _, _, _, fieldErrors) = error else {
            return nil
        }
        return (kind, code, message, fieldErrors.map { $0.name })
    }
}
