using RedIt.Portal.Features.Billing.Pdf;

namespace RedIt.Portal.Tests.Billing.Pdf;

// 2.4: an invoice states what the law asks of it (art. 35a Wet OB): both parties with their
// addresses and VAT numbers, the number, the dates and the supply period, the lines, the VAT per
// rate, the totals, and a reverse charge in so many words; a credit note names the invoice it
// corrects. The PDF is read back with poppler, as a person's viewer would show it.
[Trait("Policy", "2.4")]
public sealed class InvoicePdfTests
{
    private readonly InvoicePdf _renderer = new();

    [Fact]
    public void A_Dutch_invoice_shows_both_parties_its_lines_the_VAT_per_rate_and_the_totals_in_Dutch()
    {
        var document = InvoiceDocuments.DutchInvoice();

        var text = PdfText.All(_renderer.Render(document));

        Assert.All(
            [
                "Factuur", "Factuurnummer", "2026-000123",
                "RED-IT B.V.", "Weena 505", "3013 AL Rotterdam", "Btw-nummer: NL859123456B01", "KvK-nummer: 24312345",
                "Bakkerij De Korenbloem", "Dorpsstraat 12a", "3411 BC Lopik",
                "Datum", "7 december 2026", "Vervaldatum", "21 december 2026", "Klantnummer", "10042",
                "Leveringsperiode", "1 december 2026 t/m 31 december 2026",
                "Omschrijving", "Aantal", "Prijs per stuk", "Domeinregistratie korenbloem.nl", "Handboek Bakken voor het web",
                "€ 1.234,56", "€ 9,95", "€ 19,90", "€ 45,00",
                "Btw-tarief", "Grondslag", "21%", "9%", "€ 1.254,46", "€ 263,44", "€ 4,05",
                "Totaal excl. btw", "€ 1.299,46", "Totaal incl. btw", "€ 267,49", "€ 1.566,95",
                "Betaal € 1.566,95 uiterlijk 21 december 2026", "NL91 ABNA 0417 1643 00",
                "Bedragen zijn per regel op de cent afgerond",
                "RED-IT B.V. · KvK-nummer: 24312345 · Btw-nummer: NL859123456B01", "Pagina 1 van 1",
            ],
            expected => Assert.Contains(expected, text, StringComparison.Ordinal));
        Assert.DoesNotContain("Btw verlegd", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Invoice", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Correctie op factuur", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_description_wraps_within_its_column_and_loses_no_word()
    {
        var text = PdfText.All(_renderer.Render(InvoiceDocuments.DutchInvoice()));

        var words = InvoiceDocuments.LongDescription.Split(' ');
        Assert.All(words, word => Assert.Contains(word, text, StringComparison.Ordinal));
        var lines = text.Split('\n');
        Assert.DoesNotContain(lines, line =>
            line.Contains(words[0], StringComparison.Ordinal) && line.Contains(words[^1], StringComparison.Ordinal));
        Assert.Contains(lines, line =>
            line.Contains(words[0], StringComparison.Ordinal) && line.Contains("€ 1.234,56", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reverse_charged_English_credit_note_names_the_invoice_the_buyers_VAT_number_and_the_reverse_charge()
    {
        var text = PdfText.All(_renderer.Render(InvoiceDocuments.EnglishReverseChargedCreditNote()));

        Assert.All(
            [
                "Credit note", "Credit note number", "C2026-000004", "Corrects invoice", "2026-000123",
                "RED-IT B.V.", "Weena 505", "3013 AL Rotterdam", "VAT number: NL859123456B01",
                "Nordlicht Hosting GmbH", "Friedrichstraße 123", "10117 Berlin", "Germany", "VAT number: DE298765432",
                "Date", "7 December 2026", "Due date", "21 December 2026", "Customer number", "10042",
                "Supply period", "1 December 2026 to 31 December 2026",
                "Description", "Quantity", "Unit price", "Colocation, one rack unit in AM3",
                "-€ 1,500.00", "-€ 3,000.00", "-€ 41.25", "-€ 123.75",
                "VAT rate", "0%", "-€ 3,123.75", "€ 0.00", "Total excl. VAT", "Total incl. VAT",
                "VAT reverse charged (art. 196 VAT Directive)",
                "We will transfer € 3,123.75",
                "Amounts are rounded to the cent per line; VAT is calculated per rate on the total of the lines.",
                "RED-IT B.V. · Chamber of Commerce (KvK): 24312345 · VAT number: NL859123456B01", "Page 1 of 1",
            ],
            expected => Assert.Contains(expected, text, StringComparison.Ordinal));
        Assert.DoesNotContain("Factuur", text, StringComparison.Ordinal);
        Assert.DoesNotContain("-€ 0.00", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_credit_note_stored_with_negative_amounts_reads_the_same()
    {
        var creditNote = InvoiceDocuments.EnglishReverseChargedCreditNote();

        Assert.Equal(
            PdfText.All(_renderer.Render(creditNote)),
            PdfText.All(_renderer.Render(InvoiceDocuments.Negated(creditNote))));
    }

    [Fact]
    public void The_document_is_titled_with_its_number_and_authored_by_the_seller()
    {
        var info = PdfText.Info(_renderer.Render(InvoiceDocuments.DutchInvoice()));

        Assert.Equal("2026-000123", info["Title"]);
        Assert.Equal("RED-IT B.V.", info["Author"]);
        Assert.Equal("Factuur 2026-000123", info["Subject"]);
        Assert.Equal("A4", PageSizeName(info["Page size"]));
    }

    [Fact]
    public void A_hundred_and_twenty_lines_run_over_several_pages_each_with_the_table_header_and_its_page_number()
    {
        var pdf = _renderer.Render(InvoiceDocuments.WithLines(120));

        var pages = PdfText.Pages(pdf);
        Assert.True(pages.Count >= 3, $"120 lines fit on {pages.Count} page(s)");
        Assert.Equal(pages.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), PdfText.Info(pdf)["Pages"]);
        for (var page = 1; page <= pages.Count; page++)
        {
            Assert.Contains($"Pagina {page} van {pages.Count}", pages[page - 1], StringComparison.Ordinal);
            Assert.Contains("2026-000777", pages[page - 1], StringComparison.Ordinal);
            Assert.Contains("KvK-nummer: 24312345", pages[page - 1], StringComparison.Ordinal);
        }

        Assert.All(pages.SkipLast(1), page => Assert.Contains("Omschrijving", page, StringComparison.Ordinal));
        var all = string.Join("\n", pages);
        for (var line = 1; line <= 120; line++)
        {
            var description = $"Regel {line:000}:";
            Assert.Equal(1, Occurrences(all, description));
        }

        Assert.Contains("Totaal incl. btw", pages[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_renderer_serves_many_documents_at_once()
    {
        var documents = Enumerable.Range(0, 8)
            .Select(index => index % 2 == 0 ? InvoiceDocuments.DutchInvoice() : InvoiceDocuments.EnglishReverseChargedCreditNote())
            .ToList();

        var rendered = await Task.WhenAll(documents.Select(document => Task.Run(() => _renderer.Render(document))));

        for (var index = 0; index < documents.Count; index++)
        {
            Assert.Equal(PdfText.All(_renderer.Render(documents[index])), PdfText.All(rendered[index]));
        }
    }

    [Fact]
    public void Without_the_DejaVu_fonts_the_renderer_says_which_package_to_install()
    {
        var renderer = new InvoicePdf(Path.Combine(Path.GetTempPath(), $"no-fonts-{Guid.NewGuid():N}"));

        var error = Assert.Throws<InvalidOperationException>(() => renderer.Render(InvoiceDocuments.DutchInvoice()));

        Assert.Contains("fonts-dejavu-core", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_language_without_labels_is_refused()
    {
        var german = InvoiceDocuments.DutchInvoice() with { Culture = "de" };

        Assert.Throws<ArgumentException>(() => _renderer.Render(german));
    }

    private static string PageSizeName(string pageSize) =>
        pageSize.Contains("(A4)", StringComparison.Ordinal) ? "A4" : pageSize;

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
