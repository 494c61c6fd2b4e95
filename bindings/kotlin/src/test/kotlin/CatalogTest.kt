import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import uniffi.marketplane.AsyncClient
import uniffi.marketplane.Client
import uniffi.marketplane.buildOffer
import uniffi.marketplane.typedChange
import uniffi.marketplane_model.AddDimensions
import uniffi.marketplane_model.CreateProduct
import uniffi.marketplane_model.Dimension
import uniffi.marketplane_model.EntityRef
import uniffi.marketplane_model.ReleaseProduct
import uniffi.marketplane_model.TypedDetails
import uniffi.marketplane_model.ChangeSetStatus
import uniffi.marketplane_model.DescribeEntityInput
import uniffi.marketplane_model.DiscoveryFilter
import uniffi.marketplane_model.ErrorKind
import uniffi.marketplane_model.ListPurchaseOptionsInput
import uniffi.marketplane_model.MarketplaneException
import uniffi.marketplane_model.SearchListingsInput
import uniffi.marketplane_model.Term

/** Marketplace Catalog and Discovery from Kotlin: a seller lists a product and makes a private offer a buyer finds. */
class CatalogTest {
    private val seller = Market.SELLER
    private val buyer = Market.BUYER

    @Test
    fun privateOfferFromSellerToBuyer() {
        val base = Client.inMemoryWithWorld(Market.world)
        val catalog = base.asAccount(seller).catalog()
        val listed = catalog.apply(Market.listing("Kotlin Lake"))
        assertEquals(ChangeSetStatus.Succeeded, listed.status)
        val productId = Market.created(listed)
        val described = catalog.describeEntity(DescribeEntityInput(catalog = Market.CATALOG, entityId = productId))
        assertTrue(described.detailsDocument!!.contains("Kotlin Lake"), described.detailsDocument)

        val invalid = assertThrows<MarketplaneException.Failure> { catalog.publishOffer(Market.offer(productId, listOf("1"), null)) }
        assertEquals(ErrorKind.VALIDATION, invalid.kind)
        assertTrue(invalid.fieldErrors.any { it.name == "Offer.LegalTerm" }, invalid.fieldErrors.toString())
        // Built without sending anything.
        val changes = buildOffer(Market.offer(productId))
        assertEquals("CreateOffer", changes.first().changeType)
        assertEquals("ReleaseOffer", changes.last().changeType)

        val offerId = catalog.publishOffer(Market.offer(productId))
        val offer = catalog.offer(offerId)
        assertEquals("Released", offer.state)
        assertTrue(offer.rules.any { it.contains(buyer) }, offer.rules.toString())
        assertTrue(offer.terms.any { it is Term.FixedUpfrontPricing }, offer.terms.toString())

        val buyerClient = base.asAccount(buyer)
        assertEquals(listOf(offerId), buyerClient.catalog().listEntities(Market.sharedOffers).entitySummaryList.map { it.entityId })
        val byProduct = ListPurchaseOptionsInput(
            filters = listOf(DiscoveryFilter("PRODUCT_ID", listOf(productId))), locale = null, maxResults = null, nextToken = null,
        )
        val options = buyerClient.discovery().listPurchaseOptions(byProduct).purchaseOptions
        assertTrue(options.any { it.purchaseOptionId == offerId }, options.toString())
        assertTrue(buyerClient.discovery().allOfferTerms(offerId).isNotEmpty())
    }

    @Test
    fun typedChangesListAProductWithDimensions() {
        val catalog = Client.inMemoryWithWorld(Market.world).asAccount(seller).catalog()
        val product = EntityRef("SaaSProduct@1.0", "\$P.Entity.Identifier")
        val users = Dimension(key = "Users", description = "Named users", name = "Users", types = listOf("Entitled"), unit = "Users")
        val create = typedChange(EntityRef("SaaSProduct@1.0", null), TypedDetails.CreateProduct(CreateProduct(productTitle = "Typed Kotlin")))
        val done = catalog.apply(
            Market.changeSet(
                create.copy(changeName = "P"),
                typedChange(product, TypedDetails.AddDimensions(AddDimensions(dimensions = listOf(users)))),
                typedChange(product, TypedDetails.ReleaseProduct(ReleaseProduct())),
            ),
        )
        assertEquals(ChangeSetStatus.Succeeded, done.status)
        val described = catalog.describeEntity(DescribeEntityInput(catalog = Market.CATALOG, entityId = Market.created(done)))
        assertTrue(described.detailsDocument!!.contains("\"Key\":\"Users\""), described.detailsDocument)

        val bad = assertThrows<MarketplaneException.Failure> {
            typedChange(product, TypedDetails.AddDimensions(AddDimensions(dimensions = listOf(users.copy(key = "no spaces")))))
        }
        assertEquals(ErrorKind.VALIDATION, bad.kind)
        assertEquals(listOf("DetailsDocument[0].Key"), bad.fieldErrors.map { it.name })
    }

    @Test
    fun asyncDiscoverySearch() = runBlocking {
        val client = AsyncClient.inMemoryWithWorld(Market.world)
        val done = client.asAccount(seller).catalog().apply(Market.listing("Suspend Search"))
        assertEquals(ChangeSetStatus.Succeeded, done.status)
        val search = SearchListingsInput(
            searchText = "suspend", filters = listOf(), sortBy = null, sortOrder = null, locale = null, maxResults = null,
            nextToken = null,
        )
        val found = client.asAccount(buyer).discovery().searchListings(search)
        assertEquals(listOf("Suspend Search"), found.listingSummaries.map { it.listingName })
        assertEquals(1L, found.totalResults)
    }
}
