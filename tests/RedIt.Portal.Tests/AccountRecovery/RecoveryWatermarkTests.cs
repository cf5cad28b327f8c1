using System.Net;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Tests.Infrastructure;
using ConsentStaff = RedIt.Portal.Tests.Consent.Staff;

namespace RedIt.Portal.Tests.AccountRecovery;

// Clause 2.1: what the reviewer sees carries "RED-IT account recovery" on every page.
[Trait("Policy", "2.1")]
[Collection(PortalCollectionDefinition.Name)]
public sealed class RecoveryWatermarkTests(PortalFactory portal)
{
    // A 1×1 PNG that decodes.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Fact]
    public async Task A_pdf_gets_the_text_on_each_page_and_an_image_comes_as_a_marked_pdf()
    {
        var (email, _, _) = await Recoveries.CustomerAsync(portal);
        var newEmail = People.NewEmail("recovered");
        var requester = new Browserless(portal.CreateClient());
        await Recoveries.SubmitAsync(requester, Recoveries.Business(email, newEmail, "Sole"),
            Recoveries.Kvk(TwoPagePdf(), "kvk.pdf"), Recoveries.Identity(Png, "id.png"));
        await Recoveries.ConfirmAsync(requester, newEmail);
        var recovery = await Recoveries.CaseAsync(portal, newEmail);
        var (reviewer, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Support);
        await Recoveries.TakeAsync(reviewer, recovery.Id);

        foreach (var document in recovery.Documents)
        {
            using var response = await reviewer.Client.GetAsync(new Uri($"/desk/recovery/{recovery.Id}/documents/{document.Id}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            using var served = PdfReader.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), PdfDocumentOpenMode.Import);
            Assert.Equal(document.ContentType == "application/pdf" ? 2 : 1, served.PageCount);
            foreach (var page in served.Pages)
            {
                Assert.Contains(Fonts(page), font => font.Contains("Segoe", StringComparison.Ordinal));
            }

            if (document.ContentType == "image/png")
            {
                Assert.EndsWith("id.pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? "", StringComparison.Ordinal);
            }
        }
    }

    private static IEnumerable<string> Fonts(PdfPage page)
    {
        var fonts = page.Resources.Elements.GetDictionary("/Font");
        Assert.NotNull(fonts);
        return fonts.Elements.Keys.Select(key => (fonts.Elements.GetDictionary(key)?.Elements.GetName("/BaseFont")) ?? "");
    }

    private static byte[] TwoPagePdf()
    {
        using var document = new PdfDocument();
        document.AddPage();
        document.AddPage();
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
