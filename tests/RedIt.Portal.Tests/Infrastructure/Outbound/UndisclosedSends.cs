using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Disclosures;
using RedIt.Privacy;

namespace RedIt.Portal.Tests.Infrastructure.Outbound;

// The seam check of 2.3-2.5: every personal value of every person in the portal's database that
// appears in a request to a third party needs a disclosure of that person to that party. The values
// are what the privacy rules call personal data, read through the export the person would get.
public static class UndisclosedSends
{
    // Shorter values ("NL", a house number) occur everywhere by chance.
    private const int ShortestValue = 4;

    public static async Task<IReadOnlyList<string>> FindAsync(IServiceProvider services, IReadOnlyCollection<OutboundRequest> sent)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(sent);
        if (sent.Count == 0)
        {
            return [];
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var exporter = scope.ServiceProvider.GetRequiredService<PersonalDataExporter>();
        var disclosed = (await db.Set<Disclosure>().Select(d => new { d.PersonId, d.Recipient }).ToListAsync())
            .Select(d => (d.PersonId, d.Recipient))
            .ToHashSet();
        var people = (await db.Users.Select(u => u.Id).ToListAsync()).Concat(disclosed.Select(d => d.PersonId)).Distinct();

        var values = new List<PersonalValue>();
        foreach (var person in people)
        {
            values.AddRange(PersonalValue.Of(person, await exporter.ExportAsync(person)));
        }

        var problems = new List<string>();
        foreach (var request in sent)
        {
            var party = ClientRecipients.Find(request.Client);
            var carried = values
                .Where(v => party is null || !party.Undisclosed.Contains(v.Field, StringComparer.Ordinal))
                .SelectMany(v => v.Needles.Where(n => request.Texts.Any(t => t.Contains(n, StringComparison.OrdinalIgnoreCase))).Select(n => (Needle: n, Value: v)))
                .ToList();

            // A value several people share (a city, a street, a phone number's digits) is accounted
            // for when one of those who hold it was disclosed to the party: the request cannot tell
            // whose it was.
            foreach (var found in carried.GroupBy(c => c.Needle, StringComparer.OrdinalIgnoreCase))
            {
                var shared = found.Select(c => c.Value).ToList();
                var value = shared[0];
                var fields = string.Join(", ", shared.Select(v => v.Field).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
                var problem = party switch
                {
                    null => $"{request} carried {fields} of person {value.Person}, and ClientRecipients does not say whom that client talks to",
                    { Recipient: null } => $"{request} carried {fields} of person {value.Person}, and that client may carry no personal data",
                    { Recipient: { } recipient } when !shared.Any(v => disclosed.Contains((v.Person, recipient))) =>
                        $"{request} carried {fields} of person {value.Person} with no disclosure of that person to {recipient}",
                    _ => null,
                };
                if (problem is not null)
                {
                    problems.Add(problem);
                }
            }
        }

        return problems.Distinct(StringComparer.Ordinal).ToArray();
    }

    private sealed record PersonalValue(Guid Person, string Field, IReadOnlyList<string> Needles)
    {
        public static IEnumerable<PersonalValue> Of(Guid person, PersonalDataExport export)
        {
            foreach (var category in export.Categories)
            {
                foreach (var column in category.PersonalData)
                {
                    foreach (var row in category.Rows)
                    {
                        if (row.GetValueOrDefault(column) is string text && NeedlesOf(text.Trim()) is { Count: > 0 } needles)
                        {
                            yield return new PersonalValue(person, $"{category.Entity}.{column}", needles);
                        }
                    }
                }
            }
        }

        // The value itself, and for a phone number its subscriber digits, which a supplier may be
        // sent apart from the country and area code.
        private static List<string> NeedlesOf(string value)
        {
            var needles = new List<string>();
            var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
            if (value.Length >= ShortestValue && !(digits.Length == value.Length && digits.Length < 6))
            {
                needles.Add(value);
            }

            if (value.StartsWith('+') && digits.Length >= 9 && value.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')' or '.'))
            {
                needles.Add(digits[^7..]);
            }

            return needles;
        }
    }
}
