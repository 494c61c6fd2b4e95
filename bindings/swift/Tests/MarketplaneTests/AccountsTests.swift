import XCTest
@testable import marketplane

/// Account Management through the async client, over the fixture world the Go suite uses: what the Go suite's
/// accounts_test.go covers, in process.
final class AccountsTests: XCTestCase {
    let member = Market.buyer
    let standalone = Market.seller

    func client(_ account: String) throws -> AsyncClient {
        try AsyncClient.inMemoryWithWorld(worldToml: Market.fixtureWorld()).asAccount(accountId: account)
    }

    func contactInformation(stateOrRegion: String? = "WA") -> ContactInformation {
        ContactInformation(
            fullName: "Saanvi Sarkar", addressLine1: "123 Any Street", addressLine2: nil, addressLine3: nil,
            city: "Seattle", stateOrRegion: stateOrRegion, districtOrCounty: nil, postalCode: "98101",
            countryCode: "US", phoneNumber: "+15555550100", companyName: "Example Corp, Inc.", websiteUrl: nil)
    }

    /// Fails unless `call` throws a `MarketplaneError` of `kind`; returns its fields.
    func expectFailure<T>(
        _ kind: ErrorKind, file: StaticString = #filePath, line: UInt = #line, _ call: () async throws -> T
    ) async -> (kind: ErrorKind, code: String, message: String, fields: [String])? {
        do {
            _ = try await call()
            XCTFail("want a \(kind) failure, the call succeeded", file: file, line: line)
        } catch {
            let failure = Market.failure(error)
            XCTAssertEqual(failure?.kind, kind, "\(error)", file: file, line: line)
            return failure
        }
        return nil
    }

    func testAlternateContactLifecycle() async throws {
        let accounts = try client(standalone).accounts()
        let security = GetAlternateContactInput(alternateContactType: .security, accountId: nil)
        let notFound = await expectFailure(.notFound) { try await accounts.getAlternateContact(input: security) }
        XCTAssertEqual(notFound?.code, "ResourceNotFoundException")
        let contact = AlternateContact(
            alternateContactType: .operations, name: "Mateo Jackson", title: "Ops", emailAddress: "mateo@example.com",
            phoneNumber: "+1(206)555-1234")
        try await accounts.putAlternateContact(input: PutAlternateContactInput(contact: contact, accountId: nil))
        let operations = GetAlternateContactInput(alternateContactType: .operations, accountId: nil)
        let got = try await accounts.getAlternateContact(input: operations)
        XCTAssertEqual(got, contact)
        let all = try await accounts.alternateContacts(accountId: nil)
        XCTAssertNil(all.billing)
        XCTAssertEqual(all.operations, contact)
        XCTAssertNil(all.security)
        let delete = DeleteAlternateContactInput(alternateContactType: .operations, accountId: nil)
        try await accounts.deleteAlternateContact(input: delete)
        _ = await expectFailure(.notFound) { try await accounts.deleteAlternateContact(input: delete) }
    }

    func testValidationErrorsNameEveryField() async throws {
        let base = try client(standalone)
        let accounts = base.accounts()
        let bad = AlternateContact(
            alternateContactType: .billing, name: String(repeating: "x", count: 65), title: "t", emailAddress: "bad",
            phoneNumber: "206.555")
        let invalid = await expectFailure(.validation) {
            try await accounts.putAlternateContact(input: PutAlternateContactInput(contact: bad, accountId: nil))
        }
        XCTAssertEqual(invalid?.code, "ValidationException")
        XCTAssertEqual(invalid?.fields, ["Name", "EmailAddress", "PhoneNumber"])

        let noState = PutContactInformationInput(contactInformation: contactInformation(stateOrRegion: nil), accountId: nil)
        let missing = await expectFailure(.validation) { try await accounts.putContactInformation(input: noState) }
        XCTAssertEqual(missing?.fields.first, "ContactInformation.StateOrRegion")
        _ = await expectFailure(.validation) {
            try await accounts.getRegionOptStatus(input: GetRegionOptStatusInput(regionName: "xx-fake-1", accountId: nil))
        }
        // Identifiers are checked as they come in, and the error names the field.
        let long = GetRegionOptStatusInput(regionName: String(repeating: "x", count: 51), accountId: nil)
        let named = await expectFailure(.validation) { try await accounts.getRegionOptStatus(input: long) }
        XCTAssertEqual(named?.fields, ["RegionName"])
        XCTAssertThrowsError(try base.asAccount(accountId: "12345")) { error in
            XCTAssertEqual(Market.failure(error)?.fields, ["AccountId"], "\(error)")
        }
    }

    func testContactInformationAndPhoneVerification() async throws {
        let base = try AsyncClient.inMemoryWithWorld(worldToml: Market.fixtureWorld())
        let accounts = try base.asAccount(accountId: standalone).accounts()
        try await accounts.putContactInformation(
            input: PutContactInformationInput(contactInformation: contactInformation(), accountId: nil))
        let primary = try await accounts.getContactInformation(input: GetContactInformationInput(accountId: nil))
        XCTAssertEqual(primary.contactInformation.city, "Seattle")
        XCTAssertEqual(primary.contactInformation.stateOrRegion, "WA")
        XCTAssertEqual(primary.verificationStatus, .unverified)
        let pending = try await accounts.sendPhoneNumberVerification(input: SendPhoneNumberVerificationInput(accountId: nil))
        XCTAssertEqual(pending, .pending)
        let code = try XCTUnwrap(base.messagesTo(recipient: "+15555550100").last?.code)
        let verified = try await accounts.verifyPhoneNumber(input: VerifyPhoneNumberInput(otp: code, accountId: nil))
        XCTAssertEqual(verified, .verified)
        _ = await expectFailure(.conflict) {
            try await accounts.sendPhoneNumberVerification(input: SendPhoneNumberVerificationInput(accountId: nil))
        }
    }

    func testAccountInformationNameAndGovCloud() async throws {
        let base = try AsyncClient.inMemoryWithWorld(worldToml: Market.fixtureWorld())
        let management = try base.asAccount(accountId: Market.management).accounts()
        let info = try await management.getAccountInformation(input: GetAccountInformationInput(accountId: nil))
        XCTAssertEqual(info.accountId, Market.management)
        XCTAssertEqual(info.accountName, "Management")
        XCTAssertEqual(info.accountState, .active)
        XCTAssertLessThan(info.accountCreatedDate, Date().addingTimeInterval(60))
        try await management.putAccountName(input: PutAccountNameInput(accountName: "Workload A (prod)", accountId: member))
        let renamed = try await management.getAccountInformation(input: GetAccountInformationInput(accountId: member))
        XCTAssertEqual(renamed.accountName, "Workload A (prod)")
        let memberAccounts = try base.asAccount(accountId: member).accounts()
        let gov = try await memberAccounts.getGovCloudAccountInformation(
            input: GetGovCloudAccountInformationInput(standardAccountId: nil))
        XCTAssertEqual(gov.govCloudAccountId, "999999999999")
        let denied = await expectFailure(.accessDenied) {
            try await memberAccounts.getContactInformation(input: GetContactInformationInput(accountId: Market.management))
        }
        XCTAssertTrue(denied?.message.contains("account:GetContactInformation") ?? false, "\(String(describing: denied))")
    }

    func testPrimaryEmailUpdate() async throws {
        let base = try AsyncClient.inMemoryWithWorld(worldToml: Market.fixtureWorld())
        let management = try base.asAccount(accountId: Market.management).accounts()
        let started = try await management.startPrimaryEmailUpdate(
            input: StartPrimaryEmailUpdateInput(accountId: member, primaryEmail: "new-a@example.com"))
        XCTAssertEqual(started, .pending)
        let code = try XCTUnwrap(base.messagesTo(recipient: "new-a@example.com").last?.code)
        let accepted = try await management.acceptPrimaryEmailUpdate(
            input: AcceptPrimaryEmailUpdateInput(accountId: member, primaryEmail: "new-a@example.com", otp: code))
        XCTAssertEqual(accepted, .accepted)
        let update = try await management.getPrimaryEmailUpdateStatus(
            input: GetPrimaryEmailUpdateStatusInput(accountId: member))
        XCTAssertEqual(update.status, .accepted)
        XCTAssertNotNil(update.updatedAt)
        let email = try await management.getPrimaryEmail(input: GetPrimaryEmailInput(accountId: member))
        XCTAssertEqual(email, "new-a@example.com")
    }
}
