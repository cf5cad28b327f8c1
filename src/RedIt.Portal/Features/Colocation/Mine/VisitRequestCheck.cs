using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Infrastructure.Time;

namespace RedIt.Portal.Features.Colocation.Mine;

// Reads a request as the customer typed it, in Amsterdam time, and puts every problem under its own
// field. The window is the visit in UTC once nothing is wrong.
public sealed partial class VisitRequestCheck(IStringLocalizer<SharedResource> text, TimeProvider clock)
{
    public const string Prefix = "Input";

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d-M-yyyy"];
    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H.mm", "HH.mm"];

    public CheckedVisit? Check(VisitRequestInput input, ModelStateDictionary errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        var window = Window(input, errors);
        var rack = Rack(input.Rack, errors);
        var visitors = Visitors(input.Visitors, errors);
        return errors.IsValid && window is { } w && rack is not null ? new CheckedVisit(w.Start, w.End, rack, visitors) : null;
    }

    private (DateTime Start, DateTime End)? Window(VisitRequestInput input, ModelStateDictionary errors)
    {
        var date = ParseDate(input.Date, errors);
        var start = ParseTime(input.StartTime, nameof(VisitRequestInput.StartTime), errors);
        var end = ParseTime(input.EndTime, nameof(VisitRequestInput.EndTime), errors);
        if (date is not { } day || start is not { } from || end is not { } until)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(AmsterdamTime.ToLocal(now));
        if (day < today)
        {
            return Fail(nameof(VisitRequestInput.Date), text["Please choose a date in the future."], errors);
        }

        if (day > today.AddDays(VisitRules.MaxDaysAhead))
        {
            return Fail(nameof(VisitRequestInput.Date), text["A visit can be requested at most {0} days ahead.", VisitRules.MaxDaysAhead], errors);
        }

        if (until <= from)
        {
            return Fail(nameof(VisitRequestInput.EndTime), text["The visit ends after it starts, on the same day."], errors);
        }

        if (AmsterdamTime.ToUtc(day, from) is not { } startsAt)
        {
            return Fail(nameof(VisitRequestInput.StartTime), text["This time does not exist on that day: the clocks go forward an hour."], errors);
        }

        if (AmsterdamTime.ToUtc(day, until) is not { } endsAt)
        {
            return Fail(nameof(VisitRequestInput.EndTime), text["This time does not exist on that day: the clocks go forward an hour."], errors);
        }

        if (endsAt - startsAt > TimeSpan.FromHours(VisitRules.MaxHours))
        {
            return Fail(nameof(VisitRequestInput.EndTime), text["A visit lasts at most {0} hours.", VisitRules.MaxHours], errors);
        }

        if (startsAt < now.AddHours(VisitRules.NoticeHours))
        {
            return Fail(nameof(VisitRequestInput.StartTime), text["A visit starts at least {0} hours from now, so the datacenter can prepare it.", VisitRules.NoticeHours], errors);
        }

        return (startsAt, endsAt);
    }

    private DateOnly? ParseDate(string? value, ModelStateDictionary errors)
    {
        const string field = nameof(VisitRequestInput.Date);
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.AddModelError(Key(field), text["Please enter the date of the visit."]);
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.AddModelError(Key(field), text["Please enter the date as year-month-day, e.g. {0}.", "2026-12-24"]);
        return null;
    }

    private TimeOnly? ParseTime(string? value, string field, ModelStateDictionary errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.AddModelError(Key(field), field == nameof(VisitRequestInput.StartTime)
                ? text["Please enter the time the visit starts."]
                : text["Please enter the time the visit ends."]);
            return null;
        }

        if (TimeOnly.TryParseExact(value.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors.AddModelError(Key(field), text["Please enter a time such as 09:30."]);
        return null;
    }

    private string? Rack(string? value, ModelStateDictionary errors)
    {
        const string field = nameof(VisitRequestInput.Rack);
        var rack = value?.Trim() ?? "";
        if (rack.Length == 0)
        {
            errors.AddModelError(Key(field), text["Please enter the rack you visit."]);
            return null;
        }

        // Only what names a place: the rack goes to the datacenter provider as it is.
        if (rack.Length > VisitRules.RackLength || !RackPattern().IsMatch(rack))
        {
            errors.AddModelError(Key(field), text["A rack is at most {0} letters, digits and the signs - _ . : /, e.g. AM1:01:000123:0101.", VisitRules.RackLength]);
            return null;
        }

        return rack;
    }

    private List<CheckedVisitor> Visitors(List<VisitorInput> rows, ModelStateDictionary errors)
    {
        var visitors = new List<CheckedVisitor>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.IsEmpty)
            {
                continue;
            }

            var first = Name(row.FirstName, $"Visitors[{i}].FirstName", text["Please enter the visitor's first name."], text["A first name can be at most {0} characters.", VisitRules.NameLength], errors);
            var last = Name(row.LastName, $"Visitors[{i}].LastName", text["Please enter the visitor's last name."], text["A last name can be at most {0} characters.", VisitRules.NameLength], errors);
            if (first is not null && last is not null)
            {
                visitors.Add(new CheckedVisitor(first, last));
            }
        }

        var named = rows.Count(r => !r.IsEmpty);
        if (named == 0)
        {
            errors.AddModelError(Key(nameof(VisitRequestInput.Visitors)), text["Please name at least one visitor."]);
        }
        else if (named > VisitRules.MaxVisitors)
        {
            errors.AddModelError(Key(nameof(VisitRequestInput.Visitors)), text["At most {0} visitors can come on one visit.", VisitRules.MaxVisitors]);
        }

        return visitors;
    }

    private static string? Name(string? value, string field, string missing, string tooLong, ModelStateDictionary errors)
    {
        var name = value?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.AddModelError(Key(field), missing);
            return null;
        }

        if (name.Length > VisitRules.NameLength)
        {
            errors.AddModelError(Key(field), tooLong);
            return null;
        }

        return name;
    }

    private static (DateTime, DateTime)? Fail(string field, string message, ModelStateDictionary errors)
    {
        errors.AddModelError(Key(field), message);
        return null;
    }

    private static string Key(string field) => Prefix + "." + field;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.:/-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex RackPattern();
}

public sealed record CheckedVisit(DateTime StartsAt, DateTime EndsAt, string Rack, IReadOnlyList<CheckedVisitor> Visitors);

public sealed record CheckedVisitor(string FirstName, string LastName);
