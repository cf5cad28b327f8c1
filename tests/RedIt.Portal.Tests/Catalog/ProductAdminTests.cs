using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Tests.Infrastructure;
using ConsentStaff = RedIt.Portal.Tests.Consent.Staff;

namespace RedIt.Portal.Tests.Catalog;

// Admin keeps the catalogue the order flow sells from: each kind with its own field, prices
// excluding VAT in either decimal notation, and a product withdrawn rather than deleted.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.3")]
public sealed class ProductAdminTests(PortalFactory portal)
{
    [Fact]
    public async Task Admin_adds_a_domain_extension_with_a_Dutch_decimal_price_and_only_its_own_fields_are_kept()
    {
        var admin = await AdminAsync();
        var code = Code("domain");
        var form = await admin.GetAsync("/admin/products/new");
        Assert.Equal(HttpStatusCode.OK, form.Status);

        var saved = await admin.SubmitAndFollowAsync(form, Product(code, ProductKind.DomainExtension, ("Input.Price", "7,95"), ("Input.Tld", ".NL"),
            ("Input.RegistryRequiresGender", "true"), ("Input.RackUnits", "4"), ("Input.SpamFilter", "Microsoft")));

        Assert.Contains("The product is added to the catalogue.", saved.Text, StringComparison.Ordinal);
        var product = await FindAsync(code);
        Assert.Equal((ProductKind.DomainExtension, 7.95m, "nl", true), (product.Kind, product.PriceExclVat, product.Tld, product.RegistryRequiresGender));
        Assert.Equal(((int?)null, (SpamFilterProvider?)null, false, true), (product.RackUnits, product.SpamFilter, product.QuotationOnly, product.Active));
    }

    [Fact]
    public async Task A_kind_without_its_own_field_a_bad_price_or_a_taken_code_shows_the_errors_and_saves_nothing()
    {
        var admin = await AdminAsync();
        var code = Code("colo");
        var form = await admin.GetAsync("/admin/products/new");

        var missing = await Browserless.Page.FromAsync(await admin.SubmitAsync(form, Product(code, ProductKind.Colocation, ("Input.Price", "9.999"))));
        Assert.Equal(HttpStatusCode.OK, missing.Status);
        Assert.Contains("number of rack units", missing.FieldError("Input.RackUnits"), StringComparison.Ordinal);
        Assert.Contains("at most two decimals", missing.FieldError("Input.Price"), StringComparison.Ordinal);
        Assert.Equal("Colocation " + code, missing.Value("Input.NameEn"));
        Assert.Equal("9.999", missing.Value("Input.Price"));

        var certificate = await Browserless.Page.FromAsync(await admin.SubmitAsync(form, Product(code, ProductKind.SslCertificate)));
        Assert.Contains("how the certificate is validated", certificate.FieldError("Input.Validation"), StringComparison.Ordinal);
        var mailbox = await Browserless.Page.FromAsync(await admin.SubmitAsync(form, Product(code, ProductKind.Mailbox)));
        Assert.Contains("who filters", mailbox.FieldError("Input.SpamFilter"), StringComparison.Ordinal);
        var domain = await Browserless.Page.FromAsync(await admin.SubmitAsync(form, Product(code, ProductKind.DomainExtension, ("Input.Tld", "n l"))));
        Assert.Contains("without the dot", domain.FieldError("Input.Tld"), StringComparison.Ordinal);
        Assert.False(await portal.WithDbAsync(db => db.Set<Product>().AnyAsync(p => p.Code == code)));

        await admin.SubmitAndFollowAsync(form, Product(code, ProductKind.Colocation, ("Input.RackUnits", "2")));
        var taken = await Browserless.Page.FromAsync(await admin.SubmitAsync(form, Product(code, ProductKind.Hosting)));
        Assert.Contains("Another product has this code", taken.FieldError("Input.Code"), StringComparison.Ordinal);
        Assert.Equal(1, await portal.WithDbAsync(db => db.Set<Product>().CountAsync(p => p.Code == code)));
    }

    [Fact]
    public async Task A_withdrawn_product_is_listed_as_withdrawn_until_offered_again_and_a_managed_service_is_sold_by_quotation()
    {
        var admin = await AdminAsync();
        var code = Code("managed");
        await admin.SubmitAndFollowAsync(await admin.GetAsync("/admin/products/new"), Product(code, ProductKind.ManagedService));
        var product = await FindAsync(code);
        Assert.True(product.QuotationOnly);

        var confirm = await admin.GetAsync($"/admin/products/{product.Id}/withdraw");
        Assert.Contains(code, confirm.Text, StringComparison.Ordinal);
        Assert.True((await FindAsync(code)).Active, "Asking to withdraw withdrew the product before it was confirmed.");
        await admin.SubmitAndFollowAsync(confirm, new Dictionary<string, string>(StringComparer.Ordinal));
        Assert.False((await FindAsync(code)).Active);

        var withdrawn = await admin.GetAsync($"/admin/products?q={code}&state=withdrawn");
        var offered = await admin.GetAsync($"/admin/products?q={code}&state=offered");
        Assert.Equal([product.Id.ToString()], Ids(withdrawn));
        Assert.Empty(Ids(offered));
        Assert.Contains("By quotation", withdrawn.Text, StringComparison.Ordinal);

        await admin.SubmitAndFollowAsync(withdrawn, new Dictionary<string, string>(StringComparer.Ordinal), $"/admin/products/{product.Id}/offer");
        Assert.True((await FindAsync(code)).Active);

        var edit = await admin.GetAsync($"/admin/products/{product.Id}/edit");
        await admin.SubmitAndFollowAsync(edit, new Dictionary<string, string>(StringComparer.Ordinal) { ["Input.NameNl"] = "Beheer " + code });
        Assert.Equal("Beheer " + code, (await FindAsync(code)).NameNl);
    }

    [Fact]
    [Trait("Policy", "2.8")]
    public async Task Hosting_keeps_its_traffic_and_storage_limits_a_mailbox_only_storage_and_a_limit_of_0_is_refused()
    {
        var admin = await AdminAsync();
        var code = Code("hosting");
        var form = await admin.GetAsync("/admin/products/new");
        var zero = await Browserless.Page.FromAsync(await admin.SubmitAsync(form, Product(code, ProductKind.Hosting, ("Input.TrafficLimitGb", "0"))));
        Assert.Contains("whole number of GB", zero.FieldError("Input.TrafficLimitGb"), StringComparison.Ordinal);
        Assert.False(await portal.WithDbAsync(db => db.Set<Product>().AnyAsync(p => p.Code == code)));

        await admin.SubmitAndFollowAsync(form, Product(code, ProductKind.Hosting, ("Input.TrafficLimitGb", "100"), ("Input.StorageLimitGb", "10")));
        var hosting = await FindAsync(code);
        Assert.Equal(((int?)100, (int?)10), (hosting.TrafficLimitGb, hosting.StorageLimitGb));
        var edit = await admin.GetAsync($"/admin/products/{hosting.Id}/edit");
        Assert.Equal(("100", "10"), (edit.Value("Input.TrafficLimitGb"), edit.Value("Input.StorageLimitGb")));

        var mailboxCode = Code("mailbox");
        await admin.SubmitAndFollowAsync(form, Product(mailboxCode, ProductKind.Mailbox, ("Input.SpamFilter", "SpamExperts"), ("Input.TrafficLimitGb", "100"), ("Input.StorageLimitGb", "25")));
        var mailbox = await FindAsync(mailboxCode);
        Assert.Equal(((int?)null, (int?)25), (mailbox.TrafficLimitGb, mailbox.StorageLimitGb));
    }

    private static string[] Ids(Browserless.Page page) =>
        page.Document.QuerySelectorAll("tr[data-product]").Select(r => r.GetAttribute("data-product")!).ToArray();

    private static string Code(string kind) => $"{kind}-{Guid.NewGuid():N}"[..30];

    private static Dictionary<string, string> Product(string code, ProductKind kind, params (string Name, string Value)[] more)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Input.Kind"] = kind.ToString(),
            ["Input.Code"] = code,
            ["Input.NameEn"] = "Colocation " + code,
            ["Input.NameNl"] = "Colocatie " + code,
            ["Input.Price"] = "49.00",
            ["Input.PeriodMonths"] = "12",
            ["Input.SortOrder"] = "0",
        };
        foreach (var (name, value) in more)
        {
            fields[name] = value;
        }

        return fields;
    }

    private Task<Product> FindAsync(string code) =>
        portal.WithDbAsync(db => db.Set<Product>().AsNoTracking().SingleAsync(p => p.Code == code));

    private async Task<Browserless> AdminAsync() => (await ConsentStaff.SignedInAsync(portal, PortalRoles.Admin)).Browser;
}
