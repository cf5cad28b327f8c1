using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RedIt.Portal.Data;

namespace RedIt.Portal.Features.Certificates.Acme;

// One certificate for one domain through ACME: an order, its http-01 challenge, the CSR, the chain
// (RFC 8555 section 7). The order is stored before the server is asked to check or to issue, so an
// attempt after a lost answer resumes it. Waiting follows the server's Retry-After, within a bound;
// past it the attempt ends as unavailable and the next one carries on where this one stopped.
public sealed class AcmeIssuance(PortalDbContext db, AcmeClient acme, AcmeAccounts accounts, CertificatePrivateKeys keys, TimeProvider clock, IOptions<AcmeOptions> options)
{
    // The chain (PEM, leaf first) and its private key (PKCS#8 PEM, encrypted). The pending order is
    // marked for removal; the caller saves that together with the certificate.
    public async Task<(string ChainPem, string ProtectedPrivateKey)> IssueAsync(Guid serviceId, string domain, CancellationToken cancellationToken)
    {
        var (key, accountUrl) = await accounts.GetAsync(cancellationToken);
        using (key)
        {
            var stored = await db.Set<PendingAcmeOrder>().SingleOrDefaultAsync(p => p.ServiceId == serviceId, cancellationToken);
            var resumed = stored is null ? null : await ResumeAsync(stored, key, accountUrl, cancellationToken);
            PendingAcmeOrder pending;
            AcmeAnswer order;
            if (stored is not null && resumed is not null)
            {
                (pending, order) = (stored, resumed);
            }
            else
            {
                if (stored is not null)
                {
                    db.Entry(stored).State = EntityState.Detached;
                    await ForgetAsync(serviceId, cancellationToken);
                }

                (pending, order) = await NewOrderAsync(serviceId, domain, key, accountUrl, cancellationToken);
            }

            using var certificateKey = ECDsa.Create();
            certificateKey.ImportFromPem(keys.Unprotect(pending.ProtectedCertificateKey));
            if (order.Status == "pending")
            {
                foreach (var authorization in order.Body?["authorizations"]?.AsArray() ?? [])
                {
                    await AuthorizeAsync(pending, authorization!.GetValue<string>(), key, accountUrl, cancellationToken);
                }

                order = await PollAsync(pending.OrderUrl, "pending", key, accountUrl, cancellationToken);
            }

            if (order.Status == "ready")
            {
                var csr = CertificateSigningRequest.Create(certificateKey, domain);
                order = await acme.PostAsync(Url(order, "finalize"), key, accountUrl, new JsonObject { ["csr"] = AcmeKey.Base64Url(csr) }, cancellationToken);
            }

            if (order.Status == "processing")
            {
                order = await PollAsync(pending.OrderUrl, "processing", key, accountUrl, cancellationToken);
            }

            if (order.Status != "valid")
            {
                throw Refusal(order.Body?["error"]);
            }

            var chain = await acme.PostAsync(Url(order, "certificate"), key, accountUrl, payload: null, cancellationToken, accept: "application/pem-certificate-chain");
            db.Remove(pending);
            return (chain.Text, pending.ProtectedCertificateKey);
        }
    }

    // Gives up on the service's order (the step stopped): its challenge is answered no more.
    public Task ForgetAsync(Guid serviceId, CancellationToken cancellationToken) =>
        db.Set<PendingAcmeOrder>().Where(p => p.ServiceId == serviceId).ExecuteDeleteAsync(cancellationToken);

    // The stored order as the server sees it now; null when it cannot be carried on (another
    // server, gone, or invalid), so a new one is placed.
    private async Task<AcmeAnswer?> ResumeAsync(PendingAcmeOrder pending, AcmeKey key, string accountUrl, CancellationToken cancellationToken)
    {
        if (pending.DirectoryUrl != options.Value.DirectoryUrl)
        {
            return null;
        }

        try
        {
            var order = await acme.PostAsync(pending.OrderUrl, key, accountUrl, payload: null, cancellationToken);
            return order.Status == "invalid" ? null : order;
        }
        catch (AcmeProblemException problem) when (!problem.Temporary)
        {
            return null;
        }
    }

    private async Task<(PendingAcmeOrder, AcmeAnswer)> NewOrderAsync(Guid serviceId, string domain, AcmeKey key, string accountUrl, CancellationToken cancellationToken)
    {
        var directory = await acme.DirectoryAsync(cancellationToken);
        var identifiers = new JsonArray(new JsonObject { ["type"] = "dns", ["value"] = domain });
        var order = await acme.PostAsync(directory.NewOrder, key, accountUrl, new JsonObject { ["identifiers"] = identifiers }, cancellationToken);
        using var certificateKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var pending = new PendingAcmeOrder
        {
            Id = Guid.NewGuid(), ServiceId = serviceId, DirectoryUrl = options.Value.DirectoryUrl,
            OrderUrl = order.Location ?? throw new AcmeUnavailableException("The ACME server named no order URL."),
            ProtectedCertificateKey = keys.Protect(certificateKey.ExportPkcs8PrivateKeyPem()),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(pending);
        await db.SaveChangesAsync(cancellationToken);
        return (pending, order);
    }

    // Proves control of the domain with http-01: the key authorization is stored (and so served by
    // every instance) before the server is told to look.
    private async Task AuthorizeAsync(PendingAcmeOrder pending, string authorizationUrl, AcmeKey key, string accountUrl, CancellationToken cancellationToken)
    {
        var authorization = await acme.PostAsync(authorizationUrl, key, accountUrl, payload: null, cancellationToken);
        if (authorization.Status == "valid")
        {
            return;
        }

        var challenge = authorization.Body?["challenges"]?.AsArray().FirstOrDefault(c => c?["type"]?.GetValue<string>() == "http-01")
            ?? throw new AcmeProblemException(400, AcmeProblemException.Prefix + "unsupportedChallenge");
        if (authorization.Status != "pending")
        {
            throw Refusal(challenge["error"]);
        }

        var token = challenge["token"]!.GetValue<string>();
        if (pending.ChallengeToken != token)
        {
            pending.ChallengeToken = token;
            pending.KeyAuthorization = key.KeyAuthorization(token);
            await db.SaveChangesAsync(cancellationToken);
        }

        if (challenge["status"]?.GetValue<string>() == "pending")
        {
            await acme.PostAsync(challenge["url"]!.GetValue<string>(), key, accountUrl, new JsonObject(), cancellationToken);
        }

        var checkedAuthorization = await PollAsync(authorizationUrl, "pending", key, accountUrl, cancellationToken);
        if (checkedAuthorization.Status != "valid")
        {
            var checkedChallenge = checkedAuthorization.Body?["challenges"]?.AsArray().FirstOrDefault(c => c?["type"]?.GetValue<string>() == "http-01");
            throw Refusal(checkedChallenge?["error"]);
        }
    }

    // Asks again while the resource is in the given status, as often as the options allow.
    private async Task<AcmeAnswer> PollAsync(string url, string whileStatus, AcmeKey key, string accountUrl, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        for (var poll = 0; poll < settings.MaxPolls; poll++)
        {
            var answer = await acme.PostAsync(url, key, accountUrl, payload: null, cancellationToken);
            if (answer.Status != whileStatus)
            {
                return answer;
            }

            var wait = answer.RetryAfter ?? TimeSpan.FromMilliseconds(settings.DefaultPollDelayMilliseconds);
            var bound = TimeSpan.FromSeconds(settings.MaxPollDelaySeconds);
            await Task.Delay(wait < TimeSpan.Zero ? TimeSpan.Zero : wait > bound ? bound : wait, clock, cancellationToken);
        }

        throw new AcmeUnavailableException($"The ACME server was still {whileStatus} after {settings.MaxPolls} asks.");
    }

    // A failed validation or order names its problem (e.g. unauthorized: the domain did not answer
    // the challenge); without one it counts as unauthorized.
    private static AcmeProblemException Refusal(JsonNode? error) =>
        new(error?["status"]?.GetValue<int>() ?? 403, error?["type"]?.GetValue<string>() ?? AcmeProblemException.Prefix + "unauthorized");

    private static string Url(AcmeAnswer answer, string name) =>
        answer.Body?[name]?.GetValue<string>() ?? throw new AcmeUnavailableException($"The ACME answer has no {name}.");
}
