import uniffi.marketplane.Change

/** The two-account market the Catalog and Agreement tests share: a seller, a buyer, and change sets that settle fast. */
object Market {
    const val SELLER = "200000000001"
    const val BUYER = "100000000002"
    val world = """
        [settings]
        change_set_preparation_seconds = 0.05
        change_set_application_seconds = 0.05

        [[accounts]]
        id = "$SELLER"

        [[accounts]]
        id = "$BUYER"
    """.trimIndent()

    /** A change on a SaaS product. */
    fun change(type: String, entity: String?, details: String, name: String? = null) = Change(
        changeType = type, entityType = "SaaSProduct@1.0", entityIdentifier = entity, detailsJson = details,
        changeName = name, entityTags = listOf(),
    )
}
