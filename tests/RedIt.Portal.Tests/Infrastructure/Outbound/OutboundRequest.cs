namespace RedIt.Portal.Tests.Infrastructure.Outbound;

// One request the portal sent to a third party (or its simulator), with every text it carried:
// the path and query, the body, and what base64 inside the body decodes to (a JWS payload, a CSR).
public sealed record OutboundRequest(string Client, string Method, Uri Url, IReadOnlyList<string> Texts)
{
    public override string ToString() => $"{Method} {Url} (client {Client})";
}
