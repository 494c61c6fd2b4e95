import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import uniffi.marketplane.AsyncClient
import uniffi.marketplane.ChangeSetInput
import uniffi.marketplane.ChangeSetStatus
import uniffi.marketplane.Client
import uniffi.marketplane.ContractSpec
import uniffi.marketplane.DiscoveryFilter
import uniffi.marketplane.EntityQuery
import uniffi.marketplane.ErrorKind
import uniffi.marketplane.Installment
import uniffi.marketplane.ListingSearch
import uniffi.marketplane.MarketplaneException
import uniffi.marketplane.OfferSpec
import uniffi.marketplane.OwnershipType

/** Marketplace Catalog and Discovery from Kotlin: a seller lists a product and makes a private offer a buyer finds. */
class CatalogTest {
    private val seller = Market.SELLER
    private val buyer = Market.BUYER
    private val world = Market.world

    private fun offer(productId: String, buyers: List<String>, eula: String?) = OfferSpec(
        productId = productId, name = "Example Corp", description = null, buyers = buyers,
        contract = ContractSpec(currency = "USD", duration = "P12M", price = "0", grants = mapOf("Users" to 10L)),
        usage = null, paymentSchedule = listOf(Installment(date = "2099-01-01", amount = "500.00")), eula = eula,
        refundPolicy = null, agreementDuration = null, availableUntil = "2099-12-31", autoRenew = false,
        draft = false,
    )

    @Test
    fun privateOfferFromSellerToBuyer() {
        val base = Client.inMemoryWithWorld(world)
        val catalog = base.asAccount(seller).catalog()
        val product = "\$P.Entity.Identifier"
        val listed = catalog.apply(
            ChangeSetInput(
                changes = listOf(
                    Market.change("CreateProduct", null, """{"ProductTitle": "Kotlin Lake"}""", "P"),
                    Market.change("UpdateInformation", product, """{"ShortDescription": "Coroutines over parquet"}"""),
                    Market.change("ReleaseProduct", product, "{}"),
                    Market.change("UpdateVisibility", product, """{"TargetVisibility": "Public"}"""),
                ),
                changeSetName = null, clientRequestToken = null, changeSetTags = listOf(), intent = null,
            ),
        )
        assertEquals(ChangeSetStatus.Succeeded, listed.status)
        val productId = listed.changes[0].entityId!!

        val invalid = assertThrows<MarketplaneException.Failure> { catalog.publishOffer(offer(productId, listOf("1"), null)) }
        assertEquals(ErrorKind.Validation, invalid.kind)
        assertTrue(invalid.fieldErrors.any { it.name == "Offer.LegalTerm" }, invalid.fieldErrors.toString())

        val offerId = catalog.publishOffer(offer(productId, listOf(buyer), "standard"))
        assertEquals(listOf(buyer), catalog.offer(offerId).buyerAccounts)

        val shared = EntityQuery(
            entityType = "Offer", filters = listOf(), sort = null, ownershipType = OwnershipType.Shared,
            entityTypeFiltersJson = null, entityTypeSortJson = null, maxResults = null,
        )
        val buyerClient = base.asAccount(buyer)
        assertEquals(listOf(offerId), buyerClient.catalog().listEntities(shared).map { it.entityId })
        val options = buyerClient.discovery().purchaseOptions(listOf(DiscoveryFilter("PRODUCT_ID", listOf(productId))))
        assertTrue(options.any { it.purchaseOptionId == offerId }, options.toString())
    }

    @Test
    fun asyncDiscoverySearch() = runBlocking {
        val client = AsyncClient.inMemoryWithWorld(world)
        val done = client.asAccount(seller).catalog().apply(
            ChangeSetInput(
                changes = listOf(
                    Market.change("CreateProduct", null, """{"ProductTitle": "Suspend Search"}""", "P"),
                    Market.change("ReleaseProduct", "\$P.Entity.Identifier", "{}"),
                    Market.change("UpdateVisibility", "\$P.Entity.Identifier", """{"TargetVisibility": "Public"}"""),
                ),
                changeSetName = null, clientRequestToken = null, changeSetTags = listOf(), intent = null,
            ),
        )
        assertEquals(ChangeSetStatus.Succeeded, done.status)
        val search = ListingSearch(
            searchText = "suspend", filters = listOf(), facetTypes = listOf(), sortBy = null, sortOrder = null,
            locale = null, maxResults = null, nextToken = null,
        )
        assertEquals(listOf("Suspend Search"), client.asAccount(buyer).discovery().search(search).map { it.listingName })
    }
}
