import java.time.Duration
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import uniffi.marketplane.Accounts
import uniffi.marketplane.Agreements
import uniffi.marketplane.Applications
import uniffi.marketplane.AsyncAccounts
import uniffi.marketplane.AsyncAgreements
import uniffi.marketplane.AsyncApplications
import uniffi.marketplane.AsyncCatalog
import uniffi.marketplane.AsyncClient
import uniffi.marketplane.AsyncDiscovery
import uniffi.marketplane.AsyncOrganizations
import uniffi.marketplane.Catalog
import uniffi.marketplane.Client
import uniffi.marketplane.Discovery
import uniffi.marketplane.InternalException
import uniffi.marketplane.Organizations
import uniffi.marketplane.debugPanic
import uniffi.marketplane.debugPanicAsync
import uniffi.marketplane.defaultWaitOptions
import uniffi.marketplane.operationTable
import uniffi.marketplane_model.AlternateContact
import uniffi.marketplane_model.AlternateContactType
import uniffi.marketplane_model.EnableRegionInput
import uniffi.marketplane_model.ErrorKind
import uniffi.marketplane_model.GetAlternateContactInput
import uniffi.marketplane_model.GetApplicationInput
import uniffi.marketplane_model.GetRegionOptStatusInput
import uniffi.marketplane_model.ListApplicationsInput
import uniffi.marketplane_model.ListRegionsInput
import uniffi.marketplane_model.MarketplaneException
import uniffi.marketplane_model.NewApplication
import uniffi.marketplane_model.Principal
import uniffi.marketplane_model.PutAlternateContactInput
import uniffi.marketplane_model.RegionOptStatus

class MarketplaneTest {
    private val account = Market.BUYER

    private fun contact(name: String) = AlternateContact(
        alternateContactType = AlternateContactType.Operations,
        name = name,
        title = "Ops",
        emailAddress = "mateo@example.com",
        phoneNumber = "+1(206)555-1234",
    )

    private fun get(type: AlternateContactType) = GetAlternateContactInput(alternateContactType = type, accountId = null)

    private fun region(name: String) = GetRegionOptStatusInput(regionName = name, accountId = null)

    @Test
    fun blockingCallsAndTypedErrors() {
        val accounts = Client.inMemory().asAccount(account).accounts()
        val missing = assertThrows<MarketplaneException.Failure> { accounts.getAlternateContact(get(AlternateContactType.Security)) }
        assertEquals(ErrorKind.NOT_FOUND, missing.kind)
        assertEquals("ResourceNotFoundException", missing.code)

        accounts.putAlternateContact(PutAlternateContactInput(contact = contact("Mateo Jackson"), accountId = null))
        assertEquals(contact("Mateo Jackson"), accounts.getAlternateContact(get(AlternateContactType.Operations)))
        assertEquals(contact("Mateo Jackson"), accounts.alternateContacts(null).operations)
        assertNull(accounts.alternateContacts(null).billing)

        val invalid = assertThrows<MarketplaneException.Failure> {
            accounts.putAlternateContact(PutAlternateContactInput(contact = contact("x".repeat(65)), accountId = null))
        }
        assertEquals(ErrorKind.VALIDATION, invalid.kind)
        assertEquals(listOf("Name"), invalid.fieldErrors.map { it.name })

        // Identifiers are checked as they come in; the error names the field.
        val badId = assertThrows<MarketplaneException.Failure> { Client.inMemory().asAccount("12345") }
        assertEquals(ErrorKind.VALIDATION, badId.kind)
        assertEquals(listOf("AccountId"), badId.fieldErrors.map { it.name })
    }

    @Test
    fun regionsPageByPageAndWaiters() {
        val accounts = Client.inMemoryWithWorld(Market.world).asAccount(account).accounts()
        val first = accounts.listRegions(
            ListRegionsInput(accountId = null, maxResults = 10, nextToken = null, regionOptStatusContains = listOf()),
        )
        assertEquals(10, first.regions.size)
        val second = accounts.listRegions(
            ListRegionsInput(accountId = null, maxResults = 10, nextToken = first.nextToken, regionOptStatusContains = listOf()),
        )
        assertTrue(second.regions.none { it in first.regions }, second.toString())

        assertEquals(RegionOptStatus.Disabled, accounts.getRegionOptStatus(region("af-south-1")).regionOptStatus)
        val fast = defaultWaitOptions().copy(timeout = Duration.ofSeconds(10), initialDelay = Duration.ofMillis(20))
        assertEquals(RegionOptStatus.Enabled, accounts.enableAndWait("af-south-1", fast, null))
        val again = assertThrows<MarketplaneException.Failure> {
            accounts.enableRegion(EnableRegionInput(regionName = "af-south-1", accountId = null))
        }
        assertEquals("invalidRegionOptTarget", again.reason)
        assertEquals(Duration.ofSeconds(30), defaultWaitOptions().maxDelay)
    }

    @Test
    fun asyncCallsAndUnknownEnumValues() = runBlocking {
        val client = AsyncClient.inMemory().asAccount(account)
        assertEquals(RegionOptStatus.Disabled, client.accounts().getRegionOptStatus(region("af-south-1")).regionOptStatus)
        val apps = client.applications()
        val app = apps.createApplication(
            NewApplication(
                name = "kotlin-app", description = "d", author = "me", spdxLicenseId = "MIT", licenseBody = "MIT License",
                licenseUrl = null, readmeBody = null, readmeUrl = null, labels = listOf(), homePageUrl = null,
                semanticVersion = "1.0.0", sourceCodeUrl = "https://example.com/src", sourceCodeArchiveUrl = null,
                templateBody = "Resources: {}", templateUrl = null,
            ),
        )
        val listed = apps.listApplications(ListApplicationsInput(maxItems = null, nextToken = null))
        assertEquals(listOf("kotlin-app"), listed.applications.map { it.name })
        val got = apps.getApplication(GetApplicationInput(applicationId = app.applicationId, semanticVersion = null))
        assertEquals("1.0.0", got.version?.semanticVersion)
        assertEquals(listOf(Principal.Everyone), apps.makePublic(app.applicationId).single().principals)
        assertEquals(listOf(Principal.Account(Market.SELLER)), apps.shareWithAccounts(app.applicationId, listOf(Market.SELLER)).single().principals)

        val paused = RegionOptStatus.Unknown("PAUSED")
        val err = assertThrows<MarketplaneException.Failure> {
            runBlocking {
                client.accounts().listRegions(
                    ListRegionsInput(accountId = null, maxResults = null, nextToken = null, regionOptStatusContains = listOf(paused)),
                )
            }
        }
        assertTrue(err.errorMessage.contains("PAUSED"), err.errorMessage)
    }

    @Test
    fun panicsNeverCrossTheBoundary() {
        val guarded = assertThrows<MarketplaneException.Failure> { debugPanic() }
        assertEquals(ErrorKind.INTERNAL, guarded.kind)
        assertTrue(guarded.errorMessage.contains("deliberate panic"), guarded.errorMessage)
        // In an async call UniFFI's own handling catches the panic.
        assertThrows<InternalException> { runBlocking { debugPanicAsync() } }
    }

    /** Every operation of the tables is a method of its object, blocking and suspending, named by the table. */
    @Test
    fun everyOperationIsReachable() {
        val objects = mapOf(
            "accounts" to listOf(Accounts::class.java, AsyncAccounts::class.java),
            "applications" to listOf(Applications::class.java, AsyncApplications::class.java),
            "catalog" to listOf(Catalog::class.java, AsyncCatalog::class.java),
            "discovery" to listOf(Discovery::class.java, AsyncDiscovery::class.java),
            "agreements" to listOf(Agreements::class.java, AsyncAgreements::class.java),
            "organizations" to listOf(Organizations::class.java, AsyncOrganizations::class.java),
        )
        val table = operationTable()
        val missing = table.flatMap { row ->
            val name = row.method.split('_').mapIndexed { i, w -> if (i == 0) w else w.replaceFirstChar(Char::uppercase) }.joinToString("")
            objects.getValue(row.`object`).filter { type -> type.methods.none { it.name == name } }.map { "${it.simpleName}.$name (${row.operation})" }
        }
        assertEquals(listOf<String>(), missing)
        assertTrue(table.size >= 114, "${table.size} operations")
    }
}
