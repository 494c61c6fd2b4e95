import java.time.ZoneOffset
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import uniffi.marketplane.AgreementRequestStatus
import uniffi.marketplane.AgreementStatus
import uniffi.marketplane.AsyncClient
import uniffi.marketplane.ChangeSetInput
import uniffi.marketplane.Client
import uniffi.marketplane.ConfigurableContractSpec
import uniffi.marketplane.ContractConfiguration
import uniffi.marketplane.DimensionQuantity
import uniffi.marketplane.ErrorKind
import uniffi.marketplane.MarketplaneException
import uniffi.marketplane.OfferSpec
import uniffi.marketplane.RequestIntent

/** Marketplace Agreement from Kotlin: a buyer requests a seller's private offer, accepts it and reads it back. */
class AgreementsTest {
    private val seller = Market.SELLER
    private val buyer = Market.BUYER
    private val world = Market.world

    private val product = "\$P.Entity.Identifier"
    private val listing = ChangeSetInput(
        changes = listOf(
            Market.change("CreateProduct", null, """{"ProductTitle": "Kotlin Seats"}""", "P"),
            Market.change("ReleaseProduct", product, "{}"),
            Market.change("UpdateVisibility", product, """{"TargetVisibility": "Public"}"""),
        ),
        changeSetName = null, clientRequestToken = null, changeSetTags = listOf(), intent = null,
    )

    /** A private offer to the buyer of a one-year contract it configures: 100.00 a user. */
    private fun perSeat(productId: String) = OfferSpec(
        productId = productId, name = "Example Corp, seats", description = null, buyers = listOf(buyer),
        contract = null, usage = null, paymentSchedule = listOf(), eula = "standard", refundPolicy = null,
        agreementDuration = null, availableUntil = "2099-12-31", autoRenew = false, draft = false,
        configurableContract = ConfigurableContractSpec(
            currency = "USD", duration = "P12M", prices = mapOf("Users" to "100"), multipleDimensions = false,
        ),
    )

    private fun users(n: Long) = ContractConfiguration(selectorValue = "P12M", dimensions = listOf(DimensionQuantity("Users", n)))

    @Test
    fun requestAcceptDescribe() {
        val base = Client.inMemoryWithWorld(world)
        val catalog = base.asAccount(seller).catalog()
        val productId = catalog.apply(listing).changes[0].entityId!!
        val offerId = catalog.publishOffer(perSeat(productId))

        val agreements = base.asAccount(buyer).agreements()
        val request = agreements.requestOffer(offerId, users(10), RequestIntent.New, null)
        assertEquals(AgreementRequestStatus.Draft, request.status)
        assertEquals("1000.00", request.chargeSummary.newAgreementValue)
        assertEquals(listOf("1000.00"), request.chargeSummary.expectedCharges.map { it.amount })

        val agreementId = agreements.acceptWithPurchaseOrder(request, "PO-KT-1")
        val agreement = agreements.describe(agreementId)
        assertEquals(AgreementStatus.Active, agreement.status)
        assertEquals(buyer, agreement.acceptor.accountId)
        assertEquals(seller, agreement.proposer.accountId)
        assertEquals(offerId, agreement.proposalSummary.offerId)
        assertEquals("1000.00", agreement.estimatedCharges?.agreementValue)
        assertFalse(agreement.renews)
        assertEquals(agreement.startTime!!.atZone(ZoneOffset.UTC).plusYears(1).toInstant(), agreement.endTime)
        assertEquals(listOf("PO-KT-1"), agreements.chargesByPurchaseOrder().keys.toList())

        // Accepted once; a downgrade is refused with the core's reason.
        val again = assertThrows<MarketplaneException.Failure> { agreements.acceptWithPurchaseOrder(request, "PO-KT-2") }
        assertEquals(ErrorKind.Conflict, again.kind)
        val down = assertThrows<MarketplaneException.Failure> {
            agreements.requestOffer(offerId, users(5), RequestIntent.Amend, agreementId)
        }
        assertEquals(ErrorKind.Validation, down.kind)
        assertTrue(down.errorMessage.contains("CannotReduceEntitlements"), down.errorMessage)
    }

    @Test
    fun asyncAgreementsAndWorkflowChecks() = runBlocking {
        val client = AsyncClient.inMemoryWithWorld(world)
        val productId = client.asAccount(seller).catalog().apply(listing).changes[0].entityId!!
        val offerId = client.asAccount(seller).catalog().publishOffer(perSeat(productId))
        val agreements = client.asAccount(buyer).agreements()
        val request = agreements.requestOffer(offerId, users(3), RequestIntent.New, null)
        val agreementId = agreements.accept(request.agreementRequestId, listOf())
        assertEquals(AgreementStatus.Active, agreements.describe(agreementId).status)
        val terms = agreements.terms(agreementId)
        assertTrue(terms.any { it.startsWith("{\"configurableUpfrontPricingTerm\"") }, terms.toString())

        val unknown = assertThrows<MarketplaneException.Failure> { runBlocking { agreements.workflow("DropAll", "") } }
        assertEquals(ErrorKind.Validation, unknown.kind)
        assertEquals(listOf("operation"), unknown.fieldErrors.map { it.name })
    }
}
