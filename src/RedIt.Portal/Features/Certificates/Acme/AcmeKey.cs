using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace RedIt.Portal.Features.Certificates.Acme;

// An ECDSA P-256 key that signs ACME requests (RFC 8555 section 6.2, ES256), written as a JWK
// (RFC 7517/7518) and identified by its thumbprint (RFC 7638), which the key authorization of a
// challenge ends with (RFC 8555 section 8.1).
public sealed class AcmeKey : IDisposable
{
    private readonly ECDsa _key;

    private AcmeKey(ECDsa key) => _key = key;

    public static AcmeKey Generate() => new(ECDsa.Create(ECCurve.NamedCurves.nistP256));

    // The JWK with its private part, as stored (encrypted) for the portal's account.
    public static AcmeKey FromPrivateJwk(string jwk)
    {
        var node = JsonNode.Parse(jwk) ?? throw new CryptographicException("The account key is not a JWK.");
        var key = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = Decode(node["x"]), Y = Decode(node["y"]) },
            D = Decode(node["d"]),
        });
        return new AcmeKey(key);
    }

    public string ToPrivateJwk()
    {
        var parameters = _key.ExportParameters(includePrivateParameters: true);
        var jwk = PublicJwk(parameters);
        jwk["d"] = Base64Url(parameters.D!);
        return jwk.ToJsonString();
    }

    // The public JWK with its members in lexicographic order and no white space: the form its
    // thumbprint is computed over, and a fine form for the "jwk" header too.
    public JsonObject PublicJwk() => PublicJwk(_key.ExportParameters(includePrivateParameters: false));

    public string Thumbprint() => Base64Url(SHA256.HashData(Encoding.UTF8.GetBytes(PublicJwk().ToJsonString())));

    public string KeyAuthorization(string token) => token + "." + Thumbprint();

    // A JWS in flattened JSON serialization (RFC 8555 section 6.2). The protected header carries
    // alg, nonce and url, and either the account's URL (kid) or, before it has one, its key (jwk).
    // A null payload is the empty string of a POST-as-GET (section 6.3).
    public string Sign(string url, string nonce, string? accountUrl, JsonNode? payload)
    {
        var header = new JsonObject { ["alg"] = "ES256", ["nonce"] = nonce, ["url"] = url };
        if (accountUrl is null)
        {
            header["jwk"] = PublicJwk();
        }
        else
        {
            header["kid"] = accountUrl;
        }

        var protectedHeader = Base64Url(Encoding.UTF8.GetBytes(header.ToJsonString()));
        var encodedPayload = payload is null ? "" : Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        // .NET signs ECDSA as r||s (IEEE P1363), which is what JWS asks for ES256.
        var signature = _key.SignData(Encoding.ASCII.GetBytes(protectedHeader + "." + encodedPayload), HashAlgorithmName.SHA256);
        return new JsonObject
        {
            ["protected"] = protectedHeader,
            ["payload"] = encodedPayload,
            ["signature"] = Base64Url(signature),
        }.ToJsonString();
    }

    // Base64url without padding (RFC 8555 section 6.1, RFC 7515 section 2).
    public static string Base64Url(byte[] bytes) => WebEncoders.Base64UrlEncode(bytes);

    public void Dispose() => _key.Dispose();

    private static JsonObject PublicJwk(ECParameters parameters) => new()
    {
        ["crv"] = "P-256",
        ["kty"] = "EC",
        ["x"] = Base64Url(parameters.Q.X!),
        ["y"] = Base64Url(parameters.Q.Y!),
    };

    private static byte[] Decode(JsonNode? value) =>
        value?.GetValueKind() == JsonValueKind.String ? WebEncoders.Base64UrlDecode((string)value!) : throw new CryptographicException("The account key lacks a part.");
}
