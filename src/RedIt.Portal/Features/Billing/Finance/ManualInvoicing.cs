using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Data;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.Billing.Issuing;

namespace RedIt.Portal.Features.Billing.Finance;

// Finance issues an invoice by hand: for work that was not ordered in the shop, such as remote
// hands or a setup fee agreed by mail. Everything is checked before the number is taken, and the
// number, the invoice and the audit entry are stored in one transaction, so a refused form leaves
// no trace and no gap in the series.
public sealed class ManualInvoicing(PortalDbContext db, InvoiceIssuer issuer, AuditLogger audit, IStringLocalizer<SharedResource> text)
{
    public const string Prefix = "Input";

    private static readonly string[] Cultures = ["nl", "en"];

    // A blank form; for a customer named in the address, in that customer's language.
    public async Task<ManualInvoiceInput> BlankAsync(int? customerNumber, CancellationToken cancellationToken = default)
    {
        var input = new ManualInvoiceInput();
        if (customerNumber is { } number && await db.Customers.AnyAsync(c => c.Number == number, cancellationToken))
        {
            input.CustomerNumber = number;
            input.Culture = Culture(await db.Customers.Where(c => c.Number == number).Select(c => c.User.PreferredCulture).SingleAsync(cancellationToken));
        }

        return input.WithAllLines();
    }

    // The new invoice's number, or null when the form has errors (in modelState, per field).
    public async Task<string?> IssueAsync(ManualInvoiceInput input, Guid staffId, ModelStateDictionary modelState, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(modelState);
        var customer = await CheckAsync(input, modelState, cancellationToken);
        if (!modelState.IsValid || customer is null)
        {
            return null;
        }

        var lines = input.Lines.Where(l => !l.IsEmpty)
            .Select(l => new InvoiceRequestLine(l.Description!.Trim(), l.Quantity ?? 1, l.UnitPriceValue!.Value))
            .ToList();
        var culture = string.IsNullOrEmpty(input.Culture) ? Culture(customer.PreferredCulture) : input.Culture;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var invoice = await issuer.IssueAsync(new InvoiceRequest(customer.Id, culture, lines, input.PeriodFrom, input.PeriodTo, IssuedById: staffId), cancellationToken);
        audit.Add(AuditAction.InvoiceIssued, customer.Id, details: "invoice " + invoice.Number);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return invoice.Number;
    }

    private async Task<CustomerToInvoice?> CheckAsync(ManualInvoiceInput input, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        CustomerToInvoice? customer = null;
        if (input.CustomerNumber is { } number && Valid(modelState, nameof(ManualInvoiceInput.CustomerNumber)))
        {
            customer = await db.Customers.Where(c => c.Number == number)
                .Select(c => new CustomerToInvoice(c.Id, c.User.PreferredCulture, c.Addresses.Any()))
                .SingleOrDefaultAsync(cancellationToken);
            if (customer is null)
            {
                modelState.AddModelError(Field(nameof(ManualInvoiceInput.CustomerNumber)), text["No customer has this number."]);
            }
            else if (!customer.HasAddress)
            {
                modelState.AddModelError(Field(nameof(ManualInvoiceInput.CustomerNumber)), text["This customer has no address yet: an invoice needs one."]);
            }
        }

        if (!string.IsNullOrEmpty(input.Culture) && !Cultures.Contains(input.Culture, StringComparer.Ordinal))
        {
            modelState.AddModelError(Field(nameof(ManualInvoiceInput.Culture)), text["Please choose Dutch or English."]);
        }

        if (input.PeriodFrom is null != input.PeriodTo is null
            && Valid(modelState, nameof(ManualInvoiceInput.PeriodFrom)) && Valid(modelState, nameof(ManualInvoiceInput.PeriodTo)))
        {
            modelState.AddModelError(Field(input.PeriodFrom is null ? nameof(ManualInvoiceInput.PeriodFrom) : nameof(ManualInvoiceInput.PeriodTo)),
                text["Please give both the first and the last day of the period, or leave both empty."]);
        }
        else if (input.PeriodFrom is { } from && input.PeriodTo is { } to && to < from)
        {
            modelState.AddModelError(Field(nameof(ManualInvoiceInput.PeriodTo)), text["The period cannot end before it starts."]);
        }

        CheckLines(input, modelState);
        return customer;
    }

    private void CheckLines(ManualInvoiceInput input, ModelStateDictionary modelState)
    {
        if (input.Lines.Count > ManualInvoiceInput.MaxLines)
        {
            modelState.AddModelError(Field(nameof(ManualInvoiceInput.Lines)), text["An invoice by hand has at most {0} lines.", ManualInvoiceInput.MaxLines]);
            return;
        }

        for (var i = 0; i < input.Lines.Count; i++)
        {
            var line = input.Lines[i];
            if (line.IsEmpty)
            {
                continue;
            }

            var prefix = $"{nameof(ManualInvoiceInput.Lines)}[{i}].";
            if (string.IsNullOrWhiteSpace(line.Description))
            {
                modelState.AddModelError(Field(prefix + nameof(ManualInvoiceLineInput.Description)), text["Please describe what the line charges for."]);
            }

            if (string.IsNullOrWhiteSpace(line.UnitPrice))
            {
                modelState.AddModelError(Field(prefix + nameof(ManualInvoiceLineInput.UnitPrice)), text["Please give the unit price excluding VAT, such as 75.00."]);
            }
            else if (line.UnitPriceValue is { } price && Math.Abs(price) > ManualInvoiceLineInput.MaxPrice
                && Valid(modelState, prefix + nameof(ManualInvoiceLineInput.UnitPrice)))
            {
                modelState.AddModelError(Field(prefix + nameof(ManualInvoiceLineInput.UnitPrice)), text["A unit price is from -1,000,000 to 1,000,000 euros."]);
            }
        }

        // A line whose quantity could not even be read is not empty: its own error says why.
        if (!Enumerable.Range(0, input.Lines.Count).Any(i => !input.Lines[i].IsEmpty || HasErrors(modelState, $"{nameof(ManualInvoiceInput.Lines)}[{i}]")))
        {
            modelState.AddModelError(Field(nameof(ManualInvoiceInput.Lines)), text["Please fill in at least one line."]);
        }
    }

    private static bool HasErrors(ModelStateDictionary modelState, string prefix) =>
        modelState.FindKeysWithPrefix(Field(prefix)).Any(entry => entry.Value.Errors.Count > 0);

    private static bool Valid(ModelStateDictionary modelState, string field) =>
        modelState[Field(field)] is not { Errors.Count: > 0 };

    private static string Field(string name) => Prefix + "." + name;

    // The customer's language where the invoice has it; Dutch for any other.
    private static string Culture(string? preferred) =>
        preferred is not null && preferred.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "nl";

    private sealed record CustomerToInvoice(Guid Id, string PreferredCulture, bool HasAddress);
}
