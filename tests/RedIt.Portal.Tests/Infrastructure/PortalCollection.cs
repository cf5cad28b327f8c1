namespace RedIt.Portal.Tests.Infrastructure;

#pragma warning disable CA1711 // xunit calls these collections.

// Starting the portal and migrating a database takes a few seconds; the tests of a collection
// share one instance and keep out of each other's way with their own people and addresses.
[CollectionDefinition(Name)]
public sealed class PortalCollectionDefinition : ICollectionFixture<PortalFactory>
{
    public const string Name = "portal";
}
