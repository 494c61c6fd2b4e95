import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import uniffi.marketplane.AsyncClient
import uniffi.marketplane.Client
import uniffi.marketplane.EstateRunOptions
import uniffi.marketplane_model.AlternateContact
import uniffi.marketplane_model.AlternateContactType
import uniffi.marketplane_model.AuditPolicy
import uniffi.marketplane_model.ChangeOutcome
import uniffi.marketplane_model.CheckStatus
import uniffi.marketplane_model.DesiredState
import uniffi.marketplane_model.MarketplaneException
import uniffi.marketplane_model.ProgressEvent

/** The estate from Kotlin: inventory, audit, a plan applied through a run with progress, and the async flavour. */
class EstateTest {
    private val world = """
        [[organizations]]
        id = "o-aa111bb222"
        management_account = "123456789012"
        trusted_access = ["account.amazonaws.com"]

        [[organizational_units]]
        organization = "o-aa111bb222"
        path = "Prod"

        [[accounts]]
        id = "123456789012"
        organization = "o-aa111bb222"

        [[accounts]]
        id = "111111111111"
        organization = "o-aa111bb222"
        parent = "Prod"
        tags = { customer = "A" }

        [[accounts]]
        id = "222222222222"
        organization = "o-aa111bb222"
    """.trimIndent()

    private val unpaced = EstateRunOptions(concurrency = 4u, paced = false)

    private fun policy() = AuditPolicy(
        distributionLists = listOf("@lists.example.com"), ownedPhoneNumbers = listOf(), personalPhoneNumbers = listOf(),
        includeRootEmail = false, customerTag = null, customerUnitPrefix = null, productionTag = null,
        offboardedAccounts = listOf(), partnerEmailDomains = listOf(), servicePrincipals = listOf(),
        retailMarketplaceListing = null, retailDeliveryType = null, retailCustomerCount = null,
        marketplace = true, serverlessApplications = true, asOf = "2026-03-16",
    )

    private fun desired(email: String = "soc@lists.example.com") = DesiredState(
        contacts = listOf(AlternateContact(AlternateContactType.Security, "SOC", "Security", email, "+1 206 555 0100")),
        overwrite = false, regions = listOf(), accounts = listOf(), waitForRegions = false,
    )

    @Test
    fun inventoryAuditAndARunWithProgress() {
        val estate = Client.inMemoryWithWorld(world).asAccount("123456789012").estate().withOptions(unpaced)
        val inventory = estate.inventory()
        assertEquals(3, inventory.accounts.size)
        assertEquals(listOf("Prod"), inventory.accounts.first { it.accountId == "111111111111" }.ouPath)

        val report = estate.audit(policy())
        assertEquals("7.1", report.checklists[0].version)
        val missing = report.findings.filter { it.check == "CHK-CONTACT-ALT-PRESENT" }
        assertEquals(9, missing.size)
        assertTrue(missing.all { it.status == CheckStatus.Fail && it.contactType != null })

        val plan = estate.plan(desired())
        assertEquals(3, plan.changes.size)
        val run = estate.startApply(plan)
        val events = mutableListOf<ProgressEvent>()
        while (!run.isFinished() || events.size < 3) {
            run.nextEvent(100u)?.let { events.add(it) }
        }
        val applied = run.wait()
        assertEquals(3, applied.results.count { it.outcome == ChangeOutcome.Applied })
        assertEquals(3uL, events.maxOf { it.done })
        assertTrue(estate.plan(desired()).changes.isEmpty())
    }

    @Test
    fun theAsyncFlavourAndFieldErrors() = runBlocking {
        val estate = AsyncClient.inMemoryWithWorld(world).asAccount("123456789012").estate().withOptions(unpaced)
        val plan = estate.plan(desired())
        val report = estate.apply(plan)
        assertEquals(3, report.results.size)
        assertTrue(estate.plan(desired()).changes.isEmpty())
        val bad = assertThrows<MarketplaneException.Failure> { runBlocking { estate.plan(desired("not an email")) } }
        assertEquals("contacts[0].EmailAddress", bad.fieldErrors[0].name)
    }
}
