import java.time.ZoneOffset
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import uniffi.marketplane.AsyncClient
import uniffi.marketplane.Client
import uniffi.marketplane_model.AcceptAgreementRequestInput
import uniffi.marketplane_model.AgreementRequestStatus
import uniffi.marketplane_model.AgreementStatus
import uniffi.marketplane_model.ConfigurableContractSpec
import uniffi.marketplane_model.ContractConfiguration
import uniffi.marketplane_model.DescribeAgreementInput
import uniffi.marketplane_model.DimensionQuantity
import uniffi.marketplane_model.ErrorKind
import uniffi.marketplane_model.GetAgreementCancellationRequestInput
import uniffi.marketplane_model.GetAgreementTermsInput
import uniffi.marketplane_model.MarketplaneException
import uniffi.marketplane_model.PurchaseOrder
import uniffi.marketplane_model.RequestIntent

/** Marketplace Agreement from Kotlin: a buyer requests a seller's private offer, accepts it and reads it back. */
class AgreementsTest {
    private val seller = Market.SELLER
    private val buyer = Market.BUYER

    /** A private offer to the buyer of a one-year contract it configures: 100.00 a user. */
    private fun perSeat(productId: String) = Market.offer(productId).copy(
        name = "Example Corp, seats", contract = null, paymentSchedule = listOf(),
        configurableContract = ConfigurableContractSpec(
            currency = "USD", duration = "P12M", prices = mapOf("Users" to "100"), multipleDimensions = false,
        ),
    )

    private fun users(n: Long) = ContractConfiguration(selectorValue = "P12M", dimensions = listOf(DimensionQuantity("Users", n)))

    @Test
    fun requestAcceptDescribe() {
        val base = Client.inMemoryWithWorld(Market.world)
        val catalog = base.asAccount(seller).catalog()
        val productId = Market.created(catalog.apply(Market.listing("Kotlin Seats")))
        val offerId = catalog.publishOffer(perSeat(productId))

        val agreements = base.asAccount(buyer).agreements()
        val request = agreements.requestOffer(offerId, users(10), RequestIntent.New, null)
        assertEquals(AgreementRequestStatus.Draft, request.status)
        assertEquals("1000.00", request.chargeSummary.newAgreementValue)
        assertEquals(listOf("1000.00"), request.chargeSummary.expectedCharges.map { it.amount })

        val agreementId = agreements.acceptWithPurchaseOrder(request, "PO-KT-1")
        val agreement = agreements.describeAgreement(DescribeAgreementInput(agreementId))
        assertEquals(AgreementStatus.Active, agreement.status)
        assertEquals(buyer, agreement.acceptor.accountId)
        assertEquals(seller, agreement.proposer.accountId)
        assertEquals(offerId, agreement.proposalSummary.offerId)
        assertEquals("1000.00", agreement.estimatedCharges?.agreementValue)
        assertFalse(agreement.endTimeBehavior?.behaviorType == "RENEW")
        assertEquals(agreement.startTime!!.atZone(ZoneOffset.UTC).plusYears(1).toInstant(), agreement.endTime)
        assertEquals(listOf("PO-KT-1"), agreements.chargesByPurchaseOrder().keys.toList())
        assertEquals(mapOf("USD" to "1000.00"), agreements.totalContractValue())

        // Accepted once; a downgrade is refused with the core's reason.
        val again = assertThrows<MarketplaneException.Failure> { agreements.acceptWithPurchaseOrder(request, "PO-KT-2") }
        assertEquals(ErrorKind.CONFLICT, again.kind)
        val down = assertThrows<MarketplaneException.Failure> {
            agreements.requestOffer(offerId, users(5), RequestIntent.Amend, agreementId)
        }
        assertEquals(ErrorKind.VALIDATION, down.kind)
        assertTrue(down.errorMessage.contains("CannotReduceEntitlements"), down.errorMessage)
    }

    @Test
    fun asyncAgreementsAndTypedInputChecks() = runBlocking {
        val client = AsyncClient.inMemoryWithWorld(Market.world)
        val catalog = client.asAccount(seller).catalog()
        val productId = Market.created(catalog.apply(Market.listing("Suspend Seats")))
        val offerId = catalog.publishOffer(perSeat(productId))
        val agreements = client.asAccount(buyer).agreements()
        val request = agreements.requestOffer(offerId, users(3), RequestIntent.New, null)
        val agreementId = agreements.acceptAgreementRequest(AcceptAgreementRequestInput(request.agreementRequestId, listOf()))
        assertEquals(AgreementStatus.Active, agreements.describeAgreement(DescribeAgreementInput(agreementId)).status)
        val terms = agreements.getAgreementTerms(GetAgreementTermsInput(agreementId, null, null)).acceptedTerms
        assertTrue(terms.any { "configurableUpfrontPricingTerm" in it.keys }, terms.toString())

        // Input the service would refuse never leaves the process; the errors name the members.
        val missing = assertThrows<MarketplaneException.Failure> {
            runBlocking { agreements.getAgreementCancellationRequest(GetAgreementCancellationRequestInput(agreementId, "")) }
        }
        assertEquals(ErrorKind.VALIDATION, missing.kind)
        assertEquals(listOf("agreementCancellationRequestId"), missing.fieldErrors.map { it.name })
        val badOrder = PurchaseOrder(chargeId = "not a charge!", chargeRevision = null, agreementId = null, purchaseOrderReference = null)
        val bad = assertThrows<MarketplaneException.Failure> {
            runBlocking { agreements.acceptAgreementRequest(AcceptAgreementRequestInput("request-1", listOf(badOrder))) }
        }
        assertEquals(
            listOf("agreementRequestId", "purchaseOrders[0].chargeId", "purchaseOrders[0].purchaseOrderReference"),
            bad.fieldErrors.map { it.name },
        )
    }
}
