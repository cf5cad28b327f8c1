using System.Globalization;
using QRCoder;

namespace RedIt.Portal.Features.Profile;

// The otpauth URI that authenticator apps scan, drawn as a PNG data URI so the page needs
// no script and no third party.
public static class AuthenticatorQrCode
{
    public static string Uri(string email, string key) =>
        string.Format(CultureInfo.InvariantCulture, "otpauth://totp/{0}:{1}?secret={2}&issuer={0}&digits=6",
            System.Uri.EscapeDataString("RED-IT"), System.Uri.EscapeDataString(email), key);

    public static string DataUri(string otpauthUri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpauthUri, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }

    // Groups of four are easier to type into an app than one long string.
    public static string Readable(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
}
