import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import uniffi.marketplane.AlternateContact
import uniffi.marketplane.AlternateContactType
import uniffi.marketplane.AsyncClient
import uniffi.marketplane.Client
import uniffi.marketplane.ErrorKind
import uniffi.marketplane.InternalException
import uniffi.marketplane.MarketplaneException
import uniffi.marketplane.NewApplication
import uniffi.marketplane.RegionOptStatus
import uniffi.marketplane.debugPanic
import uniffi.marketplane.debugPanicAsync

class MarketplaneTest {
    private val account = "111111111111"

    private fun contact(name: String) = AlternateContact(
        alternateContactType = AlternateContactType.Operations,
        name = name,
        title = "Ops",
        emailAddress = "mateo@example.com",
        phoneNumber = "+1(206)555-1234",
    )

    @Test
    fun blockingCallsAndTypedErrors() {
        val accounts = Client.inMemory().asAccount(account).accounts()
        val missing = assertThrows<MarketplaneException.Failure> {
            accounts.getAlternateContact(AlternateContactType.Security, null)
        }
        assertEquals(ErrorKind.NotFound, missing.kind)
        assertEquals("ResourceNotFoundException", missing.code)

        accounts.putAlternateContact(contact("Mateo Jackson"), null)
        assertEquals(contact("Mateo Jackson"), accounts.getAlternateContact(AlternateContactType.Operations, null))

        val invalid = assertThrows<MarketplaneException.Failure> {
            accounts.putAlternateContact(contact("x".repeat(65)), null)
        }
        assertEquals(ErrorKind.Validation, invalid.kind)
        assertEquals(listOf("Name"), invalid.fieldErrors.map { it.name })
    }

    @Test
    fun asyncCallsAndUnknownEnumValues() = runBlocking {
        val client = AsyncClient.inMemory().asAccount(account)
        assertEquals(RegionOptStatus.Disabled, client.regions().get("af-south-1", null))
        val app = client.applications().create(
            NewApplication(
                name = "kotlin-app", description = "d", author = "me", spdxLicenseId = null, licenseBody = null,
                licenseUrl = null, readmeBody = null, readmeUrl = null, labels = listOf(), homePageUrl = null,
                semanticVersion = "1.0.0", sourceCodeUrl = null, sourceCodeArchiveUrl = null,
                templateBody = "Resources: {}", templateUrl = null,
            ),
        )
        assertEquals(listOf("kotlin-app"), client.applications().list().map { it.name })
        assertEquals("1.0.0", client.applications().get(app.applicationId, null).version?.semanticVersion)
        val paused = RegionOptStatus.Unknown("PAUSED")
        val err = assertThrows<MarketplaneException.Failure> {
            runBlocking { client.regions().list(listOf(paused), null, null) }
        }
        assertTrue(err.errorMessage.contains("PAUSED"), err.errorMessage)
    }

    @Test
    fun panicsNeverCrossTheBoundary() {
        val guarded = assertThrows<MarketplaneException.Failure> { debugPanic() }
        assertEquals(ErrorKind.Internal, guarded.kind)
        // In an async call UniFFI's own handling catches the panic.
        assertThrows<InternalException> { runBlocking { debugPanicAsync() } }
    }
}
