using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Infrastructure.Localization;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Privacy;

namespace RedIt.Portal.Tests.Privacy;

// A Dutch customer reads their export and erasure plan in Dutch, including what the rules say:
// a purpose, a recipient's role, a retention period and its reason. A rule added without a
// translation fails here, with the phrases to translate.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "6")]
public sealed class DutchRuleTextTests(PortalFactory portal)
{
    [Fact]
    public void Every_phrase_of_every_rule_a_person_reads_has_a_Dutch_translation()
    {
        var (missing, sample) = portal.WithScope(services =>
        {
            var catalog = services.GetRequiredService<PrivacyCatalog>();
            var text = services.GetRequiredService<IStringLocalizer<SharedResource>>();
            var missing = new SortedSet<string>(StringComparer.Ordinal);
            string Say(string phrase, object[] values)
            {
                var translated = text[phrase];
                if (translated.ResourceNotFound)
                {
                    missing.Add(phrase);
                }

                return string.Format(CultureInfo.GetCultureInfo("nl"), translated.Value, values);
            }

            var invoice = InCulture.Run("nl", () =>
            {
                foreach (var entry in catalog.Entries.Where(e => e.Rule.HasSubject))
                {
                    Say(entry.Category, []);
                    foreach (var purpose in entry.Rule.Purposes)
                    {
                        Say(purpose.Name, []);
                        Say(purpose.LegalBasis.Describe(), []);
                    }

                    foreach (var recipient in entry.Rule.Recipients)
                    {
                        Say(recipient.Role, []);
                        Say(recipient.Country, []);
                    }

                    entry.RetentionStatement.Text(Say);
                }

                foreach (var reason in ErasureReasons.All)
                {
                    Say(reason, []);
                }

                return catalog.Entries.Single(e => e.Key == "Invoice").RetentionStatement.Text(Say);
            });
            return (missing, invoice);
        });

        Assert.True(missing.Count == 0, "Without a Dutch translation in SharedResource.nl.resx:\n" + string.Join("\n", missing));
        Assert.StartsWith("Bewaard gedurende 7 jaar vanaf de factuurdatum: ", sample, StringComparison.Ordinal);
    }
}
