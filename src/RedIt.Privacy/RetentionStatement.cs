using System.Globalization;

namespace RedIt.Privacy;

// How long one kind of data is kept, as a sentence: in English for the register and the JSON
// export, in the person's language for the pages and letters they read. `say` translates a
// phrase and fills in its {0} placeholders; every phrase of a rule passes through it.
public sealed record RetentionStatement(
    RetentionPeriod? Period,
    string? StartsAt,
    bool WhileAccountExists,
    bool WithParent,
    string? Reason,
    IReadOnlyList<FieldRetention>? Sooner = null)
{
    public static RetentionStatement Of(PrivacyRule rule, RetentionPeriod? period, IReadOnlyList<FieldRetention>? sooner = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new(period, rule.RetentionStartsAt, rule.KeepWhileAccountExists, rule.KeptWithParent, rule.RetentionReason, sooner ?? rule.ClearSooner);
    }

    public static string English(string phrase, object[] values) => string.Format(CultureInfo.InvariantCulture, phrase, values);

    public string Text(Func<string, object[], string>? say = null)
    {
        say ??= English;
        var row = RowText(say);
        return (Sooner ?? []).Aggregate(row, (text, field) => text + "; " + say("{0} is emptied sooner, after {1} from {2}: {3}", [
            say(ColumnNames.Humanise(field.Property), []),
            field.Period.Describe(say),
            say(field.StartsAt, []),
            say(field.Reason, []),
        ]));
    }

    private string RowText(Func<string, object[], string> say)
    {
        var reason = Reason is null ? null : say(Reason, []);
        if (Period is not null)
        {
            var period = Period.Describe(say);
            var start = say(StartsAt ?? "its start", []);
            return reason is null ? say("Kept for {0} from {1}.", [period, start]) : say("Kept for {0} from {1}: {2}", [period, start, reason]);
        }

        if (WhileAccountExists)
        {
            return reason is null ? say("Kept while the account exists.", []) : say("Kept while the account exists: {0}", [reason]);
        }

        if (WithParent)
        {
            return say("Kept as long as the record it belongs to: {0}", [reason ?? ""]);
        }

        return say("No retention period declared.", []);
    }

    public override string ToString() => Text();
}
