import uniffi.marketplane_model.Change
import uniffi.marketplane_model.ChangeSetDescription
import uniffi.marketplane_model.ContractSpec
import uniffi.marketplane_model.EntityRef
import uniffi.marketplane_model.Installment
import uniffi.marketplane_model.ListEntitiesInput
import uniffi.marketplane_model.OfferSpec
import uniffi.marketplane_model.OwnershipType
import uniffi.marketplane_model.StartChangeSetInput

/**
 * The accounts and records the suites share: an organization (management account and a member who buys), a standalone
 * seller, change sets that settle fast, and shorthands for the records the tests build often (UniFFI's Kotlin records
 * take every member).
 */
object Market {
    const val MANAGEMENT = "123456789012"
    const val BUYER = "111111111111"
    const val SELLER = "444444444444"
    const val CATALOG = "AWSMarketplace"

    val world = """
        [settings]
        region_transition_seconds = 0.2
        change_set_preparation_seconds = 0.05
        change_set_application_seconds = 0.05

        [[organizations]]
        id = "o-aa111bb222"
        management_account = "$MANAGEMENT"

        [[accounts]]
        id = "$MANAGEMENT"
        organization = "o-aa111bb222"

        [[accounts]]
        id = "$BUYER"
        organization = "o-aa111bb222"

        [[accounts]]
        id = "$SELLER"
    """.trimIndent()

    /** A change on a SaaS product, its details a JSON document. */
    fun change(type: String, entity: String?, details: String, name: String? = null) = Change(
        changeType = type, entity = EntityRef(entityType = "SaaSProduct@1.0", identifier = entity), entityTags = listOf(),
        details = null, detailsDocument = details, changeName = name,
    )

    fun changeSet(vararg changes: Change) = StartChangeSetInput(
        catalog = CATALOG, changeSet = changes.toList(), changeSetName = null, clientRequestToken = null,
        changeSetTags = listOf(), intent = null,
    )

    /** Creates, releases and publishes a product called [title] in one change set. */
    fun listing(title: String): StartChangeSetInput {
        val product = "\$P.Entity.Identifier"
        return changeSet(
            change("CreateProduct", null, """{"ProductTitle": "$title"}""", "P"),
            change("UpdateInformation", product, """{"ShortDescription": "$title, from Kotlin"}"""),
            change("ReleaseProduct", product, "{}"),
            change("UpdateVisibility", product, """{"TargetVisibility": "Public"}"""),
        )
    }

    /** The id of the entity the change named [name] created: its identifier without the `@revision`. */
    fun created(done: ChangeSetDescription, name: String = "P"): String =
        done.changes.first { it.changeName == name }.entity.identifier!!.substringBefore('@')

    /** A one-year private offer to the buyer: ten users, paid in one installment. */
    fun offer(productId: String, buyers: List<String> = listOf(BUYER), eula: String? = "standard") = OfferSpec(
        productId = productId, name = "Example Corp", description = null, buyers = buyers,
        contract = ContractSpec(currency = "USD", duration = "P12M", price = "0", grants = mapOf("Users" to 10L)),
        configurableContract = null, usage = null,
        paymentSchedule = listOf(Installment(date = "2099-01-01", amount = "500.00")), variablePayments = null,
        eula = eula, refundPolicy = null, agreementDuration = null, availableUntil = "2099-12-31", autoRenew = false,
        draft = false,
    )

    /** The offers shared with the caller. */
    val sharedOffers = ListEntitiesInput(
        catalog = CATALOG, entityType = "Offer", filterList = listOf(), sort = null, nextToken = null, maxResults = null,
        ownershipType = OwnershipType.Shared, entityTypeFilters = null, entityTypeSort = null,
    )
}
