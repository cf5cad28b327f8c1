using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Services;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Orders;

namespace RedIt.Portal.Tests.Domains;

// Against the built-in Openprovider simulator, which accepts every change of a domain.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.3")]
public sealed class NameServerTests(PortalFactory portal)
{
    [Fact]
    public async Task A_customer_points_an_active_domain_at_other_name_servers_with_clear_errors_and_back_to_ours()
    {
        var extension = await OrdersWorld.DomainExtensionAsync(portal, 7.95m);
        var (customer, email) = await People.SignedInCustomerAsync(portal);
        var personId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var domain = new Service
        {
            Id = Guid.NewGuid(), CustomerId = personId, ProductId = extension.Id, Kind = ProductKind.DomainExtension, Name = "winkel." + extension.Tld,
            Status = ServiceStatus.Active, CreatedAt = DateTime.UtcNow, ActivatedAt = DateTime.UtcNow, SupplierReference = "123",
        };
        await portal.WithDbAsync(db =>
        {
            db.Add(domain);
            return db.SaveChangesAsync();
        });

        var shown = await customer.GetAsync("/profile/services/" + domain.Id);
        Assert.NotNull(shown.Document.QuerySelector($"a[href='/profile/services/{domain.Id}/name-servers']"));
        var form = await customer.GetAsync($"/profile/services/{domain.Id}/name-servers");
        Assert.Equal(HttpStatusCode.OK, form.Status);

        var wrong = await Browserless.Page.FromAsync(await customer.SubmitAsync(form, Fields(("Input.NameServers", "ns1.example.nl\nns2"))));
        Assert.Equal(HttpStatusCode.OK, wrong.Status);
        Assert.Contains("ns2 is not a host name", wrong.FieldError("Input.NameServers"), StringComparison.Ordinal);
        Assert.Equal("ns1.example.nl\nns2", wrong.Document.QuerySelector("textarea[name='Input.NameServers']")!.TextContent.Trim().ReplaceLineEndings("\n"));
        var one = await Browserless.Page.FromAsync(await customer.SubmitAsync(form, Fields(("Input.NameServers", "ns1.example.nl"))));
        Assert.Contains("between 2 and 6", one.FieldError("Input.NameServers"), StringComparison.Ordinal);
        var twice = await Browserless.Page.FromAsync(await customer.SubmitAsync(form, Fields(("Input.NameServers", "ns1.example.nl ns1.example.nl"))));
        Assert.Contains("once", twice.FieldError("Input.NameServers"), StringComparison.Ordinal);
        Assert.Null(await portal.WithDbAsync(db => db.Set<Service>().Where(s => s.Id == domain.Id).Select(s => s.NameServers).SingleAsync()));

        var changed = await customer.SubmitAndFollowAsync(form, Fields(("Input.NameServers", "NS1.Example.nl.\r\nns2.example.nl")));
        Assert.Contains("The name servers are changed.", changed.Text, StringComparison.Ordinal);
        Assert.Equal("ns1.example.nl ns2.example.nl", await portal.WithDbAsync(db => db.Set<Service>().Where(s => s.Id == domain.Id).Select(s => s.NameServers).SingleAsync()));

        await customer.SubmitAndFollowAsync(await customer.GetAsync($"/profile/services/{domain.Id}/name-servers"), Fields(("Input.NameServers", "")));
        Assert.Null(await portal.WithDbAsync(db => db.Set<Service>().Where(s => s.Id == domain.Id).Select(s => s.NameServers).SingleAsync()));

        var (other, _) = await People.SignedInCustomerAsync(portal);
        using var notTheirs = await other.Client.GetAsync(new Uri($"/profile/services/{domain.Id}/name-servers", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
    }

    private static Dictionary<string, string> Fields(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
}
