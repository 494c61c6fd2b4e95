import XCTest
@testable import marketplane

/// Account Management through the async client, over the fixture world the Go suite uses: what the Go suite's
/// accounts_test.go covers, on the local backend and on the emulator.
final class AccountsTests: MarketTestCase {
    let member = Market.buyer
    let standalone = Market.seller

    func contactInformation(stateOrRegion: String? = "WA") -> ContactInformation {
        ContactInformation(
            fullName: "Saanvi Sarkar", addressLine1: "123 Any Street", addressLine2: nil, addressLine3: nil,
            city: "Seattle", stateOrRegion: stateOrRegion, districtOrCounty: nil, postalCode: "98101",
            countryCode: "US", phoneNumber: "+15555550100", companyName: "Example Corp, Inc.", websiteUrl: nil)
    }

    func testAlternateContactLifecycle() async {
        await both { env in
            let accounts = try env.client(standalone).accounts()
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
            await expectFailure(.notFound) { try await accounts.deleteAlternateContact(input: delete) }
        }
    }

    func testValidationErrorsNameEveryField() async {
        await both { env in
            let base = try env.client(standalone)
            let accounts = base.accounts()
            let bad = AlternateContact(
                alternateContactType: .billing, name: String(repeating: "x", count: 65), title: "t", emailAddress: "bad",
                phoneNumber: "206.555")
            let invalid = await expectFailure(.validation) {
                try await accounts.putAlternateContact(input: PutAlternateContactInput(contact: bad, accountId: nil))
            }
            XCTAssertEqual(invalid?.code, "ValidationException")
            XCTAssertEqual(invalid?.fields, ["Name", "EmailAddress", "PhoneNumber"])

            let noState = PutContactInformationInput(
                contactInformation: contactInformation(stateOrRegion: nil), accountId: nil)
            let missing = await expectFailure(.validation) { try await accounts.putContactInformation(input: noState) }
            XCTAssertEqual(missing?.fields.first, "ContactInformation.StateOrRegion")
            await expectFailure(.validation) {
                try await accounts.getRegionOptStatus(input: GetRegionOptStatusInput(regionName: "xx-fake-1", accountId: nil))
            }
            // Identifiers are checked as they come in, and the error names the field.
            let long = GetRegionOptStatusInput(regionName: String(repeating: "x", count: 51), accountId: nil)
            let named = await expectFailure(.validation) { try await accounts.getRegionOptStatus(input: long) }
            XCTAssertEqual(named?.fields, ["RegionName"])
            let account = expectBlockingFailure(.validation) { try base.asAccount(accountId: "12345") }
            XCTAssertEqual(account?.fields, ["AccountId"])
        }
    }

    func testContactInformationAndPhoneVerification() async {
        await both { env in
            let accounts = try env.client(standalone).accounts()
            try await accounts.putContactInformation(
                input: PutContactInformationInput(contactInformation: contactInformation(), accountId: nil))
            let primary = try await accounts.getContactInformation(input: GetContactInformationInput(accountId: nil))
            XCTAssertEqual(primary.contactInformation.city, "Seattle")
            XCTAssertEqual(primary.contactInformation.stateOrRegion, "WA")
            XCTAssertEqual(primary.verificationStatus, .unverified)
            let pending = try await accounts.sendPhoneNumberVerification(
                input: SendPhoneNumberVerificationInput(accountId: nil))
            XCTAssertEqual(pending, .pending)
            let sent = try await env.codes("+15555550100")
            let code = try XCTUnwrap(sent.last, "no code was sent to the phone")
            let verified = try await accounts.verifyPhoneNumber(input: VerifyPhoneNumberInput(otp: code, accountId: nil))
            XCTAssertEqual(verified, .verified)
            await expectFailure(.conflict) {
                try await accounts.sendPhoneNumberVerification(input: SendPhoneNumberVerificationInput(accountId: nil))
            }
        }
    }

    func testAccountInformationNameAndGovCloud() async {
        await both { env in
            let management = try env.client(Market.management).accounts()
            let info = try await management.getAccountInformation(input: GetAccountInformationInput(accountId: nil))
            XCTAssertEqual(info.accountId, Market.management)
            XCTAssertEqual(info.accountName, "Management")
            XCTAssertEqual(info.accountState, .active)
            XCTAssertLessThan(info.accountCreatedDate, Date().addingTimeInterval(60))
            try await management.putAccountName(
                input: PutAccountNameInput(accountName: "Workload A (prod)", accountId: member))
            let renamed = try await management.getAccountInformation(input: GetAccountInformationInput(accountId: member))
            XCTAssertEqual(renamed.accountName, "Workload A (prod)")
            let memberAccounts = try env.client(member).accounts()
            let gov = try await memberAccounts.getGovCloudAccountInformation(
                input: GetGovCloudAccountInformationInput(standardAccountId: nil))
            XCTAssertEqual(gov.govCloudAccountId, "999999999999")
            let denied = await expectFailure(.accessDenied) {
                try await memberAccounts.getContactInformation(input: GetContactInformationInput(accountId: Market.management))
            }
            XCTAssertTrue(
                denied?.message.contains("account:GetContactInformation") ?? false, "\(String(describing: denied))")
        }
    }

    func testPrimaryEmailUpdate() async {
        await both { env in
            let management = try env.client(Market.management).accounts()
            let started = try await management.startPrimaryEmailUpdate(
                input: StartPrimaryEmailUpdateInput(accountId: member, primaryEmail: "new-a@example.com"))
            XCTAssertEqual(started, .pending)
            let sent = try await env.codes("new-a@example.com")
            let code = try XCTUnwrap(sent.last, "no code was sent to the new address")
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

    /// What only the local backend offers (reading the outbox in process) the AWS backend refuses by name.
    func testLocalOnlyCallsAreUnsupportedOverAWS() throws {
        let env = try emulatorEnv(.blocking, world: Market.fixtureWorld())
        let client = try env.client(standalone)
        expectBlockingFailure(.unsupported) { try client.messagesTo(recipient: "x@example.com") }
        expectBlockingFailure(.unsupported) { try client.organizationAccounts(accountId: Market.management) }
    }
}
