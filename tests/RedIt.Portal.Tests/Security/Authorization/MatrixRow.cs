namespace RedIt.Portal.Tests.Security.Authorization;

// One route with the answer each actor gets. Path and form may name ids of customer A's world
// in braces ({request}, {exportToken}, ...), filled in by MatrixWorld.
public sealed record MatrixRow(string Route, string Path, IReadOnlyDictionary<Actor, Answer> Expected, IReadOnlyDictionary<string, string>? Form = null)
{
    public string Method => Route[..Route.IndexOf(' ', StringComparison.Ordinal)];

    public override string ToString() => Route;
}
