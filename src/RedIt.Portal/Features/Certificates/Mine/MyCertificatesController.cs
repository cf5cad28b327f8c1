using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RedIt.Portal.Features.Accounts;

namespace RedIt.Portal.Features.Certificates.Mine;

// The certificate of a service in "My services", as files for the customer's web server.
[Authorize(Roles = PortalRoles.Customer)]
[Route("profile/services/{id:guid}")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class MyCertificatesController(MyCertificates certificates) : Controller
{
    [HttpGet("certificate.pem")]
    public async Task<IActionResult> Chain(Guid id) =>
        await certificates.FindAsync(Me(), id, HttpContext.RequestAborted) is { } certificate
            ? File(Encoding.ASCII.GetBytes(certificate.ChainPem), "application/pem-certificate-chain", certificate.FileName(".pem"))
            : NotFound();

    // The private key is safe to hand out here: only the signed-in customer who owns the service
    // gets it (another customer's id is not found), it is decrypted only for this answer and never
    // cached, and a hosting customer needs it to install the certificate anywhere else.
    [HttpGet("certificate.key")]
    public async Task<IActionResult> PrivateKey(Guid id) =>
        await certificates.FindAsync(Me(), id, HttpContext.RequestAborted) is { ProtectedPrivateKey: not null } certificate
            ? File(Encoding.ASCII.GetBytes(certificates.PrivateKeyPem(certificate)), "application/x-pem-file", certificate.FileName(".key"))
            : NotFound();

    private Guid Me() => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
}
