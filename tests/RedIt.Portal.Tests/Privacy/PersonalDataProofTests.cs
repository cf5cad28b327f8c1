using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Billing.Renewals;
using RedIt.Portal.Features.Consent;
using RedIt.Portal.Features.PolicyVersions;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Privacy;

namespace RedIt.Portal.Tests.Privacy;

// Clause 6, proved against the database itself rather than against the rules: whatever a scan of
// every text column finds about a person is in their export, and after erasure only the rows the
// plan keeps by law still hold it.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "6")]
public sealed class PersonalDataProofTests(PortalFactory portal)
{
    [Fact]
    public async Task The_export_holds_everything_a_scan_finds_and_erasure_leaves_only_what_the_plan_keeps()
    {
        var person = await new PersonSeed(portal).AllAsync();
        var control = await new PersonSeed(portal).AllAsync();
        var controlBefore = await ScanAsync(control);

        var found = await ScanAsync(person);
        var tables = found.Select(h => h.Table.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        foreach (var seeded in new[] { "aspnetusers", "customeraddresses", "contactmessage", "ticket", "ticketmessage", "ticketattachment", "invoice", "invoiceline", "paymentrecord", "invoicecommunication", "collectionclaim", "recoverydocument", "callrecord", "errorreport", "queuedmail", "queuedmailattachment" })
        {
            Assert.Contains(seeded, tables);
        }

        var export = await InScopeAsync(services => services.GetRequiredService<PersonalDataExporter>().ExportAsync(person.PersonId));
        var exported = export.Categories.SelectMany(c => c.Rows).SelectMany(r => r.Values).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var missing = found.Where(h => !exported.Contains(h.Value)).ToList();
        Assert.True(missing.Count == 0, "Not in the export: " + string.Join("; ", missing));
        Assert.Contains(export.Categories, c => c.Entity == "Disclosure");
        Assert.Equal(2, export.Categories.Single(c => c.Entity == "ConsentRecord").Rows.Count);
        Assert.Single(export.Categories.Single(c => c.Entity == "PolicyAcknowledgement").Rows);
        // Holds no text for the scan to find, but whose renewal it is goes in the export all the same.
        Assert.Single(export.Categories.Single(c => c.Entity == "ServiceRenewal").Rows);
        Assert.DoesNotContain(exported, v => control.Identifiers.Any(i => v.Contains(i, StringComparison.OrdinalIgnoreCase)));
        // The message sent while signed out is found by the confirmed address.
        Assert.Contains($"Vraag zonder account over {person.Tag}", exported);

        var plan = await InScopeAsync(services => services.GetRequiredService<ErasurePlanner>().PlanAsync(person.PersonId, DateTime.UtcNow));
        await InScopeAsync(services => services.GetRequiredService<ErasureExecutor>().ExecuteAsync(plan));

        var keptTables = await InScopeAsync(services =>
        {
            var catalog = services.GetRequiredService<PrivacyCatalog>();
            return Task.FromResult(plan.Kept.Select(i => catalog.FindByKey(i.Key)!.EntityType.GetTableName()!.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal));
        });
        Assert.Equal(["auditlogentry", "collectionclaim", "datasubjectrequest", "disclosure", "invoice", "invoicecommunication", "invoiceline", "order", "paymentrecord"], keptTables.Order(StringComparer.Ordinal));
        var left = await ScanAsync(person);
        var outsideKept = left.Where(h => !keptTables.Contains(h.Table.ToLowerInvariant())).ToList();
        Assert.True(outsideKept.Count == 0, "Left after erasure: " + string.Join("; ", outsideKept));
        // The invoice stays as sent, as the law asks; the e-mail address on it was not required and is gone.
        Assert.Contains(left, h => h.Table.Equals("Invoice", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(left, h => h.Table.Equals("Invoice", StringComparison.OrdinalIgnoreCase) && h.Value.Contains(person.Email, StringComparison.OrdinalIgnoreCase));
        // The request documents the erasure, so it keeps who asked; what they wrote in it is gone.
        Assert.DoesNotContain(left, h => h.Value.StartsWith("Verwijder alles over mij", StringComparison.Ordinal));

        Assert.Equal(controlBefore, await ScanAsync(control));
        var idOnlyRowsLeft = await portal.WithDbAsync(async db =>
            await db.Set<ConsentRecord>().CountAsync(c => c.PersonId == person.PersonId)
            + await db.Set<PolicyAcknowledgement>().CountAsync(a => a.PersonId == person.PersonId)
            + await db.Set<ServiceRenewal>().CountAsync(r => r.Order.CustomerId == person.PersonId));
        Assert.Equal(0, idOnlyRowsLeft);
        Assert.Equal(2, await portal.WithDbAsync(db => db.Set<ConsentRecord>().CountAsync(c => c.PersonId == control.PersonId)));
    }

    [Fact]
    public async Task An_address_the_person_has_not_confirmed_finds_nothing_that_is_not_linked_to_them()
    {
        // Anyone can sign up with someone else's address; until they confirm it, they must not
        // receive what its owner wrote to us.
        var impostor = new PersonSeed(portal);
        await impostor.CustomerAsync(confirmed: false);
        await impostor.AnonymousContactMessageAsync(DateTime.UtcNow);

        var export = await InScopeAsync(services => services.GetRequiredService<PersonalDataExporter>().ExportAsync(impostor.PersonId));
        Assert.DoesNotContain(export.Categories, c => c.Entity == "ContactMessage");
        var plan = await InScopeAsync(services => services.GetRequiredService<ErasurePlanner>().PlanAsync(impostor.PersonId, DateTime.UtcNow));
        Assert.DoesNotContain(plan.Items, i => i.Entity == "ContactMessage");
    }

    private async Task<List<DatabaseScan.Hit>> ScanAsync(PersonSeed seed) =>
        (await portal.WithDbAsync(db => DatabaseScan.FindAsync(db, seed.Identifiers)))
            .OrderBy(h => h.Table, StringComparer.Ordinal).ThenBy(h => h.Column, StringComparer.Ordinal).ThenBy(h => h.Value, StringComparer.Ordinal)
            .ToList();

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
