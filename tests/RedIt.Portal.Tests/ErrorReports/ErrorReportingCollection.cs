namespace RedIt.Portal.Tests.ErrorReports;

#pragma warning disable CA1711 // xunit calls these collections.

// Sentry's SDK keeps one hub for the whole process, which the portal with a DSN initialises. Its
// tests run alone, so no other portal's request runs while that hub is live.
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ErrorReportingCollection
{
    public const string Name = "error reporting";
}
